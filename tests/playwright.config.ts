import { defineConfig } from '@playwright/test';
import { findChromium } from './support/find-browsers.cjs';

const chromium = findChromium();

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { viewport: { width: 1280, height: 800 } },
  projects: [
    {
      name: 'chromium-host',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromium,
          // Root on a closed network: no sandbox, and nothing that phones home.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
    { name: 'electron-host' },
  ],
});
