import { CsvError, parse } from 'csv-parse/sync';
import type { EditableField } from '../../../shared/diff';
import { CatalogError } from '../../../shared/errors';
import { toFieldIssues } from '../../../shared/validation';
import { Course, LocalizedText, Relation } from '../../../shared/model';
import { z } from 'zod';
import { isLegacyShape, upgradeDesignation, type LegacyDesignation } from '../catalog/upgrade';
import {
  certificateOf,
  columnOf,
  courseKindOf,
  focusAreaOf,
  headerLanguage,
  JSON_FIELDS,
  JSON_IGNORED_KEYS,
  JSON_KEY_ALIASES,
  reportKindOf,
  REQUIRED_SHEET_COLUMNS,
  SHEET_COLUMNS,
  sheetColumnLabel,
  statusOf,
  FIELD_OF_COLUMN,
  type LegacyColumn,
  type SheetColumn,
} from './import-columns';
import { ErrorList } from './import-errors';
import { CatalogFile } from './json-format';

/** More rows than this and a file is refused before any is checked. */
export const MAX_IMPORT_ROWS = 100_000;

/** The fields one row of the file carries; a field it does not carry is absent, never empty. */
export type RowFields = Partial<Record<EditableField, unknown>>;
export interface ImportRow {
  /** The row as a spreadsheet numbers it (the header is row 1); in JSON, the position from 1. */
  row: number;
  fields: RowFields;
  /** Fields whose cells could not be read (each reported): the row cannot be imported. */
  unreadable?: EditableField[];
  /** The row as a file from before schema 4 wrote it (name, sourceNotes), upgraded into `fields`. */
  legacy?: LegacyDesignation;
}
export interface ParsedImport {
  format: 'csv' | 'json';
  rows: ImportRow[];
  errors: ErrorList;
  /** Columns or keys no field reads: named in the preview, so nothing is dropped unseen. */
  ignored: string[];
}

const refuse = (reason: string, params: Record<string, string | number> = {}): never => {
  throw new CatalogError('IMPORT_INVALID', { reason, ...params });
};

/** Undoes the export's formula guard: "'=…" was "=…". */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** The field separator the header uses most: ; (Norwegian Excel), "," or tab. */
function guessDelimiter(body: string): string {
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  return [';', ',', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0]!;
}

/**
 * Past this many rows that do not line up with the header, a file is refused
 * as laid out otherwise; csv-parse also spends a moment on each such row.
 */
export const MAX_MISALIGNED_ROWS = 1_000;

function readRecords(body: string): string[][] {
  let width: number | undefined;
  let misaligned = 0;
  let firstMisaligned = 0;
  try {
    return parse(body, {
      delimiter: guessDelimiter(body),
      relax_column_count: true, // checked per row below, with a message
      relax_quotes: true, // a stray quote inside a cell, as spreadsheets allow
      to: MAX_IMPORT_ROWS + 2,
      on_record: (record: string[], { records }: { records: number }) => {
        width ??= record.length;
        if (record.length !== width && !record.every((cell) => cell === '')) {
          firstMisaligned ||= records; // counted from 1, the header included: the row number
          if (++misaligned > MAX_MISALIGNED_ROWS)
            refuse('misaligned', { max: MAX_MISALIGNED_ROWS, row: firstMisaligned });
        }
        return record;
      },
    }) as string[][];
  } catch (e) {
    if (e instanceof CsvError) return refuse('malformed-csv', { row: Number(e.records ?? 0) + 1 });
    throw e;
  }
}

/**
 * The fact-sheet CSV, header in either language, any delimiter. A file of
 * another kind, or one that lacks columns, is refused with the reason; a row
 * whose cells do not line up with the header is an error, never read askew.
 */
export function parseCsv(text: string): ParsedImport {
  const records = readRecords(text.replace(/^\uFEFF/, ''));
  const [header = [], ...data] = records;
  if (data.length > MAX_IMPORT_ROWS) refuse('too-many-rows', { max: MAX_IMPORT_ROWS });
  const columns = header.map((h) => columnOf(h));
  columns.forEach((c, i) => {
    if (c && columns.indexOf(c) !== i) refuse('duplicate-column', { column: header[i]!.trim() });
  });
  const found = new Set(columns.filter((c) => c !== undefined));
  const kind = reportKindOf(found);
  if (kind === 'overview' || kind === 'pathways') refuse(`report-${kind}`);
  if (!kind) {
    if (found.size === 0) refuse('no-columns');
    const lang = headerLanguage(header);
    const missing = REQUIRED_SHEET_COLUMNS.filter((c) => !found.has(c));
    refuse(missing.length === 1 ? 'missing-column' : 'missing-columns', {
      // In the file's own words and quotes: «Kurs», «Kilder» / “Courses”, “Sources”.
      columns: missing
        .map((c) =>
          lang === 'nb' ? `«${sheetColumnLabel(c, lang)}»` : `“${sheetColumnLabel(c, lang)}”`,
        )
        .join(', '),
    });
  }
  const legacy = !found.has('officialName') && (found.has('nameNb') || found.has('nameEn'));
  const read = new Set<string>([
    ...SHEET_COLUMNS,
    ...(legacy ? ['nameNb', 'nameEn', 'sources'] : []),
  ]);
  const ignored = header.filter((h, i) => h.trim() && !read.has(columns[i] ?? ''));

  const errors = new ErrorList();
  const rows: ImportRow[] = [];
  data.forEach((record, i) => {
    const row = i + 2; // the header is row 1
    if (record.every((cell) => cell === '')) return; // a blank line
    if (record.length !== header.length) {
      errors.add(row, '', 'import.cellCount', { found: record.length, expected: header.length });
      return;
    }
    const read = readRow(record, columns, row, errors);
    rows.push({ row, ...(legacy ? upgradeLegacyRow(read, record, columns) : read) });
  });
  return { format: 'csv', rows, errors, ignored };
}

/** The fields whose columns the file has, read from one row; bad cells become errors. */
function readRow(
  record: string[],
  columns: (string | undefined)[],
  row: number,
  errors: ErrorList,
): { fields: RowFields; unreadable: EditableField[] } {
  const cell = (c: SheetColumn): string | undefined => {
    const at = columns.indexOf(c);
    return at < 0 ? undefined : unguard(record[at]!);
  };
  const fields: RowFields = {};
  const unreadable = new Set<EditableField>();
  const fail = (
    column: SheetColumn,
    message: string,
    params: Record<string, string | number> = {},
  ) => {
    errors.add(row, column, message, params);
    unreadable.add(FIELD_OF_COLUMN[column]);
  };
  const text = (nb: SheetColumn, en: SheetColumn) => {
    const [a, b] = [cell(nb), cell(en)];
    return a === undefined || b === undefined ? undefined : { nb: a, en: b };
  };
  const choice = <K>(c: SheetColumn, of: (value: string) => K | undefined) => {
    const value = cell(c);
    if (value === undefined) return undefined;
    if (!value.trim()) return void fail(c, 'import.required');
    const key = of(value);
    if (key === undefined) fail(c, 'import.unknownValue', { value });
    return key;
  };
  const months = (c: 'durationMin' | 'durationMax') => {
    const v = cell(c)!.trim();
    if (!v) return null;
    if (/^\d+$/.test(v)) return Number(v);
    fail(c, 'duration.number');
    return null;
  };

  if (cell('code') !== undefined) fields.code = cell('code')!.trim();
  if (cell('issuer') !== undefined) fields.issuer = cell('issuer')!.trim();
  if (cell('officialName') !== undefined) fields.officialName = cell('officialName')!.trim();
  fields.explanatoryName = text('explanatoryNb', 'explanatoryEn');
  fields.summary = text('summaryNb', 'summaryEn');
  fields.focusArea = choice('focusArea', focusAreaOf);
  fields.status = choice('status', statusOf);
  if (cell('lastVerifiedMonth') !== undefined)
    fields.lastVerified = yearMonth(cell('lastVerifiedMonth')!);
  fields.caution = text('cautionNb', 'cautionEn');
  if (cell('durationMin') !== undefined && cell('durationMax') !== undefined)
    fields.durationMonths = { min: months('durationMin'), max: months('durationMax') };
  fields.deliveryNotes = text('deliveryNb', 'deliveryEn');
  if (cell('certificate') !== undefined) {
    const value = certificateOf(cell('certificate')!);
    if (value === undefined)
      fail('certificate', 'import.unknownValue', { value: cell('certificate')! });
    fields.certificateOfCompletion = value ?? null;
  }
  if (cell('courses') !== undefined) fields.courses = readCourses(cell('courses')!, fail);
  const [requires, waivedFor, credit] = [cell('requires'), cell('waivedFor'), cell('credit')];
  if (requires !== undefined && waivedFor !== undefined && credit !== undefined) {
    const codes = (value: string, kind: Relation['kind']): Relation[] =>
      value
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
        .map((target) => ({ kind, target }));
    fields.relations = [
      ...codes(requires, 'prerequisite'),
      ...codes(waivedFor, 'waiver'),
      ...codes(credit, 'credit'),
    ];
  }
  fields.sources = text('sourcesNb', 'sourcesEn');
  for (const key of Object.keys(fields) as EditableField[])
    if (fields[key] === undefined || unreadable.has(key)) delete fields[key]; // absent, not empty
  return { fields, unreadable: [...unreadable] };
}

/**
 * A year and month as the fact sheet writes it (2020-07), or as a spreadsheet may have
 * rewritten it once it took the cell for a date (2020-07-01, 01.07.2020, 07.2020); '' is
 * "no dated source". Anything else is left for the schema to refuse.
 */
function yearMonth(cell: string): string | null {
  const v = cell.trim();
  if (!v) return null;
  const iso = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(v);
  const dotted = /^(?:\d{1,2}\.)?(\d{1,2})\.(\d{4})$/.exec(v);
  const [year, month] = iso ? [iso[1]!, iso[2]!] : dotted ? [dotted[2]!, dotted[1]!] : [];
  return year && month ? `${year}-${month.padStart(2, '0')}` : v;
}

/**
 * A row of a fact sheet from before schema 4, as a catalog of that time would hold it after
 * upgrading (catalog/upgrade.ts). Such files were complete, so a readable row is a whole
 * legacy designation; one with unreadable cells is not imported anyway.
 */
function upgradeLegacyRow(
  read: { fields: RowFields; unreadable: EditableField[] },
  record: string[],
  columns: (string | undefined)[],
): Omit<ImportRow, 'row'> {
  const cell = (c: LegacyColumn) => {
    const at = columns.indexOf(c);
    return at < 0 ? '' : unguard(record[at]!);
  };
  const old = LegacyFileDesignation.safeParse({
    ...read.fields,
    name: { nb: cell('nameNb'), en: cell('nameEn') },
    sourceNotes: cell('sources'),
  });
  if (read.unreadable.length > 0 || !old.success) return read;
  const { createdAt: _c, updatedAt: _u, ...fields } = upgradeDesignation(old.data);
  return { fields, unreadable: read.unreadable, legacy: old.data };
}

/** One course per line: "Core | ARM 400 | Norsk tittel | English title" ("\|" is a "|" in a value). */
function readCourses(
  value: string,
  fail: (column: 'courses', message: string, params?: Record<string, string>) => void,
): Course[] {
  return value
    .split(/\r?\n|\r/)
    .filter((line) => line.trim())
    .map((line) => {
      const [kind = '', code = '', nb = '', en = ''] = line
        .split(/(?<!\\)\|/)
        .map((p) => p.trim().replace(/\\\|/g, '|'));
      const k = courseKindOf(kind);
      if (!k) fail('courses', 'import.unknownValue', { value: kind });
      return { kind: k ?? 'core', code, title: { nb, en } };
    });
}

/** What a legacy designation must hold for `upgradeDesignation`; the rest the schema checks after. */
const LegacyFileDesignation = z.looseObject({
  code: z.string(),
  name: LocalizedText,
  sourceNotes: z.string().max(20_000).default(''),
  summary: LocalizedText,
  focusArea: z.string(),
  status: z.string(),
  durationMonths: z.object({ min: z.number().nullable(), max: z.number().nullable() }),
  deliveryNotes: LocalizedText,
  certificateOfCompletion: z.boolean().nullable(),
  courses: z.array(Course),
  relations: z.array(Relation),
});

/** The JSON export; "row" is the designation's position in the file, from 1. */
export function parseJson(text: string): ParsedImport {
  let file: unknown;
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    refuse('not-json');
  }
  const envelope = CatalogFile.safeParse(file);
  if (!envelope.success) refuse('not-catalog-json');
  const designations = envelope.data!.designations;
  if (designations.length > MAX_IMPORT_ROWS) refuse('too-many-rows', { max: MAX_IMPORT_ROWS });
  const errors = new ErrorList();
  const ignored = new Set<string>();
  const rows: ImportRow[] = [];
  designations.forEach((d, i) => {
    if (typeof d !== 'object' || d === null || Array.isArray(d)) {
      errors.add(i + 1, '', 'import.notDesignation');
      return;
    }
    // Exports from before schema 4 (file version 1) name designations the old way.
    if (isLegacyShape(d)) {
      const old = LegacyFileDesignation.safeParse(d);
      if (!old.success) {
        for (const issue of toFieldIssues(old.error))
          errors.add(i + 1, issue.path.join('.'), issue.message, issue.params);
        return;
      }
      const { createdAt: _c, updatedAt: _u, ...fields } = upgradeDesignation(old.data);
      rows.push({ row: i + 1, fields, legacy: old.data });
      return;
    }
    const fields: RowFields = {};
    for (const [key, value] of Object.entries(d)) {
      const field = JSON_KEY_ALIASES[key] ?? key;
      if (JSON_FIELDS.includes(field)) fields[field as EditableField] = value;
      else if (!JSON_IGNORED_KEYS.includes(key)) ignored.add(key);
    }
    rows.push({ row: i + 1, fields });
  });
  return { format: 'json', rows, errors, ignored: [...ignored].slice(0, 50) };
}
