import type { TFunction } from 'i18next';
import { formatDuration } from '../../shared/format';
import { pick } from '../../shared/localize';
import {
  LANGUAGES,
  RELATION_KINDS,
  type Course,
  type ImportEntry,
  type Language,
  type Relation,
} from '../../shared/model';

/** One line of a change as the preview shows it: what, as it is now, as it is in the file. */
export interface ShownChange {
  label: string;
  before: string;
  after: string;
}

/** Texts longer than this are cut in the preview (the import itself takes them whole). */
const SHOWN_CHARS = 400;

// The fact sheet's column labels, which the user also sees in the CSV file.
const TEXT_COLUMNS: Record<string, Record<Language, string>> = {
  explanatoryName: { nb: 'explanatoryNb', en: 'explanatoryEn' },
  summary: { nb: 'summaryNb', en: 'summaryEn' },
  caution: { nb: 'cautionNb', en: 'cautionEn' },
  deliveryNotes: { nb: 'deliveryNb', en: 'deliveryEn' },
  sources: { nb: 'sourcesNb', en: 'sourcesEn' },
};
const FIELD_COLUMNS: Record<string, string> = {
  code: 'code',
  issuer: 'issuer',
  officialName: 'officialName',
  lastVerified: 'lastVerifiedMonth',
  focusArea: 'focusArea',
  status: 'status',
  durationMonths: 'duration',
  certificateOfCompletion: 'certificate',
  courses: 'courses',
};
const RELATION_COLUMNS: Record<Relation['kind'], string> = {
  prerequisite: 'requires',
  waiver: 'waivedFor',
  credit: 'credit',
};

const isText = (v: unknown): v is Record<Language, string> =>
  typeof v === 'object' &&
  v !== null &&
  LANGUAGES.every((l) => typeof (v as never)[l] === 'string');
const cut = (s: string) => (s.length > SHOWN_CHARS ? `${s.slice(0, SHOWN_CHARS)} …` : s);
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function fieldLabel(field: string, t: TFunction): string {
  const column = FIELD_COLUMNS[field];
  return column
    ? t(`reports:column.${column}`)
    : capitalised(t(`history:field.${field}`, { defaultValue: field }));
}

/** A field's value in words: labels for keys, durations and courses as the catalog writes them. */
function formatValue(field: string, value: unknown, t: TFunction, lang: Language): string {
  const empty = t('exchange:empty');
  if (value === null || value === undefined || value === '') {
    return field === 'certificateOfCompletion' && value === null ? t('catalog:unknown') : empty;
  }
  switch (field) {
    case 'focusArea':
      return t(`catalog:focusArea.${String(value)}`);
    case 'status':
      return t(`catalog:status.${String(value)}`);
    case 'durationMonths':
      return formatDuration(value as { min: number | null; max: number | null }, t);
    case 'certificateOfCompletion':
      return t(value ? 'catalog:yes' : 'catalog:no');
    case 'courses': {
      const courses = value as Course[];
      if (courses.length === 0) return empty;
      return courses
        .map(
          (c) =>
            `${t(`catalog:courseKind.${c.kind}`)}: ${[c.code, pick(c.title, lang).text].filter(Boolean).join(' ')}`,
        )
        .join('\n');
    }
  }
  return cut(typeof value === 'string' ? value : JSON.stringify(value));
}

/**
 * The lines a changed designation shows: one per field that differs, a text
 * split by language and the relations by kind, so that only what changes is
 * there, each with its value now and in the file.
 */
export function shownChanges(entry: ImportEntry, t: TFunction, lang: Language): ShownChange[] {
  return entry.changes.flatMap(({ field, before, after }): ShownChange[] => {
    if (isText(before) && isText(after)) {
      return LANGUAGES.filter((l) => before[l] !== after[l]).map((l) => ({
        label: TEXT_COLUMNS[field]
          ? t(`reports:column.${TEXT_COLUMNS[field][l]}`)
          : `${fieldLabel(field, t)} (${l})`,
        before: cut(before[l]) || t('exchange:empty'),
        after: cut(after[l]) || t('exchange:empty'),
      }));
    }
    if (field === 'relations') {
      const codes = (rs: unknown, kind: Relation['kind']) =>
        (rs as Relation[])
          .filter((r) => r.kind === kind)
          .map((r) => r.target)
          .join(', ');
      return RELATION_KINDS.filter((k) => codes(before, k) !== codes(after, k)).map((k) => ({
        label: t(`reports:column.${RELATION_COLUMNS[k]}`),
        before: codes(before, k) || t('exchange:empty'),
        after: codes(after, k) || t('exchange:empty'),
      }));
    }
    return [
      {
        label: fieldLabel(field, t),
        before: formatValue(field, before, t, lang),
        after: formatValue(field, after, t, lang),
      },
    ];
  });
}
