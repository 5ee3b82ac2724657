import type { Database } from 'sql.js';
import { CatalogError } from '../../shared/errors';
import { codeKey, type DesignationInput, type RelationKind } from '../../shared/model';
import { findPrerequisiteCycle } from '../../shared/prerequisites';
import { codeOf, findId, prerequisiteEdges } from './catalog-queries';

/**
 * Rules that need the rest of the catalog (the schemas check the rest):
 * every relation points at an existing designation, and prerequisites never
 * form a cycle. Returns the relations with their targets' row ids.
 */
export function resolveRelations(
  db: Database,
  d: DesignationInput,
  previousCode?: string,
): { kind: RelationKind; targetId: number }[] {
  const ownId = previousCode === undefined ? undefined : findId(db, previousCode);
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
  const cycle = findCycleThrough(db, d, previousCode);
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

/** The cycle through `d` (as code keys, first = last) that saving it would create, if any. */
function findCycleThrough(
  db: Database,
  d: DesignationInput,
  previousCode?: string,
): string[] | undefined {
  const start = codeKey(d.code);
  const edges = prerequisiteEdges(db);
  if (previousCode !== undefined && codeKey(previousCode) !== start) {
    // A rename: edges still name the old code.
    const old = codeKey(previousCode);
    edges.delete(old);
    for (const [owner, targets] of edges) {
      edges.set(
        owner,
        targets.map((t) => (t === old ? start : t)),
      );
    }
  }
  edges.set(
    start,
    d.relations.filter((r) => r.kind === 'prerequisite').map((r) => codeKey(r.target)),
  );
  return findPrerequisiteCycle(edges, start);
}
