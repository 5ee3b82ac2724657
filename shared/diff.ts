import type { Designation, DesignationInput } from './model';

/** The fields a person edits, in the order forms and previews show them. */
export const EDITABLE_FIELDS = [
  'code',
  'issuer',
  'officialName',
  'explanatoryName',
  'summary',
  'focusArea',
  'status',
  'lastVerified',
  'caution',
  'durationMonths',
  'deliveryNotes',
  'certificateOfCompletion',
  'courses',
  'relations',
  'sources',
] as const satisfies readonly (keyof DesignationInput)[];
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** JSON with object keys in one order: { nb, en } and { en, nb } are the same text. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** Which fields differ between two versions of a designation (timestamps aside). */
export function changedFields(
  before: DesignationInput | Designation,
  after: DesignationInput | Designation,
): EditableField[] {
  return EDITABLE_FIELDS.filter((f) => canonical(before[f]) !== canonical(after[f]));
}
