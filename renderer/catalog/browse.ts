import { pick } from '../../shared/localize';
import type { DesignationSummary, FocusArea, Language, Status } from '../../shared/model';

export const SORT_KEYS = ['code', 'name', 'duration'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface BrowseOptions {
  query: string;
  focusArea: FocusArea | 'all';
  status: Status | 'all';
  missingTranslations: boolean;
  sort: SortKey;
}

export const DEFAULT_BROWSE: BrowseOptions = {
  query: '',
  focusArea: 'all',
  status: 'all',
  missingTranslations: false,
  sort: 'code',
};

/**
 * Lower-cases without folding letters together: æ, ø and å stay letters of
 * their own (NFC keeps å as one character; a search for "a" does not find it).
 */
export const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('nb');

const searchTexts = new WeakMap<DesignationSummary, string>();
/** What search looks through: code, both names and both summaries, folded once per entry. */
export function searchText(d: DesignationSummary): string {
  let text = searchTexts.get(d);
  if (text === undefined) {
    text = fold([d.code, d.name.nb, d.name.en, d.summary.nb, d.summary.en].join('\n'));
    searchTexts.set(d, text);
  }
  return text;
}

const collators = new Map<Language, Intl.Collator>();
/** Sorting as the reader expects: in Norwegian Æ, Ø, Å come after Z. */
export function collatorFor(lang: Language): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang === 'nb' ? 'nb' : 'en', { sensitivity: 'base', numeric: true });
    collators.set(lang, c);
  }
  return c;
}

/**
 * Sorts once per list, order and language. Filtering keeps this order, so a
 * keystroke in the search box only filters: sorting 10,000 entries with
 * Intl.Collator takes far longer than a frame.
 */
export function sortDesignations(
  list: readonly DesignationSummary[],
  sort: SortKey,
  lang: Language,
): DesignationSummary[] {
  const collator = collatorFor(lang);
  // Codes are Latin abbreviations: in Norwegian collation "AA" would sort as "Å", after Z.
  const codes = collatorFor('en');
  const byCode = (a: DesignationSummary, b: DesignationSummary) => codes.compare(a.code, b.code);
  const compare: Record<SortKey, (a: DesignationSummary, b: DesignationSummary) => number> = {
    code: byCode,
    name: (a, b) =>
      collator.compare(pick(a.name, lang).text, pick(b.name, lang).text) || byCode(a, b),
    // Unknown durations go last; otherwise by the shortest typical time, then the longest.
    duration: (a, b) =>
      (a.durationMonths.min ?? a.durationMonths.max ?? Infinity) -
        (b.durationMonths.min ?? b.durationMonths.max ?? Infinity) ||
      (a.durationMonths.max ?? Infinity) - (b.durationMonths.max ?? Infinity) ||
      byCode(a, b),
  };
  return [...list].sort(compare[sort]);
}

/** Search and filters over an already sorted list. */
export function filterDesignations(
  sorted: readonly DesignationSummary[],
  options: BrowseOptions,
): DesignationSummary[] {
  const terms = fold(options.query).split(/\s+/).filter(Boolean);
  const filtering =
    terms.length > 0 ||
    options.focusArea !== 'all' ||
    options.status !== 'all' ||
    options.missingTranslations;
  if (!filtering) return sorted as DesignationSummary[];
  return sorted.filter(
    (d) =>
      (options.focusArea === 'all' || d.focusArea === options.focusArea) &&
      (options.status === 'all' || d.status === options.status) &&
      (!options.missingTranslations || d.translationGaps > 0) &&
      terms.every((t) => searchText(d).includes(t)),
  );
}
