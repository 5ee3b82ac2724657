import { fileValue } from '../support/sqlite-file';
import { expect, test } from './fixtures';
import { choose, detailTitle, listbox, option } from './ui';

test.describe('history, undo and redo', () => {
  test('undo and redo an edit with the keyboard, also after a restart', async ({
    app,
  }, testInfo) => {
    let page = app.page;
    await choose(page, 'AIS');
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Official name').fill('AIS, renamed');
    await page.keyboard.press('Control+s');
    await expect(detailTitle(page)).toContainText('AIS, renamed');

    await listbox(page).focus();
    await page.keyboard.press('Control+z');
    await expect(
      page.getByRole('status').filter({ hasText: 'Undone: editing AIS.' }),
    ).toBeVisible();
    await expect(detailTitle(page)).toContainText('Associate in Insurance Services');
    expect(
      await fileValue(app.catalogPath, "SELECT official_name FROM designation WHERE code = 'AIS'"),
    ).toBe('Associate in Insurance Services');

    await app.restart();
    page = app.page;
    await choose(page, 'AIS');
    await listbox(page).focus();
    await page.keyboard.press('Control+Shift+z');
    await expect(detailTitle(page)).toContainText('AIS, renamed');
    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('list', { name: 'Change history' });
    await expect(history.getByRole('listitem')).toHaveCount(1);
    await expect(history).toContainText('Edited AIS (official name)');
    await page.screenshot({ path: testInfo.outputPath('history-tab.png') });
  });

  test('a deleted designation comes back from the catalog’s history', async ({ app }, testInfo) => {
    const { page } = app;
    await choose(page, 'AMIM');
    await listbox(page).focus(); // outside the search field: the catalog's redo
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByText('There is nothing to redo.')).toBeVisible();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    // The deletion's banner replaces what the app said before; the notices do not pile up.
    await expect(page.getByText('AMIM was deleted.')).toBeVisible();
    await expect(page.getByText('There is nothing to redo.')).toHaveCount(0);
    await page.getByRole('button', { name: 'Dismiss' }).last().click(); // not the undo bar: history
    await expect(option(page, 'AMIM')).toHaveCount(0);

    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change history of the catalog' });
    await expect(dialog).toContainText('Deleted AMIM');
    await page.screenshot({ path: testInfo.outputPath('history-dialog.png') });
    await dialog.getByRole('button', { name: 'Restore AMIM' }).click();
    await expect(dialog).toContainText('Restored AMIM');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(option(page, 'AMIM')).toHaveCount(1);
  });

  test('Ctrl+Z in a text field undoes typing, not the catalog', async ({ app }) => {
    const { page } = app;
    await page.getByRole('searchbox').click();
    await page.keyboard.type('abc');
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('searchbox')).not.toHaveValue('abc');
    await expect(page.getByText('There is nothing to undo.')).toHaveCount(0);
  });
});
