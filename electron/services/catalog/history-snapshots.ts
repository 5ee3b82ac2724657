import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { SqlValue } from 'sql.js';
import { DesignationPatch, Snapshot } from '../../../shared/model';
import { upgradeSnapshot } from './upgrade';

/**
 * The largest snapshot the model allows, inflated: about 4.2 million
 * characters (100 courses whose titles hold 20,000 characters in each
 * language, and the other texts), at most 6 bytes each as JSON.
 */
export const MAX_SNAPSHOT_BYTES = 32 * 1024 * 1024;
/** What one reading of the history may inflate in all (200 ordinary entries take about 2 MB). */
export const HISTORY_READ_BUDGET_BYTES = 128 * 1024 * 1024;

/** How much one reading of the history may still inflate, so that many large entries cannot add up. */
export class SnapshotBudget {
  constructor(public left = HISTORY_READ_BUDGET_BYTES) {}
}

/**
 * One side of a history entry: a whole designation (or null, "not in the
 * catalog"), as creations, deletions and entries from before patches keep it;
 * or a patch, the fields one change to an existing designation touched.
 */
export type HistoryState = { snapshot: Snapshot | null } | { patch: DesignationPatch };

export type HistoryStateRead =
  { ok: true; state: HistoryState } | { ok: false; reason: 'too-large' | 'unreadable' | 'invalid' };

/**
 * One stored side of a history entry (deflated JSON, or NULL for "not in the
 * catalog"), read the only safe way: inflated with a limit (a deflate bomb
 * stops at the limit instead of filling memory), parsed, and checked with the
 * model's schema (a snapshot taken before schema 4 is upgraded first). Every
 * reader of the history goes through here: listing it, undo and redo.
 */
export function readHistoryState(
  stored: SqlValue | undefined,
  budget = new SnapshotBudget(),
): HistoryStateRead {
  if (stored === null || stored === undefined) return { ok: true, state: { snapshot: null } };
  if (typeof stored === 'string') return readPatch(stored, budget);
  if (!(stored instanceof Uint8Array)) return { ok: false, reason: 'invalid' };
  const limit = Math.min(MAX_SNAPSHOT_BYTES, budget.left);
  let text: string;
  try {
    const inflated = inflateRawSync(stored, { maxOutputLength: Math.max(limit, 1) });
    budget.left -= inflated.length;
    text = inflated.toString('utf8');
  } catch (e) {
    return {
      ok: false,
      reason:
        (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'unreadable',
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  let upgraded: unknown;
  try {
    upgraded = upgradeSnapshot(json); // taken before schema 4: read in today's shape
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const parsed = Snapshot.safeParse(upgraded);
  return parsed.success
    ? { ok: true, state: { snapshot: parsed.data } }
    : { ok: false, reason: 'invalid' };
}

/** A patch is stored as plain JSON text: small, and nothing to inflate. */
function readPatch(text: string, budget: SnapshotBudget): HistoryStateRead {
  if (text.length > Math.min(MAX_SNAPSHOT_BYTES, budget.left))
    return { ok: false, reason: 'too-large' };
  budget.left -= text.length;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const patch = DesignationPatch.safeParse((json as { patch?: unknown } | null)?.patch);
  return patch.success
    ? { ok: true, state: { patch: patch.data } }
    : { ok: false, reason: 'invalid' };
}

/**
 * Whole designations are deflated JSON (a 10,000-row import's history is large);
 * patches are JSON text, which the change log carries as it is instead of as base64.
 */
export const packHistoryState = (state: HistoryState): SqlValue =>
  'patch' in state
    ? JSON.stringify({ patch: state.patch })
    : state.snapshot && deflateRawSync(JSON.stringify(state.snapshot));
