import type { Database } from 'sql.js';
import { CatalogError } from '../../../shared/errors';
import { codeKey, type DesignationInput, type RelationKind } from '../../../shared/model';
import { findPrerequisiteCycle } from '../../../shared/prerequisites';
import { codeOf, findId, prerequisiteEdges } from './queries';

/**
 * Rules that need the rest of the catalog (the schemas check the rest):
 * every relation points at an existing designation, and prerequisites never
 * form a cycle. Returns the relations with their targets' row ids.
 */
export function resolveRelations(
  db: Database,
  d: DesignationInput,
  /** The row `d` is (or will be) stored in; the rules compare by row, whatever its code was. */
  ownId?: number,
): { kind: RelationKind; targetId: number }[] {
  const resolved = d.relations.map((r, i) => {
    const targetId = findId(db, r.target);
    if (targetId !== undefined && targetId === ownId) {
      throw new CatalogError('INVALID_INPUT', {}, [
        { path: ['relations', i, 'target'], message: 'relation.self' },
      ]);
    }
    if (targetId === undefined) {
      throw new CatalogError('UNKNOWN_RELATION_TARGET', { target: r.target }, [
        { path: ['relations', i, 'target'], message: 'relation.unknown' },
      ]);
    }
    return { kind: r.kind, targetId };
  });
  const start = codeKey(d.code);
  const edges = prerequisiteEdges(db);
  edges.set(
    start,
    d.relations.filter((r) => r.kind === 'prerequisite').map((r) => codeKey(r.target)),
  );
  const cycle = findPrerequisiteCycle(edges, start);
  if (cycle) {
    const index = d.relations.findIndex(
      (r) => r.kind === 'prerequisite' && codeKey(r.target) === cycle[1],
    );
    const shown = cycle.map((key, i) =>
      i === 0 || i === cycle.length - 1 ? d.code : codeOf(db, key),
    );
    throw new CatalogError('PREREQUISITE_CYCLE', { cycle: shown.join(' → ') }, [
      { path: ['relations', Math.max(index, 0), 'target'], message: 'relation.cycle' },
    ]);
  }
  return resolved;
}
