import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogError } from '../../shared/errors';
import { Designation, DesignationSummary } from '../../shared/model';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { listBackups } from '../../electron/services/storage/backups';
import { SCHEMA_VERSION } from '../../electron/services/catalog/schema';
import { realDisk } from '../../electron/services/storage/change-log';
import { sampleDesignation } from '../support/designations';
import { makeTempDir } from '../support/temp';
import { diskBytes, fileValue, inspect } from '../support/sqlite-file';

let dir: string;
let path: string;
let store: CatalogStore | undefined;
const open = async () => (store = await CatalogStore.open({ path }));

beforeEach(async () => {
  dir = await makeTempDir();
  path = join(dir, 'catalog.db');
});
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => (e instanceof CatalogError ? { code: e.code, params: e.params } : e),
  );

describe('a new catalog', () => {
  it('is created with the 28 designations, on disk, in a file SQLite accepts', async () => {
    const s = await open();
    expect(s.list()).toHaveLength(28);
    expect(s.notices).toEqual([{ code: 'created', params: { path } }]);
    const file = await inspect(path);
    expect(file.integrity).toBe('ok');
    expect(file.count).toBe(28);
  });

  it('carries the current schema version and the catalog marker', async () => {
    await open();
    expect(await fileValue(path, 'PRAGMA user_version')).toBe(SCHEMA_VERSION);
    expect(await fileValue(path, 'PRAGMA application_id')).toBe(0x43434154);
  });

  it('lists summaries that match the contract, sorted by code', async () => {
    const list = (await open()).list();
    for (const d of list) DesignationSummary.parse(d);
    expect(list.map((d) => d.code)).toEqual(
      [...list.map((d) => d.code)].sort((a, b) => a.toUpperCase().localeCompare(b.toUpperCase())),
    );
  });

  it('finds a designation whatever the case of the code, with relations by code', async () => {
    const ais = (await open()).get('ais');
    Designation.parse(ais);
    expect(ais.code).toBe('AIS');
    expect(ais.relations.map((r) => `${r.kind}:${r.target}`)).toEqual([
      'waiver:ARe',
      'waiver:AIC',
      'waiver:ARM',
      'credit:ASLI',
    ]);
  });
});

describe('changes', () => {
  it('are on disk when the call returns, and survive reopening', async () => {
    const s = await open();
    const created = await s.create(sampleDesignation());
    expect(created.code).toBe('TST');
    expect((await inspect(path)).count).toBe(29);
    await s.close();
    store = undefined;
    const again = await open();
    expect(again.get('TST')).toMatchObject({
      officialName: 'Test designation',
      explanatoryName: { nb: 'Prøvesertifisering for æøå', en: '' },
      courses: [{ code: 'TST 1', kind: 'core' }],
      relations: [{ kind: 'credit', target: 'CPCU' }],
    });
  });

  it('update every field, keep the creation time and move the update time', async () => {
    let now = new Date('2026-01-01T10:00:00Z');
    store = await CatalogStore.open({ path, clock: () => now });
    await store.create(sampleDesignation());
    now = new Date('2026-02-01T10:00:00Z');
    const updated = await store.update(
      'tst',
      sampleDesignation({
        code: 'TST-X',
        status: 'retired',
        durationMonths: { min: null, max: 3 },
        certificateOfCompletion: false,
        courses: [],
        relations: [{ kind: 'prerequisite', target: 'AIS' }],
      }),
    );
    expect(updated).toMatchObject({
      code: 'TST-X',
      status: 'retired',
      durationMonths: { min: null, max: 3 },
      certificateOfCompletion: false,
      courses: [],
      relations: [{ kind: 'prerequisite', target: 'AIS' }],
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-02-01T10:00:00.000Z',
    });
    await expect(rejection(Promise.resolve().then(() => store!.get('TST')))).resolves.toEqual({
      code: 'NOT_FOUND',
      params: { code: 'TST' },
    });
  });

  it('keep relations pointing at a renamed designation', async () => {
    const s = await open();
    await s.update('ASLI', { ...s.get('ASLI'), code: 'ASLI-X' });
    expect(s.get('AIS').relations).toContainEqual({ kind: 'credit', target: 'ASLI-X' });
  });

  it('refuse a code that is taken, in any case, and leave the file as it was', async () => {
    const s = await open();
    const before = await diskBytes(path);
    await expect(rejection(s.create(sampleDesignation({ code: 'Ais' })))).resolves.toEqual({
      code: 'CODE_TAKEN',
      params: { code: 'Ais' },
    });
    await expect(
      rejection(s.update('ARM', { ...s.get('ARM'), code: 'AIC' })),
    ).resolves.toMatchObject({
      code: 'CODE_TAKEN',
    });
    expect((await diskBytes(path)).equals(before)).toBe(true);
  });

  it('refuse a relation to a designation that does not exist', async () => {
    const s = await open();
    await expect(
      rejection(s.create(sampleDesignation({ relations: [{ kind: 'credit', target: 'NOPE' }] }))),
    ).resolves.toEqual({ code: 'UNKNOWN_RELATION_TARGET', params: { target: 'NOPE' } });
    expect(s.list()).toHaveLength(28);
  });

  it('refuse a cycle of prerequisites and name it', async () => {
    const s = await open();
    // Once AU-M requires AU, making AU require AU-M closes the circle.
    await s.update('AU-M', {
      ...s.get('AU-M'),
      relations: [{ kind: 'prerequisite', target: 'AU' }],
    });
    const au = s.get('AU');
    const result = await rejection(
      s.update('AU', {
        ...au,
        relations: [...au.relations, { kind: 'prerequisite', target: 'AU-M' }],
      }),
    );
    expect(result).toEqual({ code: 'PREREQUISITE_CYCLE', params: { cycle: 'AU → AU-M → AU' } });
    expect(s.get('AU').relations).toEqual(au.relations);
  });

  it('delete a designation together with the relations that pointed at it', async () => {
    const s = await open();
    const removed = await s.delete('asli');
    expect(removed.designation.code).toBe('ASLI');
    expect(removed.incoming).toEqual([{ owner: 'AIS', kind: 'credit', position: 3 }]);
    expect(s.list()).toHaveLength(27);
    expect(s.get('AIS').relations.map((r) => r.target)).not.toContain('ASLI');
    const dangling =
      'SELECT count(*) FROM relation r LEFT JOIN designation d ON d.id = r.target_id WHERE d.id IS NULL';
    expect(await fileValue(path, dangling)).toBe(0);
    expect(await fileValue(path, "SELECT count(*) FROM designation WHERE code = 'ASLI'")).toBe(0);
  });

  it('keep foreign keys enforced after every save', async () => {
    const s = await open();
    await s.create(sampleDesignation());
    await s.delete('TST');
    const db = (s as unknown as { db: { exec: (q: string) => { values: unknown[][] }[] } }).db;
    expect(db.exec('PRAGMA foreign_keys')[0]!.values[0]![0]).toBe(1);
  });

  it('run one after another when many arrive at once', async () => {
    const s = await open();
    const codes = Array.from({ length: 12 }, (_, i) => `PAR-${String.fromCharCode(65 + i)}`);
    await Promise.all(codes.map((code) => s.create(sampleDesignation({ code, relations: [] }))));
    expect((await inspect(path)).count).toBe(40);
  });
});

describe('restoring a deleted designation', () => {
  it('puts it back exactly, with the relations others held toward it', async () => {
    const s = await open();
    const before = s.get('ARe');
    const deleted = await s.delete('ARe');
    expect(deleted.incoming).toEqual([{ owner: 'AIS', kind: 'waiver', position: 0 }]);
    const restored = await s.restore(deleted);
    expect(restored).toEqual(before);
    expect(s.get('AIS').relations).toContainEqual({ kind: 'waiver', target: 'ARe' });
    expect(s.list()).toHaveLength(28);
  });

  it('is refused if the code has been taken since', async () => {
    const s = await open();
    const deleted = await s.delete('AIT');
    await s.create(sampleDesignation({ code: 'AIT', relations: [] }));
    await expect(rejection(s.restore(deleted))).resolves.toMatchObject({ code: 'CODE_TAKEN' });
  });
});

describe('creating many at once', () => {
  it('saves all of them in one go, relations between them included', async () => {
    const s = await open();
    await s.createMany([
      sampleDesignation({
        code: 'BULK-A',
        relations: [{ kind: 'prerequisite', target: 'BULK-B' }],
      }),
      sampleDesignation({ code: 'BULK-B', relations: [] }),
    ]);
    expect((await inspect(path)).count).toBe(30);
    expect(s.get('BULK-A').relations).toEqual([{ kind: 'prerequisite', target: 'BULK-B' }]);
  });

  it('saves none of them when one is wrong', async () => {
    const s = await open();
    const before = await diskBytes(path);
    const batch = [
      sampleDesignation({ code: 'OK-A', relations: [] }),
      sampleDesignation({ code: 'OK-B', relations: [{ kind: 'credit', target: 'MISSING' }] }),
    ];
    await expect(rejection(s.createMany(batch))).resolves.toMatchObject({
      code: 'UNKNOWN_RELATION_TARGET',
    });
    expect(s.list()).toHaveLength(28);
    expect((await diskBytes(path)).equals(before)).toBe(true);
  });
});

describe('a failed save', () => {
  it('reports a full disk, keeps memory equal to the file, and works on retry', async () => {
    let diskFull = true;
    store = await CatalogStore.open({
      path,
      disk: {
        appendAt: async (p, bytes, offset) => {
          if (diskFull) throw Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' });
          await realDisk.appendAt(p, bytes, offset);
        },
      },
    });
    const before = await diskBytes(path);
    await expect(rejection(store.create(sampleDesignation()))).resolves.toEqual({
      code: 'SAVE_FAILED',
      params: { reason: 'disk-full', path },
    });
    expect(store.list()).toHaveLength(28);
    expect(() => store!.get('TST')).toThrow(CatalogError);
    expect((await diskBytes(path)).equals(before)).toBe(true);
    diskFull = false;
    await store.create(sampleDesignation());
    expect((await inspect(path)).count).toBe(29);
  });

  it('reports a catalog folder that has gone, and saves again once it is back', async () => {
    const s = await open();
    await rm(dir, { recursive: true, force: true });
    await expect(rejection(s.create(sampleDesignation()))).resolves.toMatchObject({
      code: 'SAVE_FAILED',
      params: { reason: 'folder-missing' },
    });
    await mkdir(dir);
    await s.create(sampleDesignation());
    expect((await inspect(path)).count).toBe(29);
  });
});

describe('backups', () => {
  it('keep a copy of the file on the first open of the day', async () => {
    await open();
    await store!.close();
    store = undefined;
    expect(await listBackups(path)).toHaveLength(0); // a brand-new catalog has nothing to back up
    await open();
    const backups = await listBackups(path);
    expect(backups).toHaveLength(1);
    expect((await readFile(backups[0]!.path)).equals(await readFile(path))).toBe(true);
  });

  it('keep only the newest ten', async () => {
    let t = Date.parse('2026-03-01T08:00:00Z');
    store = await CatalogStore.open({ path, clock: () => new Date(t) });
    for (let i = 0; i < 13; i++) {
      t += 60_000;
      await store.backupNow();
    }
    const backups = await listBackups(path);
    expect(backups).toHaveLength(10);
    expect(backups[0]!.name).toBe('20260301T081300-000Z.db');
    expect((await stat(backups[9]!.path)).size).toBeGreaterThan(0);
  });
});
