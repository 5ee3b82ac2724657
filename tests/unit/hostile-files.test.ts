import { spawnSync } from 'node:child_process';
import type * as Crypto from 'node:crypto';
import { lstat, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { changeLogPathOf } from '../../electron/services/storage/change-log';
import { CatalogError } from '../../shared/errors';
import { createI18n, describeError } from '../../shared/i18n';
import { sampleDesignation } from '../support/designations';
import { makeTempDir } from '../support/temp';

// Temp-file names are random; a test may fix them to plant a link where one will be made.
const fixedRandom = vi.hoisted(() => ({ value: undefined as number | undefined }));
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof Crypto>();
  return {
    ...real,
    randomInt: (min: number, max?: number) =>
      fixedRandom.value ?? (max === undefined ? real.randomInt(min) : real.randomInt(min, max)),
  };
});

let dir: string;
let path: string;
let victim: string;
let victimDir: string;
const PRECIOUS = 'Someone else’s file, which no link may lead the app to change. '.repeat(4);
const day = () => new Date('2026-05-02T09:00:00Z');

beforeEach(async () => {
  fixedRandom.value = undefined;
  dir = await makeTempDir();
  path = join(dir, 'catalog.db');
  const elsewhere = await makeTempDir();
  victim = join(elsewhere, 'victim.txt');
  victimDir = join(elsewhere, 'victim-folder');
  await writeFile(victim, PRECIOUS);
  await mkdir(victimDir);
});

/** The files the links point at are exactly as they were. */
async function victimsUntouched(): Promise<void> {
  expect(await readFile(victim, 'utf8')).toBe(PRECIOUS);
  expect(await readdir(victimDir)).toEqual([]);
}

const codeOf = (e: unknown) => (e instanceof CatalogError ? e.code : String(e));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli({
    argv,
    env: { LANG: 'en_US.UTF-8', INIT_CWD: dir },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('links planted beside a catalog', () => {
  it('are never written through: lock, log, next log, the old owner file', async () => {
    await (await CatalogStore.open({ path, clock: day })).close();
    await symlink(victim, `${path}.lock-owner`);
    await symlink(victimDir, `${path}.lock`);
    await rm(changeLogPathOf(path));
    await symlink(victim, changeLogPathOf(path));
    await symlink(victim, `${changeLogPathOf(path)}.next`);
    const store = await CatalogStore.open({ path, clock: day });
    // The "log" that is someone else's file does not follow the catalog: kept aside, not replayed.
    expect(store.notices.map((n) => n.code)).toEqual(['log-set-aside']);
    await store.create(sampleDesignation({ code: 'SAVED', relations: [] }));
    await store.backupNow();
    await store.close();
    await victimsUntouched();
    expect((await lstat(changeLogPathOf(path))).isSymbolicLink()).toBe(false);
    const again = await CatalogStore.open({ path, readOnly: true });
    expect(again.get('SAVED').code).toBe('SAVED');
    await again.close();
  });

  it('take other names where a link holds a damaged copy’s or a log copy’s name', async () => {
    const first = await CatalogStore.open({ path, clock: () => new Date('2026-05-01T09:00:00Z') });
    await first.close();
    const writer = await CatalogStore.open({ path, clock: day }); // the day's backup
    await writer.create(sampleDesignation({ code: 'LOGGED', relations: [] }));
    const bytes = await readFile(path);
    bytes.fill(0x5a, 4096, 8192); // a damaged page, header intact
    await writeFile(path, bytes);
    const at = '20260503T090000-000Z';
    await symlink(victim, `${path}.damaged-${at}`);
    await symlink(victim, `${changeLogPathOf(path)}.damaged-${at}`);
    const recovered = await CatalogStore.open({
      path: `${path}`,
      clock: () => new Date('2026-05-03T09:00:00Z'),
      lock: { waitMs: 0 },
    }).catch(codeOf);
    expect(recovered).toBe('CATALOG_LOCKED'); // the writer still holds it
    await writer.close().catch(() => {});
    await writeFile(path, bytes); // its close wrote the file back: damage it again
    const store = await CatalogStore.open({ path, clock: () => new Date('2026-05-03T09:00:00Z') });
    expect(store.notices[0]?.params.movedTo).toBe(`catalog.db.damaged-${at}-2`);
    await store.close();
    await victimsUntouched();
  });

  it('refuse a backup folder that is a link, with a clear message', async () => {
    await (
      await CatalogStore.open({ path, clock: () => new Date('2026-05-01T09:00:00Z') })
    ).close();
    await symlink(victimDir, `${path}-backups`);
    const opened = await CatalogStore.open({ path, clock: day }).catch((e: unknown) => e);
    expect(opened).toMatchObject({ code: 'SAVE_FAILED', params: { reason: 'link' } });
    expect(describeError(createI18n('nb').t, opened as CatalogError)).toMatch(/lenke/);
    await victimsUntouched();
  });

  it('are never followed by a temp file, for the catalog or for an export', async () => {
    const store = await CatalogStore.open({ path, clock: day, logLimitBytes: 1 });
    fixedRandom.value = 123_456_789;
    await symlink(victim, `${path}.${process.pid}123456789`);
    // Every save folds the log into the file, through a temp file whose name a link now holds.
    const saved = await store.create(sampleDesignation({ code: 'TEMP', relations: [] }));
    expect(saved.code).toBe('TEMP'); // the log has it; the checkpoint gave up, and said nothing wrong
    const report = join(dir, 'report.csv');
    await symlink(victim, `${report}.${process.pid}123456789`);
    const exported = await cli(
      'export',
      '--report',
      'overview',
      '--format',
      'csv',
      '--out',
      report,
      '--db',
      join(dir, 'other.db'),
    );
    expect(exported.code).toBe(1);
    fixedRandom.value = undefined;
    await store.close();
    await victimsUntouched();
  });

  it('an export or a Save a copy over a link replaces the link, never its target', async () => {
    const report = join(dir, 'report.csv');
    await symlink(victim, report);
    expect(
      (
        await cli(
          'export',
          '--report',
          'overview',
          '--format',
          'csv',
          '--out',
          report,
          '--db',
          path,
        )
      ).code,
    ).toBe(0);
    expect((await lstat(report)).isSymbolicLink()).toBe(false);
    const copy = join(dir, 'copy.db');
    await symlink(victim, copy);
    const store = await CatalogStore.open({ path });
    await store.copyTo(copy);
    await store.close();
    expect((await lstat(copy)).isSymbolicLink()).toBe(false);
    await victimsUntouched();
  });
});

describe('credential-catalog copy', () => {
  const sqlite3 = spawnSync('sqlite3', ['-version']).status === 0;

  it.skipIf(!sqlite3)(
    'writes one self-contained file while the app holds the catalog, which sqlite3 reads whole',
    async () => {
      const app = await CatalogStore.open({ path });
      await app.create(sampleDesignation({ code: 'LOGGED', relations: [] })); // in the log only
      const r = await cli('copy', '--out', 'copy.db', '--db', path);
      expect(r.code).toBe(0);
      expect(r.err).toContain(join(dir, 'copy.db'));
      const count = spawnSync(
        'sqlite3',
        [
          join(dir, 'copy.db'),
          "SELECT count(*) FROM designation WHERE code = 'LOGGED'; PRAGMA integrity_check;",
        ],
        { encoding: 'utf8' },
      );
      expect(count.stdout.trim().split('\n')).toEqual(['1', 'ok']);
      expect(await readdir(dir)).not.toContain('copy.db-log');
      await app.close();
    },
  );

  it('never writes over an existing file or a link', async () => {
    await symlink(victim, join(dir, 'taken.db'));
    const r = await cli('copy', '--out', 'taken.db', '--db', path);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/already exists/);
    await victimsUntouched();
  });
});

describe('read-only commands', () => {
  it('refuse another program’s SQLite database with a damaged page, and leave it byte for byte', async () => {
    const other = join(dir, 'other.sqlite');
    const made = spawnSync('sqlite3', [
      other,
      'CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT); ' +
        Array.from(
          { length: 400 },
          (_, i) => `INSERT INTO invoices VALUES (${i}, '${'x'.repeat(100)}');`,
        ).join(' '),
    ]);
    if (made.status !== 0) return; // no sqlite3 shell: nothing to test with
    const bytes = await readFile(other);
    bytes.fill(0x5a, 4096 * 3, 4096 * 4);
    await writeFile(other, bytes);
    const r = await cli('list', '--db', 'other.sqlite');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not a Credential Catalog file/);
    expect((await readFile(other)).equals(bytes)).toBe(true);
    expect(await readdir(dir)).toEqual(['other.sqlite']);
  });

  it.each([
    ['list'],
    ['show', 'AIS'],
    ['history'],
    ['restore'],
    ['export', '--format', 'json', '--out', 'all.json'],
    ['copy', '--out', 'c.db'],
  ])(
    '(%s) on a damaged catalog report it and move, recover or rewrite nothing',
    async (...argv) => {
      await (
        await CatalogStore.open({ path, clock: () => new Date('2026-05-01T09:00:00Z') })
      ).close();
      await (await CatalogStore.open({ path, clock: day })).close(); // a backup to recover from
      const bytes = await readFile(path);
      bytes.fill(0x5a, 4096 * 2, 4096 * 3);
      await writeFile(path, bytes);
      const before = (await readdir(dir)).sort();
      const r = await cli(...argv, '--db', path);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/is damaged\. Commands that only read leave it as it is/);
      expect((await readFile(path)).equals(bytes)).toBe(true);
      expect((await readdir(dir)).sort()).toEqual(before);
    },
  );

  it('restore lists the backups while another program holds the catalog', async () => {
    const app = await CatalogStore.open({ path });
    await app.backupNow();
    const r = await cli('restore', '--db', path);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\d{8}T\d{6}-\d{3}Z\.db {2}.* 28 designations$/m);
    expect((await stat(`${path}.lock`)).isDirectory()).toBe(true);
    await app.close();
  });
});
