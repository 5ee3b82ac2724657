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

type Plain = Record<string, unknown>;
const definedKeys = (o: Plain) => Object.keys(o).filter((k) => o[k] !== undefined);

/**
 * Whether two field values are the same data, whatever the order of their keys
 * ({ nb, en } and { en, nb } are the same text): what JSON would hold. A walk,
 * not a comparison of JSON strings, because every save asks it for every field.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => sameValue(v, b[i]));
  }
  const [x, y] = [a as Plain, b as Plain];
  const keys = definedKeys(x);
  return keys.length === definedKeys(y).length && keys.every((k) => sameValue(x[k], y[k]));
}

/** Which fields differ between two versions of a designation (timestamps aside). */
export function changedFields(
  before: DesignationInput | Designation,
  after: DesignationInput | Designation,
): EditableField[] {
  return EDITABLE_FIELDS.filter((f) => !sameValue(before[f], after[f]));
}
