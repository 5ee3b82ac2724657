import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Database } from 'sql.js';
import { CatalogError } from '../../../shared/errors';
import type { CatalogNotice } from '../../../shared/model';
import {
  ChangeLog,
  holdsChanges,
  logFollows,
  logHeaderFor,
  parseChangeLog,
  readChangeLog,
  copyChangeLogAside,
  type LogDisk,
} from './change-log';
import { listBackups, stamp, writeBackup, type BackupEntry } from './backups';
import { replay } from './logged-writes';
import {
  APPLICATION_ID,
  SCHEMA_VERSION,
  applicationId,
  applyConnectionPragmas,
  migrate,
  userVersion,
} from '../catalog/schema';
import { seedCatalog } from '../seed';
import { databaseFrom } from './sqlite';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const isSqliteHeader = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 16)).equals(SQLITE_MAGIC);

/** A catalog file that is SQLite but damaged, or not SQLite at all. */
class DamagedCatalog extends Error {}

export interface OpenedCatalog {
  db: Database;
  /** Ready for the next save: the file on disk plus this log is the catalog in memory. */
  log: ChangeLog;
  notices: CatalogNotice[];
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

/** A log holding changes is copied aside before a new log replaces it; returns what it held. */
async function keepLogAside(path: string, suffix: string): Promise<Buffer | undefined> {
  const logged = await readChangeLog(path);
  if (logged && holdsChanges(logged)) await copyChangeLogAside(path, suffix);
  return logged;
}

/** Writes the whole catalog to its file, then starts an empty change log that follows it. */
export async function writeCheckpoint(
  db: Database,
  path: string,
  log: ChangeLog,
  disk: LogDisk,
): Promise<void> {
  const bytes = db.export();
  applyConnectionPragmas(db);
  // If the file is replaced but no new log follows it, saves must not go to the old log.
  const undo = log.invalidate();
  try {
    await disk.replace(path, bytes);
  } catch (e) {
    if ((e as { untouched?: boolean }).untouched) undo();
    throw e;
  }
  await log.reset(logHeaderFor(bytes));
}

/**
 * The catalog file and its log, read as a pair that belongs together. A
 * reader beside a running app can read the file just before a checkpoint
 * replaces it and the log just after: then it reads both again.
 */
export async function readFileAndLog(
  path: string,
): Promise<{ bytes: Buffer; log: Buffer | undefined; header: Buffer }> {
  for (let attempt = 1; ; attempt++) {
    const bytes = await readFile(path);
    const log = await readChangeLog(path);
    const header = logHeaderFor(bytes);
    // A log that never matches is left from a crash just after a checkpoint: the file has it all.
    if (logFollows(log, header) || attempt === 5) return { bytes, log, header };
  }
}

/**
 * Applies the changes logged after the file `db` was opened from (whose log
 * header is `header`), as far as they replay. For readers beside a running app and tests; the writer
 * deals with a log that does not replay when it next opens the file.
 */
export function replayChangeLog(db: Database, log: Uint8Array | undefined, header: Buffer): void {
  applyConnectionPragmas(db); // replay must cascade exactly as the original writes did
  try {
    replay(db, parseChangeLog(log, header));
  } catch {
    // Keep what replayed.
  }
}

/** The catalog as the app would open it, read-only and unchecked: the file plus its log. */
export async function readCatalogState(path: string): Promise<Database> {
  const { bytes, log, header } = await readFileAndLog(path);
  const db = await databaseFrom(bytes);
  replayChangeLog(db, log, header);
  return db;
}

async function createSeeded(path: string, now: Date, disk: LogDisk): Promise<OpenedCatalog> {
  const db = await databaseFrom();
  applyConnectionPragmas(db);
  migrate(db);
  seedCatalog(db, now.toISOString());
  await mkdir(dirname(path), { recursive: true });
  const log = new ChangeLog(path, disk);
  await writeCheckpoint(db, path, log, disk);
  return { db, log, notices: [] };
}

/**
 * Opens the catalog at `path` for writing (the caller holds the lock): creates
 * and seeds a missing one, migrates an older one, and recovers a damaged one
 * from the newest good backup after moving it aside.
 */
export async function openCatalogFile(
  path: string,
  now: Date,
  disk: LogDisk,
): Promise<OpenedCatalog> {
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (!bytes) {
    await keepLogAside(path, `orphaned-${stamp(now)}`); // its file is gone; a new catalog starts
    return {
      ...(await createSeeded(path, now, disk)),
      notices: [{ code: 'created', params: { path } }],
    };
  }

  let db: Database;
  try {
    db = await openBytes(bytes);
  } catch (e) {
    if (!(e instanceof DamagedCatalog)) throw e;
    // A file we never kept (no backups) that is not even SQLite is someone else's: refuse it.
    if ((await listBackups(path)).length === 0 && bytes.length > 0 && !isSqliteHeader(bytes)) {
      throw new CatalogError('NOT_A_CATALOG');
    }
    return recover(path, now, disk);
  }
  const notices: CatalogNotice[] = [];
  const logged = await readChangeLog(path);
  const header = logHeaderFor(bytes);
  const records = parseChangeLog(logged, header);
  try {
    replay(db, records);
  } catch {
    // Only a bug can get here; keep the log for whoever investigates and go on without it.
    const movedTo = await copyChangeLogAside(path, `unreplayed-${stamp(now)}`);
    notices.push({ code: 'changes-not-replayed', params: { movedTo: basename(movedTo) } });
  }
  const current = records.length > 0 ? db.export() : bytes;
  const latestBackup = (await listBackups(path))[0];
  const migrated = migrate(db);
  if (migrated || !latestBackup || latestBackup.name.slice(0, 8) !== stamp(now).slice(0, 8)) {
    await writeBackup(path, current, now); // before migrating, and the day's first open
  }
  const log = new ChangeLog(path, disk);
  if (migrated || records.length > 0 || notices.length > 0) {
    await writeCheckpoint(db, path, log, disk);
  } else if (logged?.equals(header)) {
    log.adopt(logged.length); // already an empty log that follows this file
  } else {
    await log.reset(header);
  }
  return { db, log, notices };
}

/** A good backup to rebuild from: the one the log follows (then no saved change is lost), else the newest. */
async function chooseBackup(
  path: string,
  logged: Buffer | undefined,
): Promise<{ backup: BackupEntry; db: Database; header: Buffer } | undefined> {
  const good = [];
  for (const backup of await listBackups(path)) {
    const bytes = await readFile(backup.path).catch(() => undefined);
    const db = bytes && (await openBytes(bytes).catch(() => undefined));
    if (!bytes || !db) continue; // that backup is no good either
    const header = logHeaderFor(bytes);
    if (logged && holdsChanges(logged) && logFollows(logged, header)) {
      for (const other of good) other.db.close();
      return { backup, db, header };
    }
    good.push({ backup, db, header });
  }
  for (const other of good.slice(1)) other.db.close();
  return good[0];
}

/**
 * Rebuilds a damaged catalog from a backup and the saves logged after it. The
 * damaged file is copied aside and stays in place until the rebuilt one
 * replaces it atomically, so a crash in between just means recovering again.
 */
async function recover(path: string, now: Date, disk: LogDisk): Promise<OpenedCatalog> {
  const movedTo = `${path}.damaged-${stamp(now)}`;
  await copyFile(path, movedTo);
  const logged = await keepLogAside(path, `damaged-${stamp(now)}`);
  const chosen = await chooseBackup(path, logged);
  if (chosen) {
    const { backup, db, header } = chosen;
    let replayedAll = false;
    try {
      replayedAll = replay(db, parseChangeLog(logged, header)) > 0;
    } catch {
      // Keep the changes that did replay; the notice says later ones are missing.
    }
    migrate(db);
    const log = new ChangeLog(path, disk);
    await writeCheckpoint(db, path, log, disk); // a failure here is the user's to see, not a reason to start afresh
    return {
      db,
      log,
      notices: [
        {
          code: replayedAll ? 'recovered-with-changes' : 'recovered-from-backup',
          params: {
            backup: backup.name,
            takenAt: backup.takenAt.toISOString(),
            movedTo: basename(movedTo),
          },
        },
      ],
    };
  }
  const fresh = await createSeeded(path, now, disk);
  return {
    ...fresh,
    notices: [{ code: 'recreated-after-corruption', params: { movedTo: basename(movedTo) } }],
  };
}
