import { CatalogError } from '../../../shared/errors';
import {
  changedFields,
  EDITABLE_FIELDS,
  sameValue,
  type EditableField,
} from '../../../shared/diff';
import { Designation, type DesignationPatch, type LocalizedText } from '../../../shared/model';

/** Texts in two languages: a patch keeps only the languages that changed. */
const TEXT_FIELDS = new Set<string>([
  'explanatoryName',
  'summary',
  'caution',
  'deliveryNotes',
  'sources',
] satisfies (keyof Designation)[]);

/**
 * A change to an existing designation as history keeps it: the fields it
 * touched as they were (`from`) and as they became (`to`), with the code that
 * finds the row and the times. A one-field edit stays a few hundred bytes
 * instead of two whole designations.
 */
export function patchesOf(
  before: Designation,
  after: Designation,
): { from: DesignationPatch; to: DesignationPatch } {
  const fields = changedFields(before, after);
  const side = (d: Designation): DesignationPatch => {
    const values = fields.map((f) => {
      if (!TEXT_FIELDS.has(f)) return [f, d[f]];
      const [was, is] = [before[f] as LocalizedText, after[f] as LocalizedText];
      const text = d[f] as LocalizedText;
      return [
        f,
        Object.fromEntries(
          (['nb', 'en'] as const).filter((l) => was[l] !== is[l]).map((l) => [l, text[l]]),
        ),
      ];
    });
    return {
      ...Object.fromEntries(values),
      code: d.code,
      updatedAt: d.updatedAt,
      ...(before.createdAt === after.createdAt ? {} : { createdAt: d.createdAt }),
    };
  };
  return { from: side(before), to: side(after) };
}

/** The fields a patch pair changes (the code is always there, to find the row). */
export const patchedFields = (from: DesignationPatch, to: DesignationPatch): EditableField[] =>
  EDITABLE_FIELDS.filter((f) => f in to && !sameValue(from[f], to[f]));

/** The value a patch gives a field, over the designation's own (a text's other language stays). */
function laid(current: Designation, patch: DesignationPatch, key: keyof DesignationPatch): unknown {
  return TEXT_FIELDS.has(key)
    ? { ...(current[key] as LocalizedText), ...(patch[key] as Partial<LocalizedText>) }
    : patch[key];
}

/**
 * Lays `to` over the designation as it stands, once it is clear that it
 * stands as `from` says: a patch laid over anything else would mix two
 * states, so that is refused as damaged history, as is a result that is not
 * a valid designation.
 */
export function applyPatch(
  current: Designation,
  from: DesignationPatch,
  to: DesignationPatch,
  batch: number,
): Designation {
  const damaged = new CatalogError('HISTORY_DAMAGED', { batch });
  const keys = (p: DesignationPatch) => Object.keys(p) as (keyof DesignationPatch)[];
  if (!keys(from).every((k) => sameValue(current[k], laid(current, from, k)))) throw damaged;
  const result = Designation.safeParse({
    ...current,
    ...Object.fromEntries(keys(to).map((k) => [k, laid(current, to, k)])),
  });
  if (!result.success) throw damaged;
  return result.data;
}
