import { mkdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Database } from 'sql.js';
import { CatalogError } from '../../../shared/errors';
import type { CatalogNotice } from '../../../shared/model';
import {
  ChangeLog,
  changeLogPathOf,
  copyChangeLogAside,
  holdsChanges,
  logFollows,
  logHeaderFor,
  nextLogPathOf,
  readChangeLog,
  type LogDisk,
} from './change-log';
import { listBackups, stamp, writeBackup, type BackupEntry } from './backups';
import { copyAside } from './durable-write';
import { replay } from './logged-writes';
import { applyConnectionPragmas, migrate } from '../catalog/schema';
import { seedCatalog } from '../seed';
import { databaseFrom } from './sqlite';
import {
  DamagedCatalog,
  carriesCatalogId,
  findLog,
  openBytes,
  type LogFound,
} from './catalog-read';

export {
  openBytes,
  openForReading,
  readCatalog,
  readCatalogState,
  readFileAndLog,
  replayForReading,
} from './catalog-read';

export interface OpenedCatalog {
  db: Database;
  /** Ready for the next save: the file on disk plus this log is the catalog in memory. */
  log: ChangeLog;
  notices: CatalogNotice[];
}

/**
 * Writes the whole catalog to its file, then starts an empty change log that
 * follows it. The new (empty) log is written first as `<log>.next`: a crash
 * after the file is replaced but before the log is then leaves the proof that
 * the old log's changes are in the file, so that log is dropped knowingly;
 * a log that does not follow its file without such proof is kept aside.
 * Ownership is checked before the file is touched and again before the log is.
 */
export async function writeCheckpoint(
  db: Database,
  path: string,
  log: ChangeLog,
  disk: LogDisk,
): Promise<void> {
  log.checkOwnership();
  const bytes = db.export();
  applyConnectionPragmas(db);
  const header = logHeaderFor(bytes);
  // If the file is replaced but no new log follows it, saves must not go to the old log.
  const failed = log.invalidate();
  try {
    await disk.replace(nextLogPathOf(path), header);
  } catch (e) {
    failed(true);
    throw Object.assign(e as Error, { untouched: true }); // the catalog file was not touched
  }
  try {
    log.guard();
    await disk.replace(path, bytes);
  } catch (e) {
    failed(Boolean((e as { untouched?: boolean }).untouched));
    throw e;
  }
  try {
    log.guard();
    await disk.promote(nextLogPathOf(path), changeLogPathOf(path));
  } catch (e) {
    failed(false);
    throw e;
  }
  log.adopt();
}

/** A log holding changes is copied aside before anything replaces it; returns the copy's name. */
async function keepLogAside(path: string, suffix: string): Promise<string | undefined> {
  const logged = await readChangeLog(path);
  return logged && holdsChanges(logged)
    ? basename(await copyChangeLogAside(path, suffix))
    : undefined;
}

/**
 * Keeps a log that cannot be wholly replayed aside, with a notice: one with
 * damaged records, or one that follows another file (with no proof its changes
 * are in this one).
 */
async function keepUnreplayedLog(path: string, log: LogFound, now: Date): Promise<CatalogNotice[]> {
  if (log.unreadable > 0) {
    const movedTo = basename(await copyChangeLogAside(path, `damaged-${stamp(now)}`));
    return [{ code: 'log-damaged', params: { movedTo, count: String(log.unreadable) } }];
  }
  if (log.stray) {
    const movedTo = basename(await copyChangeLogAside(path, `unfollowed-${stamp(now)}`));
    return [{ code: 'log-set-aside', params: { movedTo } }];
  }
  return [];
}

async function createSeeded(path: string, now: Date, log: ChangeLog, disk: LogDisk) {
  const db = await databaseFrom();
  applyConnectionPragmas(db);
  migrate(db);
  seedCatalog(db, now.toISOString());
  await mkdir(dirname(path), { recursive: true });
  await writeCheckpoint(db, path, log, disk);
  return db;
}

/**
 * Opens the catalog at `path` for writing; the caller holds the lock, whose
 * `guard` throws once it is lost. Creates and seeds a missing catalog,
 * migrates an older one, and recovers a damaged one that carries this app's
 * id from a backup and its log, after copying it aside.
 */
export async function openCatalogFile(
  path: string,
  now: Date,
  disk: LogDisk,
  guard: () => void = () => {},
): Promise<OpenedCatalog> {
  const log = new ChangeLog(path, disk, guard); // what is on disk from here on is ours
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (!bytes) {
    // Its file is gone; a new catalog starts, and the log is kept for whoever needs it.
    const movedTo = await keepLogAside(path, `orphaned-${stamp(now)}`);
    const db = await createSeeded(path, now, log, disk);
    const notices: CatalogNotice[] = [{ code: 'created', params: { path } }];
    if (movedTo) notices.push({ code: 'log-set-aside', params: { movedTo } });
    return { db, log, notices };
  }

  let db: Database;
  try {
    db = await openBytes(bytes);
  } catch (e) {
    if (!(e instanceof DamagedCatalog)) throw e;
    // Only a file that says it is ours is ever replaced, and an empty one (nothing to lose)
    // where this app demonstrably kept a catalog: another program's file is left as it is.
    const ours =
      carriesCatalogId(bytes) ||
      (bytes.length === 0 &&
        ((await listBackups(path)).length > 0 || !!(await readChangeLog(path))));
    if (!ours) throw new CatalogError('NOT_A_CATALOG');
    return recover(path, now, log, disk);
  }
  const header = logHeaderFor(bytes);
  const found = await findLog(path, header);
  const notices = await keepUnreplayedLog(path, found, now);
  try {
    replay(db, found.records);
  } catch {
    // Only a bug can get here; keep the log for whoever investigates and go on without it.
    const movedTo = basename(await copyChangeLogAside(path, `unreplayed-${stamp(now)}`));
    notices.push({ code: 'changes-not-replayed', params: { movedTo } });
  }
  const current = found.records.length > 0 ? db.export() : bytes;
  const latestBackup = (await listBackups(path))[0];
  const migrated = migrate(db);
  if (migrated || !latestBackup || latestBackup.name.slice(0, 8) !== stamp(now).slice(0, 8)) {
    await writeBackup(path, current, now); // before migrating, and the day's first open
  }
  if (migrated || found.records.length > 0 || notices.length > 0) {
    await writeCheckpoint(db, path, log, disk);
  } else if (found.bytes?.equals(header)) {
    log.adopt(); // already an empty log that follows this file
  } else {
    await log.reset(header); // none, or one whose changes are in the file (the proof said so)
  }
  await rm(nextLogPathOf(path), { force: true }); // a leftover from a checkpoint cut short
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
async function recover(
  path: string,
  now: Date,
  log: ChangeLog,
  disk: LogDisk,
): Promise<OpenedCatalog> {
  const movedTo = basename(await copyAside(path, `damaged-${stamp(now)}`));
  await keepLogAside(path, `damaged-${stamp(now)}`);
  const logged = await readChangeLog(path);
  const chosen = await chooseBackup(path, logged);
  if (chosen) {
    const { backup, db, header } = chosen;
    const found = await findLog(path, header);
    let replayedAll = false;
    try {
      replayedAll = replay(db, found.records) > 0 && found.unreadable === 0;
    } catch {
      // Keep the changes that did replay; the notice says later ones are missing.
    }
    migrate(db);
    await writeCheckpoint(db, path, log, disk); // a failure here is the user's to see, not a reason to start afresh
    return {
      db,
      log,
      notices: [
        {
          code: replayedAll ? 'recovered-with-changes' : 'recovered-from-backup',
          params: { backup: backup.name, takenAt: backup.takenAt.toISOString(), movedTo },
        },
      ],
    };
  }
  const db = await createSeeded(path, now, log, disk);
  return { db, log, notices: [{ code: 'recreated-after-corruption', params: { movedTo } }] };
}
