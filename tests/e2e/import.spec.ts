import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileValue } from '../support/sqlite-file';
import { expect, test } from './fixtures';
import { choose, detailTitle, listbox, option } from './ui';

test.describe('importing', () => {
  test('previews, applies and undoes a CSV import in the app', async ({ app }, testInfo) => {
    const { page } = app;
    // Export the fact sheets as CSV, then edit one name and add a designation, as a colleague might.
    await page.keyboard.press('Control+e');
    await page.getByRole('dialog').getByLabel('Designation fact sheets').check();
    await page.getByRole('dialog').getByLabel('CSV (Excel)').check();
    await page.getByRole('dialog').getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('dialog').getByRole('status')).toContainText('Saved as');
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    const file = join(app.exports.dir, `fact-sheets-${new Date().toISOString().slice(0, 10)}.csv`);
    const lines = (await readFile(file, 'utf8')).split('\r\n');
    const edited = lines.map((l) =>
      l.replace('Associate in Claims,', 'Associate in Claims (2027),'),
    );
    edited.splice(
      2,
      0,
      lines[1]!.replace(/^AAI,/, 'NEW,').replace('Accredited Adviser in Insurance,', 'A new one,'),
    );
    await writeFile(file, edited.join('\r\n'));

    await app.exports.answerOpen(file);
    await page.getByRole('button', { name: 'Import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import designations' });
    await expect(dialog.getByRole('status')).toHaveText('1 to add, 1 to change, 27 unchanged.');
    // The change with the old and the new value, and the new designation by name.
    await expect(
      dialog
        .getByRole('listitem')
        .filter({ hasText: 'AIC' })
        .getByRole('row', { name: /^Official name/ }),
    ).toHaveText(['Official nameAssociate in ClaimsAssociate in Claims (2027)']);
    await expect(dialog.getByRole('listitem').filter({ hasText: 'NEW' })).toHaveText(
      'NEW A new one',
    );
    await page.screenshot({ path: testInfo.outputPath('import-preview.png') });
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(dialog.getByRole('status')).toContainText('Imported: 1 added, 1 changed.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('searchbox').fill('NEW');
    await expect(option(page, 'NEW')).toHaveCount(1);
    expect(
      await fileValue(app.catalogPath, "SELECT official_name FROM designation WHERE code = 'AIC'"),
    ).toBe('Associate in Claims (2027)');

    await listbox(page).focus();
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('status').filter({ hasText: 'Undone: importing' })).toBeVisible();
    await expect(page.getByText('No designation matches')).toBeVisible();
    await choose(page, 'AIC');
    await expect(detailTitle(page)).toHaveText('AIC Associate in Claims');
  });

  test('shows every error of a bad file and imports nothing', async ({ app }, testInfo) => {
    const { page } = app;
    // The Norwegian fact sheets with a new designation OK, and a bad one after it.
    const file = join(app.dataDir, 'bad.csv');
    await app.exports.answer(file);
    await page.getByLabel('Language').selectOption('nb');
    await page.keyboard.press('Control+e');
    await page.getByRole('dialog').getByLabel('Faktaark for sertifiseringene').check();
    await page.getByRole('dialog').getByLabel('CSV (Excel)').check();
    await page.getByRole('dialog').getByRole('button', { name: 'Eksporter …' }).click();
    await expect(page.getByRole('dialog').getByRole('status')).toContainText('Lagret som');
    await page.getByRole('dialog').getByRole('button', { name: 'Lukk' }).click();
    const lines = (await readFile(file, 'utf8')).split('\r\n');
    lines.splice(
      2,
      0,
      lines[1]!.replace(/^AAI;/, 'OK;'),
      lines[1]!.replace(/^AAI;/, 'bad code;').replace(';Tilbys;', ';Kanskje;'),
    );
    await writeFile(file, lines.join('\r\n'));

    await app.exports.answerOpen(file);
    await page.getByRole('button', { name: 'Importer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer sertifiseringer' });
    await expect(dialog.getByRole('alert')).toContainText('2 feil');
    await expect(dialog.getByRole('row').filter({ hasText: 'Kanskje' })).toContainText('4');
    await expect(
      dialog.getByRole('row').filter({ hasText: 'En kode har ingen mellomrom' }),
    ).toContainText('4');
    await expect(dialog.getByRole('button', { name: 'Importer' })).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('import-errors-nb.png') });
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('searchbox').fill('OK');
    await expect(option(page, 'OK')).toHaveCount(0);
  });
});

test.describe('backups', () => {
  test('back up now, change something, and put the backup back', async ({ app }, testInfo) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Backups' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await dialog.getByRole('button', { name: 'Back up now' }).click();
    await expect(dialog.getByRole('status')).toContainText('Backup taken');
    await expect(dialog.getByRole('row')).toHaveCount(2); // header and one backup
    await dialog.getByRole('button', { name: 'Close' }).click();

    await choose(page, 'ACSR');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(option(page, 'ACSR')).toHaveCount(0);

    await page.getByRole('button', { name: 'Backups' }).click();
    await expect(dialog.getByRole('row').nth(1)).toContainText('28 designations');
    await page.screenshot({ path: testInfo.outputPath('backups.png') });
    await dialog
      .getByRole('button', { name: /^Restore the backup from/ })
      .first()
      .click();
    await expect(dialog.getByRole('status')).toContainText('is now the catalog');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(option(page, 'ACSR')).toHaveCount(1);
  });
});

test.describe('other catalog files', () => {
  test('saves a copy, opens it, refuses a file that is not a catalog, and goes back', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    const copy = join(app.dataDir, 'copy-of-catalog.db');
    await app.exports.answer(copy);
    await app.sendCommand('save-copy');
    await expect(
      page.getByRole('status').filter({ hasText: `A copy was saved as ${copy}.` }),
    ).toBeVisible();

    const notes = join(app.dataDir, 'notes.db');
    await writeFile(notes, 'not a catalog at all');
    await app.exports.answerOpen(notes);
    await app.sendCommand('open');
    const dialog = page.getByRole('dialog', { name: 'Open a catalog' });
    await dialog.getByRole('button', { name: 'Choose a file…' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'This file is not a Credential Catalog file. It was left untouched.',
    );
    expect(await readFile(notes, 'utf8')).toBe('not a catalog at all');

    await app.exports.answerOpen(copy);
    await dialog.getByRole('button', { name: 'Choose a file…' }).click();
    await expect(page.getByRole('contentinfo')).toContainText(copy);
    await page.screenshot({ path: testInfo.outputPath('opened-copy.png') });

    await app.sendCommand('open');
    await dialog.getByRole('button', { name: `Open ${app.catalogPath}` }).click();
    await expect(page.getByRole('contentinfo')).toContainText(app.catalogPath);

    // File > Open Recent: the copy is second in the list now, and unsaved input is asked about first.
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Code').fill('CHANGED');
    await app.sendCommand('open-recent:1');
    await page
      .getByRole('dialog', { name: 'Unsaved changes' })
      .getByRole('button', { name: 'Discard changes' })
      .click();
    await expect(page.getByRole('contentinfo')).toContainText(copy);
  });
});
