// Issue 21, around the form: selection, focus, deleting and the small things.
import { readdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { expect, test } from './fixtures';
import { choose, detailTitle, form, group, listbox, option } from './ui';

test.use({ osLocale: 'nb-NO' });

const toolbarDelete = (page: Page) => page.getByRole('button', { name: 'Slett', exact: true });
const notFound = (page: Page) => page.getByText(/Det finnes ingen sertifisering med koden/);
const selectedCode = (page: Page) =>
  listbox(page).locator('[aria-selected="true"] .catalog-code').textContent();
const edit = async (page: Page, code: string) => {
  await choose(page, code);
  await page.getByRole('button', { name: 'Rediger' }).click();
  await expect(form(page)).toBeVisible();
};

test.describe('item 4: a designation that no longer exists', () => {
  test('does not stay selected after delete, undo and redo', async ({ app }, testInfo) => {
    const { page } = app;
    await choose(page, 'ANFI');
    await toolbarDelete(page).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slett' }).click();
    await expect(page.getByText('ANFI ble slettet.')).toBeVisible();
    await listbox(page).focus();
    await page.keyboard.press('Control+z');
    await expect(detailTitle(page)).toContainText('ANFI');
    await page.keyboard.press('Control+Shift+z');
    await expect(option(page, 'ANFI')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('item4.png') });
    await expect(notFound(page)).toHaveCount(0);
    await expect(option(page, 'APA')).toHaveAttribute('aria-selected', 'true');
    await expect(detailTitle(page)).toContainText('APA');
    await toolbarDelete(page).click();
    await expect(page.getByRole('dialog', { name: 'Slette APA?' })).toBeVisible();
  });

  test('does not stay selected after undoing its creation', async ({ app }) => {
    const { page } = app;
    await page.keyboard.press('Control+n');
    await page.getByLabel('Kode', { exact: true }).fill('ZZZ');
    await page.getByLabel('Offisielt navn').fill('Siste i listen');
    await page.keyboard.press('Control+s');
    await expect(detailTitle(page)).toContainText('ZZZ');
    await listbox(page).focus();
    await page.keyboard.press('Control+z');
    await expect(option(page, 'ZZZ')).toHaveCount(0);
    await expect(notFound(page)).toHaveCount(0);
    await expect(option(page, 'WCCP')).toHaveAttribute('aria-selected', 'true');
    await expect(detailTitle(page)).toContainText('WCCP');
  });

  test.describe('with one designation left', () => {
    test.use({
      // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture needs from the pattern
      prepareDataDir: async ({}, use) =>
        use(async (dir) => {
          const store = await CatalogStore.open({ path: `${dir}/catalog.db` });
          for (const d of store.list().filter((d) => d.code !== 'AIS')) await store.delete(d.code);
          await store.close();
        }),
    });

    test('deleting it leaves nothing selected and Delete off', async ({ app }) => {
      const { page } = app;
      await expect(detailTitle(page)).toContainText('AIS');
      await toolbarDelete(page).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Slett' }).click();
      await expect(option(page, 'AIS')).toHaveCount(0);
      await expect(page.getByText('Velg en sertifisering i listen')).toBeVisible();
      await expect(notFound(page)).toHaveCount(0);
      await expect(toolbarDelete(page)).toBeDisabled();
    });
  });
});

test.describe('item 7: focus is never lost', () => {
  test('moving and removing courses with the keyboard', async ({ app }) => {
    const { page } = app;
    await edit(page, 'AIS');
    await page.getByRole('button', { name: 'Flytt kurs 2 opp' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Tittel på kurs 1 (Norsk)')).toHaveValue(
      'Levere forsikringstjenester',
    );
    // At the top its Up button is off: focus stays on the row, on Down.
    await expect(page.getByRole('button', { name: 'Flytt kurs 1 ned' })).toBeFocused();
    await page.keyboard.press('Enter');
    // It moves on with the row; at the bottom, Down is off: focus goes to Up.
    await expect(page.getByRole('button', { name: 'Flytt kurs 2 ned' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Flytt kurs 3 opp' })).toBeFocused();

    // AIS has three courses: removing the first leaves focus on the next row's Remove, then Add.
    await page.getByRole('button', { name: 'Fjern kurs 1' }).focus();
    for (let left = 2; left > 0; left--) {
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: 'Fjern kurs 1' })).toBeFocused();
    }
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Legg til kurs' })).toBeFocused();
  });

  test('removing a relation moves focus to the next one, then to its picker', async ({ app }) => {
    const { page } = app;
    await edit(page, 'AIS'); // waived for ARe, AIC and ARM
    await page.getByRole('button', { name: /^Fjern ARe fra/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: /^Fjern AIC fra/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('combobox', { name: 'Legg til i «Fritak for kravet gis innehavere av»' }),
    ).toBeFocused();
  });

  test('after Ctrl+S and Esc, focus is back where editing began', async ({ app }) => {
    const { page } = app;
    await edit(page, 'AIS');
    await group(page, 'Sammendrag').getByLabel('Engelsk').fill('Saved with Ctrl+S.');
    await page.keyboard.press('Control+s');
    await expect(form(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Rediger' })).toBeFocused();

    await listbox(page).focus();
    await page.keyboard.press('Enter');
    await expect(form(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(form(page)).toHaveCount(0);
    await expect(listbox(page)).toBeFocused();
  });

  test('closing the export dialog opened with Ctrl+E', async ({ app }) => {
    const { page } = app;
    await edit(page, 'AIS');
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('button', { name: 'Rediger' })).toBeFocused();
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Eksporter en rapport' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Rediger' })).toBeFocused();

    await listbox(page).focus();
    await page.keyboard.press('Control+e');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(listbox(page)).toBeFocused();
  });

  test('from the search box, the results are one key away', async ({ app }) => {
    const { page } = app;
    await page.keyboard.press('Control+f');
    await page.keyboard.type('arm');
    await page.keyboard.press('ArrowDown');
    await expect(listbox(page)).toBeFocused();
    await expect(option(page, 'ARM')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(option(page, 'ARM-E')).toHaveAttribute('aria-selected', 'true');
  });
});

test.describe('item 11: deleting', () => {
  test('the question focuses Cancel and names the links that go', async ({ app }, testInfo) => {
    const { page } = app;
    await choose(page, 'ARM');
    await toolbarDelete(page).click();
    const dialog = page.getByRole('dialog', { name: 'Slette ARM?' });
    await expect(dialog).toContainText('AIS mister fritaket for innehavere av ARM.');
    await page.screenshot({ path: testInfo.outputPath('item11.png') });
    await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(option(page, 'ARM')).toHaveCount(1);
  });

  test('the next selection is scrolled into view', async ({ app }) => {
    const { page } = app;
    await choose(page, 'ARC');
    await listbox(page).evaluate((el) => el.scrollTo(0, 0)); // ARC out of sight
    await toolbarDelete(page).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slett' }).click();
    await expect(option(page, 'ARC')).toHaveCount(0);
    expect(await selectedCode(page)).toBe('ARe');
    await expect(option(page, 'ARe')).toBeInViewport();
  });
});

test.describe('item 12: small ones', () => {
  test('Enter in Settings saves', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Innstillinger' }).click();
    await page.getByLabel('Navn på organisasjonen').fill('Forsikringsakademiet');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('button', { name: 'Innstillinger' }).click();
    await expect(page.getByLabel('Navn på organisasjonen')).toHaveValue('Forsikringsakademiet');
  });

  test('a backup is named by its local date and time', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Sikkerhetskopier', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
    const status = dialog.getByRole('status');
    await expect(status).toContainText(/kl\. \d\d:\d\d/);
    await expect(status).not.toContainText(/\d{8}T\d{6}/);
  });

  test('every toolbar button has a tooltip', async ({ app }) => {
    const { page } = app;
    const buttons = page.getByRole('banner').getByRole('button');
    expect(await buttons.count()).toBeGreaterThan(5);
    for (const button of await buttons.all()) {
      await expect(button).toHaveAttribute('title', /\S/);
    }
  });

  test('the form grid stays aligned with a wrapped label and an error', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await edit(page, 'AU');
    await page.getByLabel('Korteste varighet (måneder)').fill('ni');
    await expect(page.getByText('Skriv et helt antall måneder')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('item12-grid.png') });
    // In each row of the grid, the labels end level (a wrapped one grows upward) and the fields line up.
    const rows = await page.evaluate(() => {
      const byRow = new Map<number, { label: number; control: number; height: number }[]>();
      for (const cell of document.querySelectorAll('.field-grid > .field')) {
        const top = Math.round(cell.getBoundingClientRect().top);
        const control = cell.querySelector('input, select')!.getBoundingClientRect();
        byRow.set(top, [
          ...(byRow.get(top) ?? []),
          {
            label: Math.round(cell.querySelector('label')!.getBoundingClientRect().bottom),
            control: Math.round(control.top),
            height: Math.round(control.height),
          },
        ]);
      }
      return [...byRow.values()];
    });
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      expect(new Set(row.map((c) => c.label)).size, JSON.stringify(row)).toBe(1);
      expect(new Set(row.map((c) => c.control)).size, JSON.stringify(row)).toBe(1);
      expect(new Set(row.map((c) => c.height)).size, JSON.stringify(row)).toBe(1);
    }
  });

  test('course rows keep their column headers once filled', async ({ app }) => {
    const { page } = app;
    await edit(page, 'AIS');
    const courses = group(page, 'Kurs');
    for (const header of ['Kurstype', 'Kode', 'Tittel (norsk)', 'Tittel (engelsk)'])
      await expect(courses.getByText(header, { exact: true })).toBeVisible();
  });

  test('the export dialog can export again without closing', async ({ app }) => {
    const { page } = app;
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Eksporter en rapport' });
    await dialog.getByRole('button', { name: 'Eksporter …' }).click();
    await expect(dialog.getByText(/Lagret som .*\.pdf/)).toBeVisible({ timeout: 60_000 });
    await dialog.getByLabel('CSV (Excel)').check();
    await dialog.getByRole('button', { name: 'Eksporter …' }).click();
    await expect(dialog.getByText(/Lagret som .*\.csv/)).toBeVisible({ timeout: 60_000 });
    const files = await readdir(app.exports.dir);
    expect(files.filter((f) => f.endsWith('.pdf') || f.endsWith('.csv'))).toHaveLength(2);
  });
});
