import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { syntheticDesignations } from '../support/synthetic';
import { expect, test } from './fixtures';
import { detailTitle } from './ui';

async function capture(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  if (testInfo.project.name !== 'chromium-host') return;
  try {
    const dir = process.env.PLANNER_SCREENS ?? '/work/scratch/screens/planner';
    mkdirSync(dir, { recursive: true });
    copyFileSync(path, join(dir, `${name}.png`));
  } catch {
    // No scratch folder outside the team's machine: the test output keeps them.
  }
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

/** Opens the map and waits for ELK's layout; records CSP violations and page errors. */
async function openMap(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.evaluate(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.keyboard.press('Control+3');
  const nodes = page.locator('.map-node');
  await expect(nodes.first()).toBeVisible({ timeout: 60_000 });
  return { nodes, problems };
}

const nodeCodes = (page: Page) =>
  page.locator('.map-node').evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));

for (const lang of ['en', 'nb'] as const) {
  test.describe(`the catalog map in ${lang}`, () => {
    test.use({ osLocale: lang === 'nb' ? 'nb-NO' : 'en-GB' });

    test('shows every designation and relation, laid out by ELK under the strict CSP', async ({
      app,
    }, testInfo) => {
      const { page } = app;
      const { problems } = await openMap(page);
      const store = app.store?.();
      const all = store ? store.all() : [];
      if (store) expect((await nodeCodes(page)).sort()).toEqual(all.map((d) => d.code).sort());
      for (const kind of ['prerequisite', 'waiver', 'credit'])
        expect(await page.locator(`.map-edge.${kind}`).count()).toBeGreaterThan(0);
      if (store)
        expect(await page.locator('.map-svg .map-edge').count()).toBe(
          all.reduce((n, d) => n + d.relations.length, 0),
        );
      await expect(page.locator('.map-group').first()).toBeVisible(); // grouped by focus area
      await capture(page, testInfo, `map-${lang}`);
      await expectAccessible(page);
      expect(problems).toEqual([]); // no eval, and the worker's script is the app's own: nothing refused
      // ELK runs on a worker thread here (the window stays free while it lays out).
      expect(await page.evaluate(() => performance.getEntriesByName('map:elk-worker').length)).toBe(
        1,
      );

      // Search highlights; Enter goes to the first match.
      const search = page.getByRole('searchbox', {
        name: lang === 'nb' ? 'Finn i kartet' : 'Find on the map',
      });
      await search.fill('ASLI');
      await expect(page.locator('.map-node.match')).toHaveCount(1);
      await search.press('Enter');
      await expect(page.locator('.map-node:focus')).toHaveAttribute('data-node', 'ASLI');
      // Arrow keys move between nodes; Enter opens the designation in the catalog.
      await page.keyboard.press('ArrowLeft');
      const moved = await page.locator('.map-node:focus').getAttribute('data-node');
      expect(moved).not.toBe('ASLI');
      await page.keyboard.press('Enter');
      await expect(detailTitle(page)).toContainText(moved!);
    });
  });
}

test.describe('map filters and exports', () => {
  test('filters by focus area, hides a kind of relation, exports SVG and a landscape PDF', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await openMap(page);
    await page
      .getByRole('combobox', { name: 'Focus area', exact: true })
      .selectOption('risk-management');
    // The new layout comes from a worker: until it does, the old one is shown, marked busy.
    await expect.poll(async () => (await nodeCodes(page)).length).toBeLessThan(28);
    await expect(page.locator('.map-viewport')).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator('.map-node.outside').first()).toBeVisible();
    expect(await nodeCodes(page)).toContain('ARM');
    await page.getByLabel(/^Gives credit toward/).uncheck();
    await expect(page.locator('.map-svg .map-edge.credit')).toHaveCount(0);
    await capture(page, testInfo, 'map-filtered-en');
    await page.getByRole('combobox', { name: 'Focus area', exact: true }).selectOption('all');
    await page.getByLabel(/^Gives credit toward/).check();
    await expect(page.locator('.map-node')).toHaveCount(28);

    await page.getByRole('button', { name: 'Export SVG…' }).click();
    await expect(page.locator('.map-status')).toContainText('.svg', { timeout: 30_000 });
    const svgPath = join(
      app.exports.dir,
      `catalog-map-${new Date().toISOString().slice(0, 10)}.svg`,
    );
    const svg = await readFile(svgPath, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const code of ['AIS', 'ARM', 'ASLI', 'AU-M']) expect(svg).toContain(`>${code}<`);
    expect(svg).toContain('Prerequisite waived for holders of'); // the legend
    // Other programs read it as an image: rsvg (librsvg) renders it to PNG.
    const png = join(app.exports.dir, 'map-from-svg.png');
    try {
      execFileSync('rsvg-convert', ['-o', png, svgPath]);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // no rsvg here: the text checks stand
    }

    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await expect(page.locator('.map-status')).toContainText('.pdf', { timeout: 30_000 });
    const pdfPath = join(
      app.exports.dir,
      `catalog-map-${new Date().toISOString().slice(0, 10)}.pdf`,
    );
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+841.89 x 595.28/); // A4 landscape
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    for (const words of ['Catalog map', 'AIS', 'ASLI', 'Page 1 of 1'])
      expect(text).toContain(words);
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      '-singlefile',
      pdfPath,
      testInfo.outputPath('map-pdf'),
    ]);
  });
});

test.describe('the catalog map in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('reads well and passes axe', async ({ app }, testInfo) => {
    test.skip(
      testInfo.project.name === 'electron-host',
      'Playwright cannot emulate the OS theme in Electron',
    );
    const { page } = app;
    await openMap(page);
    await page.getByRole('searchbox', { name: 'Find on the map' }).fill('risk');
    await capture(page, testInfo, 'map-dark');
    await expectAccessible(page);
  });
});

test.describe('a map of 300 designations', () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture needs from the pattern
    prepareDataDir: async ({}, use) =>
      use(async (dir) => {
        const store = await CatalogStore.open({ path: `${dir}/catalog.db` });
        await store.createMany(syntheticDesignations(272));
        await store.close();
      }),
  });
  test('is laid out and stays usable', async ({ app }, testInfo) => {
    test.setTimeout(120_000);
    const { page } = app;
    const { nodes, problems } = await openMap(page);
    await expect(nodes).toHaveCount(300);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await capture(page, testInfo, 'map-300-en');
    expect(problems).toEqual([]);
  });
});
