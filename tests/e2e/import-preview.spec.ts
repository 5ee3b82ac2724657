import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeReport } from '../../electron/services/reports/export-report';
import type { Designation } from '../../shared/model';
import { syntheticDesignations } from '../support/synthetic';
import { expect, test } from './fixtures';
import type { AppHost } from './hosts';

// Importing as a Norwegian coordinator does it: files the app cannot fully
// read are refused with the reason, a preview shows old and new values, and a
// preview that the catalog has moved past cannot be applied.

test.use({ osLocale: 'nb-NO' });

const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Importer sertifiseringer' });
const today = () => new Date().toISOString().slice(0, 10);

/** Export a report through the app's own dialog, as the user would; returns the file. */
async function exportFromApp(app: AppHost, report: string, format: string) {
  const { page } = app;
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Eksporter en rapport' });
  await dialog.getByLabel(report).check();
  await dialog.getByLabel(format).check();
  await dialog.getByRole('button', { name: 'Eksporter …' }).click();
  await expect(dialog.getByRole('status')).toContainText('Lagret som');
  await dialog.getByRole('button', { name: 'Lukk' }).click();
}

async function openImport(app: AppHost, file: string) {
  await app.exports.answerOpen(file);
  await app.page.getByRole('button', { name: 'Importer' }).click();
  return importDialog(app.page);
}

/** The catalog as the store behind the page holds it, every field. */
const catalogNow = (app: AppHost) => JSON.stringify(app.store!().all());

test.describe('files the import cannot fully read', () => {
  test('the catalog overview exported as CSV is refused as a report, and nothing changes', async ({
    app,
  }, testInfo) => {
    test.skip(!app.store, 'needs the store behind the page (Chromium host)');
    const before = catalogNow(app);
    // The export dialog's default report is the catalog overview.
    await exportFromApp(app, 'Katalogoversikt', 'CSV (Excel)');
    const dialog = await openImport(app, join(app.exports.dir, `katalogoversikt-${today()}.csv`));
    await expect(dialog.getByRole('alert')).toHaveText(
      'Filen kan ikke importeres: den er katalogoversikten, en rapport med bare noen av feltene til hver sertifisering. Importer «Faktaark for sertifiseringene» eksportert som CSV, eller en JSON-eksport.',
    );
    await expect(dialog.getByRole('button', { name: 'Importer' })).toHaveCount(0);
    await app.page.screenshot({ path: testInfo.outputPath('import-overview-refused-nb.png') });
    await dialog.getByRole('button', { name: 'Lukk' }).click();
    expect(catalogNow(app)).toBe(before);
  });

  test('a file saved in Windows-1252, and one without some columns, each say what is wrong', async ({
    app,
  }, testInfo) => {
    await exportFromApp(app, 'Faktaark for sertifiseringene', 'CSV (Excel)');
    const sheets = join(app.exports.dir, `faktaark-${today()}.csv`);

    // As an older Excel saves "CSV": Windows-1252, no BOM. "Fagområde" is on line 1.
    const ansi = join(app.dataDir, 'ansi.csv');
    execFileSync('python3', [
      '-c',
      "import sys; open(sys.argv[2], 'wb').write(open(sys.argv[1], encoding='utf-8-sig').read().encode('cp1252', errors='replace'))",
      sheets,
      ansi,
    ]);
    let dialog = await openImport(app, ansi);
    await expect(dialog.getByRole('alert')).toHaveText(
      'Filen kan ikke importeres: den er ikke lagret som UTF-8 (linje 1 har et tegn i en annen tegnkoding; eldre versjoner av Excel lagrer «CSV» med Windows-tegnsett). Lagre den som «CSV UTF-8 (kommadelt)» i Excel, og importer den på nytt.',
    );
    await app.page.screenshot({ path: testInfo.outputPath('import-not-utf8-nb.png') });
    await dialog.getByRole('button', { name: 'Lukk' }).click();

    // The fact sheets without the four last columns (as if cut off in a spreadsheet): the
    // sources in two languages may be missing (older files), the two relation columns may not.
    const text = await readFile(sheets, 'utf8');
    const header = text.slice(0, text.indexOf('\r\n'));
    const cut = join(app.dataDir, 'cut.csv');
    await writeFile(cut, `${header.split(';').slice(0, -4).join(';')}\r\nAIS;x\r\n`);
    dialog = await openImport(app, cut);
    await expect(dialog.getByRole('alert')).toHaveText(
      'Filen kan ikke importeres: kolonnene «Fritak for kravet gis innehavere av», «Kan godskrives i (koder)» mangler. En faktaark-CSV eksportert fra appen har alle kolonnene.',
    );
    await app.page.screenshot({ path: testInfo.outputPath('import-missing-columns-nb.png') });
  });

  test('600 bad rows show the first 200 and how many more', async ({ app }, testInfo) => {
    await exportFromApp(app, 'Faktaark for sertifiseringene', 'CSV (Excel)');
    const sheets = join(app.exports.dir, `faktaark-${today()}.csv`);
    const lines = (await readFile(sheets, 'utf8')).split('\r\n');
    const ais = lines.find((l) => l.startsWith('AIS;'))!;
    const letters = (i: number) =>
      [676, 26, 1].map((d) => String.fromCharCode(65 + (Math.floor(i / d) % 26))).join('');
    const bad = Array.from({ length: 600 }, (_, i) =>
      ais.replace(/^AIS;/, `BAD${letters(i)};`).replace(';Tilbys;', ';Kanskje;'),
    );
    const file = join(app.dataDir, 'bad.csv');
    await writeFile(file, [lines[0], ...bad].join('\r\n'));
    const dialog = await openImport(app, file);
    await expect(dialog.getByRole('alert')).toHaveText(
      '600 feil: ingenting kan importeres før de er rettet.',
    );
    await expect(dialog.locator('.import-errors tbody tr')).toHaveCount(200);
    await expect(dialog).toContainText('De 200 første er listet opp; 400 til vises ikke.');
    await expect(dialog.getByRole('button', { name: 'Importer' })).toHaveCount(0);
    await app.page.screenshot({ path: testInfo.outputPath('import-errors-capped-nb.png') });
  });
});

test.describe('the preview', () => {
  test('lists 3 000 new designations in a virtualised list and shows old and new values of a change', async ({
    app,
  }, testInfo) => {
    test.skip(!app.store, 'needs the store behind the page (Chromium host)');
    // The catalog as JSON with AIS edited, and 3,000 new designations after it.
    const all = app.store!().all();
    const ais = all.find((d) => d.code === 'AIS')!;
    const edited: Designation = {
      ...ais,
      status: 'retired',
      officialName: 'Associate in Insurance Services (2027)',
      durationMonths: { min: 12, max: 24 },
    };
    const file = join(app.dataDir, 'big.json');
    await writeReport(
      all.map((d) => (d.code === 'AIS' ? edited : d)),
      { report: 'sheets', format: 'json', language: 'nb', codes: null },
      file,
      { organisationName: '', csvDelimiter: 'auto' },
    );
    const json = JSON.parse(await readFile(file, 'utf8')) as { designations: unknown[] };
    json.designations.push(...syntheticDesignations(3000));
    await writeFile(file, JSON.stringify(json));

    const dialog = await openImport(app, file);
    await expect(dialog.getByRole('status')).toHaveText(
      '3\u00a0000 legges til, 1 endres, 27 er uendret.',
    );
    const list = dialog.getByRole('list', { name: 'Hva importen ville gjort' });
    await expect(list.getByRole('heading', { name: 'Legges til (3\u00a0000)' })).toBeVisible();
    await expect(list.getByRole('listitem').filter({ hasText: 'SAAAA' })).toContainText(
      'Synthetic designation 0',
    );
    // Only the rows in view are in the page.
    expect(await list.getByRole('listitem').count()).toBeLessThan(60);
    await expect(
      await new AxeBuilder({ page: app.page }).include('dialog').analyze(),
    ).toMatchObject({
      violations: [],
    });
    await app.page.screenshot({ path: testInfo.outputPath('import-preview-added-nb.png') });

    // The change is at the end of the list: each field with its value now and in the file.
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const change = list.getByRole('listitem').filter({ hasText: 'AIS' });
    await expect(change.getByRole('row', { name: /^Offisielt navn/ })).toHaveText(
      'Offisielt navnAssociate in Insurance ServicesAssociate in Insurance Services (2027)',
    );
    await expect(change.getByRole('row', { name: /^Status/ })).toHaveText('StatusTilbysAvviklet');
    await expect(change.getByRole('row', { name: /^Varighet/ })).toHaveText(
      'Varighet10–25 måneder12–24 måneder',
    );
    await expect(
      list.getByRole('listitem').filter({ hasText: syntheticDesignations(3000).at(-1)!.code }),
    ).toHaveCount(1);
    await change.scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: testInfo.outputPath('import-preview-changed-nb.png') });
  });

  test('is refused when the catalog changed after it, asking to preview again', async ({
    app,
  }, testInfo) => {
    test.skip(!app.store, 'needs the store behind the page (Chromium host)');
    await exportFromApp(app, 'Faktaark for sertifiseringene', 'CSV (Excel)');
    const file = join(app.exports.dir, `faktaark-${today()}.csv`);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(';Associate in Claims;', ';Associate in Claims (2027);'));
    const dialog = await openImport(app, file);
    await expect(dialog.getByRole('status')).toHaveText('0 legges til, 1 endres, 27 er uendret.');

    // Meanwhile AIS is saved with another status, as another window would.
    const store = app.store!();
    const { createdAt: _c, updatedAt: _u, ...ais } = store.get('AIS');
    await store.update('AIS', { ...ais, status: 'retired' });
    const before = catalogNow(app);

    await dialog.getByRole('button', { name: 'Importer' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Filen kan ikke importeres: katalogen er endret siden forhåndsvisningen (en endring er lagret eller angret). Forhåndsvis filen på nytt for å se hva den ville endret nå.',
    );
    await app.page.screenshot({ path: testInfo.outputPath('import-stale-preview-nb.png') });
    expect(catalogNow(app)).toBe(before);
    expect(store.get('AIC').officialName).toBe('Associate in Claims');
  });
});
