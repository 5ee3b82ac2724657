import { parse } from 'csv-parse/sync';
import type { TFunction } from 'i18next';
import { createI18n } from '../../../shared/i18n';
import { z } from 'zod';
import {
  COURSE_KINDS,
  Course,
  DesignationInput,
  FOCUS_AREAS,
  LANGUAGES,
  LocalizedText,
  Relation,
  STATUSES,
} from '../../../shared/model';
import { toFieldIssues } from '../../../shared/validation';
import { isLegacyShape, upgradeDesignation, type LegacyDesignation } from '../catalog/upgrade';
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
  /** The row as a file from before schema 4 wrote it (name, sourceNotes), upgraded into `input`. */
  legacy?: LegacyDesignation;
}
export interface ParsedImport {
  format: 'csv' | 'json';
  rows: ImportRow[];
  errors: RowError[];
}

const translators = LANGUAGES.map((l) => createI18n(l).t);
/** Every way a value may be written: its key, its label in either language, a former label. */
function lookup<K extends string, F extends string = K>(
  keys: readonly K[],
  label: (t: TFunction, key: K) => string,
  former: Record<string, F> = {},
) {
  const map = new Map<string, K | F>(Object.entries(former));
  for (const key of keys) {
    map.set(key.toLowerCase(), key);
    for (const t of translators) map.set(label(t, key).toLowerCase(), key);
  }
  return (value: string) => map.get(value.trim().toLowerCase());
}
/** Columns of fact sheets from before schema 4: one name per language, one sources text. */
type LegacyColumn = 'nameNb' | 'nameEn' | 'sources';
type Column = (typeof SHEET_COLUMNS)[number] | LegacyColumn;
// Labels that earlier exports wrote, so those files still import without loss.
const columnOf = lookup<(typeof SHEET_COLUMNS)[number], Column>(
  SHEET_COLUMNS,
  (t, c) => t(`reports:column.${c}`),
  {
    'gjennomføring (norsk)': 'deliveryNb',
    'gjennomføring (engelsk)': 'deliveryEn',
    'fritak fra forutsetningen for innehavere av': 'waivedFor',
    'gir godskriving mot (koder)': 'credit',
    'navn (norsk)': 'nameNb',
    'name (norwegian)': 'nameNb',
    'navn (engelsk)': 'nameEn',
    'name (english)': 'nameEn',
    kilder: 'sources',
    sources: 'sources',
  },
);
const focusAreaOf = lookup(FOCUS_AREAS, (t, f) => t(`catalog:focusArea.${f}`), {
  'generell forsikring': 'general-insurance',
});
const statusOf = lookup(STATUSES, (t, s) => t(`catalog:status.${s}`));
const kindOf = lookup(COURSE_KINDS, (t, k) => t(`catalog:courseKind.${k}`), {
  valgfag: 'elective',
  forutsetningsprogram: 'prerequisite-programme',
});
const yes = new Set(translators.map((t) => t('catalog:yes').toLowerCase()));

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
  const legacy =
    !columns.includes('officialName') && columns.some((c) => c === 'nameNb' || c === 'nameEn');
  data.forEach((record, i) => {
    const row = i + 2; // the header is row 1
    const cell = (c: Column) => {
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
    const common = {
      code: cell('code').trim(),
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
    };
    const old: LegacyDesignation | undefined = legacy
      ? {
          ...common,
          name: { nb: cell('nameNb'), en: cell('nameEn') },
          sourceNotes: cell('sources'),
        }
      : undefined;
    const candidate = old
      ? upgradeDesignation(old)
      : {
          ...common,
          issuer: cell('issuer'),
          officialName: cell('officialName'),
          explanatoryName: { nb: cell('explanatoryNb'), en: cell('explanatoryEn') },
          lastVerified: yearMonth(cell('lastVerifiedMonth')),
          caution: { nb: cell('cautionNb'), en: cell('cautionEn') },
          sources: { nb: cell('sourcesNb'), en: cell('sourcesEn') },
        };
    const before = errors.length;
    const input = validate(candidate, row, errors);
    if (input && errors.length === before)
      rows.push({ row, input, ...(old ? { legacy: old } : {}) });
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
    errors.push({ row, field: issue.path.join('.'), message: issue.message, params: {} });
  }
  return undefined;
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
    // Exports from before schema 4 (file version 1) name designations the old way.
    const old = isLegacyShape(fields) ? LegacyFileDesignation.safeParse(fields) : undefined;
    if (old && !old.success) {
      for (const issue of toFieldIssues(old.error)) {
        errors.push({
          row: i + 1,
          field: issue.path.join('.'),
          message: issue.message,
          params: {},
        });
      }
      return;
    }
    const input = validate(old ? upgradeDesignation(old.data) : fields, i + 1, errors);
    if (input) rows.push({ row: i + 1, input, ...(old ? { legacy: old.data } : {}) });
  });
  return { format: 'json', rows, errors };
}
