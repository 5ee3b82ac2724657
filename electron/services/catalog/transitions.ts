import type { Database } from 'sql.js';
import { changedFields, sameValue } from '../../../shared/diff';
import { CatalogError } from '../../../shared/errors';
import { codeKey, type DesignationInput, type Snapshot } from '../../../shared/model';
import {
  addRelation,
  deleteRow,
  findId,
  insertRow,
  replaceCourses,
  replaceRelations,
  updateCourses,
  updateRow,
} from './queries';
import { resolveRelations } from './rules';

/**
 * A designation's move from one state to another; null is "not in the catalog".
 * `before` is the designation as the catalog holds it now: updates write only
 * what differs from it.
 */
export interface Transition {
  before: Snapshot | null;
  after: Snapshot | null;
}

/** A designation as it will stand once saved: created (and updated) at the given times. */
export function freshSnapshot(
  input: DesignationInput,
  updatedAt: string,
  createdAt = updatedAt,
): Snapshot {
  return { designation: { ...input, createdAt, updatedAt }, incoming: [] };
}

export function existingId(db: Database, code: string): number {
  const id = findId(db, code);
  if (id === undefined) throw new CatalogError('NOT_FOUND', { code });
  return id;
}

const codeTaken = (code: string) =>
  new CatalogError('CODE_TAKEN', { code }, [{ path: ['code'], message: 'code.taken' }]);

/**
 * The one engine behind every change, undo and redo: rows and courses first,
 * then relations, so a batch may relate its own new designations to each other.
 * Every rule the catalog keeps is checked here. Call inside a transaction.
 * Returns the rows now holding each `after` (undefined where one was removed).
 */
export function applyTransitions(db: Database, transitions: Transition[]): (number | undefined)[] {
  const ids = transitions.map(({ before, after }) => {
    if (!after) {
      deleteRow(db, existingId(db, before!.designation.code));
      return undefined;
    }
    const d = after.designation;
    if (!before) {
      if (findId(db, d.code) !== undefined) throw codeTaken(d.code);
      const id = insertRow(db, d, d.updatedAt, d.createdAt);
      replaceCourses(db, id, d.courses);
      return id;
    }
    const id = existingId(db, before.designation.code);
    const renamed = codeKey(d.code) !== codeKey(before.designation.code);
    if (renamed && findId(db, d.code) !== undefined) throw codeTaken(d.code);
    // Only what changed reaches SQL, and so the change log: a one-field edit is one short UPDATE.
    const fields = changedFields(before.designation, d);
    updateRow(db, id, before.designation, d);
    if (fields.includes('courses')) updateCourses(db, id, before.designation.courses, d.courses);
    return id;
  });
  transitions.forEach(({ before, after }, i) => {
    const id = ids[i];
    if (!after || id === undefined) return;
    const same = before && sameValue(before.designation.relations, after.designation.relations);
    if (!same) replaceRelations(db, id, resolveRelations(db, after.designation, id));
    for (const r of after.incoming) {
      const owner = findId(db, r.owner);
      if (owner !== undefined) addRelation(db, owner, r.kind, id, r.position); // owners deleted since stay gone
    }
  });
  return ids;
}
