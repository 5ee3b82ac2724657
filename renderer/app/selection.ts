/**
 * The designation to show once `gone` has left the catalog (deleted, undone,
 * redone away): the one that took its place in the list as it was shown, else
 * the one before it; null when none of them is left (the caller then shows
 * the first of the list, or nothing at all).
 */
export function neighbourOf(
  gone: string,
  shownBefore: readonly string[],
  remaining: ReadonlySet<string>,
): string | null {
  const at = shownBefore.indexOf(gone);
  if (at < 0) return null;
  const after = shownBefore.slice(at + 1).find((c) => remaining.has(c));
  return after ?? shownBefore.slice(0, at).findLast((c) => remaining.has(c)) ?? null;
}
