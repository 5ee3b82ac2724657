import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogError } from '../../shared/errors';
import type { Designation } from '../../shared/model';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { buildReportInWorker } from '../../electron/services/reports/worker-client';
import { syntheticDesignations } from '../support/synthetic';
import { makeTempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');
const WORKER = join(ROOT, 'out', 'main', 'report-worker.js');
let small: Designation[];
let large: Designation[];
let dir: string;
/** An empty file for the worker to write, as writeReport gives it. */
const target = (name: string) => {
  const path = join(dir, name);
  writeFileSync(path, '');
  return path;
};

beforeAll(async () => {
  if (!existsSync(WORKER))
    execFileSync('npx', ['--no-install', 'electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
  dir = await makeTempDir();
  const store = await CatalogStore.open({ path: join(dir, 'catalog.db') });
  small = store.all();
  await store.createMany(syntheticDesignations(2000));
  large = store.all();
  await store.close();
}, 120_000);

const options = { organisationName: 'Test', csvDelimiter: 'auto' as const };

describe('reports on a worker thread (the built app’s way)', () => {
  it('build the same report, with progress as it goes', async () => {
    const progress: number[] = [];
    const out = target('small.pdf');
    const written = await buildReportInWorker(
      WORKER,
      small,
      { report: 'overview', format: 'pdf', language: 'nb', codes: null },
      {
        ...options,
        onProgress: (done) => progress.push(done),
      },
      out,
    );
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBe(written);
    expect(progress.at(0)).toBe(0);
    expect(progress.at(-1)).toBe(28);
  });

  it('stop for real when cancelled, mid-layout', async () => {
    const job = new AbortController();
    let progressed = 0;
    const running = buildReportInWorker(
      WORKER,
      large,
      { report: 'sheets', format: 'pdf', language: 'en', codes: null },
      {
        ...options,
        signal: job.signal,
        onProgress: (done) => {
          progressed = done;
          if (done > 0) job.abort(); // as soon as pages are being drawn
        },
      },
      target('large.pdf'),
    );
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).code).toBe('EXPORT_CANCELLED');
    expect(progressed).toBeLessThan(large.length);
  }, 60_000);
});

describe('the built CLI', () => {
  it('exports on the report worker too, so its heap is capped as the app’s', () => {
    // NODE_DEBUG=worker makes Node itself log each worker it creates, with its script.
    const out = join(dir, 'cli-overview.pdf');
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, 'out', 'main', 'cli.js'),
        'export',
        '--report',
        'overview',
        '--format',
        'pdf',
        '--out',
        out,
        '--db',
        join(dir, 'catalog.db'),
      ],
      { env: { ...process.env, NODE_DEBUG: 'worker', LANG: 'en_GB.UTF-8' }, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`create new worker ${WORKER}`);
    expect(execFileSync('pdftotext', ['-l', '1', out, '-'], { encoding: 'utf8' })).toContain(
      'Catalog overview',
    );
  });
});
