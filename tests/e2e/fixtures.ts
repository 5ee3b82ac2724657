import { test as base, type Browser } from '@playwright/test';
import { findElectron } from '../support/find-browsers.cjs';
import { makeTempDir } from '../support/temp';
import { startChromiumHost } from './chromium-host';
import { startElectronHost } from './electron-host';
import type { AppHost } from './hosts';

interface Fixtures {
  /** The OS language the app starts in (default English). */
  osLocale: string;
  /** Runs before the app starts, to lay files into its data folder. */
  prepareDataDir: (dir: string) => Promise<void>;
  app: AppHost;
}

// One Chromium per worker, started only by the Chromium host (the Electron host needs none).
let chromium: Promise<Browser> | undefined;

/** One suite, two hosts: the project name decides which one runs the app. */
export const test = base.extend<Fixtures>({
  osLocale: ['en-GB', { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture needs from the pattern
  prepareDataDir: [async ({}, use) => use(async () => {}), { option: true }],
  app: async ({ playwright, launchOptions, osLocale, prepareDataDir }, use, testInfo) => {
    if (testInfo.project.name === 'electron-host') {
      const electron = findElectron();
      testInfo.skip(!electron.path, `Electron host skipped: ${electron.reason}`);
    }
    const dataDir = await makeTempDir();
    await prepareDataDir(dataDir);
    const options = { dataDir, locale: osLocale };
    const app =
      testInfo.project.name === 'electron-host'
        ? await startElectronHost(options)
        : await startChromiumHost(
            await (chromium ??= playwright.chromium.launch(launchOptions)),
            options,
          );
    await use(app);
    await app.close();
  },
});

export { expect } from '@playwright/test';
