import { codeKey, type Designation, type DesignationInput } from '../../../shared/model';

const prerequisites = (d: { relations: DesignationInput['relations'] }) =>
  d.relations.filter((r) => r.kind === 'prerequisite').map((r) => codeKey(r.target));

/**
 * A prerequisite cycle the import would make, over the catalog as it would be
 * (its designations, with the file's rows laid over them): the first row in
 * the cycle and the codes round it, that row's code first and last. The
 * catalog has none of its own, so any cycle runs through a row of the file.
 * One depth-first walk, iterative (a chain of 100,000 must not overflow the
 * stack): linear in the designations and relations, whatever the file holds.
 */
export function findImportCycle(
  catalog: readonly Designation[],
  rows: readonly { row: number; input: DesignationInput }[],
): { row: number; codes: string[] } | undefined {
  const edges = new Map<string, string[]>();
  const shownCode = new Map<string, string>();
  for (const d of catalog) {
    edges.set(codeKey(d.code), prerequisites(d));
    shownCode.set(codeKey(d.code), d.code);
  }
  const rowOf = new Map<string, number>();
  for (const { row, input } of rows) {
    edges.set(codeKey(input.code), prerequisites(input));
    shownCode.set(codeKey(input.code), input.code);
    rowOf.set(codeKey(input.code), row);
  }

  const done = new Set<string>();
  const onPath = new Set<string>();
  for (const start of rowOf.keys()) {
    if (done.has(start)) continue;
    const path = [start];
    const next = [0];
    onPath.add(start);
    while (path.length > 0) {
      const node = path[path.length - 1]!;
      const target = (edges.get(node) ?? [])[next[next.length - 1]!++];
      if (target === undefined) {
        done.add(node);
        onPath.delete(node);
        path.pop();
        next.pop();
      } else if (onPath.has(target)) {
        const cycle = path.slice(path.indexOf(target));
        // Start where the file does: the cycle's row that comes first.
        const first = cycle.reduce((a, b) =>
          (rowOf.get(b) ?? Infinity) < (rowOf.get(a) ?? Infinity) ? b : a,
        );
        const at = cycle.indexOf(first);
        const round = [...cycle.slice(at), ...cycle.slice(0, at), first];
        return { row: rowOf.get(first)!, codes: round.map((k) => shownCode.get(k) ?? k) };
      } else if (!done.has(target)) {
        path.push(target);
        next.push(0);
        onPath.add(target);
      }
    }
  }
  return undefined;
}
