import type { Database, SqlValue, Statement } from 'sql.js';

/** Distinct statements a catalog runs again and again; more are prepared and dropped. */
const KEPT = 128;
const caches = new WeakMap<Database, Map<string, Statement>>();

/**
 * A prepared statement for `sql`, kept for the next call: preparing costs more
 * than running for the short statements a save is made of. SQLite prepares a
 * kept statement again by itself when the schema changes, and closing the
 * database frees them all. `prepare` is the database's own (logged-writes
 * shadows it while it captures a transaction).
 */
export function cachedStatement(
  db: Database,
  sql: string,
  prepare: (sql: string) => Statement = (s) => db.prepare(s),
): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) {
    if (cache.size >= KEPT) {
      const [oldest, dropped] = cache.entries().next().value!;
      cache.delete(oldest);
      dropped.free();
    }
    stmt = prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}

/** Runs one write with its parameters on a kept statement. */
export function runCached(
  db: Database,
  sql: string,
  params: SqlValue[],
  prepare?: (sql: string) => Statement,
): void {
  const stmt = cachedStatement(db, sql, prepare);
  try {
    stmt.bind(params);
    stmt.step();
  } finally {
    stmt.reset(); // also after an error, so that the next use starts clean
  }
}

/** The first column of the first row a read returns, on a kept statement; undefined without a row. */
export function firstValue(
  db: Database,
  sql: string,
  params: SqlValue[] = [],
): SqlValue | undefined {
  const stmt = cachedStatement(db, sql);
  try {
    stmt.bind(params);
    return stmt.step() ? (stmt.get()[0] ?? undefined) : undefined;
  } finally {
    stmt.reset();
  }
}
