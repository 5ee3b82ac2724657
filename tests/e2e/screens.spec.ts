import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { choose } from './ui';

/** axe on the current screen: no serious or critical violation. */
async function expectAccessible(page: Page, testInfo: TestInfo, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  await testInfo.attach(`axe-${name}.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

for (const lang of ['en', 'nb'] as const) {
  test.describe(`main screens in ${lang}`, () => {
    test.slow(); // axe on four screens
    test.use({ osLocale: lang === 'nb' ? 'nb-NO' : 'en-GB' });

    test('list and details, editor and pathway pass axe and are captured', async ({
      app,
    }, testInfo) => {
      const { page } = app;
      await choose(page, 'AIS');
      await page.screenshot({ path: testInfo.outputPath(`main-${lang}.png`) });
      await expectAccessible(page, testInfo, 'list');

      await page.getByRole('button', { name: lang === 'nb' ? 'Rediger' : 'Edit' }).click();
      await expect(page.getByRole('form')).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`editor-${lang}.png`), fullPage: true });
      await expectAccessible(page, testInfo, 'editor');
      await page.keyboard.press('Escape');

      await page.getByRole('tab', { name: lang === 'nb' ? 'Studievei' : 'Pathway' }).click();
      await page.screenshot({ path: testInfo.outputPath(`pathway-${lang}.png`) });
      await expectAccessible(page, testInfo, 'pathway');

      await page
        .getByRole('button', { name: lang === 'nb' ? 'Slett' : 'Delete', exact: true })
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`delete-dialog-${lang}.png`) });
      await expectAccessible(page, testInfo, 'dialog');
    });
  });
}

test.describe('a small window', () => {
  test.use({ viewport: { width: 1024, height: 640 } });
  test('still shows the list, the details and the actions', async ({ app }, testInfo) => {
    const { page } = app;
    await choose(page, 'CPCU');
    await expect(page.getByRole('button', { name: 'Edit' })).toBeInViewport();
    await expect(page.getByRole('searchbox')).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath('small-window.png') });
    await page.getByRole('button', { name: 'Edit' }).click();
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath('small-window-editor.png') });
  });
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('follows the system preference', async ({ app }, testInfo) => {
    test.skip(
      testInfo.project.name === 'electron-host',
      'Electron follows the OS theme, which Playwright cannot emulate there',
    );
    const { page } = app;
    const background = await page
      .locator('.list-pane')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(33, 37, 41)');
    await page.screenshot({ path: testInfo.outputPath('dark.png') });
    await expectAccessible(page, testInfo, 'dark');
  });
});
