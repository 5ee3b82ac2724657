import { parse } from 'csv-parse/sync';
import type { TFunction } from 'i18next';
import { createI18n } from '../../../shared/i18n';
import {
  COURSE_KINDS,
  DesignationInput,
  FOCUS_AREAS,
  LANGUAGES,
  STATUSES,
  type Course,
  type Relation,
} from '../../../shared/model';
import { toFieldIssues } from '../../../shared/validation';
import { SHEET_COLUMNS } from '../reports/csv';
import { CatalogFile } from './json-format';

/** One problem in an import file, for the preview: which row, which field, what (an i18n key). */
export interface RowError {
  row: number;
  field: string;
  message: string;
  params: Record<string, string | number>;
}
export interface ImportRow {
  row: number;
  input: DesignationInput;
}
export interface ParsedImport {
  format: 'csv' | 'json';
  rows: ImportRow[];
  errors: RowError[];
}

const translators = LANGUAGES.map((l) => createI18n(l).t);
/** Every way a value may be written: its key, its label in either language, a former label. */
function lookup<K extends string>(
  keys: readonly K[],
  label: (t: TFunction, key: K) => string,
  former: Record<string, K> = {},
) {
  const map = new Map<string, K>(Object.entries(former));
  for (const key of keys) {
    map.set(key.toLowerCase(), key);
    for (const t of translators) map.set(label(t, key).toLowerCase(), key);
  }
  return (value: string) => map.get(value.trim().toLowerCase());
}
// Labels that earlier Norwegian exports wrote, so those files still import without loss.
const columnOf = lookup(SHEET_COLUMNS, (t, c) => t(`reports:column.${c}`), {
  'gjennomføring (norsk)': 'deliveryNb',
  'gjennomføring (engelsk)': 'deliveryEn',
  'fritak fra forutsetningen for innehavere av': 'waivedFor',
  'gir godskriving mot (koder)': 'credit',
});
const focusAreaOf = lookup(FOCUS_AREAS, (t, f) => t(`catalog:focusArea.${f}`), {
  'generell forsikring': 'general-insurance',
});
const statusOf = lookup(STATUSES, (t, s) => t(`catalog:status.${s}`));
const kindOf = lookup(COURSE_KINDS, (t, k) => t(`catalog:courseKind.${k}`), {
  valgfag: 'elective',
  forutsetningsprogram: 'prerequisite-programme',
});
const yes = new Set(translators.map((t) => t('catalog:yes').toLowerCase()));
const no = new Set(translators.map((t) => t('catalog:no').toLowerCase()));

/** Undoes the export's formula guard: "'=…" was "=…". */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** A full-fidelity CSV (the fact-sheet export), header in either language, any delimiter. */
export function parseCsv(text: string): ParsedImport {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = [';', ',', '\t'].sort(
    (a, b) => firstLine.split(b).length - firstLine.split(a).length,
  )[0]!;
  const records = parse(body, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  const [header = [], ...data] = records;
  const columns = header.map((h) => columnOf(h));
  const errors: RowError[] = [];
  if (!columns.includes('code')) {
    return {
      format: 'csv',
      rows: [],
      errors: [{ row: 1, field: 'code', message: 'import.noCodeColumn', params: {} }],
    };
  }
  const rows: ImportRow[] = [];
  data.forEach((record, i) => {
    const row = i + 2; // the header is row 1
    const cell = (c: (typeof SHEET_COLUMNS)[number]) => {
      const at = columns.indexOf(c);
      return at < 0 ? '' : unguard(record[at] ?? '');
    };
    const fail = (field: string, message: string, params: RowError['params'] = {}) =>
      errors.push({ row, field, message, params });
    const number = (c: 'durationMin' | 'durationMax') => {
      const v = cell(c).trim();
      if (!v) return null;
      if (!/^\d+$/.test(v)) fail(c, 'duration.number');
      return /^\d+$/.test(v) ? Number(v) : null;
    };
    const certificate = cell('certificate').trim().toLowerCase();
    const courses: Course[] = cell('courses')
      .split(/\r?\n/)
      .filter((line) => line.trim())
      .map((line) => {
        const [kind = '', code = '', nb = '', en = ''] = line
          .split(/(?<!\\)\|/)
          .map((p) => p.trim().replace(/\\\|/g, '|'));
        const k = kindOf(kind);
        if (!k) fail('courses', 'import.unknownValue', { value: kind });
        return { kind: k ?? 'core', code, title: { nb, en } };
      });
    const codes = (c: 'requires' | 'waivedFor' | 'credit', kind: Relation['kind']): Relation[] =>
      cell(c)
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
        .map((target) => ({ kind, target }));
    const focusArea = focusAreaOf(cell('focusArea'));
    if (!focusArea) fail('focusArea', 'import.unknownValue', { value: cell('focusArea') });
    const status = statusOf(cell('status'));
    if (!status) fail('status', 'import.unknownValue', { value: cell('status') });
    const candidate = {
      code: cell('code').trim(),
      name: { nb: cell('nameNb'), en: cell('nameEn') },
      summary: { nb: cell('summaryNb'), en: cell('summaryEn') },
      focusArea: focusArea ?? 'general-insurance',
      status: status ?? 'offered',
      durationMonths: { min: number('durationMin'), max: number('durationMax') },
      deliveryNotes: { nb: cell('deliveryNb'), en: cell('deliveryEn') },
      certificateOfCompletion: yes.has(certificate) ? true : no.has(certificate) ? false : null,
      courses,
      relations: [
        ...codes('requires', 'prerequisite'),
        ...codes('waivedFor', 'waiver'),
        ...codes('credit', 'credit'),
      ],
      sourceNotes: cell('sources'),
    };
    const before = errors.length;
    const input = validate(candidate, row, errors);
    if (input && errors.length === before) rows.push({ row, input });
  });
  return { format: 'csv', rows, errors };
}

function validate(
  candidate: unknown,
  row: number,
  errors: RowError[],
): DesignationInput | undefined {
  const parsed = DesignationInput.safeParse(candidate);
  if (parsed.success) return parsed.data;
  for (const issue of toFieldIssues(parsed.error)) {
    errors.push({
      row,
      field: issue.path.join('.'),
      message: issue.message,
      params: issue.params ?? {},
    });
  }
  return undefined;
}

/** The JSON export; "row" is the designation's position in the file, from 1. */
export function parseJson(text: string): ParsedImport {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return {
      format: 'json',
      rows: [],
      errors: [{ row: 0, field: '', message: 'import.notJson', params: {} }],
    };
  }
  const envelope = CatalogFile.safeParse(file);
  if (!envelope.success) {
    return {
      format: 'json',
      rows: [],
      errors: [{ row: 0, field: '', message: 'import.notCatalogJson', params: {} }],
    };
  }
  const errors: RowError[] = [];
  const rows: ImportRow[] = [];
  envelope.data.designations.forEach((d, i) => {
    const { createdAt: _c, updatedAt: _u, ...fields } = (d ?? {}) as Record<string, unknown>;
    const input = validate(fields, i + 1, errors);
    if (input) rows.push({ row: i + 1, input });
  });
  return { format: 'json', rows, errors };
}
