import type { Database, SqlValue } from 'sql.js';
import type { LoggedStatement } from './change-log';

const READ_ONLY_SQL = /^\s*(SELECT|WITH)\b/i;

/**
 * Runs `work` and returns, with its result, every write statement it ran, in
 * order and with its parameters. Replayed on the same starting state they give
 * the same database: SQLite is deterministic, and every time, id and snapshot
 * reaches SQL as a parameter. Writes must go through `db.run`; anything else
 * that is not a plain SELECT throws, so a write can never slip past the log.
 */
export function captureWrites<T>(
  db: Database,
  work: () => T,
): { result: T; statements: LoggedStatement[] } {
  const statements: LoggedStatement[] = [];
  const { run, exec, prepare } = db;
  const readsOnly = (sql: string) => {
    if (!READ_ONLY_SQL.test(sql)) throw new Error(`Writes must use db.run to be logged: ${sql}`);
  };
  Object.assign(db, {
    run(sql: string, params?: SqlValue[]) {
      statements.push([sql, params ? [...params] : []]);
      return run.call(db, sql, params);
    },
    exec(sql: string, params?: SqlValue[]) {
      readsOnly(sql);
      return exec.call(db, sql, params);
    },
    prepare(sql: string, params?: SqlValue[]) {
      readsOnly(sql);
      return prepare.call(db, sql, params);
    },
  });
  try {
    return { result: work(), statements };
  } finally {
    // The instance properties shadowed the prototype's methods; removing them restores those.
    const own = db as unknown as Record<string, unknown>;
    delete own.run;
    delete own.exec;
    delete own.prepare;
  }
}

/** Applies logged transactions, each in its own transaction; returns how many were applied. */
export function replay(db: Database, records: readonly LoggedStatement[][]): number {
  let applied = 0;
  for (const statements of records) {
    db.run('BEGIN');
    try {
      for (const [sql, params] of statements) db.run(sql, params);
      db.run('COMMIT');
    } catch (e) {
      db.run('ROLLBACK');
      throw Object.assign(e instanceof Error ? e : new Error(String(e)), { applied });
    }
    applied++;
  }
  return applied;
}
