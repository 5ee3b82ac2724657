import type { Designation, DesignationSummary, LocalizedText } from './model';

type Translatable = Pick<Designation, 'name' | 'summary' | 'deliveryNotes' | 'courses'>;

const gap = (t: LocalizedText) => (t.nb.trim() === '') !== (t.en.trim() === '');

/** How many texts are written in one language but not the other. */
export function translationGaps(d: Translatable): number {
  return [d.name, d.summary, d.deliveryNotes, ...d.courses.map((c) => c.title)].filter(gap).length;
}

/** The list's view of a designation; the store builds the same from its rows. */
export function summarize(d: Designation): DesignationSummary {
  return {
    code: d.code,
    name: d.name,
    summary: d.summary,
    focusArea: d.focusArea,
    status: d.status,
    durationMonths: d.durationMonths,
    relations: d.relations,
    translationGaps: translationGaps(d),
    updatedAt: d.updatedAt,
  };
}
