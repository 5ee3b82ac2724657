import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { prepareImport } from '../../electron/services/exchange/import-file';
import { MAX_IMPORT_ROWS, MAX_MISALIGNED_ROWS } from '../../electron/services/exchange/import-rows';
import { MAX_IMPORT_BYTES } from '../../electron/services/exchange/import-source';
import { writeReport } from '../../electron/services/reports/export-report';
import { REPORT_COLUMNS } from '../../electron/services/reports/csv';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { CatalogError } from '../../shared/errors';
import { syntheticDesignations } from '../support/synthetic';
import { makeTempDir } from '../support/temp';

// Files that would hang, flood or exhaust an import: each is refused or
// bounded, and the work runs on a worker thread in the built app.

const ROOT = join(__dirname, '..', '..');
const WORKER = join(ROOT, 'out', 'main', 'import-worker.js');
let dir: string;
let store: CatalogStore;
let sheets: string;

beforeAll(async () => {
  if (!existsSync(WORKER))
    execFileSync('npx', ['--no-install', 'electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
  dir = await makeTempDir();
  store = await CatalogStore.open({ path: join(dir, 'catalog.db') });
  sheets = join(dir, 'sheets.csv');
  await writeReport(
    store.all(),
    { report: 'sheets', format: 'csv', language: 'en', codes: null },
    sheets,
    {
      organisationName: '',
      csvDelimiter: 'auto',
    },
  );
}, 120_000);
afterAll(() => store.close());

const reason = (path: string, workerPath?: string) =>
  prepareImport(store, path, { workerPath }).then(
    () => 'accepted',
    (e: unknown) => (e instanceof CatalogError ? String(e.params.reason ?? e.code) : String(e)),
  );

/** The fact sheets' header and `rows` copies of AIS's row, each edited by `edit`. */
async function sheetWith(name: string, rows: number, edit: (row: string, i: number) => string) {
  const [header, ais] = (await readFile(sheets, 'utf8'))
    .split('\r\n')
    .filter((l) => /^\uFEFF?(Code|AIS),/.test(l));
  const file = join(dir, name);
  await writeFile(
    file,
    [header, ...Array.from({ length: rows }, (_, i) => edit(ais!, i))].join('\r\n'),
  );
  return file;
}

/** The first `n` cells of a CSV line, as a CSV line. */
const firstCells = (line: string, n: number) =>
  stringify([(parse(line) as string[][])[0]!.slice(0, n)], { record_delimiter: '' });

describe('files that are not ordinary files', () => {
  it.skipIf(process.platform === 'win32')(
    'a FIFO, a link to /dev/zero and a folder are refused at once, without hanging',
    async () => {
      const fifo = join(dir, 'pipe.csv');
      execFileSync('mkfifo', [fifo]);
      const zero = join(dir, 'zero.csv');
      await symlink('/dev/zero', zero);
      const folder = join(dir, 'folder.csv');
      await mkdir(folder);
      // Nobody ever writes to the FIFO: an open that waited for a writer would never return.
      expect(await reason(fifo)).toBe('not-regular');
      expect(await reason(zero)).toBe('not-regular');
      expect(await reason(folder)).toBe('not-regular');
      expect(await reason(fifo, WORKER)).toBe('not-regular');
    },
  );

  it('a missing file is NOT_FOUND', async () => {
    expect(await reason(join(dir, 'nowhere.csv'))).toBe('NOT_FOUND');
  });
});

describe('limits', () => {
  it('a file over 50 MB is refused before it is read', async () => {
    const big = join(dir, 'big.csv');
    await writeFile(big, '');
    await truncate(big, MAX_IMPORT_BYTES + 1); // sparse: no 50 MB written
    expect(await reason(big)).toBe('too-large');
  });

  it(`more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows are refused before any row is checked`, async () => {
    const header = (await readFile(sheets, 'utf8')).split('\r\n')[0];
    const file = join(dir, 'rows.csv');
    const row = `AIS${','.repeat(header!.split(',').length - 1)}\r\n`; // a full row, few bytes
    await writeFile(file, `${header}\r\n${row.repeat(MAX_IMPORT_ROWS + 1)}`);
    expect(await reason(file)).toBe('too-many-rows');
    await writeFile(file, `${header}\r\n${row.repeat(MAX_IMPORT_ROWS)}`);
    expect(await reason(file)).toBe('accepted'); // with errors in the preview, but read
  }, 120_000);

  it('a file whose rows do not line up with its header is refused after 1,000 such rows', async () => {
    const header = (await readFile(sheets, 'utf8')).split('\r\n')[0];
    const file = join(dir, 'junk.csv');
    await writeFile(file, `${header}\r\n${'junk\r\n'.repeat(600_000)}`); // 600 KB of junk lines
    await expect(prepareImport(store, file)).rejects.toMatchObject({
      params: { reason: 'misaligned', row: 2, max: MAX_MISALIGNED_ROWS },
    });
    await writeFile(file, `${header}\r\n${'junk\r\n'.repeat(MAX_MISALIGNED_ROWS)}`);
    const prepared = await prepareImport(store, file);
    expect(prepared.preview).toMatchObject({ errorCount: MAX_MISALIGNED_ROWS });
    expect(prepared.preview.errors).toHaveLength(200);
  });

  it('5,000 bad rows give the first 200 errors by row and the count, in the CLI too', async () => {
    // New codes BADAAA, BADAAB, … each with a status nobody knows.
    const letters = (i: number) =>
      [676, 26, 1].map((d) => String.fromCharCode(65 + (Math.floor(i / d) % 26))).join('');
    const file = await sheetWith('bad.csv', 5000, (row, i) =>
      row.replace(/^AIS,/, `BAD${letters(i)},`).replace(',Offered,', ',Maybe,'),
    );
    const prepared = await prepareImport(store, file);
    expect(prepared.preview.errorCount).toBe(5000);
    expect(prepared.preview.errors).toHaveLength(200);
    expect(prepared.preview.errors.map((e) => e.row)).toEqual(
      Array.from({ length: 200 }, (_, i) => i + 2),
    );
    expect(prepared.preview.errors[0]).toEqual({
      row: 2,
      field: 'status',
      message: 'import.unknownValue',
      params: { value: 'Maybe' },
    });

    const err: string[] = [];
    const code = await runCli({
      argv: ['import', file, '--db', join(dir, 'cli.db'), '--lang', 'nb'],
      env: { LANG: 'nb_NO.UTF-8', INIT_CWD: dir },
      out: () => {},
      err: (t) => err.push(t),
    });
    expect(code).toBe(1);
    expect(err.filter((l) => l.startsWith('Rad '))).toHaveLength(200);
    expect(err).toContain('… og 4\u00a0800 til');
    expect(err).toContain('Ingenting ble importert: 5\u00a0000 feil må rettes.');
  });

  it('a row whose cells do not line up with the header is an error, not read askew', async () => {
    // Row 3 ends after its fifth cell, as a line break outside quotes would cut it.
    const file = await sheetWith('split.csv', 2, (row, i) => (i === 0 ? row : firstCells(row, 5)));
    const prepared = await prepareImport(store, file);
    expect(prepared.preview.errors).toEqual([
      {
        row: 3,
        field: '',
        message: 'import.cellCount',
        params: { found: 5, expected: REPORT_COLUMNS.sheets.length },
      },
    ]);
  });

  it('a column no field reads is named in the preview', async () => {
    const lines = (await readFile(sheets, 'utf8')).split('\r\n');
    lines[0] = `${lines[0]},Notes`;
    for (let i = 1; i < lines.length; i++) if (/^[A-Z]/.test(lines[i]!)) lines[i] = `${lines[i]},x`;
    const file = join(dir, 'notes.csv');
    await writeFile(file, lines.join('\r\n'));
    const prepared = await prepareImport(store, file);
    expect(prepared.preview).toMatchObject({ errors: [], ignored: ['Notes'], unchanged: 28 });
  });
});

describe('the import worker', () => {
  it('plans the same import as this thread, and sends refusals back as typed errors', async () => {
    const big = await CatalogStore.open({ path: join(dir, 'big.db') });
    await big.createMany(syntheticDesignations(500));
    const file = join(dir, 'big.json');
    await writeReport(
      big.all(),
      { report: 'sheets', format: 'json', language: 'nb', codes: null },
      file,
      {
        organisationName: '',
        csvDelimiter: 'auto',
      },
    );
    await big.close();
    const here = await prepareImport(store, file, { workerPath: undefined });
    const there = await prepareImport(store, file, { workerPath: WORKER });
    expect(there.preview).toEqual(here.preview);
    expect(there.preview.added).toBe(500);
    expect(there.changes).toEqual(here.changes);
    expect(there.version).toBe(here.version);
    await expect(
      prepareImport(store, sheets.replace('.csv', '.pdf'), { workerPath: WORKER }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('is the one the built CLI starts, found beside its entry script', async () => {
    // NODE_DEBUG=worker makes Node itself log each worker it creates, with its script.
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, 'out', 'main', 'cli.js'),
        'import',
        sheets,
        '--dry-run',
        '--db',
        join(dir, 'built.db'),
      ],
      { env: { ...process.env, NODE_DEBUG: 'worker', LANG: 'en_GB.UTF-8' }, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`create new worker ${WORKER}`);
    expect(result.stdout).toContain('28 unchanged');
  });

  it('leaves this thread free while it parses a large file', async () => {
    const big = await CatalogStore.open({ path: join(dir, 'large.db') });
    await big.createMany(syntheticDesignations(5000));
    const file = join(dir, 'large.csv');
    await writeReport(
      big.all(),
      { report: 'sheets', format: 'csv', language: 'nb', codes: null },
      file,
      {
        organisationName: '',
        csvDelimiter: 'auto',
      },
    );
    await big.close();
    // Count turns of this thread's event loop while the preview runs: in the
    // worker, the loop keeps turning; here, parsing would hold it for the whole time.
    const turns = async (workerPath: string | undefined) => {
      let count = 0;
      let running = true;
      const spin = () => {
        count++;
        if (running) setImmediate(spin);
      };
      setImmediate(spin);
      const prepared = await prepareImport(store, file, { workerPath });
      running = false;
      expect(prepared.preview.added).toBe(5000);
      return count;
    };
    const inWorker = await turns(WORKER);
    const inThread = await turns(undefined);
    expect(inWorker).toBeGreaterThan(Math.max(100, 10 * inThread));
  }, 120_000);
});
