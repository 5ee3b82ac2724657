import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogError } from '../../shared/errors';
import { createI18n, describeError } from '../../shared/i18n';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { realDisk, type LogDisk } from '../../electron/services/storage/change-log';
import { loadSqlite } from '../../electron/services/storage/sqlite';
import { sampleDesignation } from '../support/designations';
import { makeTempDir } from '../support/temp';
import { copyAsAfterCrash, fileValue, inspect } from '../support/sqlite-file';

let dir: string;
let path: string;
let store: CatalogStore | undefined;
beforeEach(async () => {
  dir = await makeTempDir();
  path = join(dir, 'catalog.db');
});
afterEach(async () => {
  await store?.close();
  store = undefined;
});

/** Disk writes that fail with `errno()` while it returns one: the whole file and the log alike. */
const failingWith = (errno: () => string): LogDisk => {
  const fail = () => {
    const code = errno();
    if (code) throw Object.assign(new Error(code), { code });
  };
  return {
    ...realDisk,
    replace: async (p, bytes) => (fail(), realDisk.replace(p, bytes)),
    appendAt: async (p, bytes, offset) => (fail(), realDisk.appendAt(p, bytes, offset)),
  };
};

describe('when the disk refuses a save', () => {
  it.each([
    ['EACCES', 'read-only', 'the catalog folder cannot be written to'],
    ['EROFS', 'read-only', 'the catalog folder cannot be written to'],
    ['ENOSPC', 'disk-full', 'the disk is full'],
    ['EBUSY', 'busy', 'another program is holding the catalog file'],
    ['EIO', 'io', 'the disk reported an error'],
  ])(
    '%s becomes a clear message (%s) and nothing already saved is lost',
    async (errno, reason, text) => {
      let fail = '';
      store = await CatalogStore.open({ path, disk: failingWith(() => fail) });
      await store.create(sampleDesignation({ code: 'KEPT', relations: [] }));
      fail = errno;
      const error = await store
        .create(sampleDesignation({ code: 'LOST', relations: [] }))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CatalogError);
      expect((error as CatalogError).params.reason).toBe(reason);
      expect(describeError(createI18n('en').t, error as CatalogError)).toContain(text);
      expect(describeError(createI18n('nb').t, error as CatalogError)).toMatch(
        /^Endringen kunne ikke lagres/,
      );
      expect(await fileValue(path, "SELECT count(*) FROM designation WHERE code = 'KEPT'")).toBe(1);
      expect(() => store!.get('LOST')).toThrow(CatalogError);
    },
  );
});

describe('when the disk refuses an open that must write', () => {
  it('says why in both languages, leaves file and log as they were, and opens with every save once it can', async () => {
    const first = await CatalogStore.open({ path });
    await first.create(sampleDesignation({ code: 'KEPT', relations: [] }));
    // A crash now: the save is in the log only, and the next open must fold it into the file.
    const crashed = join(dir, 'crashed.db');
    await copyAsAfterCrash(path, crashed);
    await first.close();
    const [file, log] = await Promise.all([readFile(crashed), readFile(`${crashed}-log`)]);

    const error = await CatalogStore.open({
      path: crashed,
      disk: failingWith(() => 'ENOSPC'),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CATALOG_OPEN_FAILED', params: { reason: 'disk-full' } });
    expect(describeError(createI18n('en').t, error as CatalogError)).toMatch(
      /^The catalog .*crashed\.db could not be opened: the disk is full/,
    );
    expect(describeError(createI18n('nb').t, error as CatalogError)).toMatch(
      /^Katalogen .*crashed\.db kunne ikke åpnes: disken er full/,
    );
    expect((await readFile(crashed)).equals(file)).toBe(true);
    expect((await readFile(`${crashed}-log`)).equals(log)).toBe(true);

    store = await CatalogStore.open({ path: crashed });
    expect(store.get('KEPT').code).toBe('KEPT');
  });
});

describe('when the catalog path leads to no file', () => {
  it.each([
    ['a folder', (folder: string) => join(folder, 'catalog.db'), true],
    [
      'a file taken for a folder',
      (folder: string) => join(folder, 'note.txt', 'catalog.db'),
      false,
    ],
  ])('%s: says so in both languages, and changes nothing', async (_, at, makeFolder) => {
    const target = at(dir);
    if (makeFolder) await mkdir(target);
    await writeFile(join(dir, 'note.txt'), 'not a folder');
    for (const readOnly of [false, true]) {
      const error = await CatalogStore.open({ path: target, readOnly }).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'CATALOG_OPEN_FAILED',
        params: { reason: 'not-a-file' },
      });
      expect(describeError(createI18n('en').t, error as CatalogError)).toContain(
        'could not be opened: the path does not lead to a file',
      );
      expect(describeError(createI18n('nb').t, error as CatalogError)).toContain(
        'kunne ikke åpnes: stien fører ikke til en fil',
      );
    }
    expect(await readFile(join(dir, 'note.txt'), 'utf8')).toBe('not a folder');
  });
});

describe('when the catalog file is deleted while the app runs', () => {
  it('writes everything back with the next save', async () => {
    store = await CatalogStore.open({ path });
    await store.create(sampleDesignation({ code: 'FIRST', relations: [] }));
    await rm(path);
    await store.create(sampleDesignation({ code: 'SECOND', relations: [] }));
    const file = await inspect(path);
    expect(file.integrity).toBe('ok');
    expect(file.count).toBe(30);
  });
});

describe('a catalog with a broken row', () => {
  it('is recovered from the newest backup, the broken file kept aside', async () => {
    const day = (d: string) => () => new Date(`${d}T08:00:00Z`);
    await (await CatalogStore.open({ path, clock: day('2026-01-01') })).close();
    await (await CatalogStore.open({ path, clock: day('2026-01-02') })).close(); // backup
    // A relation to a designation that is not there: only possible by editing the file outside the app.
    const SQL = await loadSqlite();
    const db = new SQL.Database(await readFile(path));
    db.run('PRAGMA foreign_keys = OFF');
    db.run(
      "INSERT INTO relation (designation_id, kind, target_id, position) VALUES (1, 'credit', 9999, 9)",
    );
    const broken = Buffer.from(db.export());
    await writeFile(path, broken);

    store = await CatalogStore.open({ path, clock: day('2026-01-03') });
    expect(store.notices[0]).toMatchObject({ code: 'recovered-from-backup' });
    expect(await fileValue(path, 'SELECT count(*) FROM relation WHERE target_id = 9999')).toBe(0);
    expect((await readFile(join(dir, store.notices[0]!.params.movedTo!))).equals(broken)).toBe(
      true,
    );
  });
});
