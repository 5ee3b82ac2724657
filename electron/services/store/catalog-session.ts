import type { Database } from 'sql.js';
import { CatalogError } from '../../../shared/errors';
import { readDesignation } from '../catalog/queries';
import type { ChangeLog, LogDisk } from '../storage/change-log';
import { writeCheckpoint } from '../storage/catalog-file';
import { captureWrites } from '../storage/logged-writes';
import type { ReleaseLock } from '../storage/lock';
import type { Designation } from '../../../shared/model';

export type Clock = () => Date;

/** What a store that holds the lock needs to write: present only then. */
export interface Writer {
  release: ReleaseLock;
  log: ChangeLog;
  disk: LogDisk;
  /** Log size past which a save folds the log into the file. */
  logLimitBytes: number;
}

/** Why a save failed, in words the user can act on (translated as errors:SAVE_FAILED_<reason>). */
function saveFailureReason(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'read-only';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'busy';
    case 'ENOENT':
      return 'folder-missing';
    default:
      return 'io';
  }
}

/**
 * The open catalog's database and how it reaches the disk: one queue for all
 * work, transactions that commit only once their statements are durably in
 * the change log, and checkpoints that write the whole file.
 */
export class CatalogSession {
  private queue: Promise<unknown> = Promise.resolve();
  savedAt: string | null = null;
  private checkpointDue: number;

  constructor(
    readonly path: string,
    public db: Database,
    readonly clock: Clock,
    readonly writer: Writer | undefined,
  ) {
    this.checkpointDue = writer?.logLimitBytes ?? Infinity;
  }

  /** The writer, or CATALOG_LOCKED for a store opened read-only. */
  requireWriter(): Writer {
    if (!this.writer) throw new CatalogError('CATALOG_LOCKED', { path: this.path });
    return this.writer;
  }

  serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => {});
    return next;
  }

  /** Waits for the queue to drain (close). */
  settled(): Promise<unknown> {
    return this.queue.catch(() => {});
  }

  /**
   * Runs `work` in one transaction and commits it only once its statements are
   * durably in the change log; returns the designations it names.
   */
  transaction(work: () => (number | undefined)[], dryRun = false): Promise<Designation[]> {
    return this.serially(async () => {
      const writer = this.writer;
      if (!writer && !dryRun) throw new CatalogError('CATALOG_LOCKED', { path: this.path });
      // The file the log follows must be there and the log intact; otherwise write the whole
      // catalog first (memory is unchanged yet, so a failure here loses nothing).
      if (writer && !dryRun && !writer.log.intact) await this.checkpoint();
      this.db.run('BEGIN');
      let captured: ReturnType<typeof captureWrites<(number | undefined)[]>>;
      try {
        captured = captureWrites(this.db, work);
      } catch (e) {
        this.rollback();
        throw e;
      }
      if (!writer || dryRun) {
        this.rollback();
        return [];
      }
      try {
        if (captured.statements.length > 0) await writer.log.append(captured.statements);
      } catch (e) {
        this.rollback();
        throw this.saveFailed(e);
      }
      this.db.run('COMMIT');
      const ids = captured.result;
      this.savedAt = this.clock().toISOString();
      const changed = ids.flatMap((id) => (id === undefined ? [] : [readDesignation(this.db, id)]));
      if (writer.log.bytes > this.checkpointDue) {
        // The log still holds everything: on failure, try again once it has grown a little more.
        await this.checkpoint().catch(() => {
          this.checkpointDue = writer.log.bytes + writer.logLimitBytes / 4;
        });
      }
      return changed;
    });
  }

  /** Writes the whole catalog; a failure comes out as SAVE_FAILED. */
  async checkpoint(): Promise<void> {
    try {
      await this.writeWhole();
    } catch (e) {
      throw this.saveFailed(e);
    }
  }

  /** Writes the catalog in memory to its file and starts a new log after it. */
  async writeWhole(): Promise<void> {
    const { log, disk, logLimitBytes } = this.requireWriter();
    await writeCheckpoint(this.db, this.path, log, disk);
    this.checkpointDue = logLimitBytes;
    this.savedAt = this.clock().toISOString();
  }

  /** SQLite may have rolled back on its own (out of memory): then the first error is the one to report. */
  private rollback(): void {
    try {
      this.db.run('ROLLBACK');
    } catch {
      // No transaction was active any more.
    }
  }

  saveFailed(e: unknown): CatalogError {
    return new CatalogError('SAVE_FAILED', { reason: saveFailureReason(e), path: this.path });
  }
}
