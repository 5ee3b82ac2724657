/**
 * Prerequisite chains must never loop. Both sides use this: the editor to warn
 * as the user types, the store to refuse a save.
 *
 * `edges` maps a code key to the code keys it requires. Returns the cycle that
 * runs through `start` (first and last element equal), if there is one.
 */
export function findPrerequisiteCycle(
  edges: ReadonlyMap<string, readonly string[]>,
  start: string,
): string[] | undefined {
  const seen = new Set<string>();
  const walk = (node: string, path: string[]): string[] | undefined => {
    for (const next of edges.get(node) ?? []) {
      if (next === start) return [...path, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...path, next]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}
