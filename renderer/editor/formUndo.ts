import type { Draft, DraftCourse } from './draft';

/**
 * Takes back one change of a choice or of a list's shape, and leaves what was
 * typed since: text fields keep their own undo (Ctrl+Z in the field), so the
 * form's undo must never reach into them.
 */
export type Revert = (current: Draft) => Draft;

/** Undo for a field with no typing in it: a select, or the list of relations. */
export const revertField =
  <K extends keyof Draft>(key: K, before: Draft[K]): Revert =>
  (d) => ({ ...d, [key]: before });

/**
 * Undo for a change to the course list's shape (a row added, removed or moved,
 * a kind chosen): the rows and their order as before, the kinds the change set
 * as before, and the codes and titles as typed since.
 */
export function revertCourses(before: DraftCourse[], after: DraftCourse[]): Revert {
  const changed = new Map(after.map((c) => [c.key, c]));
  return (d) => {
    const now = new Map(d.courses.map((c) => [c.key, c]));
    return {
      ...d,
      courses: before.map((b) => {
        const current = now.get(b.key);
        if (!current) return b; // removed: back as it was
        return changed.get(b.key)?.kind !== b.kind ? { ...current, kind: b.kind } : current;
      }),
    };
  };
}
