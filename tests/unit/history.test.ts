import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { listBackups } from '../../electron/services/storage/backups';
import { SCHEMA_VERSION } from '../../electron/services/catalog/schema';
import { loadSqlite } from '../../electron/services/storage/sqlite';
import { sampleDesignation } from '../support/designations';
import { fileValue } from '../support/sqlite-file';
import { makeTempDir } from '../support/temp';

const FIXTURE_SCHEMA_3 = join(__dirname, '../fixtures/catalog-schema-3.db');

let path: string;
let store: CatalogStore | undefined;
const open = async () => (store = await CatalogStore.open({ path }));
const reopen = async () => {
  await store?.close();
  return open();
};
beforeEach(async () => {
  path = join(await makeTempDir(), 'catalog.db');
});
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('history', () => {
  it('records every change with its time, action and before and after', async () => {
    const s = await open();
    await s.create(sampleDesignation({ relations: [] }));
    const tst = s.get('TST');
    await s.update('TST', { ...tst, status: 'retired' });
    await s.delete('TST');
    const history = s.history('TST');
    expect(history.map((h) => h.action)).toEqual(['delete', 'update', 'create']);
    expect(history[1]!.fields).toEqual(['status']);
    expect(history[0]!.removed!.designation).toMatchObject({ code: 'TST', status: 'retired' });
    expect(history[2]!).toMatchObject({ fields: [], removed: null });
    expect(s.history(null, 2)).toHaveLength(2);
  });

  it('survives a restart, and so do undo and redo', async () => {
    let s = await open();
    const ais = s.get('AIS');
    await s.update('AIS', { ...ais, officialName: 'Changed name' });
    s = await reopen();
    expect(await s.undo()).toEqual({ action: 'update', codes: ['AIS'] });
    expect(s.get('AIS')).toEqual(ais); // timestamps included
    s = await reopen();
    expect(s.get('AIS').officialName).toBe('Associate in Insurance Services');
    expect(await s.redo()).toEqual({ action: 'update', codes: ['AIS'] });
    s = await reopen();
    expect(s.get('AIS').officialName).toBe('Changed name');
    expect(await fileValue(path, "SELECT official_name FROM designation WHERE code = 'AIS'")).toBe(
      'Changed name',
    );
  });

  it('undoes a delete with the relations others held toward it, and a rename', async () => {
    const s = await open();
    const before = s.get('ARe');
    await s.delete('ARe');
    await s.update('AIC', { ...s.get('AIC'), code: 'AIC-X' });
    await s.undo();
    expect(s.get('AIC').code).toBe('AIC');
    expect(s.get('AIS').relations).toContainEqual({ kind: 'waiver', target: 'AIC' });
    await s.undo();
    expect(s.get('ARe')).toEqual(before);
    expect(s.get('AIS').relations).toContainEqual({ kind: 'waiver', target: 'ARe' });
    expect(await s.undo()).toEqual({ action: null, codes: [] });
  });

  it('undoes an import as one step, relations between its entries included', async () => {
    const s = await open();
    await s.createMany([
      sampleDesignation({ code: 'IMP-A', relations: [{ kind: 'prerequisite', target: 'IMP-B' }] }),
      sampleDesignation({ code: 'IMP-B', relations: [] }),
    ]);
    expect(s.list()).toHaveLength(30);
    expect(await s.undo()).toEqual({ action: 'import', codes: ['IMP-A', 'IMP-B'] });
    expect(s.list()).toHaveLength(28);
    await s.redo();
    expect(s.get('IMP-A').relations).toEqual([{ kind: 'prerequisite', target: 'IMP-B' }]);
  });

  it('forgets what could be redone once a new change is made', async () => {
    const s = await open();
    await s.create(sampleDesignation({ relations: [] }));
    await s.undo();
    await s.create(sampleDesignation({ code: 'OTHER', relations: [] }));
    expect(await s.redo()).toEqual({ action: null, codes: [] });
    expect(s.history('TST')).toEqual([]);
  });

  it('lets a deleted designation come back from its history entry', async () => {
    const s = await open();
    await s.delete('AIM');
    const entry = s.history('AIM')[0]!;
    await s.restore(entry.removed!);
    expect(s.get('AIM').officialName).toBe('Associate in Management');
    expect(s.history('AIM').map((h) => h.action)).toEqual(['restore', 'delete']);
  });
});

it('keeps the newest thousand actions', async () => {
  const s = await open();
  const ais = s.get('AIS');
  for (let i = 0; i < 1003; i++)
    await s.update('AIS', { ...ais, sources: { ...ais.sources, en: `edit ${i}` } });
  const history = s.history('AIS', 1000);
  expect(history).toHaveLength(1000);
  // Every kept edit can be taken back, down to the fourth; the first three are gone.
  for (let i = 0; i < 1000; i++) await s.undo();
  expect(s.get('AIS').sources.en).toBe('edit 2');
  expect(await s.undo()).toEqual({ action: null, codes: [] });
}, 120_000);

describe('a catalog from the first version of the app', () => {
  it('is migrated on open, after a backup, and keeps all its data', async () => {
    // A schema 3 catalog made by that version, turned into a version 1 file: no history table.
    const SQL = await loadSqlite();
    const db = new SQL.Database(await readFile(FIXTURE_SCHEMA_3));
    db.run('DROP TABLE history; PRAGMA user_version = 1');
    const v1 = Buffer.from(db.export());
    await writeFile(path, v1);

    const s = await open();
    expect(await fileValue(path, 'PRAGMA user_version')).toBe(SCHEMA_VERSION);
    expect(s.get('AFR').officialName).toBe('Autorisasjonsordningen for finansielle rådgivere');
    expect(s.list()).toHaveLength(28);
    const backups = await listBackups(path);
    expect(backups).toHaveLength(1);
    expect((await readFile(backups[0]!.path)).equals(v1)).toBe(true);
    await s.update('AFR', { ...s.get('AFR'), status: 'retired' });
    expect(s.history('AFR').map((h) => h.action)).toEqual(['update']);
  });
});
