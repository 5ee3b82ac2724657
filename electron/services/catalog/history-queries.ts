import type { Database, SqlValue } from 'sql.js';
import { CatalogError } from '../../../shared/errors';
import { changedFields } from '../../../shared/diff';
import type { HistoryAction, HistoryEntry } from '../../../shared/model';
import { patchedFields } from './history-patches';
import { firstValue } from './statement-cache';
import {
  packHistoryState,
  readHistoryState,
  SnapshotBudget,
  type HistoryState,
  type HistoryStateRead,
} from './history-snapshots';

export interface Change {
  code: string;
  before: HistoryState;
  after: HistoryState;
}

/** How many user actions the history keeps; older ones drop off (and can no longer be undone). */
export const HISTORY_BATCHES_KEPT = 1000;

/** Records one user action; whatever was undone before it can no longer be redone. */
export function recordBatch(
  db: Database,
  action: HistoryAction,
  changes: Change[],
  at: string,
): void {
  if (changes.length === 0) return;
  db.run("DELETE FROM history WHERE state = 'undone'", []); // can no longer be redone
  const batch = Number(firstValue(db, 'SELECT coalesce(max(batch), 0) + 1 FROM history'));
  for (const c of changes) {
    db.run(
      'INSERT INTO history (batch, at, action, code, before, after) VALUES (?, ?, ?, ?, ?, ?)',
      [batch, at, action, c.code, packHistoryState(c.before), packHistoryState(c.after)],
    );
  }
  db.run('DELETE FROM history WHERE batch <= ?', [batch - HISTORY_BATCHES_KEPT]);
}

/** One stored entry, each side read (or found damaged) through the one safe reader. */
interface StoredEntry {
  id: number;
  batch: number;
  at: string;
  action: HistoryAction;
  code: string;
  state: HistoryEntry['state'];
  before: HistoryStateRead;
  after: HistoryStateRead;
}

function stored(db: Database, where: string, params: SqlValue[], order = 'id', limit = -1) {
  const result = db.exec(
    `SELECT id, batch, at, action, code, before, after, state FROM history WHERE ${where}
     ORDER BY ${order} LIMIT ${Math.trunc(limit)}`,
    params,
  )[0];
  // A catalog from elsewhere may hold anything in its history: every side is read through
  // one size-limited, schema-checked reader, and a bad one marks its entry damaged.
  const budget = new SnapshotBudget();
  return (result?.values ?? []).map(
    ([id, batch, at, action, code, before, after, state]): StoredEntry => ({
      id: Number(id),
      batch: Number(batch),
      at: String(at),
      action: String(action) as HistoryAction,
      code: String(code),
      state: String(state) as HistoryEntry['state'],
      before: readHistoryState(before, budget),
      after: readHistoryState(after, budget),
    }),
  );
}

/**
 * Both sides of an entry, once they are readable and form a pair this app writes: two
 * patches of the same fields whose `to` side is the entry's designation, or two whole
 * states (null: not in the catalog) that are not both null. Anything else is damaged:
 * shown as such, never replayed.
 */
function soundSides(e: StoredEntry): { before: HistoryState; after: HistoryState } | undefined {
  if (!e.before.ok || !e.after.ok) return undefined;
  const [b, a] = [e.before.state, e.after.state];
  if ('patch' in b && 'patch' in a) {
    const keys = (p: object) => Object.keys(p).sort().join();
    const paired = keys(b.patch) === keys(a.patch) && a.patch.code === e.code;
    return paired ? { before: b, after: a } : undefined;
  }
  if ('patch' in b || 'patch' in a) return undefined;
  if (!b.snapshot && !a.snapshot) return undefined;
  if ((a.snapshot ?? b.snapshot)!.designation.code !== e.code) return undefined;
  return { before: b, after: a };
}

/** What the history list shows of an entry: which fields changed, what a deletion removed. */
function shown(e: StoredEntry): HistoryEntry {
  const { before: _b, after: _a, ...rest } = e;
  const entry: HistoryEntry = { ...rest, fields: [], removed: null };
  const sides = soundSides(e);
  if (!sides) return { ...entry, damaged: true };
  const [b, a] = [sides.before, sides.after];
  if ('patch' in b && 'patch' in a) return { ...entry, fields: patchedFields(b.patch, a.patch) };
  if ('patch' in b || 'patch' in a) return entry; // not reached: soundSides pairs them
  if (b.snapshot && a.snapshot)
    return { ...entry, fields: changedFields(b.snapshot.designation, a.snapshot.designation) };
  return { ...entry, removed: a.snapshot ? null : b.snapshot };
}

/** One entry of the batch an undo or redo replays: both sides read and sound. */
export interface ReplayEntry {
  batch: number;
  action: HistoryAction;
  code: string;
  before: HistoryState;
  after: HistoryState;
}

/** The batch an undo would take back (the newest done one), or the one a redo would replay. */
export function nextBatch(db: Database, direction: 'undo' | 'redo'): ReplayEntry[] {
  const batch =
    direction === 'undo'
      ? firstValue(db, "SELECT max(batch) FROM history WHERE state = 'done'")
      : firstValue(db, "SELECT min(batch) FROM history WHERE state = 'undone'");
  if (batch === undefined || batch === null) return [];
  return stored(db, 'batch = ?', [batch]).map((e) => {
    // Never re-apply what cannot be read back exactly as it was saved.
    const sides = soundSides(e);
    if (!sides) throw new CatalogError('HISTORY_DAMAGED', { batch: Number(batch) });
    return { ...e, ...sides };
  });
}

export function markBatch(db: Database, batch: number, state: HistoryEntry['state']): void {
  db.run('UPDATE history SET state = ? WHERE batch = ?', [state, batch]);
}

/** Newest first; for one designation (by any code it has had) or the whole catalog. */
export function listHistory(db: Database, code: string | null, limit: number): HistoryEntry[] {
  const where = code === null ? '1' : 'upper(code) = upper(?)';
  return stored(
    db,
    where,
    code === null ? [] : [code],
    'id DESC',
    Math.max(1, Math.min(limit, 1000)),
  ).map(shown);
}
