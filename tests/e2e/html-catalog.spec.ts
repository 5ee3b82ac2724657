// The HTML catalog as a reader gets it: a file opened from disk in Chromium.
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { writeReport } from '../../electron/services/reports/export-report';
import { makeTempDir } from '../support/temp';

const test = base.extend<{ catalogUrl: string; viewer: Page }>({
  // A plain Chromium page (not the app): started here so the Electron project skips before any launch.
  viewer: async ({ playwright, launchOptions }, use, testInfo) => {
    testInfo.skip(testInfo.project.name !== 'chromium-host', 'A page in a browser: Chromium only');
    const browser = await playwright.chromium.launch(launchOptions);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await use(await context.newPage());
    await browser.close();
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture needs from the pattern
  catalogUrl: async ({}, use) => {
    const dir = await makeTempDir();
    const store = await CatalogStore.open({ path: join(dir, 'catalog.db') });
    const out = join(dir, 'katalog.html');
    await writeReport(
      store.all(),
      { report: 'overview', format: 'html', language: 'nb', codes: null },
      out,
      { organisationName: 'Forsikringsskolen Øst', csvDelimiter: 'auto' },
    );
    await store.close();
    await use(pathToFileURL(out).href);
  },
});

/** Opens the page and records every request it makes and every error it reports. */
async function open(page: Page, url: string) {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  return { requests, errors };
}

async function expectAccessible(page: Page, testInfo: TestInfo, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  await testInfo.attach(`axe-${name}.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

const articles = (page: Page) => page.locator('main article');

test('opens from disk with no request to anything, in both languages, and passes axe', async ({
  viewer: page,
  catalogUrl,
}, testInfo) => {
  test.setTimeout(180_000); // axe reads the whole page three times; the machine is shared
  const { requests, errors } = await open(page, catalogUrl);
  // The page holds both languages; what shows is one (innerText skips the hidden one).
  const shows = { useInnerText: true };
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Sertifiseringskatalog – Forsikringsskolen Øst',
    shows,
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(articles(page)).toHaveCount(28);
  await expect(page.getByRole('status')).toHaveText('28 sertifiseringer', shows);
  await page.screenshot({ path: testInfo.outputPath('html-catalog-nb.png') });
  await expectAccessible(page, testInfo, 'nb');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Credential Catalog – Forsikringsskolen Øst');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('#d-AIS h2')).toHaveText(
    'AIS – Associate in Insurance Services',
    shows,
  );
  await expectAccessible(page, testInfo, 'en');

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('html-catalog-en-dark.png') });
  await expectAccessible(page, testInfo, 'en-dark');

  // The official name stays as the issuer writes it; Norwegian adds what it means.
  await page.getByRole('button', { name: 'Norsk bokmål' }).click();
  await expect(page.locator('#d-AIS h2')).toHaveText(
    'AIS – Associate in Insurance Services',
    shows,
  );
  await expect(page.locator('#d-AIS h2 [lang="en"]')).toHaveText('Associate in Insurance Services');
  await expect(page.locator('#d-AIS .explanatory')).toHaveText(
    'Grunnleggende forsikringsfag',
    shows,
  );

  // Only the file itself was loaded: no script, style, font or image from anywhere.
  expect(requests).toEqual([catalogUrl]);
  expect(errors).toEqual([]);
});

test('finds as you type, links the relations, and prints without the tools', async ({
  viewer: page,
  catalogUrl,
}, testInfo) => {
  await open(page, catalogUrl);
  const search = page.getByLabel('Søk i katalogen');
  await search.fill('risikostyring');
  await expect(page.getByRole('status')).toHaveText(/^\d+ av 28 sertifiseringer vises$/);
  const shown = await articles(page).evaluateAll((all) =>
    all.filter((a) => !(a as HTMLElement).hidden).map((a) => a.id),
  );
  expect(shown).toContain('d-ARM');
  expect(shown).not.toContain('d-AIS');
  await page.screenshot({ path: testInfo.outputPath('html-catalog-search.png') });
  await search.fill('ingen slik sertifisering finnes');
  await expect(page.getByText('Ingen sertifisering passer med søket.')).toBeVisible();
  await search.fill('');
  await expect(articles(page).filter({ visible: true })).toHaveCount(28);

  // AIS gives credit toward ASLI: the code is a link to ASLI's anchor.
  await page.locator('#d-AIS').getByRole('link', { name: 'ASLI' }).click();
  expect(new URL(page.url()).hash).toBe('#d-ASLI');
  await expect(page.locator('#d-ASLI')).toBeInViewport();

  await page.emulateMedia({ media: 'print' });
  await expect(search).toBeHidden();
  await expect(page.locator('#d-AIS h2')).toBeVisible();
});
