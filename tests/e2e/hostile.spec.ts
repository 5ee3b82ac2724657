import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { sampleDesignation } from '../support/designations';
import { readPdf } from '../support/pdf-text';
import { expect, test } from './fixtures';
import { choose, detailTitle } from './ui';

const SCRIPT_NAME = '<img src=x onerror="window.__pwned=1;alert(1)">';
const SCRIPT_SUMMARY =
  '<script>window.__pwned=2</script>\u202eRTL override\u202c 🎓 emoji, \u0007bell';
const FORMULA = '=HYPERLINK("http://evil.example","click")';

test.describe('hostile catalog content', () => {
  test.slow(); // two exports of every fact sheet
  test.use({
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture needs from the pattern
    prepareDataDir: async ({}, use) =>
      use(async (dir) => {
        const store = await CatalogStore.open({ path: join(dir, 'catalog.db') });
        await store.create(
          sampleDesignation({
            code: 'EVIL',
            officialName: SCRIPT_NAME,
            explanatoryName: { nb: SCRIPT_SUMMARY, en: SCRIPT_SUMMARY },
            summary: { nb: SCRIPT_SUMMARY, en: SCRIPT_SUMMARY },
            caution: { nb: SCRIPT_NAME, en: SCRIPT_NAME },
            sources: { nb: FORMULA, en: FORMULA },
            relations: [],
          }),
        );
        await store.close();
      }),
  });

  test('is shown as plain text and runs nothing, on screen, in PDF, CSV and HTML', async ({
    app,
  }) => {
    const { page } = app;
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    await choose(page, 'EVIL');
    await expect(detailTitle(page)).toContainText(SCRIPT_NAME);
    await expect(page.getByRole('article')).toContainText('RTL override');
    await page.getByRole('tab', { name: 'Pathway' }).click();
    await page.getByRole('tab', { name: 'Details' }).click();
    await page.getByRole('button', { name: 'Edit' }).click();
    await expect(page.getByLabel('Official name')).toHaveValue(SCRIPT_NAME);
    await page.keyboard.press('Escape');
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    for (const format of ['PDF', 'CSV (Excel)', 'Web page (HTML)']) {
      await page.keyboard.press('Control+e');
      await page.getByRole('dialog').getByLabel('Designation fact sheets').check();
      await page.getByRole('dialog').getByLabel(format).check();
      await page.getByRole('dialog').getByRole('button', { name: 'Export…' }).click();
      // 28 fact sheets take a few seconds on a loaded two-core machine: wait for the file, not for speed.
      await expect(page.getByRole('dialog').getByRole('status')).toContainText('Saved as', {
        timeout: 30_000,
      });
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    }
    const day = new Date().toISOString().slice(0, 10);
    const pdf = await readPdf(join(app.exports.dir, `fact-sheets-${day}.pdf`));
    expect(pdf.pages.join(' ').replace(/\s+/g, '')).toContain(SCRIPT_NAME.replace(/\s+/g, ''));
    const rows = parse(
      (await readFile(join(app.exports.dir, `fact-sheets-${day}.csv`), 'utf8')).slice(1),
      {
        delimiter: ',',
      },
    ) as string[][];
    const evil = rows.find((r) => r[0] === 'EVIL')!;
    expect(evil).toContain(SCRIPT_NAME);
    expect(evil.at(-1)).toBe(`'${FORMULA}`);

    // The web page shows the hostile text as text, and runs none of it.
    const viewer = await page.context().browser()?.newPage();
    if (viewer) {
      viewer.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      viewer.on('pageerror', (e) => errors.push(e.message));
      await viewer.goto(pathToFileURL(join(app.exports.dir, `catalog-page-${day}.html`)).href);
      await expect(viewer.locator('#d-EVIL h2')).toContainText(SCRIPT_NAME);
      await expect(viewer.locator('#d-EVIL')).toContainText('<script>window.__pwned=2</script>');
      expect(await viewer.locator('img[src="x"]').count()).toBe(0);
      expect(await viewer.locator('#d-EVIL script').count()).toBe(0);
      expect(
        await viewer.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      ).toBeUndefined();
      await viewer.close();
    }

    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
