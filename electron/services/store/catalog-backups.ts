import { readFile } from 'node:fs/promises';
import { CatalogError } from '../../../shared/errors';
import { countDesignations } from '../catalog/queries';
import { migrate } from '../catalog/schema';
import { listBackups, writeBackup } from '../storage/backups';
import { openBytes } from '../storage/catalog-file';
import { writeFileDurably, writeNewFile } from '../storage/durable-write';
import { CatalogTakenOver } from '../storage/taken-over';
import type { CatalogSession } from './catalog-session';

export interface BackupInfo {
  name: string;
  takenAt: string;
  /** null: that backup is damaged. */
  count: number | null;
}

/** Copies the catalog, as saved, into the backup folder; only while the lock is still ours. */
export function backupNow(session: CatalogSession): Promise<string> {
  return session.serially(async () => {
    await session.readyToWrite(); // the lock and the files still ours
    return writeBackup(session.path, session.db.export(), session.clock()).catch((e: unknown) => {
      throw e instanceof CatalogError ? e : session.saveFailed(e);
    });
  });
}

/**
 * Writes the catalog, as saved, to another file: one SQLite file that holds
 * everything (the log folded in). `exclusive`: the file must not exist yet
 * (the CLI's copy); otherwise it replaces a file the user chose to replace
 * (Save a copy as, after the save dialog asked). Never through a link.
 */
export function copyTo(session: CatalogSession, path: string, exclusive = false): Promise<void> {
  return session.serially(() =>
    (exclusive ? writeNewFile : writeFileDurably)(path, session.db.export()).catch(
      (e: NodeJS.ErrnoException) => {
        const reason =
          e.code === 'ENOENT' ? 'folder-missing' : e.code === 'EEXIST' ? 'exists' : 'io';
        throw new CatalogError('EXPORT_FAILED', { reason, path });
      },
    ),
  );
}

/** The backups of a catalog, newest first, with how many designations each holds. */
export async function describeBackups(path: string): Promise<BackupInfo[]> {
  const entries = await listBackups(path);
  return Promise.all(
    entries.map(async (b) => {
      const db = await openBytes(await readFile(b.path)).catch(() => undefined);
      const count = db ? countDesignations(db) : null;
      db?.close();
      return { name: b.name, takenAt: b.takenAt.toISOString(), count };
    }),
  );
}

/**
 * Replaces the catalog with one of its backups, after backing up what it
 * replaces. A damaged backup, or one from a newer app, is refused.
 */
export function restoreBackup(session: CatalogSession, name: string): Promise<string> {
  return session.serially(() => session.guarded(() => restoreInPlace(session, name)));
}

async function restoreInPlace(session: CatalogSession, name: string): Promise<string> {
  {
    const writer = await session.readyToWrite();
    const entry = (await listBackups(session.path)).find((b) => b.name === name);
    if (!entry) throw new CatalogError('NOT_FOUND', { code: name });
    const db = await openBytes(await readFile(entry.path)).catch((e: unknown) => {
      throw e instanceof CatalogError ? e : new CatalogError('NOT_A_CATALOG');
    });
    migrate(db);
    // Fold the log into the file first: should writing the backup in its place fail half-way,
    // no logged change may replay onto a file that could hold the very same bytes.
    if (writer.log.recordCount > 0) await session.checkpoint();
    const kept = await writeBackup(session.path, session.db.export(), session.clock());
    const old = session.db;
    session.db = db;
    try {
      await session.writeWhole();
    } catch (e) {
      if (e instanceof CatalogTakenOver || (e as { untouched?: boolean }).untouched) {
        session.db = old;
        db.close();
      } else {
        old.close(); // the backup is in the file's place already: memory must say so too
      }
      if (e instanceof CatalogTakenOver) throw e;
      throw session.saveFailed(e);
    }
    old.close();
    return kept;
  }
}
