import { inflateRawSync } from 'node:zlib';
import type { SqlValue } from 'sql.js';
import { Snapshot } from '../../../shared/model';
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

export type SnapshotRead =
  | { ok: true; snapshot: Snapshot | null }
  | { ok: false; reason: 'too-large' | 'unreadable' | 'invalid' };

/**
 * One stored history snapshot (deflated JSON, or NULL for "not in the
 * catalog"), read the only safe way: inflated with a limit (a deflate bomb
 * stops at the limit instead of filling memory), parsed, and checked with the
 * model's schema (after upgrading one taken before schema 4). Every reader of snapshots goes through here: listing the
 * history, undo and redo, and whatever stores changes differently later.
 */
export function readSnapshot(
  stored: SqlValue | undefined,
  budget = new SnapshotBudget(),
): SnapshotRead {
  if (stored === null || stored === undefined) return { ok: true, snapshot: null };
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
  return parsed.success ? { ok: true, snapshot: parsed.data } : { ok: false, reason: 'invalid' };
}
