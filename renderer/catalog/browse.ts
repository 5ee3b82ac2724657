import { explanationOf } from '../../shared/localize';
import type { DesignationSummary, FocusArea, Language, Status } from '../../shared/model';
import { needsChecking } from '../../shared/verification';

/** name: the official name; explanatoryName: the explanatory name in the reader's language. */
export const SORT_KEYS = ['code', 'name', 'explanatoryName', 'duration'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface BrowseOptions {
  query: string;
  focusArea: FocusArea | 'all';
  status: Status | 'all';
  missingTranslations: boolean;
  /** Unconfirmed, or last verified too long ago (see `CheckingRule`). */
  needsChecking: boolean;
  sort: SortKey;
}

/** What "needs checking" means now: the years from Settings, and today. */
export interface CheckingRule {
  years: number;
  now: Date;
}

export const DEFAULT_BROWSE: BrowseOptions = {
  query: '',
  focusArea: 'all',
  status: 'all',
  missingTranslations: false,
  needsChecking: false,
  sort: 'code',
};

/**
 * Lower-cases without folding letters together: æ, ø and å stay letters of
 * their own (NFC keeps å as one character; a search for "a" does not find it).
 */
export const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('nb');

const searchTexts = new WeakMap<DesignationSummary, string>();
/** What search looks through: code, official and explanatory names, issuer and summaries. */
export function searchText(d: DesignationSummary): string {
  let text = searchTexts.get(d);
  if (text === undefined) {
    text = fold(
      [
        d.code,
        d.officialName,
        d.explanatoryName.nb,
        d.explanatoryName.en,
        d.issuer,
        d.summary.nb,
        d.summary.en,
      ].join('\n'),
    );
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
  const byName = (a: DesignationSummary, b: DesignationSummary) =>
    collator.compare(a.officialName, b.officialName) || byCode(a, b);
  const compare: Record<SortKey, (a: DesignationSummary, b: DesignationSummary) => number> = {
    code: byCode,
    name: byName,
    // Those without an explanatory name in this language go last, by official name.
    explanatoryName: (a, b) => {
      const [x, y] = [explanationOf(a, lang), explanationOf(b, lang)];
      return Number(!x) - Number(!y) || collator.compare(x, y) || byName(a, b);
    },
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
  checking: CheckingRule = { years: 5, now: new Date() },
): DesignationSummary[] {
  const terms = fold(options.query).split(/\s+/).filter(Boolean);
  const filtering =
    terms.length > 0 ||
    options.focusArea !== 'all' ||
    options.status !== 'all' ||
    options.missingTranslations ||
    options.needsChecking;
  if (!filtering) return sorted as DesignationSummary[];
  return sorted.filter(
    (d) =>
      (options.focusArea === 'all' || d.focusArea === options.focusArea) &&
      (options.status === 'all' || d.status === options.status) &&
      (!options.missingTranslations || d.translationGaps > 0) &&
      (!options.needsChecking || needsChecking(d, checking.years, checking.now)) &&
      terms.every((t) => searchText(d).includes(t)),
  );
}
