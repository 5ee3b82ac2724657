import { readFile } from 'node:fs/promises';
import type { Database } from 'sql.js';
import { CatalogError } from '../../../shared/errors';
import type { CatalogNotice } from '../../../shared/model';
import {
  APPLICATION_ID,
  SCHEMA_VERSION,
  applicationId,
  applyConnectionPragmas,
  migrate,
  userVersion,
} from '../catalog/schema';
import {
  holdsChanges,
  logFollows,
  logHeaderFor,
  nextLogPathOf,
  readChangeLog,
  readIfThere,
  scanChangeLog,
  type LoggedStatement,
} from './change-log';
import { replay } from './logged-writes';
import { databaseFrom } from './sqlite';

/** A catalog file that is SQLite but damaged, or not SQLite at all. */
export class DamagedCatalog extends Error {}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Whether the file's own header names it a catalog of this app: the SQLite
 * magic and our application id (bytes 68–71), read without SQLite, so even a
 * file with damaged pages can be told from another program's database.
 */
export function carriesCatalogId(bytes: Uint8Array): boolean {
  if (bytes.length < 100) return false;
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, 100);
  return b.subarray(0, 16).equals(SQLITE_MAGIC) && b.readUInt32BE(68) === APPLICATION_ID;
}

/**
 * Opens bytes as a catalog, or says why not: DamagedCatalog (recoverable from a
 * backup) or a CatalogError the user must act on (not a catalog, newer version).
 */
export async function openBytes(bytes: Uint8Array): Promise<Database> {
  if (bytes.length === 0) throw new DamagedCatalog('empty file');
  let db: Database;
  try {
    db = await databaseFrom(bytes);
    const check = db.exec('PRAGMA integrity_check')[0]?.values.map((r) => String(r[0])) ?? [];
    if (check.join() !== 'ok') throw new DamagedCatalog(check.slice(0, 3).join('; '));
  } catch (e) {
    if (e instanceof DamagedCatalog) throw e;
    throw new DamagedCatalog(e instanceof Error ? e.message : String(e));
  }
  try {
    if (applicationId(db) !== APPLICATION_ID) throw new CatalogError('NOT_A_CATALOG');
    if (userVersion(db) > SCHEMA_VERSION) {
      throw new CatalogError('NEWER_CATALOG_VERSION', {
        version: userVersion(db),
        supported: SCHEMA_VERSION,
      });
    }
    applyConnectionPragmas(db);
    if (db.exec('PRAGMA foreign_key_check').length > 0) {
      throw new DamagedCatalog('broken references between rows');
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** The change log as found beside a catalog file, and what of it can be replayed. */
export interface LogFound {
  /** The log's bytes (undefined: no log). */
  bytes: Buffer | undefined;
  records: LoggedStatement[][];
  /** Saves in the log that cannot be replayed: a damaged record and those after it. */
  unreadable: number;
  /**
   * A log holding changes that does not follow this file, and no proof that
   * its changes are in the file: another program replaced the file, or the
   * log's header is damaged. Its changes are not replayed.
   */
  stray: boolean;
}

/** Reads the log beside the catalog file whose log header is `header`. */
export async function findLog(path: string, header: Buffer): Promise<LogFound> {
  const bytes = await readChangeLog(path);
  if (logFollows(bytes, header)) return { bytes, ...scanChangeLog(bytes, header), stray: false };
  // A checkpoint writes the empty log that will follow the new file before it replaces the
  // file: finding it, the file is that checkpoint's, and the old log's changes are in it.
  const next = await readIfThere(nextLogPathOf(path));
  const folded = next !== undefined && next.equals(header);
  return { bytes, records: [], unreadable: 0, stray: !folded && !!bytes && holdsChanges(bytes) };
}

/**
 * The catalog file and its log, read as a pair that belongs together. A
 * reader beside a running app can read the file just before a checkpoint
 * replaces it and the log just after: then it reads both again.
 */
export async function readFileAndLog(
  path: string,
): Promise<{ bytes: Buffer; header: Buffer; log: LogFound }> {
  for (let attempt = 1; ; attempt++) {
    const bytes = await readFile(path);
    const header = logHeaderFor(bytes);
    const log = await findLog(path, header);
    if (!log.stray || attempt === 5) return { bytes, header, log };
  }
}

/**
 * Applies the replayable changes of `log` to `db` (the file it follows), as
 * far as they replay; returns what a reader must be told. Readers never
 * repair: a writer open deals with a damaged or stray log.
 */
export function replayForReading(db: Database, log: LogFound): CatalogNotice[] {
  applyConnectionPragmas(db); // replay must cascade exactly as the original writes did
  const notices: CatalogNotice[] = [];
  try {
    replay(db, log.records);
  } catch (e) {
    const applied = (e as { applied?: number }).applied ?? 0;
    notices.push({
      code: 'log-damaged-read-only',
      params: { count: String(log.records.length - applied + log.unreadable) },
    });
    return notices;
  }
  if (log.unreadable > 0)
    notices.push({ code: 'log-damaged-read-only', params: { count: String(log.unreadable) } });
  if (log.stray) notices.push({ code: 'log-stray-read-only', params: {} });
  return notices;
}

/** The catalog as the app would open it, read-only and unchecked: the file plus its log. */
export async function readCatalogState(path: string): Promise<Database> {
  return (await readCatalog(path)).db;
}

/** The catalog as it is on disk (file plus log), with what a reader must be told about it. */
export async function readCatalog(
  path: string,
): Promise<{ db: Database; notices: CatalogNotice[] }> {
  const { bytes, log } = await readFileAndLog(path);
  const db = await databaseFrom(bytes);
  return { db, notices: replayForReading(db, log) };
}

/**
 * Opens the catalog for reading only: nothing is moved, recovered or
 * rewritten, and no lock is taken. Undefined when there is no file.
 */
export async function openForReading(
  path: string,
): Promise<{ db: Database; notices: CatalogNotice[] } | undefined> {
  const onDisk = await readFileAndLog(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (!onDisk) return undefined;
  if (!carriesCatalogId(onDisk.bytes)) throw new CatalogError('NOT_A_CATALOG');
  const db = await openBytes(onDisk.bytes).catch((e: unknown) => {
    // Recovering it is a writer's job: the app, or a command that changes the catalog.
    if (e instanceof DamagedCatalog) throw new CatalogError('CATALOG_DAMAGED', { path });
    throw e;
  });
  const notices = replayForReading(db, onDisk.log);
  migrate(db); // in memory only: an older file is read as this version reads it
  return { db, notices };
}
