// Saves write what changed (#18): a one-field edit is a short record in the change
// log, history keeps only the touched fields, and undo, redo and restarts still
// bring back exactly what was there. The catalog is read back with the sqlite3 shell.
import { spawnSync } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeLogPathOf } from '../../electron/services/storage/change-log';
import { databaseFrom } from '../../electron/services/storage/sqlite';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { CatalogError } from '../../shared/errors';
import type { Designation } from '../../shared/model';
import { makeTempDir } from '../support/temp';
import { readFile, writeFile } from 'node:fs/promises';

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

const logSize = async () => (await stat(changeLogPathOf(path)).catch(() => ({ size: 0 }))).size;
/** Everything but the times, which every save moves. */
const content = ({ updatedAt: _u, ...d }: Designation) => d;
const hasSqlite3 = spawnSync('sqlite3', ['-version']).status === 0;

describe('a save writes what changed', () => {
  it('appends under 1 KB for a one-field edit of AIS, against several for the whole designation', async () => {
    const s = await open();
    const ais = s.get('AIS');
    const before = await logSize();
    await s.update('AIS', { ...ais, summary: { ...ais.summary, en: 'Edited once.' } });
    const oneField = (await logSize()) - before;
    expect(oneField).toBeGreaterThan(0);
    expect(oneField).toBeLessThan(1024);
    // Every field at once still writes all of it, and is still one record.
    const all = s.get('AIS');
    const every = await logSize();
    await s.update('AIS', {
      ...all,
      summary: { nb: 'Ny', en: 'New' },
      courses: all.courses
        .slice(1)
        .map((c) => ({ ...c, title: { ...c.title, en: `${c.title.en}!` } })),
      caution: { nb: 'Sjekk', en: 'Check' },
    });
    expect((await logSize()) - every).toBeGreaterThan(oneField);
  });

  it.skipIf(!hasSqlite3)(
    'leaves every other column and course as it was, read by the sqlite3 shell',
    async () => {
      const s = await open();
      const ais = s.get('AIS');
      await s.update('AIS', { ...ais, summary: { ...ais.summary, en: 'Edited once.' } });
      await s.close();
      store = undefined;
      const query = (sql: string) =>
        spawnSync('sqlite3', ['-readonly', '-json', path, sql], { encoding: 'utf8' }).stdout;
      const [row] = JSON.parse(
        query(
          "SELECT summary_en, summary_nb, official_name, sources_en FROM designation WHERE code = 'AIS'",
        ),
      ) as Record<string, string>[];
      expect(row).toEqual({
        summary_en: 'Edited once.',
        summary_nb: ais.summary.nb,
        official_name: ais.officialName,
        sources_en: ais.sources.en,
      });
      const courses = JSON.parse(
        query(
          "SELECT c.title_en FROM course c JOIN designation d ON d.id = c.designation_id WHERE d.code = 'AIS' ORDER BY position",
        ),
      ) as { title_en: string }[];
      expect(courses.map((c) => c.title_en)).toEqual(ais.courses.map((c) => c.title.en));
    },
  );
});

describe('history of what changed', () => {
  it('undoes and redoes course edits, removals and additions exactly, across a restart', async () => {
    let s = await open();
    const original = s.get('ARM');
    const courses = [
      { ...original.courses[1]!, title: { ...original.courses[1]!.title, nb: 'Endret' } },
      { code: 'NEW 1', title: { nb: 'Nytt kurs', en: 'New course' }, kind: 'elective' as const },
    ];
    await s.update('ARM', { ...original, courses, status: 'retired' });
    const edited = s.get('ARM');
    expect(s.history('ARM')[0]!.fields).toEqual(['status', 'courses']);
    s = await reopen();
    await s.undo();
    expect(content(s.get('ARM'))).toEqual(content(original));
    expect(s.get('ARM').updatedAt).toBe(original.updatedAt);
    s = await reopen();
    await s.redo();
    expect(s.get('ARM')).toEqual(edited);
  });

  it('undoes a renamed code back to the old one', async () => {
    const s = await open();
    const aim = s.get('AIM');
    await s.update('AIM', { ...aim, code: 'AIM-X' });
    await s.undo();
    expect(content(s.get('AIM'))).toEqual(content(aim));
    expect(() => s.get('AIM-X')).toThrow();
    await s.redo();
    expect(s.get('AIM-X').officialName).toBe(aim.officialName);
  });

  it('refuses to lay a change over a designation that no longer stands as it recorded, and changes nothing', async () => {
    let s = await open();
    const ais = s.get('AIS');
    await s.update('AIS', { ...ais, summary: { ...ais.summary, en: 'Edited once.' } });
    await s.close();
    store = undefined;
    // Another program changed the same field behind the history's back.
    const db = await databaseFrom(await readFile(path));
    db.run("UPDATE designation SET summary_en = 'Changed elsewhere' WHERE code = 'AIS'");
    await writeFile(path, db.export());
    db.close();
    s = await open();
    const error = await s.undo().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).code).toBe('HISTORY_DAMAGED');
    expect(s.get('AIS').summary.en).toBe('Changed elsewhere');
    expect(s.history('AIS')[0]!.state).toBe('done');
  });

  it('marks a patch that is not one damaged, and never lays it over the catalog', async () => {
    let s = await open();
    const ais = s.get('AIS');
    await s.update('AIS', { ...ais, summary: { ...ais.summary, en: 'Edited once.' } });
    await s.close();
    store = undefined;
    const db = await databaseFrom(await readFile(path));
    const hostile = JSON.stringify({ patch: { code: 'AIS', updatedAt: ais.updatedAt, name: 42 } });
    db.run("UPDATE history SET before = ? WHERE code = 'AIS'", [hostile]);
    await writeFile(path, db.export());
    db.close();
    s = await open();
    expect(s.history('AIS')[0]).toMatchObject({ damaged: true, fields: [] });
    await expect(s.undo()).rejects.toMatchObject({ code: 'HISTORY_DAMAGED' });
    expect(s.get('AIS').summary.en).toBe('Edited once.');
  });

  it('undoes an edit whose relation target was typed in another case', async () => {
    const s = await open();
    const arm = s.get('ARM');
    await s.update('ARM', { ...arm, relations: [{ kind: 'credit', target: 'ARE' }] });
    expect(s.get('ARM').relations).toEqual([{ kind: 'credit', target: 'ARe' }]);
    await s.undo();
    expect(s.get('ARM')).toEqual(arm);
    await s.importDesignations([{ ...arm, relations: [{ kind: 'credit', target: 'aic' }] }]);
    await s.undo();
    expect(s.get('ARM')).toEqual(arm);
  });
});

/** Rewrites history rows in the closed catalog file, as a hostile or broken file would have them. */
async function tamper(sql: string, params: (string | Uint8Array | null)[]) {
  await store?.close();
  store = undefined;
  const db = await databaseFrom(await readFile(path));
  db.run(sql, params);
  await writeFile(path, db.export());
  db.close();
}
const patch = (p: object) => JSON.stringify({ patch: p });

describe('history rows this app never writes', () => {
  it('a patch paired with nothing: listed damaged, never redone', async () => {
    const ais = (await open()).get('AIS');
    await tamper(
      "INSERT INTO history (batch, at, action, code, before, after, state) VALUES (1, ?, 'update', 'AIS', ?, NULL, 'undone')",
      [ais.updatedAt, patch({ code: 'AIS', updatedAt: ais.updatedAt })],
    );
    const s = await open();
    expect(s.history('AIS')[0]).toMatchObject({ damaged: true });
    await expect(s.redo()).rejects.toMatchObject({ code: 'HISTORY_DAMAGED' });
    expect(s.get('AIS')).toEqual(ais);
  });

  it('a patch for another designation than its row: listed damaged, never undone', async () => {
    let s = await open();
    const arm = s.get('ARM');
    await s.update('AIS', { ...s.get('AIS'), officialName: 'Edited' });
    await tamper("UPDATE history SET before = ?, after = ? WHERE code = 'AIS'", [
      patch({ code: 'ARM', updatedAt: arm.updatedAt, officialName: 'HIJACKED' }),
      patch({ code: 'ARM', updatedAt: arm.updatedAt, officialName: arm.officialName }),
    ]);
    s = await open();
    expect(s.history('AIS')[0]).toMatchObject({ damaged: true });
    await expect(s.undo()).rejects.toMatchObject({ code: 'HISTORY_DAMAGED' });
    expect(s.get('ARM')).toEqual(arm);
  });

  it('a patch whose two sides touch different fields: listed damaged, never undone', async () => {
    let s = await open();
    const ais = s.get('AIS');
    const edited = await s.update('AIS', { ...ais, status: 'retired' });
    await tamper("UPDATE history SET before = ? WHERE code = 'AIS'", [
      patch({ code: 'AIS', updatedAt: ais.updatedAt, status: 'offered', officialName: 'INJECTED' }),
    ]);
    s = await open();
    expect(s.history('AIS')[0]).toMatchObject({ damaged: true });
    await expect(s.undo()).rejects.toMatchObject({ code: 'HISTORY_DAMAGED' });
    expect(s.get('AIS')).toEqual(edited);
  });
});
