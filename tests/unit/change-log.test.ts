// Over 300 lines on purpose: one scenario per reported storage fault, sharing the crash-copy helpers above each.
import { spawnSync } from 'node:child_process';
import {
  appendFile,
  chmod,
  copyFile,
  cp,
  lstat,
  symlink,
  readFile,
  stat,
  writeFile,
} from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n, describeNotice } from '../../shared/i18n';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import {
  ChangeLog,
  changeLogPathOf,
  encodeRecord,
  logHeaderFor,
  parseChangeLog,
  realDisk,
} from '../../electron/services/storage/change-log';
import { captureWrites, replay } from '../../electron/services/storage/logged-writes';
import { databaseFrom } from '../../electron/services/storage/sqlite';
import { sampleDesignation } from '../support/designations';
import { copyAsAfterCrash, fileValue, inspect } from '../support/sqlite-file';
import { makeTempDir } from '../support/temp';
import { exited, startScript, waitForLine } from '../support/child';

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
/** The catalog's files as a crash right now would leave them, copied for a new process to open. */
async function diskAfterCrash(): Promise<string> {
  const crashed = join(path, '..', 'crashed.db');
  await copyAsAfterCrash(path, crashed);
  return crashed;
}
/** The designations a new process finds after a crash right now. */
async function codesAfterCrash(): Promise<string[]> {
  const after = await CatalogStore.open({ path: await diskAfterCrash() });
  const codes = after.list().map((d) => d.code);
  await after.close();
  return codes;
}
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
    const crashed = await diskAfterCrash();
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
    // The close's checkpoint replaces the file, then dies before the new log takes the old one's place.
    let dies = false;
    store = await CatalogStore.open({
      path,
      disk: {
        promote: async (from, to) => {
          if (dies) throw Object.assign(new Error('EIO'), { code: 'EIO' });
          await realDisk.promote(from, to);
        },
      },
    });
    await create('ONCE');
    dies = true;
    await store.close();
    store = undefined;
    expect(await inFileAlone(countOf('ONCE'))).toBe(1);
    expect((await readFile(log)).length).toBeGreaterThan(100); // the old log, ONCE in it
    await open();
    expect(store!.notices).toEqual([]); // the new empty log beside the file proves ONCE is in it
    expect(store!.list()).toHaveLength(29);
    expect(store!.history('ONCE')).toHaveLength(1);
  });

  it('keeps aside, with a notice, a log that follows another file and holds changes', async () => {
    await open();
    await create('ONCE');
    const oldLog = `${log}.old`;
    await copyFile(log, oldLog);
    await store!.close(); // the checkpoint writes ONCE into the file, then starts a new log
    store = undefined;
    await copyFile(oldLog, log); // a log no checkpoint proves folded: another program's doing
    await open();
    const notice = store!.notices.find((n) => n.code === 'log-set-aside');
    expect(notice).toBeDefined();
    expect(
      (await readFile(join(path, '..', notice!.params.movedTo!))).equals(await readFile(oldLog)),
    ).toBe(true);
    expect(store!.list()).toHaveLength(29);
    expect(describeNotice(createI18n('nb').t, notice!, 'nb')).toContain(notice!.params.movedTo);
  });

  it('sets aside a log that cannot be replayed and says so, in both languages', async () => {
    await open();
    await store!.close();
    store = undefined;
    const broken = new ChangeLog(path, realDisk);
    await broken.reset(logHeaderFor(await readFile(path)));
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

describe('when the disk takes only part of a write (needs prlimit, util-linux)', () => {
  // Can this machine limit a process's file size? (util-linux's prlimit, allowed to lower limits)
  const prlimit = spawnSync('prlimit', ['--fsize=1000000', 'true']).status === 0;
  /** Runs tests/support/short-write.ts in `mode`; returns its answers. */
  const run = async (mode: 'log' | 'checkpoint') => {
    const child = startScript('short-write.ts', [path, mode]);
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    await waitForLine(child, /^done$/);
    await exited(child);
    return out.trim().split('\n').slice(0, -1);
  };

  it.skipIf(!prlimit)('a log record cut short is refused, not acknowledged and lost', async () => {
    expect(await run('log')).toEqual(['PARTIAL refused SAVE_FAILED']);
    await open(); // after the "crash": what is on disk
    expect(store!.get('FIRST').code).toBe('FIRST');
    expect(store!.list().some((d) => d.code === 'PARTIAL')).toBe(false);
    await create('AFTER');
    expect((await reopen()).get('AFTER').code).toBe('AFTER');
  });

  it.skipIf(!prlimit)(
    'a catalog file cut short is never put in place, and saves go on in the log',
    async () => {
      expect(await run('checkpoint')).toEqual(['SECOND acknowledged', 'THIRD acknowledged']);
      await open();
      expect(store!.notices).toEqual([]);
      expect(store!.list().map((d) => d.code)).toEqual(
        expect.arrayContaining(['FIRST', 'SECOND', 'THIRD']),
      );
    },
  );
});

describe('a checkpoint that cannot be written', () => {
  it('does not stop the saves after it, which the log keeps', async () => {
    let full = false;
    store = await CatalogStore.open({
      path,
      logLimitBytes: 1, // every save tries to fold the log into the file
      disk: {
        replace: async (p, bytes) => {
          if (full && p === path) {
            // As the real writer reports a temp file that did not fit: the catalog file is as it was.
            throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', untouched: true });
          }
          await realDisk.replace(p, bytes);
        },
      },
    });
    full = true;
    for (const code of ['ONE', 'TWO', 'THREE']) await create(code);
    expect(await codesAfterCrash()).toEqual(expect.arrayContaining(['ONE', 'TWO', 'THREE']));
  });
});

describe('a damaged catalog file', () => {
  const day = (d: string) => () => new Date(`${d}T08:00:00Z`);
  /** The disk after a crash, backups included, with the catalog's second page overwritten (a bad sector, another program). */
  const damagedAfterCrash = async () => {
    const crashed = await diskAfterCrash();
    await cp(`${path}-backups`, `${crashed}-backups`, { recursive: true });
    const bytes = await readFile(crashed);
    bytes.fill(0x5a, 4096, 8192);
    await writeFile(crashed, bytes);
    return crashed;
  };

  it('is rebuilt from the backup its log follows, even when a newer backup exists', async () => {
    await (await CatalogStore.open({ path, clock: day('2026-01-01') })).close();
    let t = Date.parse('2026-01-02T08:00:00Z');
    store = await CatalogStore.open({ path, clock: () => new Date((t += 1000)) }); // backs up the file
    await create('BEFORE-NEWER');
    await store.backupNow(); // newer, but not what the log follows
    await create('AFTER-NEWER');
    const crashed = await damagedAfterCrash();
    const after = await CatalogStore.open({ path: crashed, clock: day('2026-01-03') });
    expect(after.notices.map((n) => n.code)).toEqual(['recovered-with-changes']);
    expect(after.list().map((d) => d.code)).toEqual(
      expect.arrayContaining(['BEFORE-NEWER', 'AFTER-NEWER']),
    );
    await after.close();
  });

  it('stays in place when the rebuilt catalog cannot be written, to be recovered next time', async () => {
    await (await CatalogStore.open({ path, clock: day('2026-01-01') })).close();
    store = await CatalogStore.open({ path, clock: day('2026-01-02') });
    await create('SAVED');
    const crashed = await damagedAfterCrash();
    const damaged = await readFile(crashed);
    const failing = CatalogStore.open({
      path: crashed,
      clock: day('2026-01-03'),
      disk: {
        replace: async () => {
          throw Object.assign(new Error('EIO'), { code: 'EIO' });
        },
      },
    });
    await expect(failing).rejects.toMatchObject({
      code: 'CATALOG_OPEN_FAILED',
      params: { reason: 'io' },
    });
    expect((await readFile(crashed)).equals(damaged)).toBe(true); // not replaced by a fresh catalog
    const after = await CatalogStore.open({ path: crashed, clock: day('2026-01-03') });
    expect(after.notices.map((n) => n.code)).toEqual(['recovered-with-changes']);
    expect(after.get('SAVED').code).toBe('SAVED');
    await after.close();
  });

  it('is rebuilt from the backup its log follows, with every save since', async () => {
    await (await CatalogStore.open({ path, clock: day('2026-01-01') })).close();
    store = await CatalogStore.open({ path, clock: day('2026-01-02') }); // backs up the file
    await create('SINCE-1');
    await create('SINCE-2');
    const crashed = await damagedAfterCrash();

    const after = await CatalogStore.open({ path: crashed, clock: day('2026-01-03') });
    expect(after.notices.map((n) => n.code)).toEqual(['recovered-with-changes']);
    expect(after.get('SINCE-1').code).toBe('SINCE-1');
    expect(after.get('SINCE-2').code).toBe('SINCE-2');
    expect(describeNotice(createI18n('nb').t, after.notices[0]!, 'nb')).toMatch(
      /alle endringer som ble lagret etter den/,
    );
    await after.close();
  });
});

describe('a restore whose checkpoint fails half-way', () => {
  it('leaves the catalog as it was, and later saves survive a crash', async () => {
    let failAfterReplacing = false;
    store = await CatalogStore.open({
      path,
      disk: {
        replace: async (p, bytes) => {
          await realDisk.replace(p, bytes);
          // The file was renamed into place, then syncing its folder failed.
          if (failAfterReplacing && p === path)
            throw Object.assign(new Error('EIO'), { code: 'EIO' });
        },
      },
    });
    await create('BEFORE-BACKUP'); // so the backup differs from the catalog file on disk
    const backup = await store.backupNow();
    await create('KEPT');
    failAfterReplacing = true;
    await expect(store.restoreBackup(backup)).rejects.toMatchObject({ code: 'SAVE_FAILED' });
    failAfterReplacing = false;
    expect(store.get('KEPT').code).toBe('KEPT');
    await create('LATER');
    expect(await codesAfterCrash()).toEqual(expect.arrayContaining(['KEPT', 'LATER']));
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

  it('a catalog file replaced by another program is never overwritten; what the app had is kept beside it', async () => {
    await open();
    const older = await readFile(path);
    await create('MINE');
    await store!.close();
    await open();
    await create('ALSO-MINE');
    await writeFile(path, older); // a sync tool puts back an older copy
    const failed = await store!
      .create(sampleDesignation({ code: 'THIRD', relations: [] }))
      .catch((e: unknown) => e);
    expect(failed).toMatchObject({ code: 'CATALOG_TAKEN_OVER' });
    expect((await readFile(path)).equals(older)).toBe(true);
    const notice = store!.notices.find((n) => n.code === 'taken-over-kept')!;
    expect(notice.params.keptAs).toMatch(/^catalog\.db\.kept-/);
    const kept = join(path, '..', notice.params.keptAs!);
    expect(await fileValue(kept, countOf('ALSO-MINE'))).toBe(1);
    expect(await fileValue(kept, countOf('MINE'))).toBe(1);
    // The app now shows the file as it is, and refuses to write over it.
    expect(store!.list().some((d) => d.code === 'MINE')).toBe(false);
    expect(await store!.update('AIS', store!.get('AIS')).catch((e: unknown) => e)).toMatchObject({
      code: 'CATALOG_TAKEN_OVER',
    });
    expect(describeNotice(createI18n('nb').t, notice, 'nb')).toContain(notice.params.keptAs);
  });
});

describe('capturing writes', () => {
  it('replays a run of several statements exactly as it ran', async () => {
    const db = await databaseFrom();
    db.run('CREATE TABLE t (x)');
    const { statements } = captureWrites(db, () =>
      db.run('INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)'),
    );
    // Through the log on disk and back, as after a crash.
    const catalogBytes = Buffer.from('stands in for a catalog file');
    await writeFile(path, catalogBytes);
    const written = new ChangeLog(path, realDisk);
    await written.reset(logHeaderFor(catalogBytes));
    await written.append(statements);
    const copy = await databaseFrom();
    copy.run('CREATE TABLE t (x)');
    replay(copy, parseChangeLog(await readFile(log), logHeaderFor(catalogBytes)));
    expect(copy.exec('SELECT x FROM t')[0]?.values).toEqual([[1], [2]]);
    db.close();
    copy.close();
  });

  it.each([
    ['SELECT 1; INSERT INTO t VALUES (3)'],
    ['WITH q AS (SELECT 4) INSERT INTO t SELECT * FROM q'],
    ['PRAGMA user_version = 5'],
  ])('refuses %s outside db.run', async (sql) => {
    const db = await databaseFrom();
    db.run('CREATE TABLE t (x)');
    expect(() => captureWrites(db, () => db.exec(sql))).toThrow(/db\.run/);
    expect(() => captureWrites(db, () => db.prepare(sql))).toThrow(/db\.run/);
    expect(db.exec('SELECT count(*) FROM t')[0]?.values).toEqual([[0]]);
    db.close();
  });

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

describe('the files on disk', () => {
  it('keep their permissions when the catalog is rewritten', async () => {
    await open();
    await chmod(path, 0o664);
    await create('MODE');
    await store!.close(); // folds the log into a new file
    store = undefined;
    expect((await stat(path)).mode & 0o777).toBe(0o664);
  });

  it('a catalog reached through a link stays a link, and its target gets the changes', async () => {
    const elsewhere = join(await makeTempDir(), 'real.db');
    await (await CatalogStore.open({ path: elsewhere })).close();
    await symlink(elsewhere, path);
    await open();
    await create('LINKED');
    await store!.close();
    store = undefined;
    expect((await lstat(path)).isSymbolicLink()).toBe(true);
    expect(await fileValue(elsewhere, countOf('LINKED'))).toBe(1);
  });

  it('temp files a crash left behind are removed on open; a similar name of the user is kept', async () => {
    await open();
    await store!.close();
    store = undefined;
    await writeFile(`${path}.4242123456789`, 'left by a crash');
    await writeFile(`${path}.1`, "the user's own copy");
    await open();
    await expect(stat(`${path}.4242123456789`)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readFile(`${path}.1`, 'utf8')).toBe("the user's own copy");
  });
});
