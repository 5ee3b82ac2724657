import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyImport, prepareImport } from '../../electron/services/exchange/import-file';
import { writeReport } from '../../electron/services/reports/export-report';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { CatalogError } from '../../shared/errors';
import { createI18n, describeError } from '../../shared/i18n';
import type { Language, ReportFormat, ReportKind } from '../../shared/model';
import { diskBytes } from '../support/sqlite-file';
import { makeTempDir } from '../support/temp';

// Every import either reads all of a file or says what is wrong with it, in
// the user's language, and leaves the catalog as it was.

let dir: string;
let store: CatalogStore;
beforeEach(async () => {
  dir = await makeTempDir();
  store = await CatalogStore.open({ path: join(dir, 'catalog.db') });
});
afterEach(() => store.close());

async function exported(report: ReportKind, format: ReportFormat, language: Language) {
  const file = join(dir, `${report}-${language}.${format}`);
  await writeReport(store.all(), { report, format, language, codes: null }, file, {
    organisationName: '',
    csvDelimiter: 'auto',
  });
  return file;
}

/** The refusal an import of `file` meets, and that the catalog is as it was, on disk too. */
async function refusal(file: string): Promise<CatalogError> {
  const before = { all: JSON.stringify(store.all()), disk: await diskBytes(store.path) };
  const error = await prepareImport(store, file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CatalogError);
  expect(JSON.stringify(store.all())).toBe(before.all);
  expect((await diskBytes(store.path)).equals(before.disk)).toBe(true);
  return error as CatalogError;
}
const say = (e: CatalogError, lang: Language) => describeError(createI18n(lang).t, e);

describe('a report that is not an exchange format', () => {
  it.each([
    ['overview', 'nb'],
    ['overview', 'en'],
    ['pathways', 'nb'],
    ['pathways', 'en'],
  ] as const)(
    'the %s CSV in %s is refused, naming what it is, and changes nothing',
    async (report, language) => {
      const e = await refusal(await exported(report, 'csv', language));
      expect(e.params).toMatchObject({ reason: `report-${report}` });
      expect(say(e, 'nb')).toContain(
        report === 'overview' ? 'den er katalogoversikten' : 'den er rapporten Studieveier',
      );
      expect(say(e, 'nb')).toContain('Importer «Faktaark for sertifiseringene» eksportert som CSV');
      expect(say(e, 'en')).toContain('Import “Designation fact sheets” exported as CSV');
    },
  );

  it('the overview, exported and imported back, never blanks a designation (issue 21, item 1)', async () => {
    const file = await exported('overview', 'csv', 'nb');
    const before = store.all();
    await prepareImport(store, file).then(
      (prepared) => applyImport(store, prepared),
      () => undefined, // refused: nothing to apply
    );
    expect(store.all()).toEqual(before);
  });

  it('a PDF report is refused as a report', async () => {
    const e = await refusal(await exported('sheets', 'pdf', 'en'));
    expect(say(e, 'en')).toBe(
      'The file cannot be imported: it is a PDF report. To import, export “Designation fact sheets” as CSV, or the catalog as JSON.',
    );
  });
});

describe('a fact sheet without some of its columns', () => {
  /** The Norwegian fact sheets without the named columns, read and written as CSV. */
  async function without(labels: string[]) {
    const file = await exported('sheets', 'csv', 'nb');
    const rows = parse((await readFile(file, 'utf8')).slice(1), { delimiter: ';' }) as string[][];
    const keep = rows[0]!.map((h, i) => (labels.includes(h) ? -1 : i)).filter((i) => i >= 0);
    await writeFile(
      file,
      stringify(
        rows.map((r) => keep.map((i) => r[i])),
        { delimiter: ';' },
      ),
    );
    return file;
  }

  it('is refused, naming the missing columns in the file’s own words', async () => {
    const e = await refusal(await without(['Kurs', 'Fagområde']));
    expect(e.params).toEqual({ reason: 'missing-columns', columns: '«Fagområde», «Kurs»' });
    expect(say(e, 'nb')).toBe(
      'Filen kan ikke importeres: kolonnene «Fagområde», «Kurs» mangler. En faktaark-CSV eksportert fra appen har alle kolonnene.',
    );
    expect(say(e, 'en')).toContain('the columns «Fagområde», «Kurs» are missing.');
    const one = await refusal(await without(['Status']));
    expect(say(one, 'en')).toContain('the column «Status» is missing.');
  });

  it('a file of unknown columns is refused as not an export', async () => {
    const file = join(dir, 'notes.csv');
    await writeFile(file, 'Hello;World\n1;2\n');
    expect(say(await refusal(file), 'en')).toContain('none of its columns is one the app knows');
  });

  it('a column twice is refused', async () => {
    const file = await exported('sheets', 'csv', 'en');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('Official name,', 'Official name,Official name,'));
    expect((await refusal(file)).params).toMatchObject({
      reason: 'duplicate-column',
      column: 'Official name',
    });
  });
});

describe('a field the file does not carry', () => {
  it('keeps its value: a JSON entry with only a code and a status changes only the status', async () => {
    const ais = store.get('AIS');
    const file = join(dir, 'partial.json');
    await writeFile(
      file,
      JSON.stringify({
        format: 'credential-catalog',
        version: 1,
        exportedAt: new Date().toISOString(),
        designations: [{ code: 'AIS', status: 'retired' }],
      }),
    );
    const prepared = await prepareImport(store, file);
    expect(prepared.preview.errors).toEqual([]);
    expect(prepared.changed).toEqual([
      {
        code: 'AIS',
        officialName: ais.officialName,
        changes: [{ field: 'status', before: 'offered', after: 'retired' }],
      },
    ]);
    await applyImport(store, prepared);
    const { updatedAt: _a, ...after } = store.get('AIS');
    const { updatedAt: _b, ...expected } = { ...ais, status: 'retired' };
    expect(after).toEqual(expected);
  });

  it('a new designation without a name, focus area or status is an error naming each', async () => {
    const file = join(dir, 'new.json');
    await writeFile(
      file,
      JSON.stringify({
        format: 'credential-catalog',
        version: 1,
        exportedAt: new Date().toISOString(),
        designations: [{ code: 'NEW' }, 'not a designation'],
      }),
    );
    const prepared = await prepareImport(store, file);
    expect(prepared.preview.errors).toEqual([
      { row: 1, field: 'officialName', message: 'import.missingField', params: {} },
      { row: 1, field: 'focusArea', message: 'import.missingField', params: {} },
      { row: 1, field: 'status', message: 'import.missingField', params: {} },
      { row: 2, field: '', message: 'import.notDesignation', params: {} },
    ]);
  });
});

describe('a file in another encoding or format', () => {
  it('Windows-1252 (an older Excel’s “CSV”) is refused as not UTF-8, with the line', async () => {
    const file = await exported('sheets', 'csv', 'nb');
    const { stdout } = await promisify(execFile)('python3', [
      '-c',
      `import sys; t = open(sys.argv[1], encoding='utf-8-sig').read(); open(sys.argv[1], 'wb').write(t.encode('cp1252', errors='replace')); print(next(i for i, l in enumerate(t.split('\\n'), 1) if any(ord(c) > 127 for c in l)))`,
      file,
    ]);
    const e = await refusal(file);
    expect(e.params).toEqual({ reason: 'not-utf8', line: Number(stdout.trim()) });
    expect(say(e, 'nb')).toBe(
      `Filen kan ikke importeres: den er ikke lagret som UTF-8 (linje ${stdout.trim()} har et tegn i en annen tegnkoding; eldre versjoner av Excel lagrer «CSV» med Windows-tegnsett). Lagre den som «CSV UTF-8 (kommadelt)» i Excel, og importer den på nytt.`,
    );
  });

  it('a character that is not UTF-8 further down is found on its line', async () => {
    const file = await exported('sheets', 'json', 'en');
    const bytes = await readFile(file);
    const at = bytes.indexOf('"ARM"');
    const line = bytes.subarray(0, at).toString().split('\n').length;
    bytes[at + 1] = 0xe9; // "ARM" becomes "\xe9RM", as Windows-1252 writes "éRM"
    await writeFile(file, bytes);
    expect((await refusal(file)).params).toEqual({ reason: 'not-utf8', line });
  });

  it('UTF-16 without a byte order mark (full of NUL bytes) is refused the same way', async () => {
    const file = join(dir, 'utf16.csv');
    await writeFile(file, Buffer.from('Kode;Navn\r\nAIS;x\r\n', 'utf16le'));
    expect((await refusal(file)).params).toMatchObject({ reason: 'not-utf8', line: 1 });
  });

  it('UTF-16 with a byte order mark and tabs (Excel’s “Unicode text”) imports', async () => {
    const file = await exported('sheets', 'csv', 'en');
    const rows = parse((await readFile(file, 'utf8')).slice(1)) as string[][];
    const tsv = stringify(rows, {
      delimiter: '\t',
      record_delimiter: '\r\n',
      quoted_match: /[\r\n]/,
    });
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]));
    const prepared = await prepareImport(store, file);
    expect(prepared.preview).toMatchObject({ errors: [], unchanged: 28, added: 0, changed: 0 });
  });

  it.each([
    ['an .xlsx workbook', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['an .xls workbook', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]],
  ])('%s is refused with how to save it as CSV UTF-8', async (_name, bytes) => {
    const file = join(dir, 'book.csv');
    await writeFile(file, Buffer.from([...bytes, 0, 0, 0]));
    expect(say(await refusal(file), 'en')).toContain(
      'it is a spreadsheet workbook (.xlsx, .xls or .ods), not a CSV file. In Excel, choose File › Save As › “CSV UTF-8 (Comma delimited)”',
    );
  });

  it('an empty file, broken JSON and a quote never closed each say so', async () => {
    const empty = join(dir, 'empty.csv');
    await writeFile(empty, '');
    expect((await refusal(empty)).params).toEqual({ reason: 'empty' });
    const json = join(dir, 'broken.json');
    await writeFile(json, '{"format": "credential-catalog", ');
    expect((await refusal(json)).params).toEqual({ reason: 'not-json' });
    const quote = await exported('sheets', 'csv', 'en');
    // A last row (30: after the header and the 28) whose quote nothing after it closes.
    await writeFile(quote, `${await readFile(quote, 'utf8')}NEW,"never closed\r\n`);
    const e = await refusal(quote);
    expect(e.params).toEqual({ reason: 'malformed-csv', row: 30 });
    expect(say(e, 'en')).toContain('it is not valid CSV from row 30 on');
  });
});
