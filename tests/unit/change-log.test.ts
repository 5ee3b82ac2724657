import { appendFile, copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n, describeNotice } from '../../shared/i18n';
import { CatalogStore } from '../../electron/services/catalog-store';
import {
  ChangeLog,
  changeLogPathOf,
  encodeRecord,
  realDisk,
} from '../../electron/services/change-log';
import { captureWrites } from '../../electron/services/logged-writes';
import { databaseFrom } from '../../electron/services/sqlite';
import { sampleDesignation } from '../support/designations';
import { fileValue, inspect } from '../support/sqlite-file';
import { makeTempDir } from '../support/temp';

let path: string;
let log: string;
let store: CatalogStore | undefined;
beforeEach(async () => {
  path = join(await makeTempDir(), 'catalog.db');
  log = changeLogPathOf(path);
});
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const open = async (options: { logLimitBytes?: number } = {}) =>
  (store = await CatalogStore.open({ path, ...options }));
const create = (code: string) => store!.create(sampleDesignation({ code, relations: [] }));
const reopen = async () => {
  await store?.close();
  return open();
};
/** What another program sees in the catalog file alone, without the log. */
const inFileAlone = async (sql: string) => {
  const db = await databaseFrom(await readFile(path));
  try {
    return db.exec(sql)[0]?.values[0]?.[0];
  } finally {
    db.close();
  }
};
const countOf = (code: string) => `SELECT count(*) FROM designation WHERE code = '${code}'`;

describe('a save', () => {
  it('appends a few kilobytes to the change log and leaves the catalog file as it was', async () => {
    await open();
    const file = await readFile(path);
    const logBefore = (await stat(log)).size;
    await create('FAST');
    expect((await readFile(path)).equals(file)).toBe(true);
    const grew = (await stat(log)).size - logBefore;
    expect(grew).toBeGreaterThan(0);
    expect(grew).toBeLessThan(16 * 1024);
    expect(await fileValue(path, countOf('FAST'))).toBe(1);
  });

  it('is folded into the catalog file on close, so other programs see every change', async () => {
    await open();
    await create('CLOSED');
    expect(await inFileAlone(countOf('CLOSED'))).toBe(0);
    await store!.close();
    store = undefined;
    expect(await inFileAlone(countOf('CLOSED'))).toBe(1);
    expect(await inFileAlone('PRAGMA integrity_check')).toBe('ok');
  });

  it('is folded into the catalog file once the log passes its limit', async () => {
    await open({ logLimitBytes: 1 });
    await create('LIMIT');
    expect(await inFileAlone(countOf('LIMIT'))).toBe(1);
    expect((await stat(log)).size).toBeLessThan(100); // just the header again
  });
});

describe('after a crash', () => {
  it('replays every acknowledged save and ignores a record torn in the middle', async () => {
    await open();
    await create('ONE');
    await create('TWO');
    // The disk as a kill during the third append leaves it: the start of a record, cut short.
    const crashed = join(path, '..', 'crashed.db');
    await copyFile(path, crashed);
    await copyFile(log, changeLogPathOf(crashed));
    const torn = encodeRecord([['INSERT INTO designation (code) VALUES (?)', ['THREE']]]);
    await appendFile(changeLogPathOf(crashed), torn.subarray(0, torn.length - 5));
    await store!.close();
    path = crashed;
    await open();
    expect(store!.list().map((d) => d.code)).toEqual(expect.arrayContaining(['ONE', 'TWO']));
    expect(store!.list()).toHaveLength(30);
    expect((await inspect(path)).integrity).toBe('ok');
    await create('AFTER');
    expect((await reopen()).list()).toHaveLength(31);
  });

  it('never replays a log twice when the crash came between rewriting the file and the log', async () => {
    await open();
    await create('ONCE');
    const oldLog = `${log}.old`;
    await copyFile(log, oldLog);
    await store!.close(); // the checkpoint writes ONCE into the file, then starts a new log
    store = undefined;
    await copyFile(oldLog, log); // as if the crash came before the new log
    await open();
    expect(store!.notices).toEqual([]);
    expect(store!.get('ONCE').code).toBe('ONCE');
    expect(store!.list()).toHaveLength(29);
    expect(store!.history('ONCE')).toHaveLength(1);
  });

  it('sets aside a log that cannot be replayed and says so, in both languages', async () => {
    await open();
    await store!.close();
    store = undefined;
    const broken = new ChangeLog(path, realDisk);
    await broken.reset(await readFile(path));
    await broken.append([['INSERT INTO no_such_table VALUES (1)', []]]);

    await open();
    const notice = store!.notices.find((n) => n.code === 'changes-not-replayed');
    expect(notice).toBeDefined();
    expect(await readFile(join(path, '..', notice!.params.movedTo!), 'utf8')).toContain(
      'no_such_table',
    );
    expect(describeNotice(createI18n('en').t, notice!, 'en')).toContain(notice!.params.movedTo);
    expect(describeNotice(createI18n('nb').t, notice!, 'nb')).toMatch(/endringene/);
    expect(store!.list()).toHaveLength(28);
    await create('STILL-SAVES');
    expect((await reopen()).get('STILL-SAVES').code).toBe('STILL-SAVES');
  });
});

describe('while the app holds the catalog', () => {
  it('a second reader (the CLI) sees every acknowledged save', async () => {
    await open();
    await create('SEEN');
    const reader = await CatalogStore.open({ path, readOnly: true });
    expect(reader.get('SEEN').code).toBe('SEEN');
    await reader.close();
  });

  it('a log emptied behind its back makes the next save rewrite the whole file, losing nothing', async () => {
    await open();
    await create('BEFORE');
    await writeFile(log, '');
    await create('NEXT');
    expect(await inFileAlone(countOf('BEFORE'))).toBe(1);
    const again = await reopen();
    expect(again.get('BEFORE').code).toBe('BEFORE');
    expect(again.get('NEXT').code).toBe('NEXT');
    expect(basename(log)).toBe('catalog.db-log');
  });
});

describe('capturing writes', () => {
  it('refuses a write that would slip past the log', async () => {
    const db = await databaseFrom();
    db.run('CREATE TABLE t (x)');
    expect(() => captureWrites(db, () => db.exec('INSERT INTO t VALUES (1)'))).toThrow(/db\.run/);
    const { statements } = captureWrites(db, () => db.run('INSERT INTO t VALUES (?)', [2]));
    expect(statements).toEqual([['INSERT INTO t VALUES (?)', [2]]]);
    expect(db.exec('SELECT x FROM t')[0]?.values).toEqual([[2]]);
    db.close();
  });
});
