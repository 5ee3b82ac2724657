import initSqlJs, { type SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | undefined;

/** Loads SQLite's WebAssembly once per process. */
export function loadSqlite(): Promise<SqlJsStatic> {
  loading ??= initSqlJs();
  return loading;
}
