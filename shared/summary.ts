import type { Designation, DesignationSummary, LocalizedText } from './model';

type Translatable = Pick<
  Designation,
  'summary' | 'deliveryNotes' | 'caution' | 'sources' | 'courses'
>;

const gap = (t: LocalizedText) => (t.nb.trim() === '') !== (t.en.trim() === '');

/**
 * How many texts are written in one language but not the other. The explanatory name is
 * left out: it is optional per language (the English one is usually empty, since the
 * official name already is English).
 */
export function translationGaps(d: Translatable): number {
  return [
    d.summary,
    d.deliveryNotes,
    d.caution,
    d.sources,
    ...d.courses.map((c) => c.title),
  ].filter(gap).length;
}

/** The list's view of a designation; the store builds the same from its rows. */
export function summarize(d: Designation): DesignationSummary {
  return {
    code: d.code,
    issuer: d.issuer,
    officialName: d.officialName,
    explanatoryName: d.explanatoryName,
    summary: d.summary,
    focusArea: d.focusArea,
    status: d.status,
    lastVerified: d.lastVerified,
    durationMonths: d.durationMonths,
    relations: d.relations,
    translationGaps: translationGaps(d),
    updatedAt: d.updatedAt,
  };
}
