// Issue 21, the edit form: what a Norwegian coordinator tripped over in the first hour.
import type { Page } from '@playwright/test';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { fileValue } from '../support/sqlite-file';
import { expect, test } from './fixtures';
import { choose, detailTitle, form, group, rawKeysOnScreen } from './ui';

test.use({ osLocale: 'nb-NO' });

const courseCount = (path: string, code: string) =>
  fileValue(
    path,
    `SELECT count(*) FROM course c JOIN designation d ON d.id = c.designation_id WHERE d.code = '${code}'`,
  );
const edit = async (page: Page, code: string) => {
  await choose(page, code);
  await page.getByRole('button', { name: 'Rediger' }).click();
  await expect(form(page)).toBeVisible();
};
const lastCourseTitle = (page: Page, language: 'Norsk' | 'Engelsk') =>
  page.getByLabel(new RegExp(`^Tittel på kurs \\d+ \\(${language}\\)$`)).last();

test.describe('item 2: Enter', () => {
  test('in a picker picks or does nothing, in a text field never saves; Ctrl+Enter saves', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await edit(page, 'AIS');
    const picker = page.getByRole('combobox', { name: 'Legg til i «Krever»' });
    await picker.fill('XYZ'); // matches no designation
    await page.keyboard.press('Enter');
    await page.screenshot({ path: testInfo.outputPath('item2.png') });
    await expect(form(page)).toBeVisible();
    await expect(picker).toHaveValue('XYZ');
    await expect(page.getByText('Ingen sertifisering passer til «XYZ».')).toBeVisible();
    await picker.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: testInfo.outputPath('item2-nomatch.png') });

    await page.getByRole('button', { name: 'Legg til kurs' }).click();
    await lastCourseTitle(page, 'Norsk').fill('Halvskrevet');
    await page.keyboard.press('Enter');
    await page.getByLabel('Kode', { exact: true }).press('Enter');
    await page.getByLabel('Korteste varighet (måneder)').press('Enter');
    await expect(form(page)).toBeVisible();
    await expect(lastCourseTitle(page, 'Norsk')).toHaveValue('Halvskrevet');
    expect(await courseCount(app.catalogPath, 'AIS')).toBe(3); // nothing was saved

    // Enter picks what the list offers.
    await picker.fill('ARM-E');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('listitem').filter({ hasText: 'ARM-E' }).getByRole('button'),
    ).toHaveAccessibleName('Fjern ARM-E fra «Krever»');
    await expect(picker).toHaveValue('');

    // Ctrl+Enter saves from any field, a text area too.
    await group(page, 'Sammendrag').getByLabel('Engelsk').press('Control+Enter');
    await expect(form(page)).toHaveCount(0);
    await expect(detailTitle(page)).toContainText('AIS');
    expect(await courseCount(app.catalogPath, 'AIS')).toBe(4);
    expect(
      await fileValue(
        app.catalogPath,
        "SELECT count(*) FROM relation r JOIN designation d ON d.id = r.designation_id JOIN designation t ON t.id = r.target_id WHERE d.code = 'AIS' AND r.kind = 'prerequisite' AND t.code = 'ARM-E'",
      ),
    ).toBe(1);
  });

  test('in a text area starts a new line', async ({ app }) => {
    const { page } = app;
    await edit(page, 'AIC');
    const summary = group(page, 'Sammendrag').getByLabel('Norsk');
    await summary.fill('Første linje');
    await summary.press('Enter');
    await summary.pressSequentially('andre linje');
    await expect(summary).toHaveValue('Første linje\nandre linje');
    await expect(form(page)).toBeVisible();
  });
});

test.describe('item 3: limits', () => {
  test('are stated in words, never as a raw key', async ({ app }, testInfo) => {
    const { page } = app;
    await edit(page, 'AU');
    await page.getByLabel('Lengste varighet (måneder)').fill('300');
    await page.getByRole('button', { name: 'Legg til kurs' }).click();
    await page
      .getByLabel(/^Kode for kurs \d+$/)
      .last()
      .fill('ABCDEFGHIJKLMNOPQRSTU'); // 21 characters
    await page.screenshot({ path: testInfo.outputPath('item3.png') });
    expect(await rawKeysOnScreen(page)).toEqual([]);
    await expect(page.getByText('Skriv høyst 240 måneder.')).toBeVisible();
    await expect(page.getByText('Skriv høyst 20 tegn.')).toBeVisible();
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await expect(page.getByText('2 felt må rettes')).toBeVisible();
    expect(
      await fileValue(app.catalogPath, "SELECT duration_max FROM designation WHERE code = 'AU'"),
    ).toBe(15);
  });
});

test.describe('item 5: every error can be reached', () => {
  test('an over-long summary: the count comes with the field, scrolled to and focused', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await edit(page, 'AIS');
    const summary = group(page, 'Sammendrag').getByLabel('Engelsk');
    await summary.fill('x'.repeat(20_001));
    await page.getByLabel('Kode', { exact: true }).focus();
    await page.keyboard.press('Control+s');
    await expect(page.getByText('1 felt må rettes')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('item5-summary.png') });
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    await expect(group(page, 'Sammendrag').getByText('Skriv høyst 20 000 tegn.')).toBeVisible();
  });

  test('over-long sources show their message at the field', async ({ app }) => {
    const { page } = app;
    await edit(page, 'AIS');
    const sources = group(page, 'Kilder').getByLabel('Norsk');
    await sources.fill('y'.repeat(20_001));
    await page.getByLabel('Kode', { exact: true }).focus();
    await page.keyboard.press('Control+s');
    await expect(page.getByText('1 felt må rettes')).toBeVisible();
    await expect(sources).toBeFocused();
    await expect(sources).toHaveAccessibleDescription('Skriv høyst 20 000 tegn.');
  });

  test.describe('where AU-M requires AU', () => {
    test.use({
      // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture needs from the pattern
      prepareDataDir: async ({}, use) =>
        use(async (dir) => {
          const store = await CatalogStore.open({ path: `${dir}/catalog.db` });
          const aum = store.get('AU-M');
          await store.update('AU-M', {
            ...aum,
            relations: [{ kind: 'prerequisite', target: 'AU' }],
          });
          await store.close();
        }),
    });

    test('a prerequisite cycle: its message at its relation, scrolled to and focused', async ({
      app,
    }, testInfo) => {
      const { page } = app;
      await edit(page, 'AU');
      // AU-M requires AU, so AU requiring AU-M would close a circle.
      await page.getByRole('combobox', { name: 'Legg til i «Krever»' }).fill('AU-M');
      await page.keyboard.press('Enter');
      await page.getByLabel('Kode', { exact: true }).focus();
      await page.keyboard.press('Control+s');
      await expect(page.getByText('1 felt må rettes')).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath('item5-cycle.png') });
      const remove = page.getByRole('button', { name: 'Fjern AU-M fra «Krever»' });
      await expect(remove).toBeFocused();
      await expect(remove).toHaveAccessibleDescription(
        'Dette ville fått forkunnskapskravene til å gå i ring.',
      );
      await expect(
        page.getByText('Dette ville fått forkunnskapskravene til å gå i ring.'),
      ).toBeInViewport();
    });
  });
});

test.describe('item 6: the code rule', () => {
  test('says what is wrong with each code, and keeps small letters as typed', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await page.keyboard.press('Control+n');
    const code = page.getByLabel('Kode', { exact: true });
    await code.fill('ÆØÅ');
    await page.screenshot({ path: testInfo.outputPath('item6.png') });
    await expect(code).toHaveAccessibleDescription(/2–10 bokstaver A–Z/);
    const cases: [string, string][] = [
      ['ais', 'Begynn koden med en stor bokstav'],
      ['ÆØÅ', 'Bare bokstavene A–Z kan brukes i en kode, ikke Æ, Ø, Å.'],
      ['A', 'Bruk 2–10 bokstaver foran en eventuell bindestrek'],
      ['CPCU2', 'Sifre kan ikke brukes i en kode'],
      ['AU-', 'Etter bindestreken kommer 1–4 bokstaver'],
    ];
    for (const [typed, message] of cases) {
      await code.fill(typed);
      await expect(page.getByText(message)).toBeVisible();
    }

    await code.fill('ZZq-b');
    await page.getByLabel('Offisielt navn').fill('Blandet skrift');
    await page.keyboard.press('Control+s');
    await expect(detailTitle(page)).toContainText('ZZq-b');
    expect(
      await fileValue(app.catalogPath, "SELECT code FROM designation WHERE code_key = 'ZZQ-B'"),
    ).toBe('ZZq-b');
  });
});

test.describe('item 8: Ctrl+Z on a select', () => {
  test('takes back the choice, not typing in another field', async ({ app }) => {
    const { page } = app;
    await edit(page, 'AIS');
    const summary = group(page, 'Sammendrag').getByLabel('Engelsk');
    const before = await summary.inputValue();
    await summary.press('Control+End');
    await page.keyboard.type(' Extra words.');
    const status = page.getByLabel('Status', { exact: true });
    await status.focus();
    await page.keyboard.press('ArrowDown'); // Tilbys -> Ikke bekreftet
    await expect(status).toHaveValue('unconfirmed');
    await page.keyboard.press('Control+z');
    await expect(summary).toHaveValue(`${before} Extra words.`);
    await expect(status).toHaveValue('offered');
    await expect(status).toBeFocused();
    // The menu's Edit > Undo does the same while a select has focus.
    await page.keyboard.press('ArrowDown');
    await expect(status).toHaveValue('unconfirmed');
    await app.sendCommand('undo');
    await expect(status).toHaveValue('offered');
    await expect(summary).toHaveValue(`${before} Extra words.`);
    // In the text field, Ctrl+Z is still the field's own.
    await summary.focus();
    await page.keyboard.press('Control+z');
    await expect(summary).not.toHaveValue(`${before} Extra words.`);
  });
});

test.describe('item 10: input is tidied on save', () => {
  test('an empty course row is dropped and names lose their outer spaces', async ({ app }) => {
    const { page } = app;
    await edit(page, 'AIS');
    await page.getByRole('button', { name: 'Legg til kurs' }).click();
    await page.getByLabel('Offisielt navn').fill('  Associate in Insurance Services  ');
    await page
      .getByLabel(/^Kode for kurs \d+$/)
      .last()
      .fill('   ');
    await page.keyboard.press('Control+s');
    await expect(form(page)).toHaveCount(0);
    await expect(page.getByRole('article').getByRole('row')).toHaveCount(4); // header and three courses
    expect(await courseCount(app.catalogPath, 'AIS')).toBe(3);
    expect(
      await fileValue(app.catalogPath, "SELECT official_name FROM designation WHERE code = 'AIS'"),
    ).toBe('Associate in Insurance Services');
  });
});
