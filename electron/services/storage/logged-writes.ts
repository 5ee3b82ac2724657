import type { Database, SqlValue } from 'sql.js';
import type { LoggedStatement } from './change-log';
import { runCached } from '../catalog/statement-cache';

const STARTS_AS_READ = /^\s*(SELECT|WITH)\b/i;
const WRITE_WORD =
  /\b(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|ATTACH|DETACH|VACUUM|REINDEX)\b/i;
const SECOND_STATEMENT = /;\s*\S/;

/**
 * Runs `work` and returns, with its result, every write statement it ran, in
 * order and with its parameters. Replayed on the same starting state they give
 * the same database: SQLite is deterministic, and every time, id and snapshot
 * reaches SQL as a parameter. Writes must go through `db.run`; any other call
 * that is not one plain SELECT throws, so a write can never slip past the log.
 */
export function captureWrites<T>(
  db: Database,
  work: () => T,
): { result: T; statements: LoggedStatement[] } {
  const statements: LoggedStatement[] = [];
  const { run, exec, prepare } = db;
  // sql.js's run may call prepare or exec itself (depending on the build): those calls are its own.
  let insideRun = false;
  const readsOnly = (sql: string) => {
    if (insideRun) return;
    if (!STARTS_AS_READ.test(sql) || WRITE_WORD.test(sql) || SECOND_STATEMENT.test(sql)) {
      throw new Error(`Writes must use db.run to be logged: ${sql}`);
    }
  };
  Object.assign(db, {
    run(sql: string, params?: SqlValue[]) {
      // Without parameters sql.js runs every statement in `sql`; replay must call it the same way.
      statements.push([sql, params ? [...params] : null]);
      insideRun = true;
      try {
        if (!params) return run.call(db, sql);
        runCached(db, sql, params, (s) => prepare.call(db, s));
        return db;
      } finally {
        insideRun = false;
      }
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
      for (const [sql, params] of statements) {
        if (params) db.run(sql, params);
        else db.run(sql);
      }
      db.run('COMMIT');
    } catch (e) {
      db.run('ROLLBACK');
      throw Object.assign(e instanceof Error ? e : new Error(String(e)), { applied });
    }
    applied++;
  }
  return applied;
}
