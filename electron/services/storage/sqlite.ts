import { setFlagsFromString } from 'node:v8';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | undefined;

/** Loads SQLite's WebAssembly once per process. */
export function loadSqlite(): Promise<SqlJsStatic> {
  // SQLite's WebAssembly runs on V8's baseline compiler only. Optimising it in the background
  // held the main thread 100–250 ms at the catalog's first queries (every start) and about 80 ms
  // at a command's exit. The price: bulk work runs slower, a 10,000-designation import about
  // 10 s instead of 7 (npm run bench); saves, lists and exports at 10,000 did not measurably
  // change. The flag is the process's; it must be set before the compile.
  if (!loading) {
    setFlagsFromString('--liftoff-only');
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
