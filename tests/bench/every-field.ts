import { changedFields, EDITABLE_FIELDS } from '../../shared/diff';
import { FOCUS_AREAS, STATUSES, type Designation, type DesignationInput } from '../../shared/model';

const text = (pair: { nb: string; en: string }, n: number) => ({
  nb: `${pair.nb} ${n}`,
  en: `${pair.en} ${n}`,
});

/**
 * The n-th edit (from 1) of every field but the code, a rename being its own
 * path: each differs from the one before it, and the first from AIS as seeded,
 * in every one of them (checkEveryField makes sure).
 */
export function everyFieldEdit(original: Designation, n: number): DesignationInput {
  const odd = n % 2;
  return {
    ...original,
    issuer: `${original.issuer} ${n}`,
    officialName: `${original.officialName} ${n}`,
    explanatoryName: text(original.explanatoryName, n),
    summary: text(original.summary, n),
    focusArea: FOCUS_AREAS[odd]!,
    status: STATUSES[odd]!,
    lastVerified: odd ? '2015-01' : '2014-09',
    caution: text(original.caution, n),
    durationMonths: { min: 10 + odd, max: 25 + odd },
    deliveryNotes: text(original.deliveryNotes, n),
    certificateOfCompletion: odd === 0,
    courses: original.courses.map((c) => ({ ...c, title: text(c.title, n) })),
    relations: odd ? original.relations.slice(0, -1) : original.relations,
    sources: text(original.sources, n),
  };
}

/** Throws unless the edit really changes every field but the code (a bench that measures less would flatter). */
export function checkEveryField(before: Designation, after: DesignationInput): void {
  const missed = EDITABLE_FIELDS.filter((f) => f !== 'code').filter(
    (f) => !changedFields(before, after).includes(f),
  );
  if (missed.length > 0) throw new Error(`the every-field edit leaves ${missed.join(', ')}`);
}
