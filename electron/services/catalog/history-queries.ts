import { deflateRawSync } from 'node:zlib';
import type { Database, SqlValue } from 'sql.js';
import { CatalogError } from '../../../shared/errors';
import type { HistoryAction, HistoryEntry, Snapshot } from '../../../shared/model';
import { readSnapshot, SnapshotBudget } from './history-snapshots';

export interface Change {
  code: string;
  before: Snapshot | null;
  after: Snapshot | null;
}

const one = (db: Database, sql: string, params: SqlValue[] = []): SqlValue | undefined =>
  db.exec(sql, params)[0]?.values[0]?.[0] ?? undefined;

/**
 * Snapshots are stored as deflated JSON: every save rewrites the whole file, so
 * the history's size is paid on each one (a 10,000-row import is ~10 MB as text).
 * They stay in the shape they were taken in; `upgradeSnapshot` reads older ones.
 */
const pack = (snapshot: Snapshot | null): Uint8Array | null =>
  snapshot && deflateRawSync(JSON.stringify(snapshot));

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
  db.run("DELETE FROM history WHERE state = 'undone'"); // can no longer be redone
  const batch = Number(one(db, 'SELECT coalesce(max(batch), 0) + 1 FROM history'));
  for (const c of changes) {
    db.run(
      'INSERT INTO history (batch, at, action, code, before, after) VALUES (?, ?, ?, ?, ?, ?)',
      [batch, at, action, c.code, pack(c.before), pack(c.after)],
    );
  }
  db.run('DELETE FROM history WHERE batch <= ?', [batch - HISTORY_BATCHES_KEPT]);
}

function entries(
  db: Database,
  where: string,
  params: SqlValue[],
  order = 'id',
  limit = -1,
): HistoryEntry[] {
  const result = db.exec(
    `SELECT id, batch, at, action, code, before, after, state FROM history WHERE ${where}
     ORDER BY ${order} LIMIT ${Math.trunc(limit)}`,
    params,
  )[0];
  // A catalog from elsewhere may hold anything in its history: every snapshot is read through
  // one size-limited, schema-checked reader, and a bad one marks its entry damaged.
  const budget = new SnapshotBudget();
  return (result?.values ?? []).map(([id, batch, at, action, code, before, after, state]) => {
    const b = readSnapshot(before, budget);
    const a = readSnapshot(after, budget);
    return {
      id: Number(id),
      batch: Number(batch),
      at: String(at),
      action: String(action) as HistoryAction,
      code: String(code),
      before: b.ok ? b.snapshot : null,
      after: a.ok ? a.snapshot : null,
      state: String(state) as HistoryEntry['state'],
      ...(b.ok && a.ok ? {} : { damaged: true }),
    };
  });
}

/** The batch an undo would take back (the newest done one), or the one a redo would replay. */
export function nextBatch(db: Database, direction: 'undo' | 'redo'): HistoryEntry[] {
  const batch =
    direction === 'undo'
      ? one(db, "SELECT max(batch) FROM history WHERE state = 'done'")
      : one(db, "SELECT min(batch) FROM history WHERE state = 'undone'");
  if (batch === undefined || batch === null) return [];
  const found = entries(db, 'batch = ?', [batch]);
  // Never re-apply what cannot be read back exactly as it was saved.
  if (found.some((e) => e.damaged))
    throw new CatalogError('HISTORY_DAMAGED', { batch: Number(batch) });
  return found;
}

export function markBatch(db: Database, batch: number, state: HistoryEntry['state']): void {
  db.run('UPDATE history SET state = ? WHERE batch = ?', [state, batch]);
}

/** Newest first; for one designation (by any code it has had) or the whole catalog. */
export function listHistory(db: Database, code: string | null, limit: number): HistoryEntry[] {
  const where = code === null ? '1' : 'upper(code) = upper(?)';
  return entries(
    db,
    where,
    code === null ? [] : [code],
    'id DESC',
    Math.max(1, Math.min(limit, 1000)),
  );
}
