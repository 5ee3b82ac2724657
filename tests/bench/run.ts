// npm run bench: speed and memory of the catalog core, the renderer and the
// exports, for the 28 designations and for 10,000 synthetic ones. Prints a
// table and writes bench/results.json. Figures, not pass/fail.
// Long on purpose: one script that measures every figure in the same run, so each ratio compares like with like.
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  writeSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { writeFileDurably } from '../../electron/services/storage/durable-write';
import { REPORT_WORKER_LIMITS } from '../../electron/services/reports/worker-client';
import { changeLogPathOf } from '../../electron/services/storage/change-log';
import { startChromiumHost } from '../e2e/chromium-host';
import { findChromium } from '../support/find-browsers.cjs';
import { packWithStandIn } from '../support/pack';
import { syntheticDesignations } from '../support/synthetic';
import { makeTempDir } from '../support/temp';
import { loadBetterSqlite } from './better-sqlite';
import { fmt, kb, mb, repeat, stat, timed, type Stat } from './measure';
import { benchMapLayout, benchPlanning } from './planner';
import { benchStart } from './start';
import { checkEveryField, everyFieldEdit } from './every-field';

const ROOT = join(__dirname, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** BENCH_ONLY=save,renderer measures just those parts (open, start, save, exports, renderer, size, planner, map). */
const ONLY = process.env.BENCH_ONLY?.split(',');
const SIZES = { '28': 0, '10k': 9_972 } as const; // 28 seeded + 9,972 synthetic = 10,000
type Size = keyof typeof SIZES;

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memory: mb(totalmem()),
    node: process.version,
  },
  runs: RUNS,
};
const table: [string, string, string, string][] = [];
const row = (name: string, a: string, b: string, note = '') => table.push([name, a, b, note]);
const ms = (s: Stat | undefined) => (s ? `${fmt(s.median)} (p95 ${fmt(s.p95)})` : '–');

function tsx(script: string, args: string[], nodeArgs: string[] = []): unknown {
  const out = execFileSync(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', join(__dirname, script), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(out.slice(out.indexOf('{')));
}

async function prepareCatalogs(dir: string): Promise<Record<Size, string>> {
  const paths = {} as Record<Size, string>;
  for (const size of Object.keys(SIZES) as Size[]) {
    const path = join(dir, `catalog-${size}.db`);
    const store = await CatalogStore.open({ path });
    if (SIZES[size]) {
      // One all-or-nothing import of them all, as a large JSON or CSV import applies.
      const ms = await timed(() => store.createMany(syntheticDesignations(SIZES[size])));
      results.createMany = { count: SIZES[size], ms };
      row(
        'Import into a new catalog (store.createMany, one save)',
        '',
        fmt(ms),
        `${SIZES[size]!.toLocaleString('en')} designations, once`,
      );
    }
    await store.close();
    paths[size] = path;
  }
  return paths;
}

async function benchOpen(paths: Record<Size, string>) {
  const open: Record<string, Stat> = {};
  const rss: Record<string, number> = {};
  for (const size of Object.keys(paths) as Size[]) {
    const runs = [...Array(RUNS)].map(
      () => tsx('open-once.ts', [paths[size]]) as { ms: number; rss: number },
    );
    open[size] = stat(runs.map((r) => r.ms));
    rss[size] = stat(runs.map((r) => r.rss)).median;
    // The same in a warm process: the store's own share.
    open[`${size}-in-process`] = await repeat(RUNS, () =>
      timed(async () => {
        const store = await CatalogStore.open({ path: paths[size], readOnly: true });
        store.list();
        await store.close();
      }),
    );
  }
  results.open = open;
  results.memory = rss;
  row(
    'Open: process start → catalog ready',
    ms(open['28']),
    ms(open['10k']),
    'node + tsx start included',
  );
  row('Open: in a running process', ms(open['28-in-process']), ms(open['10k-in-process']));
  row('Main-process RSS with the catalog loaded', mb(rss['28']), mb(rss['10k']));
}

/**
 * The floor: the least an atomic, durable write of these bytes can cost. Synchronous
 * calls, no checks beyond the byte count: temp file, fsync, rename, folder fsync.
 */
function atomicWriteFloor(path: string, bytes: Uint8Array): void {
  const temp = `${path}.tmp`;
  const fd = openSync(temp, 'w');
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
  fsyncSync(fd);
  closeSync(fd);
  renameSync(temp, path);
  const folder = openSync(dirname(path), 'r');
  fsyncSync(folder);
  closeSync(folder);
}

/** Saves are cheap: enough of them for a p95 that means something. */
const SAVE_RUNS = RUNS * 10;

async function benchSave(paths: Record<Size, string>, dir: string) {
  const save: Record<string, unknown> = {};
  const better = await loadBetterSqlite();
  for (const size of Object.keys(paths) as Size[]) {
    const path = join(dir, `save-${size}.db`);
    copyFileSync(paths[size], path);
    const store = await CatalogStore.open({ path });
    let n = 0;
    // As the app saves: the editor holds the designation the last save returned.
    const original = store.get('AIS');
    let d = original;
    const edit = async () => {
      d = await store.update('AIS', { ...d, summary: { ...d.summary, en: `Edited ${n++}` } });
    };
    // The first saves after opening run while V8 still compiles the code: measured apart,
    // then the steady state a coordinator editing all day gets.
    const firstSaves = await repeat(10, () => timed(edit));
    for (let i = 0; i < 20; i++) await edit();
    const logBefore = statSync(changeLogPathOf(path)).size;
    const ours = await repeat(SAVE_RUNS, () => timed(edit));
    const logBytesPerSave = (statSync(changeLogPathOf(path)).size - logBefore) / SAVE_RUNS;
    // The other end: every field but the code, each save against the one before.
    d = await store.update('AIS', { ...d, summary: original.summary }); // AIS as seeded again
    const seeded = d;
    let k = 1;
    const editAll = async () => {
      const next = everyFieldEdit(seeded, k++);
      checkEveryField(d, next);
      return timed(async () => void (d = await store.update('AIS', next)));
    };
    for (let i = 0; i < 10; i++) await editAll();
    const allBefore = statSync(changeLogPathOf(path)).size;
    const everyField = await repeat(SAVE_RUNS, editAll);
    const allBytesPerSave = (statSync(changeLogPathOf(path)).size - allBefore) / SAVE_RUNS;
    const bytes = readFileSync(path);
    const floor = await repeat(SAVE_RUNS, () =>
      timed(() => atomicWriteFloor(join(dir, `floor-${size}.bin`), bytes)),
    );
    // What each save cost before the change log: the app's own whole-file write.
    const wholeFile = await repeat(SAVE_RUNS, () =>
      timed(() => writeFileDurably(join(dir, `whole-${size}.bin`), bytes)),
    );
    // Closing folds the log into the file: the whole-file write a save no longer pays.
    const checkpoint = await timed(() => store.close());
    let native: Stat | undefined;
    if (better.module) {
      const db = new better.module(join(dir, `native-${size}.db`));
      db.exec(`PRAGMA synchronous = FULL`);
      db.exec(`ATTACH '${path}' AS src`);
      db.exec('CREATE TABLE designation AS SELECT * FROM src.designation; DETACH src');
      const update = db.prepare(
        'UPDATE designation SET summary_en = ?, updated_at = ? WHERE code = ?',
      );
      native = await repeat(SAVE_RUNS, () =>
        timed(() => update.run(`Edited ${n++}`, new Date().toISOString(), 'AIS')),
      );
      db.close();
    }
    save[size] = {
      ours,
      everyField,
      allBytesPerSave,
      floor,
      wholeFile,
      native,
      checkpoint,
      firstSaves,
      logBytesPerSave,
      bytes: bytes.length,
      ratioToFloor: ours.median / floor.median,
      ratioToNative: native ? ours.median / native.median : null,
    };
  }
  results.save = save;
  const s = save as Record<
    Size,
    {
      ours: Stat;
      everyField: Stat;
      allBytesPerSave: number;
      floor: Stat;
      wholeFile: Stat;
      native?: Stat;
      checkpoint: number;
      firstSaves: Stat;
      logBytesPerSave: number;
      ratioToFloor: number;
      ratioToNative: number | null;
      bytes: number;
    }
  >;
  row(
    'Save one edit, durable (sql.js + change log)',
    ms(s['28'].ours),
    ms(s['10k'].ours),
    `appends ${kb(s['28'].logBytesPerSave)} / ${kb(s['10k'].logBytesPerSave)} per save`,
  );
  row('  the first 10 saves after opening', ms(s['28'].firstSaves), ms(s['10k'].firstSaves));
  row(
    '  an edit of every field but the code',
    ms(s['28'].everyField),
    ms(s['10k'].everyField),
    `appends ${kb(s['28'].allBytesPerSave)} / ${kb(s['10k'].allBytesPerSave)} per save`,
  );
  row(
    '  fold the log into the file (on close, per 4 MB of log)',
    fmt(s['28'].checkpoint),
    fmt(s['10k'].checkpoint),
    `file ${mb(s['28'].bytes)} / ${mb(s['10k'].bytes)}`,
  );
  row('  floor: atomic write of as many bytes (sync calls)', ms(s['28'].floor), ms(s['10k'].floor));
  row(
    "  the app's whole-file write (what a save cost before)",
    ms(s['28'].wholeFile),
    ms(s['10k'].wholeFile),
    'async, every byte checked',
  );
  row(
    '  better-sqlite3 12, synchronous=FULL',
    ms(s['28'].native),
    ms(s['10k'].native),
    better.note,
  );
  row(
    '  ratio save / floor',
    s['28'].ratioToFloor.toFixed(2),
    s['10k'].ratioToFloor.toFixed(2),
    'targets ≤ 1.5 and ≤ 2.5',
  );
  row(
    '  ratio save / better-sqlite3',
    s['28'].ratioToNative?.toFixed(2) ?? '–',
    s['10k'].ratioToNative?.toFixed(2) ?? '–',
  );
}

function benchExports(paths: Record<Size, string>) {
  const exports: Record<string, unknown> = {};
  const kinds = [
    ['overview', 'csv'],
    ['overview', 'pdf'],
    ['sheets', 'pdf'],
    ['pathways', 'pdf'],
    ['overview', 'html'], // the HTML catalog (the report kind does not apply)
  ] as const;
  // The app builds reports on a worker with this heap cap; measure them under the same one.
  const heapCap = [`--max-old-space-size=${REPORT_WORKER_LIMITS.maxOldGenerationSizeMb}`];
  for (const [report, format] of kinds) {
    const per: Record<string, { time: Stat; cpu: Stat; peakRss: number; bytes: number }> = {};
    for (const size of Object.keys(paths) as Size[]) {
      // Large PDFs take seconds each: three runs there, the median of which is printed.
      const runs = size === '28' || format !== 'pdf' ? Math.max(3, Math.ceil(RUNS / 2)) : 3;
      const out = [...Array(runs)].map(
        () =>
          tsx('export-once.ts', [paths[size], report, format, 'nb'], heapCap) as {
            ms: number;
            cpuMs: number;
            peakRss: number;
            bytes: number;
          },
      );
      per[size] = {
        time: stat(out.map((o) => o.ms)),
        cpu: stat(out.map((o) => o.cpuMs)),
        peakRss: Math.max(...out.map((o) => o.peakRss)),
        bytes: out[0]!.bytes,
      };
    }
    exports[`${report}-${format}`] = per;
    row(
      `Export ${format === 'html' ? 'catalog' : report} ${format.toUpperCase()} (time · peak RSS)`,
      `${fmt(per['28']!.time.median)} · ${mb(per['28']!.peakRss)}`,
      `${fmt(per['10k']!.time.median)} · ${mb(per['10k']!.peakRss)}`,
      `${mb(per['10k']!.bytes)} at 10k; CPU ${fmt(per['28']!.cpu.median)} / ${fmt(per['10k']!.cpu.median)}`,
    );
  }
  results.exports = exports;
}

async function benchRenderer(paths: Record<Size, string>) {
  const executablePath = findChromium();
  if (!executablePath) {
    row('Renderer', 'skipped', 'skipped', 'no Chromium found');
    return;
  }
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const renderer: Record<string, unknown> = {};
  try {
    for (const size of Object.keys(paths) as Size[]) {
      const firstPaint: number[] = [];
      const keystrokes: number[] = [];
      const keyWork: number[] = [];
      const switches: number[] = [];
      for (let run = 0; run < Math.max(3, Math.ceil(RUNS / 2)); run++) {
        const dataDir = await makeTempDir();
        copyFileSync(paths[size], join(dataDir, 'catalog.db'));
        const app = await startChromiumHost(browser, { dataDir, locale: 'en-GB' });
        const page = app.page;
        await page.waitForFunction(
          () => performance.getEntriesByName('catalog:list-painted').length > 0,
        );
        firstPaint.push(
          await page.evaluate(
            () =>
              performance.getEntriesByName('catalog:list-painted')[0]!.startTime -
              performance.getEntriesByName('catalog:data')[0]!.startTime,
          ),
        );
        // Keystroke → the frame that shows the filtered list.
        await page.evaluate(() => {
          const w = window as unknown as { __keys: number[]; __work: number[] };
          w.__keys = [];
          w.__work = [];
          // React renders the filtered list synchronously inside the input event; a window
          // listener runs after React's, so this is the work a keystroke costs.
          window.addEventListener('input', (e) => w.__work.push(performance.now() - e.timeStamp));
          // rAF runs before the frame is drawn; a message posted from it arrives after.
          document.querySelector('input[type=search]')!.addEventListener('keydown', (e) => {
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => w.__keys.push(performance.now() - e.timeStamp);
              channel.port2.postMessage(null);
            });
          });
        });
        await page.getByRole('searchbox').click();
        await page.keyboard.type('synthetic designation 12', { delay: 40 });
        for (let i = 0; i < 8; i++) await page.keyboard.press('Backspace', { delay: 40 });
        keystrokes.push(
          ...(await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys)),
        );
        keyWork.push(
          ...(await page.evaluate(() => (window as unknown as { __work: number[] }).__work)),
        );
        // Language switch → the frame that shows the other language.
        for (const lng of ['nb', 'en', 'nb', 'en']) {
          switches.push(
            await page.evaluate(async (l) => {
              const select = document.querySelector<HTMLSelectElement>('.toolbar-end select')!;
              const search = document.querySelector<HTMLInputElement>('input[type=search]')!;
              const before = search.placeholder;
              const start = performance.now();
              select.value = l;
              select.dispatchEvent(new Event('change', { bubbles: true }));
              // Each frame: once the UI shows the other language, time the end of that frame's paint.
              // (No named inner functions: tsx would wrap them in a helper the page lacks.)
              do await new Promise((r) => requestAnimationFrame(r));
              while (search.placeholder === before);
              await new Promise((r) => {
                const channel = new MessageChannel();
                channel.port1.onmessage = r;
                channel.port2.postMessage(null);
              });
              return performance.now() - start;
            }, lng),
          );
        }
        await app.close();
      }
      renderer[size] = {
        firstPaint: stat(firstPaint),
        keystroke: stat(keystrokes),
        keystrokeWork: stat(keyWork),
        languageSwitch: stat(switches),
      };
    }
  } finally {
    await browser.close();
  }
  results.renderer = renderer;
  const r = renderer as Record<
    Size,
    { firstPaint: Stat; keystroke: Stat; keystrokeWork: Stat; languageSwitch: Stat }
  >;
  row(
    'Renderer: data arrival → first list paint',
    ms(r['28'].firstPaint),
    ms(r['10k'].firstPaint),
    'target < 150 ms',
  );
  row(
    'Renderer: search keystroke → list rendered',
    ms(r['28'].keystrokeWork),
    ms(r['10k'].keystrokeWork),
    'target p95 < 16 ms',
  );
  row(
    'Renderer: search keystroke → frame painted',
    ms(r['28'].keystroke),
    ms(r['10k'].keystroke),
    'includes waiting for the next frame',
  );
  row('Renderer: language switch → paint', ms(r['28'].languageSwitch), ms(r['10k'].languageSwitch));
}

async function benchSize() {
  const assets = join(ROOT, 'out', 'renderer', 'assets');
  const html = readFileSync(join(ROOT, 'out', 'renderer', 'index.html'), 'utf8');
  const sizes = readdirSync(assets)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => ({ f, gz: gzipSync(readFileSync(join(assets, f))).length }));
  // What the window loads to start, apart from what it loads on first use (the map's ELK).
  const gzip = sizes.filter((x) => html.includes(x.f)).reduce((sum, x) => sum + x.gz, 0);
  const lazy = sizes.filter((x) => !html.includes(x.f)).reduce((sum, x) => sum + x.gz, 0);
  // What electron-builder really packs (with a stand-in Electron binary).
  const asar = statSync(join(await packWithStandIn(), 'resources', 'app.asar')).size;
  results.size = { rendererGzip: gzip, rendererLazyGzip: lazy, appAsar: asar };
  row('Renderer bundle (JS + CSS, gzip)', `${(gzip / 1024).toFixed(0)} KB`, '', 'target < 250 KB');
  row(
    '  loaded on first use (the map: ELK worker and fallback)',
    `${(lazy / 1024).toFixed(0)} KB`,
    '',
    'only one of the two runs',
  );
  row('Packed app folder (app.asar)', mb(asar), '');
}

void (async () => {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html')) || process.env.BENCH_BUILD !== '0') {
    execFileSync('npx', ['--no-install', 'electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  const dir = await makeTempDir();
  console.log(`Preparing catalogs in ${dir} …`);
  const paths = await prepareCatalogs(dir);
  for (const [name, step] of [
    ['open', () => benchOpen(paths)],
    ['start', async () => void (results.start = await benchStart(paths, dir, RUNS, row))],
    ['save', () => benchSave(paths, dir)],
    ['exports', () => benchExports(paths)],
    ['renderer', () => benchRenderer(paths)],
    ['size', benchSize],
    ['planner', async () => void (results.planning = await benchPlanning(paths, RUNS, row))],
    ['map', async () => void (results.mapLayout = await benchMapLayout(paths['28'], RUNS, row))],
  ] as const) {
    if (ONLY && !ONLY.includes(name)) continue;
    console.log(`Measuring ${name} …`);
    await step();
  }
  const width = Math.max(...table.map((r) => r[0].length));
  const col = (s: string, w: number) => s.padEnd(w);
  console.log(
    `\n${col('', width)}  ${col('28 designations', 28)}  ${col('10,000 designations', 28)}  notes`,
  );
  for (const [name, a, b, note] of table)
    console.log(`${col(name, width)}  ${col(a, 28)}  ${col(b, 28)}  ${note}`);
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\n${RUNS} runs each (three for the 10,000-designation PDFs); medians with p95. JSON: bench/results.json`,
  );
})();
