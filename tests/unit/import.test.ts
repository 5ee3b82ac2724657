import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { listBackups } from '../../electron/services/storage/backups';
import { applyImport, prepareImport } from '../../electron/services/exchange/import-file';
import { writeReport } from '../../electron/services/reports/export-report';
import type { Designation, Language } from '../../shared/model';
import { sampleDesignation } from '../support/designations';
import { syntheticDesignations } from '../support/synthetic';
import { makeTempDir } from '../support/temp';
import { diskBytes } from '../support/sqlite-file';

let dir: string;
let source: CatalogStore;
let target: CatalogStore | undefined;

beforeEach(async () => {
  dir = await makeTempDir();
  source = await CatalogStore.open({ path: join(dir, 'source.db') });
  // Text that breaks naive CSV, in both languages, with courses and relations.
  await source.createMany([
    sampleDesignation({
      code: 'TRICKY',
      officialName: '=SUM(A1) | pipe, comma',
      explanatoryName: { nb: 'Ærlig «sitat»; "anførsel"\nny linje', en: '' },
      summary: { nb: '', en: 'Only English' },
      lastVerified: null,
      caution: { nb: 'Kilder uenige;\n"ja"', en: '' },
      sources: { nb: 'Linje 1\nLinje 2', en: 'Line 1\nLine 2' },
      durationMonths: { min: null, max: 7 },
      certificateOfCompletion: false,
      courses: [
        { kind: 'core', code: 'T 1', title: { nb: 'Kurs | med strek', en: 'Course' } },
        { kind: 'prerequisite-programme', code: '', title: { nb: 'Forprogram', en: '' } },
      ],
      relations: [
        { kind: 'prerequisite', target: 'AIS' },
        { kind: 'waiver', target: 'ARM' },
        { kind: 'credit', target: 'CPCU' },
      ],
    }),
  ]);
});
afterEach(async () => {
  await source.close();
  await target?.close();
  target = undefined;
});

const strip = (d: Designation) => {
  const { createdAt: _c, updatedAt: _u, ...rest } = d;
  return { ...rest, relations: [...rest.relations].sort((a, b) => a.kind.localeCompare(b.kind)) };
};

async function roundTrip(format: 'csv' | 'json', language: Language) {
  const file = join(dir, `export.${format}`);
  await writeReport(source.all(), { report: 'sheets', format, language, codes: null }, file, {
    organisationName: '',
    csvDelimiter: 'auto',
  });
  target = await CatalogStore.open({ path: join(dir, `target-${format}-${language}.db`) });
  const tricky = source.get('TRICKY');
  await target.delete('AIS').then((d) => target!.restore(d)); // an unrelated change first
  const prepared = await prepareImport(target, file);
  expect(prepared.preview.errors).toEqual([]);
  expect(prepared.added.map((a) => a.code)).toEqual(['TRICKY']);
  expect(prepared.preview.unchanged).toBe(28);
  await applyImport(target, prepared);
  expect(strip(target.get('TRICKY'))).toEqual(strip(tricky));
  for (const d of source.all()) expect(strip(target.get(d.code))).toEqual(strip(d));
}

describe('round trips lose nothing', () => {
  it.each([
    ['csv', 'nb'],
    ['csv', 'en'],
    ['json', 'nb'],
  ] as const)('%s exported in %s', (format, language) => roundTrip(format, language));
});

describe('a Norwegian export written with the earlier wording', () => {
  it('still imports without loss', async () => {
    await source.update('AIS', {
      ...source.get('AIS'),
      courses: [{ kind: 'elective', code: 'E 1', title: { nb: 'Valgfritt', en: 'Elective' } }],
    });
    const file = join(dir, 'earlier.csv');
    await writeReport(
      source.all(),
      { report: 'sheets', format: 'csv', language: 'nb', codes: null },
      file,
      { organisationName: '', csvDelimiter: 'auto' },
    );
    const earlier: [string, string][] = [
      ['Studieform (norsk)', 'Gjennomføring (norsk)'],
      ['Studieform (engelsk)', 'Gjennomføring (engelsk)'],
      ['Fritak for kravet gis innehavere av', 'Fritak fra forutsetningen for innehavere av'],
      ['Kan godskrives i (koder)', 'Gir godskriving mot (koder)'],
      [';Forsikring generelt;', ';Generell forsikring;'],
      ['Valgfritt kurs |', 'Valgfag |'],
      ['Forkurs |', 'Forutsetningsprogram |'],
    ];
    let text = await readFile(file, 'utf8');
    for (const [now, before] of earlier) {
      expect([now, text.includes(now)]).toEqual([now, true]);
      text = text.split(now).join(before);
    }
    await writeFile(file, text);

    const prepared = await prepareImport(source, file);
    expect(prepared.preview.errors).toEqual([]);
    expect(prepared.preview.changed).toBe(0);
    expect(prepared.preview.unchanged).toBe(29);
  });
});

describe('an import', () => {
  it('previews changes field by field and applies them as one undoable step, after a backup', async () => {
    const file = join(dir, 'edited.json');
    await writeReport(
      source.all(),
      { report: 'sheets', format: 'json', language: 'en', codes: null },
      file,
      {
        organisationName: '',
        csvDelimiter: 'auto',
      },
    );
    const json = JSON.parse(await readFile(file, 'utf8')) as { designations: Designation[] };
    const ais = json.designations.find((d) => d.code === 'AIS')!;
    ais.status = 'retired';
    ais.officialName = 'Renamed';
    await writeFile(file, JSON.stringify(json));

    const prepared = await prepareImport(source, file);
    expect(prepared.changed).toEqual([
      {
        code: 'AIS',
        officialName: 'Renamed',
        changes: [
          {
            field: 'officialName',
            before: 'Associate in Insurance Services',
            after: 'Renamed',
          },
          { field: 'status', before: 'offered', after: 'retired' },
        ],
      },
    ]);
    expect(prepared.preview.unchanged).toBe(28);
    await applyImport(source, prepared);
    expect(source.get('AIS').status).toBe('retired');
    expect((await listBackups(join(dir, 'source.db'))).length).toBeGreaterThan(0);
    expect(await source.undo()).toEqual({ action: 'import', codes: ['AIS'] });
    expect(source.get('AIS').status).toBe('offered');
  });

  it('with one bad row in a hundred changes nothing and names that row and field', async () => {
    const big = await CatalogStore.open({ path: join(dir, 'big.db') });
    await big.createMany(syntheticDesignations(100));
    const file = join(dir, 'hundred.csv');
    await writeReport(
      big.all(),
      { report: 'sheets', format: 'csv', language: 'nb', codes: null },
      file,
      {
        organisationName: '',
        csvDelimiter: 'auto',
      },
    );
    await big.close();
    // Row 60 of the file gets a duration that is not a number, and a status nobody knows.
    const lines = (await readFile(file, 'utf8')).split('\r\n');
    lines[59] = lines[59]!.replace(/;Tilbys;([\d-]*);;;\d+;/, ';Kanskje;$1;;;tolv;');
    await writeFile(file, lines.join('\r\n'));

    const before = await diskBytes(join(dir, 'source.db'));
    const prepared = await prepareImport(source, file);
    expect(prepared.preview.errors).toEqual([
      { row: 60, field: 'status', message: 'import.unknownValue', params: { value: 'Kanskje' } },
      { row: 60, field: 'durationMin', message: 'duration.number', params: {} },
    ]);
    await expect(applyImport(source, prepared)).rejects.toMatchObject({ code: 'IMPORT_INVALID' });
    expect((await diskBytes(join(dir, 'source.db'))).equals(before)).toBe(true);
    expect(source.list()).toHaveLength(29);
  });

  it('reports a prerequisite cycle the file would create, and unknown relation targets', async () => {
    const file = join(dir, 'cycle.json');
    const au = source.get('AU');
    const aum = source.get('AU-M');
    await writeFile(
      file,
      JSON.stringify({
        format: 'credential-catalog',
        version: 2,
        exportedAt: new Date().toISOString(),
        designations: [
          // AU-M requires AU, and AU requires AU-M.
          { ...aum, relations: [{ kind: 'prerequisite', target: 'AU' }] },
          { ...au, relations: [...au.relations, { kind: 'prerequisite', target: 'AU-M' }] },
          {
            ...sampleDesignation({
              code: 'LOOSE',
              relations: [{ kind: 'credit', target: 'NOWHERE' }],
            }),
          },
        ],
      }),
    );
    const prepared = await prepareImport(source, file);
    expect(prepared.preview.errors).toEqual([
      {
        row: 1,
        field: 'relations',
        message: 'import.rule',
        params: { code: 'PREREQUISITE_CYCLE', cycle: 'AU-M → AU → AU-M' },
      },
      {
        row: 3,
        field: 'relations.0.target',
        message: 'relation.unknown',
        params: { target: 'NOWHERE' },
      },
    ]);
    await writeFile(file, (await readFile(file, 'utf8')).replace('NOWHERE', 'CPCU'));
    const again = await prepareImport(source, file);
    expect(again.preview.errors).toEqual([
      {
        row: 1,
        field: 'relations',
        message: 'import.rule',
        params: { code: 'PREREQUISITE_CYCLE', cycle: 'AU-M → AU → AU-M' },
      },
    ]);
  });

  it('refuses files that are not exports', async () => {
    const notes = join(dir, 'notes.csv');
    await writeFile(notes, 'Hello;World\n1;2\n');
    await expect(prepareImport(source, notes)).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      params: { reason: 'no-columns' },
    });
    const json = join(dir, 'other.json');
    await writeFile(json, '{"hello": "world"}');
    await expect(prepareImport(source, json)).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      params: { reason: 'not-catalog-json' },
    });
  });
});
