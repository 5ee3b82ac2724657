import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { SETTINGS_FILE_NAME } from '../../electron/services/open-services';
import { SettingsStore } from '../../electron/services/settings/settings-store';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { expect, test } from './fixtures';

const rows = (page: Page) =>
  page.getByRole('listbox', { name: /Designations|Sertifiseringer/ }).getByRole('option');

test.describe('the first screen', () => {
  test('lists the 28 designations by code and English name', async ({ app }, testInfo) => {
    const { page } = app;
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.reload(); // watch a whole start: a CSP violation would show up here
    await expect(page.getByRole('listbox')).toHaveAttribute('aria-label', 'Designations');
    await expect(rows(page).first()).toHaveAttribute('aria-setsize', '28');
    await expect(rows(page).filter({ hasText: 'AIS' }).first()).toContainText(
      'Associate in Insurance Services',
    );
    await expect(page.getByRole('contentinfo')).toContainText('28 designations');
    await expect(page.getByRole('contentinfo')).toContainText(app.catalogPath);
    await page.screenshot({ path: testInfo.outputPath('catalog-en.png') });
    expect(problems).toEqual([]);
  });

  test('switches to Norwegian words without reloading; names stay as the issuer writes them', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await page.getByLabel('Language').selectOption('nb');
    const api = rows(page).filter({ hasText: 'API' });
    await expect(api).toContainText('Associate in Personal Insurance');
    await expect(api).toContainText('Privatforsikring');
    await expect(page.getByRole('contentinfo')).toContainText('28 sertifiseringer');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await page.screenshot({ path: testInfo.outputPath('catalog-nb.png') });
  });

  test.describe('on a Norwegian system', () => {
    test.use({ osLocale: 'nb-NO' });
    test('starts in Norwegian', async ({ app }) => {
      await expect(app.page.getByRole('heading', { name: 'Sertifiseringskatalog' })).toBeVisible();
      await expect(app.page.getByLabel('Språk')).toHaveValue('nb');
    });
  });

  test('shows a change made on disk after a restart', async ({ app }) => {
    await app.stop();
    // Edit the catalog as the CLI or another session would, then start again.
    const store = await CatalogStore.open({ path: app.catalogPath });
    const ais = store.get('AIS');
    await store.update('AIS', { ...ais, officialName: 'Associate in Insurance Services (edited)' });
    await store.close();
    await app.start();
    await expect(rows(app.page).filter({ hasText: 'AIS' }).first()).toContainText('(edited)');
  });
});

test.describe('a damaged catalog file', () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture needs from the pattern
    prepareDataDir: async ({}, use) =>
      use(async (dir) => {
        const path = join(dir, 'catalog.db');
        const day = (d: string) => () => new Date(`${d}T08:00:00Z`);
        await (await CatalogStore.open({ path, clock: day('2026-04-01') })).close();
        await (await CatalogStore.open({ path, clock: day('2026-04-02') })).close(); // a backup
        await writeFile(path, (await readFile(path)).subarray(0, 3000));
      }),
  });

  test('opens the newest backup and says so', async ({ app }, testInfo) => {
    const alert = app.page.getByRole('alert').filter({ hasText: 'damaged' });
    await expect(alert).toContainText('The catalog file was damaged');
    await expect(alert).toContainText('catalog.db.damaged-');
    await expect(rows(app.page).first()).toHaveAttribute('aria-setsize', '28');
    await app.page.screenshot({ path: testInfo.outputPath('recovered-notice.png') });
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
  });
});

test.describe('a catalog opened last that cannot be opened', () => {
  test.use({
    osLocale: 'nb-NO',
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture needs from the pattern
    prepareDataDir: async ({}, use) =>
      use(async (dir) => {
        const gone = join(dir, 'Kurs 2026.db');
        await mkdir(gone); // a folder now stands where the catalog was
        const settings = await SettingsStore.open(join(dir, SETTINGS_FILE_NAME));
        await settings.update({ recentFiles: [gone] });
      }),
  });

  test('gives way to the app’s own catalog, and says which file and why, in Norwegian', async ({
    app,
  }, testInfo) => {
    const alert = app.page.getByRole('alert').filter({ hasText: 'Kurs 2026.db' });
    await expect(alert).toContainText('Katalogen som var åpen sist');
    await expect(alert).toContainText('stien fører ikke til en fil');
    await expect(rows(app.page).first()).toHaveAttribute('aria-setsize', '28');
    await app.page.screenshot({ path: testInfo.outputPath('last-catalog-notice-nb.png') });
    await alert.getByRole('button', { name: 'Lukk' }).click();
    await expect(alert).toHaveCount(0);
  });
});
