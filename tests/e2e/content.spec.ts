import { fileValue } from '../support/sqlite-file';
import { expect, test } from './fixtures';
import { choose, detailTitle, option, shownCodes } from './ui';

// What a coordinator reads first: official names, how sure each entry is, and why.

const UNCONFIRMED = [
  'AAI-M',
  'AIC-M',
  'AIT',
  'ALCM',
  'AMIM',
  'ANFI',
  'APA',
  'ARC',
  'ARM-E',
  'ARM-P',
  'AU-M',
  'WCCP',
];

test.describe('in Norwegian', () => {
  test.use({ osLocale: 'nb-NO' });

  test('a designation shows its official name, what it is, when it was last verified, and its sources', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await choose(page, 'AIS');
    await expect(detailTitle(page)).toHaveText('AIS Associate in Insurance Services');
    const view = page.getByRole('article');
    await expect(view.locator('.explanatory-name')).toHaveText('Grunnleggende forsikringsfag');
    await expect(view.getByRole('definition').filter({ hasText: 'september 2014' })).toBeVisible();
    await expect(view.getByText('Sist bekreftet')).toBeVisible();
    await expect(view.getByText('Utsteder')).toBeVisible();
    await expect(view.locator('.source-notes')).toContainText(
      'Investopedia, «Associate in Insurance Services (AIS)» (opplysningene er hentet fra en kopi av artikkelen)',
    );
    await page.screenshot({ path: testInfo.outputPath('ais-nb.png'), fullPage: true });
  });

  test('ALCM’s conflict is in plain sight, and so is the lack of a dated source', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await choose(page, 'ALCM');
    const caution = page.getByRole('region', { name: 'Forbehold' });
    await expect(caution).toContainText('Kildene er uenige om ALCM fortsatt tilbys.');
    await expect(page.getByRole('article').locator('.status-badge')).toHaveText('Ikke bekreftet');
    await expect(page.getByRole('article')).toContainText('Ingen datert kilde');
    await page.screenshot({ path: testInfo.outputPath('alcm-nb.png'), fullPage: true });
  });

  test('the list filters what needs checking, with the years from Settings', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    // The rule counts from today; fix today so that the test reads the same every year.
    await page.clock.setFixedTime(new Date('2026-11-30T12:00:00Z'));
    const needsChecking = page.getByLabel(/^Bare de som bør sjekkes/);
    await needsChecking.check();
    // Five years: the newest source (July 2020) is older than that, so all 28 need checking.
    await expect(page.locator('.list-count')).toHaveText('28 sertifiseringer');
    await page.screenshot({ path: testInfo.outputPath('needs-checking-nb.png') });

    await page.getByRole('button', { name: 'Innstillinger' }).click();
    const years = page.getByLabel('Bør sjekkes etter (år)');
    await expect(years).toHaveValue('5');
    await years.fill('3 år');
    await expect(page.getByText('Skriv et helt antall år fra 1 til 50.')).toBeVisible();
    // Saving keeps the dialog open on the field to fix, and changes nothing.
    await page.getByRole('dialog').getByRole('button', { name: 'Lagre' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(years).toBeFocused();
    await years.fill('10');
    await page.screenshot({ path: testInfo.outputPath('settings-nb.png') });
    await page.getByRole('dialog').getByRole('button', { name: 'Lagre' }).click();
    // Ten years: the unconfirmed, and the four offered ones last confirmed in 2014.
    await expect(page.locator('.list-count')).toHaveText('16 av 28 vises');
    expect(await shownCodes(page)).toEqual(
      [...UNCONFIRMED, 'AIM', 'AIS', 'ARe', 'ASLI'].sort((a, b) =>
        a.localeCompare(b, 'en', { sensitivity: 'base' }),
      ),
    );
    await expect(page.getByLabel(/^Bare de som bør sjekkes/)).toBeChecked();
    await app.restart();
    await app.page.getByRole('button', { name: 'Innstillinger' }).click();
    await expect(app.page.getByLabel('Bør sjekkes etter (år)')).toHaveValue('10');
  });

  test('the other screens speak of sertifiseringer and use the official names', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}-nb.png`) });
    await choose(page, 'AU');
    await page.getByRole('tab', { name: 'Studievei' }).click();
    await expect(page.getByRole('group', { name: /AU/ }).first()).toBeVisible();
    await shot('pathway');
    await page.getByRole('tab', { name: 'Detaljer' }).click();
    await page.getByRole('button', { name: 'Rediger' }).click();
    await page.getByLabel('Offisielt navn').fill('Associate in Commercial Underwriting (AU)');
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await expect(detailTitle(page)).toContainText('(AU)');
    await page.getByRole('button', { name: 'Historikk', exact: true }).click();
    const history = page.getByRole('dialog');
    await expect(history).toContainText('AU redigert (offisielt navn)');
    await shot('history');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+e');
    await expect(page.getByRole('dialog')).toContainText('Faktaark for sertifiseringene');
    await shot('export');
    await page.keyboard.press('Escape');
    await page.getByLabel('Filtrer etter status').selectOption('unconfirmed');
    await expect(page.locator('.list-count')).toHaveText('12 av 28 vises');
    await shot('unconfirmed-list');
  });

  test('About says how the list of 28 was assembled', async ({ app }, testInfo) => {
    const { page } = app;
    await app.sendCommand('about');
    const about = page.getByRole('dialog', { name: 'Om Sertifiseringskatalog' });
    await expect(
      about.getByRole('heading', { name: 'Slik ble listen over de 28 satt sammen' }),
    ).toBeVisible();
    await expect(about).toContainText(
      'Tjueseks av oppføringene er hentet fra The Institutes’ egen katalog «Professional Development Solutions» (høsten 2014–våren 2015)',
    );
    await expect(about).toContainText('AIDA og ALCM');
    await expect(about).toContainText(app.catalogPath);
    await page.screenshot({ path: testInfo.outputPath('about-nb.png') });
    await about.getByRole('button', { name: 'Lukk' }).click();
    await expect(about).toHaveCount(0);
  });
});

test.describe('in English', () => {
  test('the list shows official names, and the unconfirmed are marked', async ({ app }) => {
    const { page } = app;
    await page.getByLabel('Filter by status').selectOption('unconfirmed');
    expect(await shownCodes(page)).toEqual(UNCONFIRMED);
    await page.getByRole('searchbox').fill('AU-M');
    const row = option(page, 'AU-M');
    await expect(row).toContainText('Associate in Commercial Underwriting—Management');
    await expect(row).toContainText('Unconfirmed');
  });

  test('search and sort work on official and explanatory names', async ({ app }) => {
    const { page } = app;
    await page.getByRole('searchbox').fill('grunnleggende forsikringsfag');
    expect(await shownCodes(page)).toEqual(['AIS']);
    await page.getByRole('searchbox').fill('');
    await page.getByLabel('Sort by').selectOption('name');
    expect((await shownCodes(page)).slice(0, 3)).toEqual(['AAI', 'AAI-M', 'ACSR']);
    await page.getByLabel('Language').selectOption('nb');
    await page.getByLabel('Sorter etter').selectOption('explanatoryName');
    // «Bred sertifisering …» (CPCU), «Dataanalyse …» (AIDA), «Flomforsikring …» (ANFI)
    expect((await shownCodes(page)).slice(0, 3)).toEqual(['CPCU', 'AIDA', 'ANFI']);
  });

  test('the editor edits every new field, and the view shows them', async ({ app }, testInfo) => {
    const { page } = app;
    await choose(page, 'AIDA');
    await page.getByRole('button', { name: 'Edit' }).click();
    await expect(page.getByLabel('Official name')).toHaveValue(
      'Associate in Insurance Data Analytics',
    );
    await expect(page.getByLabel('Issuer')).toHaveValue('The Institutes');
    await expect(page.getByLabel('Last verified')).toHaveValue('2020-07');
    const group = (name: string) => page.getByRole('group', { name, exact: true });
    await group('Explanatory name').getByLabel('English').fill('Insurance data analytics');
    await page.getByLabel('Last verified').fill('2025-03');
    await group('Caution').getByLabel('English').fill('Course codes changed in 2025.');
    await group('Caution').getByLabel('Norsk').fill('Kurskodene ble endret i 2025.');
    await group('Sources').getByLabel('English').fill('The Institutes, AIDA page, March 2025');
    await group('Sources').getByLabel('Norsk').fill('');
    await page.screenshot({
      path: testInfo.outputPath('editor-new-fields-en.png'),
      fullPage: true,
    });
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    const view = page.getByRole('article');
    await expect(view.locator('.explanatory-name')).toHaveText('Insurance data analytics');
    await expect(view).toContainText('March 2025');
    await expect(page.getByRole('region', { name: 'Caution' })).toContainText(
      'Course codes changed in 2025.',
    );
    expect(
      await fileValue(app.catalogPath, "SELECT last_verified FROM designation WHERE code = 'AIDA'"),
    ).toBe('2025-03');
    // Sources written in one language only count as a missing translation.
    await page.getByLabel('Only missing translations').check();
    expect(await shownCodes(page)).toEqual(['AIDA']);
  });
});
