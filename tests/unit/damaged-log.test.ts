import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { changeLogPathOf } from '../../electron/services/storage/change-log';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { createI18n, describeNotice } from '../../shared/i18n';
import { sampleDesignation } from '../support/designations';
import { copyAsAfterCrash, diskBytes } from '../support/sqlite-file';
import { makeTempDir } from '../support/temp';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await makeTempDir();
  path = join(dir, 'crashed.db');
});

const SAVES = ['ONE', 'TWO', 'THREE'];

/** A catalog whose writer saved three changes and died: the three are in its log. */
async function threeSavesThenCrash(): Promise<void> {
  const source = join(dir, 'catalog.db');
  await (await CatalogStore.open({ path: source })).close();
  const writer = await CatalogStore.open({ path: source });
  for (const code of SAVES) await writer.create(sampleDesignation({ code, relations: [] }));
  await copyAsAfterCrash(source, path);
  await writer.close();
}

/** Where each record of a log starts: after the 40-byte header, length (4) + hash (16) + payload. */
function recordStarts(log: Buffer): number[] {
  const starts = [];
  for (let at = 40; at < log.length; at += 20 + log.readUInt32LE(at)) starts.push(at);
  return starts;
}

/** Flips one bit of record `index`: in its payload, or in its length field. */
async function flipBit(index: number, where: 'payload' | 'length' = 'payload'): Promise<Buffer> {
  const log = await readFile(changeLogPathOf(path));
  const at = recordStarts(log)[index]!;
  const offset = where === 'length' ? at + 1 : at + 20 + Math.floor(log.readUInt32LE(at) / 2);
  log[offset]! ^= 0x10;
  await writeFile(changeLogPathOf(path), log);
  return log;
}

const codesIn = (store: CatalogStore) =>
  SAVES.filter((c) => store.list().some((d) => d.code === c));

describe('a change log with one flipped bit', () => {
  it.each([
    ['the first', 0, [], 3],
    ['the middle', 1, ['ONE'], 2],
    ['the last', 2, ['ONE', 'TWO'], 1],
  ] as const)(
    'in %s record: keeps the saves before it, reports the rest, and keeps the log aside',
    async (_, index, kept, lost) => {
      await threeSavesThenCrash();
      expect(recordStarts(await readFile(changeLogPathOf(path)))).toHaveLength(3);
      const damaged = await flipBit(index);

      // A read-only command warns, shows what is intact, and leaves every byte as it was.
      const before = await diskBytes(path);
      const err: string[] = [];
      const out: string[] = [];
      const code = await runCli({
        argv: ['list', '--db', path, '--json'],
        env: { LANG: 'en_US.UTF-8', INIT_CWD: dir },
        out: (t) => out.push(t),
        err: (t) => err.push(t),
      });
      expect(code).toBe(0);
      expect(err.join('\n')).toMatch(
        new RegExp(`Warning: the change log .* damaged, and ${lost} saved change`),
      );
      const listed = (JSON.parse(out.join('')) as { code: string }[]).map((d) => d.code);
      expect(SAVES.filter((c) => listed.includes(c))).toEqual(kept);
      expect((await diskBytes(path)).equals(before)).toBe(true);
      expect((await readdir(dir)).filter((n) => n.includes('-log.'))).toEqual([]);

      // The writer's open keeps what is proven intact and says what is not, in both languages.
      const store = await CatalogStore.open({ path });
      expect(codesIn(store)).toEqual(kept);
      const notice = store.notices.find((n) => n.code === 'log-damaged')!;
      expect(notice.params.count).toBe(String(lost));
      expect((await readFile(join(dir, notice.params.movedTo!))).equals(damaged)).toBe(true);
      expect(describeNotice(createI18n('en').t, notice, 'en')).toContain(
        `${lost} saved change${lost === 1 ? '' : 's'} could not be restored`,
      );
      expect(describeNotice(createI18n('nb').t, notice, 'nb')).toContain(notice.params.movedTo);
      await store.create(sampleDesignation({ code: 'AFTER', relations: [] }));
      await store.close();

      const again = await CatalogStore.open({ path });
      expect(again.notices).toEqual([]);
      expect(again.get('AFTER').code).toBe('AFTER');
      await again.close();
    },
  );

  it('in a record’s length field: the record is still proven whole by its hash and replayed', async () => {
    await threeSavesThenCrash();
    await flipBit(1, 'length');
    const store = await CatalogStore.open({ path });
    expect(store.notices).toEqual([]);
    expect(codesIn(store)).toEqual(SAVES);
    await store.close();
  });
});
