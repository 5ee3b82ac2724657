// npm run icons: renders electron/resources/icon.svg to the 1024 px icon.png that
// electron-builder turns into every platform's sizes (.ico, .icns, Linux PNGs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../support/find-browsers.cjs';

const RESOURCES = join(__dirname, '..', '..', 'electron', 'resources');

void (async () => {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
  const svg = readFileSync(join(RESOURCES, 'icon.svg'), 'base64');
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img src="data:image/svg+xml;base64,${svg}" width="1024" height="1024"></body></html>`,
  );
  await page.screenshot({ path: join(RESOURCES, 'icon.png'), omitBackground: true });
  await browser.close();
  console.log('wrote electron/resources/icon.png');
})();
