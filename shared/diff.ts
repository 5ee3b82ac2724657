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

/** Which fields differ between two versions of a designation (timestamps aside). */
export function changedFields(
  before: DesignationInput | Designation,
  after: DesignationInput | Designation,
): EditableField[] {
  return EDITABLE_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}
