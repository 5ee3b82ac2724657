import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | undefined;

/** Loads SQLite's WebAssembly once per process. */
export function loadSqlite(): Promise<SqlJsStatic> {
  loading ??= initSqlJs();
  return loading;
}

/**
 * A database over a copy of `bytes`: sql.js may keep the array it is given as
 * its file and write into it, which would change bytes we still hold (the
 * last-saved state, a backup about to be written).
 */
export async function databaseFrom(bytes?: Uint8Array): Promise<Database> {
  const SQL = await loadSqlite();
  return bytes ? new SQL.Database(new Uint8Array(bytes)) : new SQL.Database();
}
