import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogError } from '../../shared/errors';
import { backupFolderOf, listBackups } from '../../electron/services/storage/backups';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { loadSqlite } from '../../electron/services/storage/sqlite';
import { sampleDesignation } from '../support/designations';
import { makeTempDir } from '../support/temp';
import { inspect } from '../support/sqlite-file';

let dir: string;
let path: string;
const opened: CatalogStore[] = [];
const open = async (day = '2026-05-01') => {
  const s = await CatalogStore.open({ path, clock: () => new Date(`${day}T09:00:00Z`) });
  opened.push(s);
  return s;
};

beforeEach(async () => {
  dir = await makeTempDir();
  path = join(dir, 'catalog.db');
});
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

/** A catalog with one extra designation and a backup from the next day's first open. */
async function catalogWithBackup(): Promise<Buffer> {
  const s = await open('2026-05-01');
  await s.create(sampleDesignation());
  await s.close();
  opened.pop();
  await (await open('2026-05-02')).close(); // the day's first open writes the backup
  opened.pop();
  expect(await listBackups(path)).toHaveLength(1);
  return readFile(path);
}

const damages: [string, (good: Buffer) => Buffer][] = [
  ['an empty file', () => Buffer.alloc(0)],
  ['a truncated file', (good) => good.subarray(0, Math.floor(good.length / 3))],
  [
    'a file with a damaged page',
    (good) => {
      const bad = Buffer.from(good);
      randomBytes(4096).copy(bad, 4096 * 2);
      return bad;
    },
  ],
];

describe('a damaged catalog file', () => {
  it.each(damages)(
    '(%s) is moved aside and the newest good backup is opened',
    async (_, damage) => {
      const good = await catalogWithBackup();
      const damaged = damage(good);
      await writeFile(path, damaged);

      const s = await open('2026-05-03');
      expect(s.notices).toEqual([
        {
          code: 'recovered-from-backup',
          params: expect.objectContaining({ backup: expect.stringMatching(/^20260502T/) }),
        },
      ]);
      expect(s.get('TST').officialName).toBe('Test designation');
      expect((await inspect(path)).integrity).toBe('ok');
      const movedTo = s.notices[0]!.params.movedTo!;
      expect((await readFile(join(dir, movedTo))).equals(damaged)).toBe(true);
    },
  );

  it('without any usable backup is moved aside and a fresh catalog is created', async () => {
    await (await open()).close();
    opened.pop();
    await writeFile(path, (await readFile(path)).subarray(0, 5000));
    const s = await open('2026-05-02');
    expect(s.notices).toEqual([
      {
        code: 'recreated-after-corruption',
        params: { movedTo: expect.stringMatching(/^catalog\.db\.damaged-/) },
      },
    ]);
    expect(s.list()).toHaveLength(28);
    expect((await readdir(dir)).filter((n) => n.includes('damaged'))).toHaveLength(1);
  });

  it('skips a damaged backup and takes the next older good one', async () => {
    await catalogWithBackup();
    await (await open('2026-05-03')).close(); // a second backup
    opened.pop();
    const [newest] = await listBackups(path);
    await writeFile(newest!.path, randomBytes(3000));
    const damaged = await readFile(path);
    randomBytes(4096).copy(damaged, 4096 * 2);
    await writeFile(path, damaged);
    const s = await open('2026-05-04');
    expect(s.notices[0]).toMatchObject({
      code: 'recovered-from-backup',
      params: { backup: expect.stringMatching(/^20260502T/) },
    });
  });
});

describe('a file the app must not touch', () => {
  const refusal = async () =>
    CatalogStore.open({ path }).then(
      (s) => {
        opened.push(s);
        return 'opened';
      },
      (e: unknown) => (e instanceof CatalogError ? e.code : String(e)),
    );

  it('is refused when its header does not name it a catalog, even where the app kept backups', async () => {
    await catalogWithBackup();
    const foreign = randomBytes(8192);
    await writeFile(path, foreign);
    expect(await refusal()).toBe('NOT_A_CATALOG');
    expect((await readFile(path)).equals(foreign)).toBe(true);
    expect((await readdir(dir)).filter((n) => n.includes('damaged'))).toEqual([]);
  });

  it('is refused when it is not SQLite and the app never kept a catalog there', async () => {
    await writeFile(path, 'name;code\nAssociate;AIS\n');
    expect(await refusal()).toBe('NOT_A_CATALOG');
    expect(await readFile(path, 'utf8')).toBe('name;code\nAssociate;AIS\n');
    expect(await readdir(dir)).toEqual(['catalog.db']);
  });

  it('is refused when it is SQLite but not a catalog, and left byte for byte', async () => {
    const SQL = await loadSqlite();
    const other = new SQL.Database();
    other.run('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    const bytes = Buffer.from(other.export());
    await writeFile(path, bytes);
    expect(await refusal()).toBe('NOT_A_CATALOG');
    expect((await readFile(path)).equals(bytes)).toBe(true);
    expect(await readdir(dir)).toEqual(['catalog.db']);
  });

  it('is refused when a newer version of the app wrote it', async () => {
    await (await open()).close();
    opened.pop();
    const SQL = await loadSqlite();
    const db = new SQL.Database(await readFile(path));
    db.run('PRAGMA user_version = 99');
    const bytes = Buffer.from(db.export());
    await writeFile(path, bytes);
    expect(await refusal()).toBe('NEWER_CATALOG_VERSION');
    expect((await readFile(path)).equals(bytes)).toBe(true);
    expect(await readdir(backupFolderOf(path)).catch(() => [])).toEqual([]);
  });
});
