import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { readPdf } from '../support/pdf-text';
import { syntheticDesignations } from '../support/synthetic';
import { expect, test } from './fixtures';

const dialog = (page: Page) => page.getByRole('dialog');

async function exportVia(
  page: Page,
  choices: { report: string; format: string; language: string },
) {
  await page.keyboard.press('Control+e');
  await dialog(page).getByLabel(choices.report).check();
  await dialog(page).getByLabel(choices.format).check();
  await dialog(page).getByLabel(choices.language, { exact: true }).check();
  await dialog(page)
    .getByRole('button', { name: /^(Export…|Eksporter …)$/ })
    .click();
}

test.describe('exporting from the app', () => {
  for (const language of ['nb', 'en'] as const) {
    test(`writes a complete PDF overview and CSV in ${language}`, async ({ app }, testInfo) => {
      const { page } = app;
      const nb = language === 'nb';
      const languageLabel = nb ? 'Norsk bokmål' : 'English';
      await exportVia(page, { report: 'Catalog overview', format: 'PDF', language: languageLabel });
      const pdfName = `${nb ? 'katalogoversikt' : 'catalog-overview'}-${new Date().toISOString().slice(0, 10)}.pdf`;
      // A whole PDF on the worker: a wait for real work, not a speed assertion.
      await expect(dialog(page).getByRole('status')).toContainText(join(app.exports.dir, pdfName), {
        timeout: 60_000,
      });
      await page.screenshot({ path: testInfo.outputPath(`export-done-${language}.png`) });
      const pdf = await readPdf(join(app.exports.dir, pdfName));
      const text = pdf.pages.join(' ').replace(/\s+/g, '');
      expect(text).toContain(nb ? 'Katalogoversikt' : 'Catalogoverview');
      // The official name in both languages; the Norwegian overview explains it below.
      expect(text).toContain('AssociateinInsuranceServices');
      if (nb) expect(text).toContain('Grunnleggendeforsikringsfag');
      expect(pdf.pages.at(-1)).toContain(
        nb
          ? `Side ${pdf.pages.length} av ${pdf.pages.length}`
          : `Page ${pdf.pages.length} of ${pdf.pages.length}`,
      );

      await dialog(page)
        .getByRole('button', { name: 'Show in folder' }) // the interface stays English
        .click();
      await dialog(page).getByRole('button', { name: 'Open' }).click();
      await expect
        .poll(() => app.exports.revealed())
        .toEqual([
          [join(app.exports.dir, pdfName), 'folder'],
          [join(app.exports.dir, pdfName), 'open'],
        ]);
      await dialog(page).getByRole('button', { name: 'Close' }).click();

      await exportVia(page, {
        report: 'Catalog overview',
        format: 'CSV (Excel)',
        language: languageLabel,
      });
      await expect(dialog(page).getByRole('status')).toContainText('.csv', { timeout: 60_000 });
      const csv = await readFile(join(app.exports.dir, pdfName.replace('.pdf', '.csv')), 'utf8');
      const rows = parse(csv.replace(/^\uFEFF/, ''), { delimiter: nb ? ';' : ',' }) as string[][];
      expect(rows).toHaveLength(29);
      expect(rows.find((r) => r[0] === 'AIS')!.slice(1, 3)).toEqual([
        'Associate in Insurance Services',
        nb ? 'Grunnleggende forsikringsfag' : '',
      ]);
    });
  }

  test('exports only the filtered list when asked', async ({ app }) => {
    const { page } = app;
    await page.getByLabel('Filter by focus area').selectOption('claims');
    await page.keyboard.press('Control+e');
    await expect(
      dialog(page).getByLabel('The list as filtered now (4 designations)'),
    ).toBeChecked();
    await dialog(page).getByLabel('CSV (Excel)').check();
    await dialog(page).getByRole('button', { name: 'Export…' }).click();
    await expect(dialog(page).getByRole('status')).toContainText('Saved as');
    const csv = await readFile(
      join(app.exports.dir, `catalog-overview-${new Date().toISOString().slice(0, 10)}.csv`),
      'utf8',
    );
    expect(
      (parse(csv.slice(1), { delimiter: ',' }) as string[][]).slice(1).map((r) => r[0]),
    ).toEqual(['AIC', 'AIC-M', 'SPPA', 'WCCP']);
  });

  test('writes nothing when the save dialog is cancelled', async ({ app }) => {
    const { page } = app;
    await app.exports.answer(null);
    await page.keyboard.press('Control+e');
    await dialog(page).getByRole('button', { name: 'Export…' }).click();
    await expect(dialog(page).getByRole('button', { name: 'Export…' })).toBeEnabled();
    expect(readdirSync(app.exports.dir)).toEqual([]);
  });

  test('says why when the file cannot be written, and leaves nothing behind', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    const target = join(app.dataDir, 'no-such-folder', 'report.pdf');
    await app.exports.answer(target);
    await page.getByLabel('Language').selectOption('nb');
    await page.keyboard.press('Control+e');
    await dialog(page).getByRole('button', { name: 'Eksporter …' }).click();
    await expect(dialog(page).getByRole('alert')).toContainText(
      'mappen finnes ikke. Velg et annet sted.',
      { timeout: 60_000 }, // the PDF is built before the folder is found missing
    );
    await page.screenshot({ path: testInfo.outputPath('export-failed-nb.png') });
    expect(existsSync(target)).toBe(false);
  });
});

test.describe('a large export', () => {
  test.slow(); // 3,000 designations are made before the app starts
  test.use({
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture needs from the pattern
    prepareDataDir: async ({}, use) =>
      use(async (dir) => {
        const store = await CatalogStore.open({ path: join(dir, 'catalog.db') });
        await store.createMany(syntheticDesignations(3000));
        await store.close();
      }),
  });

  test('shows progress and can be cancelled, leaving no file', async ({ app }, testInfo) => {
    const { page } = app;
    await page.keyboard.press('Control+e');
    await dialog(page).getByLabel('Designation fact sheets').check();
    await dialog(page).getByRole('button', { name: 'Export…' }).click();
    const progress = dialog(page)
      .getByRole('status')
      .filter({ hasText: /Exporting… \d+ of 3028/ });
    await expect(progress).toBeVisible({ timeout: 20_000 });
    await page.screenshot({ path: testInfo.outputPath('export-progress.png') });
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog(page).getByRole('status')).toHaveText(
      'The export was cancelled. Nothing was saved.',
    );
    expect(readdirSync(app.exports.dir)).toEqual([]);
  });
});
