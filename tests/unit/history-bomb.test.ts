import { once } from 'node:events';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { databaseFrom } from '../../electron/services/storage/sqlite';
import { createI18n } from '../../shared/i18n';
import type { HistoryEntry } from '../../shared/model';
import { exited, startScript } from '../support/child';
import { sampleDesignation } from '../support/designations';
import { diskBytes } from '../support/sqlite-file';
import { makeTempDir } from '../support/temp';

const BOMB_BYTES = 1024 ** 3; // inflates a thousandfold: 1 GiB from about 1 MB

/** Deflated zeros, made in pieces so that this process never holds the inflated size. */
async function deflateBomb(): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 6 });
  const parts: Buffer[] = [];
  deflate.on('data', (d: Buffer) => parts.push(d));
  const zeros = Buffer.alloc(16 * 1024 * 1024, 0x20);
  for (let done = 0; done < BOMB_BYTES; done += zeros.length) {
    if (!deflate.write(zeros)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat(parts);
}

/** A catalog handed over by someone else: its history holds a bomb and a snapshot that is no snapshot. */
async function craftedCatalog(path: string): Promise<void> {
  const store = await CatalogStore.open({ path });
  for (const code of ['GOOD', 'BOMB', 'BAD'])
    await store.create(sampleDesignation({ code, relations: [] }));
  await store.close();
  const db = await databaseFrom(await readFile(path));
  db.run("UPDATE history SET after = ? WHERE code = 'BOMB'", [await deflateBomb()]);
  const notASnapshot = { designation: { code: 'not a code!', name: 42 }, incoming: [] };
  db.run("UPDATE history SET after = ? WHERE code = 'BAD'", [
    deflateRawSync(JSON.stringify(notASnapshot)),
  ]);
  await writeFile(path, db.export());
  db.close();
}

let crafted: string;
beforeAll(async () => {
  crafted = join(await makeTempDir(), 'handed-over.db');
  await craftedCatalog(crafted);
}, 300_000);

/** A fresh copy of the crafted catalog (its log is empty once closed). */
async function handedOver(): Promise<string> {
  const path = join(await makeTempDir(), 'handed-over.db');
  await copyFile(crafted, path);
  return path;
}

describe('a history from elsewhere', () => {
  it('with a deflate bomb and a snapshot that fails the schema: listed within a small memory cap, the two marked damaged', async () => {
    const path = await handedOver();
    const child = startScript('history-memory.ts', [path]);
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    await exited(child);
    const { maxRssMb, entries } = JSON.parse(out) as { maxRssMb: number; entries: HistoryEntry[] };
    console.log(`history of a catalog with a 1 GiB deflate bomb: peak RSS ${maxRssMb} MB`);
    expect(maxRssMb).toBeLessThan(400);
    const byCode = new Map(entries.map((e) => [e.code, e]));
    expect(byCode.get('GOOD')?.damaged).toBeUndefined();
    expect(byCode.get('GOOD')).toMatchObject({ fields: [], removed: null });
    expect(byCode.get('BOMB')).toMatchObject({ damaged: true, fields: [] });
    expect(byCode.get('BAD')).toMatchObject({ damaged: true, fields: [] });
    expect(createI18n('nb').t('history:damaged')).toMatch(/skadet/);
  }, 120_000);

  it('is never re-applied when damaged: undo says so and changes nothing', async () => {
    const path = await handedOver();
    const store = await CatalogStore.open({ path });
    const before = await diskBytes(path);
    await expect(store.undo()).rejects.toMatchObject({ code: 'HISTORY_DAMAGED' });
    expect(store.get('BAD').code).toBe('BAD');
    expect((await diskBytes(path)).equals(before)).toBe(true);
    await store.close();
  }, 120_000);
});
