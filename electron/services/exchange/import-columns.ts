import type { TFunction } from 'i18next';
import { EDITABLE_FIELDS, type EditableField } from '../../../shared/diff';
import { createI18n } from '../../../shared/i18n';
import {
  COURSE_KINDS,
  FOCUS_AREAS,
  LANGUAGES,
  STATUSES,
  type DesignationInput,
  type Language,
  type ReportKind,
} from '../../../shared/model';
import { REPORT_COLUMNS, type ReportColumn } from '../reports/csv';

/*
 * The one place that says how an import file maps onto a designation: the
 * columns of every CSV report (with every label they have had, in both
 * languages), which columns a fact sheet must have, the JSON keys, and what a
 * field the file does not carry means. A field the file does not carry is never
 * cleared: an existing designation keeps its value, a new one gets the default below.
 *
 * A new field: add its column(s) to the sheets in reports/csv.ts and to
 * OPTIONAL_SHEET_COLUMNS (files exported before it lack them), read its cells
 * in import-rows.ts, give it a default in NEW_DESIGNATION_DEFAULTS. A renamed
 * field: map the old JSON key in JSON_KEY_ALIASES and the old labels in FORMER_LABELS.
 */

export type SheetColumn = (typeof REPORT_COLUMNS.sheets)[number];
export const SHEET_COLUMNS: readonly SheetColumn[] = REPORT_COLUMNS.sheets;

/** Fact-sheet columns added after the first version; a file without them still imports. */
export const OPTIONAL_SHEET_COLUMNS: readonly SheetColumn[] = [
  'issuer',
  'explanatoryNb',
  'explanatoryEn',
  'lastVerifiedMonth',
  'cautionNb',
  'cautionEn',
  'sourcesNb',
  'sourcesEn',
];
export const REQUIRED_SHEET_COLUMNS = SHEET_COLUMNS.filter(
  (c) => !OPTIONAL_SHEET_COLUMNS.includes(c),
);

/**
 * Columns of fact sheets from before schema 4: one name per language and one sources
 * text. A file with them (and without an official name) is read the old way and upgraded
 * as a catalog of that time is (catalog/upgrade.ts); they stand in for the official name.
 */
export const LEGACY_SHEET_COLUMNS = ['nameNb', 'nameEn', 'sources'] as const;
export type LegacyColumn = (typeof LEGACY_SHEET_COLUMNS)[number];
const LEGACY_LABELS: Record<string, LegacyColumn> = {
  'navn (norsk)': 'nameNb',
  'name (norwegian)': 'nameNb',
  'navn (engelsk)': 'nameEn',
  'name (english)': 'nameEn',
  kilder: 'sources',
  sources: 'sources',
};

/** The field each fact-sheet column is read into. */
export const FIELD_OF_COLUMN: Record<SheetColumn, EditableField> = {
  code: 'code',
  issuer: 'issuer',
  officialName: 'officialName',
  explanatoryNb: 'explanatoryName',
  explanatoryEn: 'explanatoryName',
  summaryNb: 'summary',
  summaryEn: 'summary',
  focusArea: 'focusArea',
  status: 'status',
  lastVerifiedMonth: 'lastVerified',
  cautionNb: 'caution',
  cautionEn: 'caution',
  durationMin: 'durationMonths',
  durationMax: 'durationMonths',
  deliveryNb: 'deliveryNotes',
  deliveryEn: 'deliveryNotes',
  certificate: 'certificateOfCompletion',
  courses: 'courses',
  requires: 'relations',
  waivedFor: 'relations',
  credit: 'relations',
  sourcesNb: 'sources',
  sourcesEn: 'sources',
};

/** Labels earlier exports wrote (Norwegian), so those files are still recognised. */
const FORMER_LABELS: Record<string, ReportColumn> = {
  'gjennomføring (norsk)': 'deliveryNb',
  'gjennomføring (engelsk)': 'deliveryEn',
  'fritak fra forutsetningen for innehavere av': 'waivedFor',
  'gir godskriving mot (koder)': 'credit',
  forutsetninger: 'prerequisites',
  'gir godskriving mot': 'creditToward',
  'får godskriving fra': 'creditFrom',
};

/** Fields a new designation cannot do without: a file that adds one must carry them. */
export const REQUIRED_FOR_NEW = ['code', 'officialName', 'focusArea', 'status'] as const;

/** What a new designation gets for a field its file does not carry. */
export const NEW_DESIGNATION_DEFAULTS: Omit<DesignationInput, (typeof REQUIRED_FOR_NEW)[number]> = {
  // What everything in the app came from before issuers were recorded (as the schema 4 upgrade).
  issuer: 'The Institutes',
  explanatoryName: { nb: '', en: '' },
  lastVerified: null,
  caution: { nb: '', en: '' },
  summary: { nb: '', en: '' },
  durationMonths: { min: null, max: null },
  deliveryNotes: { nb: '', en: '' },
  certificateOfCompletion: null,
  courses: [],
  relations: [],
  sources: { nb: '', en: '' },
};

/** The JSON export's keys: the designation's own field names. Timestamps are the store's. */
export const JSON_FIELDS: readonly string[] = EDITABLE_FIELDS;
export const JSON_IGNORED_KEYS: readonly string[] = ['createdAt', 'updatedAt'];
/** Keys earlier JSON exports used for a field that has since been renamed: old → new. */
export const JSON_KEY_ALIASES: Record<string, keyof DesignationInput> = {};

const translators = LANGUAGES.map((l) => [l, createI18n(l).t] as const);
const normal = (label: string) => label.trim().toLowerCase();

/** Every way a value may be written: its key, its label in either language, a former label. */
function lookup<K extends string>(
  keys: readonly K[],
  label: (t: TFunction, key: K) => string,
  former: Record<string, K> = {},
) {
  const map = new Map<string, K>(Object.entries(former));
  for (const key of keys) {
    map.set(normal(key), key);
    for (const [, t] of translators) map.set(normal(label(t, key)), key);
  }
  return (value: string) => map.get(normal(value));
}

const ALL_COLUMNS = [...new Set(Object.values(REPORT_COLUMNS).flat())] as ReportColumn[];
const columnLabel = (t: TFunction, c: ReportColumn) => t(`reports:column.${c}`);
const reportColumnOf = lookup(ALL_COLUMNS, columnLabel, FORMER_LABELS);
/** The column a header cell names: a report's, or one of the legacy fact sheet's. */
export const columnOf = (label: string): ReportColumn | LegacyColumn | undefined =>
  reportColumnOf(label) ?? LEGACY_LABELS[normal(label)];
export const focusAreaOf = lookup(FOCUS_AREAS, (t, f) => t(`catalog:focusArea.${f}`), {
  'generell forsikring': 'general-insurance',
});
export const statusOf = lookup(STATUSES, (t, s) => t(`catalog:status.${s}`));
export const courseKindOf = lookup(COURSE_KINDS, (t, k) => t(`catalog:courseKind.${k}`), {
  valgfag: 'elective',
  forutsetningsprogram: 'prerequisite-programme',
});
const said = (key: string) => new Set(translators.map(([, t]) => normal(t(key))));
const [yes, no, unknown] = [said('catalog:yes'), said('catalog:no'), said('catalog:unknown')];
/** "Ja", "No"; "Ikke oppgitt" or empty: the sources do not say (null); else not a value (undefined). */
export const certificateOf = (cell: string): boolean | null | undefined => {
  const value = normal(cell);
  if (yes.has(value)) return true;
  if (no.has(value)) return false;
  return !value || unknown.has(value) ? null : undefined;
};

/** The language a header is written in (to name missing columns in the file's own words). */
export function headerLanguage(header: readonly string[]): Language {
  const score = (t: TFunction) =>
    header.filter((h) => ALL_COLUMNS.some((c) => normal(columnLabel(t, c)) === normal(h))).length;
  const [best] = [...translators].sort(([, a], [, b]) => score(b) - score(a));
  return best![0];
}

export const sheetColumnLabel = (c: SheetColumn, lang: Language) =>
  columnLabel(translators.find(([l]) => l === lang)![1], c);

/**
 * Which report a header belongs to. A fact sheet has every required column; a
 * header that lacks some and carries columns only the overview or the
 * pathways have is that report (the closest match), which is not an import format.
 */
export function reportKindOf(
  found: ReadonlySet<ReportColumn | LegacyColumn>,
): ReportKind | undefined {
  const legacyName = found.has('nameNb') || found.has('nameEn');
  const has = (c: SheetColumn) => found.has(c) || (c === 'officialName' && legacyName);
  if (REQUIRED_SHEET_COLUMNS.every(has)) return 'sheets';
  const reportOnly = [...found].filter(
    (c) =>
      !(SHEET_COLUMNS as string[]).includes(c) &&
      !(LEGACY_SHEET_COLUMNS as readonly string[]).includes(c),
  );
  if (reportOnly.length === 0) return undefined;
  const share = (kind: 'overview' | 'pathways') =>
    REPORT_COLUMNS[kind].filter((c: ReportColumn) => found.has(c)).length /
    REPORT_COLUMNS[kind].length;
  return share('overview') >= share('pathways') ? 'overview' : 'pathways';
}
