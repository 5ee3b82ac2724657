import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../electron/services/catalog/schema';
import { applyImport, prepareImport } from '../../electron/services/exchange/import-file';
import { SEED_DESIGNATIONS } from '../../electron/services/seed';
import { writeReport } from '../../electron/services/reports/export-report';
import { listBackups } from '../../electron/services/storage/backups';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import type { Designation, DesignationInput } from '../../shared/model';
import { fileValue } from '../support/sqlite-file';
import { makeTempDir } from '../support/temp';

// tests/fixtures/README.md says how the schema 3 catalog was made, and what was edited in it.
const FIXTURES = join(__dirname, '..', 'fixtures');
const EDITED = ['AIS', 'ARM', 'AIC', 'CPCU', 'AFSB'];

let dir: string;
let path: string;
let store: CatalogStore | undefined;
const clock = () => new Date('2026-12-01T09:00:00Z');
const open = async (options: { readOnly?: boolean } = {}) =>
  (store = await CatalogStore.open({ path, clock, ...options }));
beforeEach(async () => {
  dir = await makeTempDir();
  path = join(dir, 'catalog.db');
  await copyFile(join(FIXTURES, 'catalog-schema-3.db'), path);
});
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const content = (d: Designation | DesignationInput): DesignationInput => {
  const { createdAt: _c, updatedAt: _u, ...rest } = d as Designation;
  return rest;
};
const seeded = (code: string) => SEED_DESIGNATIONS.find((d) => d.code === code)!;

describe('a catalog from schema 3, opened by this version', () => {
  it('is migrated to schema 4 after a backup of exactly what it was', async () => {
    const before = await readFile(path);
    const s = await open();
    expect(await fileValue(path, 'PRAGMA user_version')).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(4);
    const backups = await listBackups(path);
    expect(backups).toHaveLength(1);
    expect((await readFile(backups[0]!.path)).equals(before)).toBe(true);
    expect(s.list().map((d) => d.code)).toHaveLength(28); // 28 seeded, ANFI deleted, AFR added
    expect(await fileValue(path, 'PRAGMA foreign_key_check')).toBeUndefined();
  });

  it('gives every designation the user never changed the seed’s corrections', async () => {
    const s = await open();
    const untouched = s.all().filter((d) => !EDITED.includes(d.code) && d.code !== 'AFR');
    expect(untouched.map((d) => d.code)).toContain('AU-M'); // edited, then undone
    expect(untouched.map((d) => d.code)).toContain('ARe'); // edited, undone, never redone
    for (const d of untouched) expect(content(d)).toEqual(content(seeded(d.code)));
    expect(s.get('AU-M').relations).toEqual([]); // audit row 4
    expect(s.get('AU-M').status).toBe('unconfirmed');
    // Timestamps stay: the seed's correction is not the user's edit.
    expect(s.get('ARe').updatedAt).toBe('2026-03-02T08:01:00.000Z');
  });

  it('keeps every field the user edited, and the seed’s corrections leave those entries alone', async () => {
    const s = await open();
    const ais = s.get('AIS');
    expect(ais.summary.en).toBe('Insurance fundamentals; our staff take it in year one.');
    expect(ais.courses.map((c) => c.kind)).toEqual(['prerequisite-programme', 'core']); // no ethics row added
    expect(ais.deliveryNotes.en).not.toContain('among others');
    // A name or sources text the user never wrote is the seed's new one, even here.
    expect(ais.officialName).toBe('Associate in Insurance Services');
    expect(ais.explanatoryName.nb).toBe('Grunnleggende forsikringsfag');
    expect(ais.sources).toEqual(seeded('AIS').sources);
    expect(ais.lastVerified).toBe('2014-09');

    // An English name the user edited becomes the official name.
    expect(s.get('ARM').officialName).toBe('Associate in Risk Management (ARM®)');
    expect(s.get('ARM').explanatoryName.nb).toBe('Risikostyring');
    // A Norwegian name the user edited becomes the Norwegian explanatory name.
    expect(s.get('AIC').officialName).toBe('Associate in Claims');
    expect(s.get('AIC').explanatoryName).toEqual({
      nb: 'Skadebehandling (vår egen oversettelse)',
      en: '',
    });
    // Sources the user wrote stand in both languages.
    const kari = 'Checked on The Institutes’ website by Kari, March 2026.';
    expect(s.get('CPCU').sources).toEqual({ nb: kari, en: kari });
    // A status the user set stays, and so does the rest of that entry.
    const afsb = s.get('AFSB');
    expect(afsb.status).toBe('retired');
    expect(afsb.summary.en).toBe(
      'Fidelity and surety bonds and their counterparty risk, for bond producers, bond underwriters and claims adjusters.',
    );
    expect(afsb.updatedAt).toBe('2026-03-02T08:14:00.000Z');
  });

  it('keeps a designation the user added, named as they named it', async () => {
    const afr = (await open()).get('AFR');
    expect(afr).toMatchObject({
      issuer: 'The Institutes', // everything the app held before issuers existed was theirs
      officialName: 'Autorisasjonsordningen for finansielle rådgivere',
      explanatoryName: { nb: '', en: '' },
      lastVerified: null,
      caution: { nb: '', en: '' },
      sources: { nb: 'finansnaeringen.no', en: 'finansnaeringen.no' },
      relations: [{ kind: 'credit', target: 'AINS' }],
    });
    expect(() => (store as CatalogStore).get('ANFI')).toThrow(); // deleted, stays deleted
  });

  it('shows the old history as the user made it, field by field', async () => {
    const history = (await open()).history(null);
    expect(history.map((h) => [h.action, h.code, h.state])).toEqual([
      ['update', 'ARe', 'undone'],
      ['delete', 'ANFI', 'done'],
      ['create', 'AFR', 'done'],
      ['update', 'AFSB', 'done'],
      ['update', 'CPCU', 'done'],
      ['update', 'AIC', 'done'],
      ['update', 'ARM', 'done'],
      ['update', 'AIS', 'done'],
    ]);
    const fields = Object.fromEntries(
      history.filter((h) => h.action === 'update').map((h) => [h.code, h.fields]),
    );
    expect(fields).toEqual({
      ARe: ['deliveryNotes'],
      AFSB: ['status'],
      CPCU: ['sources'],
      AIC: ['explanatoryName'],
      ARM: ['officialName'],
      AIS: ['summary'],
    });
  });

  it('redoes and undoes the old history: every step, back to the catalog as seeded then', async () => {
    const s = await open();
    expect(await s.redo()).toEqual({ action: 'update', codes: ['ARe'] });
    expect(s.get('ARe').deliveryNotes.en).toBe('A note undone before the upgrade.');
    const undone = [];
    for (;;) {
      const step = await s.undo();
      if (!step.action) break;
      undone.push(`${step.action} ${step.codes.join()}`);
    }
    expect(undone).toEqual([
      'update ARe',
      'delete ANFI',
      'create AFR',
      'update AFSB',
      'update CPCU',
      'update AIC',
      'update ARM',
      'update AIS',
    ]);
    expect(s.get('ANFI').officialName).toBe('Associate in National Flood Insurance');
    expect(() => s.get('AFR')).toThrow();
    expect(s.get('AFSB').status).toBe('offered');
    expect(s.get('ARM').officialName).toBe('Associate in Risk Management');
    expect(s.get('AIC').explanatoryName.nb).toBe('Skadebehandling');
    expect(s.get('AIS').summary.en).toBe(
      'General knowledge of the insurance industry, its products and its regulation; often a platform for more advanced designations.',
    );
    // And forward again.
    expect(await s.redo()).toEqual({ action: 'update', codes: ['AIS'] });
    expect(s.get('AIS').summary.en).toBe('Insurance fundamentals; our staff take it in year one.');
  });

  it('restores a deleted designation from its old history entry', async () => {
    const s = await open();
    const entry = s.history('ANFI')[0]!;
    await s.restore(entry.removed!);
    expect(s.get('ANFI')).toMatchObject({
      officialName: 'Associate in National Flood Insurance',
      explanatoryName: { nb: 'Flomforsikring (NFIP)' },
      issuer: 'The Institutes',
    });
  });

  it('restores the backup taken before migrating, migrated the same way', async () => {
    let s = await open();
    const migrated = s.all();
    await s.update('AIS', { ...content(s.get('AIS')), status: 'retired' });
    const [backup] = await s.backups();
    await s.restoreBackup(backup!.name);
    expect(s.all()).toEqual(migrated);
    await s.close();
    s = await open();
    expect(s.all()).toEqual(migrated);
  });

  it('is read the new way beside a running app, without touching the file', async () => {
    const before = await readFile(path);
    const s = await open({ readOnly: true });
    expect(s.get('AU-M')).toMatchObject({ status: 'unconfirmed', relations: [] });
    expect(s.get('ARM').officialName).toBe('Associate in Risk Management (ARM®)');
    await s.close();
    store = undefined;
    expect((await readFile(path)).equals(before)).toBe(true);
  });
});

describe('files exported before schema 4', () => {
  it.each(['sheets-schema-3.nb.csv', 'sheets-schema-3.en.csv', 'catalog-schema-3.json'])(
    '%s imports into the migrated catalog it came from as “nothing changed”',
    async (file) => {
      const s = await open();
      const prepared = await prepareImport(s, join(FIXTURES, file));
      expect(prepared.preview.errors).toEqual([]);
      expect(prepared.preview.changed).toBe(0);
      expect(prepared.preview.added).toBe(0);
      expect(prepared.preview.unchanged).toBe(7);
    },
  );

  it.each(['sheets-schema-3.nb.csv', 'catalog-schema-3.json'])(
    '%s imports into a new catalog: the user’s edits arrive, the seed’s corrections stay',
    async (file) => {
      path = join(dir, 'fresh.db');
      const s = await open();
      const prepared = await prepareImport(s, join(FIXTURES, file));
      expect(prepared.preview.errors).toEqual([]);
      expect(prepared.added.map(({ code, officialName }) => ({ code, officialName }))).toEqual([
        { code: 'AFR', officialName: 'Autorisasjonsordningen for finansielle rådgivere' },
      ]);
      // ARe, AU, AU-M and ALCM are as the old seed wrote them: they keep today's.
      expect(prepared.preview.unchanged).toBe(4);
      expect(prepared.changed.map((c) => c.code).sort()).toEqual(['AIC', 'AIS']);
      expect(prepared.changed.find((c) => c.code === 'AIC')!.changes.map((c) => c.field)).toEqual([
        'explanatoryName',
        'summary',
        'deliveryNotes',
      ]);
      await applyImport(s, prepared);
      expect(s.get('AIC').explanatoryName.nb).toBe('Skadebehandling (vår egen oversettelse)');
      expect(s.get('AU-M').relations).toEqual([]);
    },
  );
});

describe('a bad row in an old or new file', () => {
  it('is named, with its field, and nothing is imported', async () => {
    const s = await open();
    const before = s.all();
    const json = JSON.parse(await readFile(join(FIXTURES, 'catalog-schema-3.json'), 'utf8')) as {
      designations: Record<string, unknown>[];
    };
    json.designations[1]!.name = { nb: 'Bare norsk' }; // the English half is missing
    const file = join(dir, 'broken.json');
    await writeFile(file, JSON.stringify(json));
    const prepared = await prepareImport(s, file);
    expect(prepared.preview.errors).toEqual([
      { row: 2, field: 'name.en', message: 'value.type', params: {} },
    ]);
    await expect(applyImport(s, prepared)).rejects.toMatchObject({ code: 'IMPORT_INVALID' });
    expect(s.all()).toEqual(before);
  });

  it('reads last verified as a spreadsheet may have rewritten it, and refuses what is no month', async () => {
    const s = await open();
    const csv = join(dir, 'sheets.csv');
    await writeReport(
      s.all(),
      { report: 'sheets', format: 'csv', language: 'nb', codes: ['AIDA', 'AIT'] },
      csv,
      {
        organisationName: '',
        csvDelimiter: 'auto',
      },
    );
    const text = await readFile(csv, 'utf8');
    await writeFile(
      csv,
      text.replace(';2020-07;', ';01.07.2021;').replace(';2014-09;', ';høst 2014;'),
    );
    const prepared = await prepareImport(s, csv);
    expect(prepared.preview.errors).toEqual([
      { row: 3, field: 'lastVerified', message: 'lastVerified.format', params: {} },
    ]);
    await writeFile(csv, text.replace(';2020-07;', ';01.07.2021;'));
    const again = await prepareImport(s, csv);
    expect(again.preview.errors).toEqual([]);
    expect(again.changed.map((c) => [c.code, c.changes.map((x) => x.field)])).toEqual([
      ['AIDA', ['lastVerified']],
    ]);
    expect(again.changes[0]!.lastVerified).toBe('2021-07');
  });
});
