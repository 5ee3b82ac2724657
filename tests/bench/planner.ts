// The study planner and the catalog map, for npm run bench: planning in the core, and the
// map's ELK layout in the renderer (Chromium, the built app, the real CSP).
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { planStudy, type PlannerEntry } from '../../electron/services/planner/plan';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { startChromiumHost } from '../e2e/chromium-host';
import { findChromium } from '../support/find-browsers.cjs';
import { syntheticDesignations } from '../support/synthetic';
import { makeTempDir } from '../support/temp';
import { fmt, repeat, stat, timed, type Stat } from './measure';

type Row = (name: string, a: string, b: string, note?: string) => void;
const ms = (s: Stat | undefined) => (s ? `${fmt(s.median)} (p95 ${fmt(s.p95)})` : '–');

/** Planning AIS for a holder of ARM in the 28 and in 10,000, and a 10,000-deep prerequisite chain. */
export async function benchPlanning(paths: Record<'28' | '10k', string>, runs: number, row: Row) {
  const out: Record<string, Stat> = {};
  for (const size of ['28', '10k'] as const) {
    const store = await CatalogStore.open({ path: paths[size], readOnly: true });
    const all = store.all();
    await store.close();
    planStudy(all, { target: 'AIS', holds: ['ARM'], passed: [] }); // warm up
    out[size] = await repeat(runs * 5, () =>
      timed(() => planStudy(all, { target: 'AIS', holds: ['ARM'], passed: ['Ethics exam'] })),
    );
  }
  const chain: PlannerEntry[] = Array.from({ length: 10_000 }, (_, i) => ({
    code: `C${i}`,
    status: 'offered',
    durationMonths: { min: 6, max: 12 },
    courses: [{ code: '', kind: 'core', title: { nb: 'Kurs', en: 'Course' } }],
    relations: i + 1 < 10_000 ? [{ kind: 'prerequisite', target: `C${i + 1}` }] : [],
  }));
  out.chain = await repeat(runs, () =>
    timed(() => planStudy(chain, { target: 'C0', holds: [], passed: [] })),
  );
  row(
    'Planner: AIS for a holder of ARM',
    ms(out['28']),
    ms(out['10k']),
    'pure; the whole catalog in memory',
  );
  row('Planner: a 10,000-step prerequisite chain', '', ms(out.chain), 'every step required');
  return out;
}

/** The map in the window: 28 and 300 designations, first open (loads ELK) and each re-layout. */
export async function benchMapLayout(path28: string, runs: number, row: Row) {
  const executablePath = findChromium();
  if (!executablePath) {
    row('Map layout', 'skipped', 'skipped', 'no Chromium found');
    return undefined;
  }
  const dir = await makeTempDir();
  const path300 = join(dir, 'catalog-300.db');
  copyFileSync(path28, path300);
  const store = await CatalogStore.open({ path: path300 });
  await store.createMany(syntheticDesignations(272));
  await store.close();
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const out: Record<string, { first: number; relayout: Stat }> = {};
  try {
    for (const [size, path] of [
      ['28', path28],
      ['300', path300],
    ] as const) {
      const dataDir = await makeTempDir();
      copyFileSync(path, join(dataDir, 'catalog.db'));
      const app = await startChromiumHost(browser, { dataDir, locale: 'en-GB' });
      const page = app.page;
      const measures = (n: number) =>
        page.waitForFunction(
          (count) => performance.getEntriesByName('map:layout').length >= count,
          n,
          { timeout: 120_000 },
        );
      await page.keyboard.press('Control+3');
      await measures(1);
      // Grouping off and on: each is a new layout of the same catalog.
      const group = page.getByLabel('Group by focus area');
      for (let i = 0; i < runs; i++) {
        await group.click();
        await measures(i + 2);
      }
      const durations = await page.evaluate(() =>
        performance.getEntriesByName('map:layout').map((e) => e.duration),
      );
      out[size] = { first: durations[0]!, relayout: stat(durations.slice(1)) };
      await app.close();
    }
  } finally {
    await browser.close();
  }
  row(
    'Map: first layout in the window (loads ELK)',
    fmt(out['28']!.first),
    fmt(out['300']!.first),
    'columns: 28 and 300 designations',
  );
  row(
    'Map: layout again (grouping on/off)',
    ms(out['28']!.relayout),
    ms(out['300']!.relayout),
    'columns: 28 and 300 designations',
  );
  return out;
}
