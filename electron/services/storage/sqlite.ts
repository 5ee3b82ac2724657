import { setFlagsFromString } from 'node:v8';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | undefined;

/** V8's default is 1,800,000 (rough bytes of code run per function); the flag is a 32-bit int. */
export const WASM_TIERING_BUDGET = 1_000_000_000;

/** Loads SQLite's WebAssembly once per process. */
export function loadSqlite(): Promise<SqlJsStatic> {
  // V8 optimises a WebAssembly function once it has run a budget of code. At V8's default
  // budget a start already spends it on much of SQLite, and the optimising compiler then held
  // the main thread 100–250 ms at the first queries and at a command's exit. At this budget a
  // start at 28 designations stays on the baseline compiler (at 300,000,000 it did not), while
  // long work is still optimised: a 10,000-designation import takes about 7 s, against 11 on
  // the baseline compiler alone (npm run bench). The flag is the process's; it must be set
  // before the compile.
  if (!loading) {
    setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
    loading = initSqlJs();
  }
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
