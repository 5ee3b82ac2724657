import { basename } from 'node:path';
import type { Database } from 'sql.js';
import { CatalogError } from '../../../shared/errors';
import type { ChangeLog, LogDisk } from '../storage/change-log';
import { readCatalogState, writeCheckpoint } from '../storage/catalog-file';
import { stamp } from '../storage/backups';
import { writeAside } from '../storage/durable-write';
import { captureWrites } from '../storage/logged-writes';
import type { CatalogLock } from '../storage/lock';
import { CatalogTakenOver } from '../storage/taken-over';
import type { CatalogNotice } from '../../../shared/model';

export type Clock = () => Date;

/** What a store that holds the lock needs to write: present only then. */
export interface Writer {
  lock: CatalogLock;
  log: ChangeLog;
  disk: LogDisk;
  /** Log size past which a save folds the log into the file. */
  logLimitBytes: number;
}

/** Why a save failed, in words the user can act on (translated as errors:saveReason.<reason>). */
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
    case 'ELOOP':
    case 'ELINK':
      return 'link';
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
  /** Set once another program took the catalog over: every later change is refused with it. */
  private takenOverError: CatalogError | undefined;

  constructor(
    readonly path: string,
    public db: Database,
    readonly clock: Clock,
    /** Present while this session may write; dropped for good when another program takes over. */
    public writer: Writer | undefined,
    readonly notices: CatalogNotice[] = [],
  ) {
    this.checkpointDue = writer?.logLimitBytes ?? Infinity;
  }

  /** The writer, or why there is none: CATALOG_LOCKED (opened read-only) or CATALOG_TAKEN_OVER. */
  requireWriter(): Writer {
    if (this.takenOverError) throw this.takenOverError;
    if (!this.writer) throw new CatalogError('CATALOG_LOCKED', { path: this.path });
    return this.writer;
  }

  /**
   * Makes sure the files are ours before anything is written: the lock is
   * still ours and no other program wrote the file or the log (then
   * CATALOG_TAKEN_OVER, and this session writes nothing ever again). A file or
   * log merely gone, or a failed write before, is mended by writing the whole
   * catalog back first: that overwrites no one's changes.
   */
  async readyToWrite(): Promise<Writer> {
    const writer = this.requireWriter();
    await this.guarded(async () => {
      // A lock that vanished with no one else's in its place is taken again; the files then
      // tell whether anyone wrote meanwhile.
      await writer.lock.retake().catch((e: unknown) => {
        throw e instanceof CatalogTakenOver ? e : this.saveFailed(e);
      });
      // retake has just read the lock; every write reads it again before and after.
      if (!writer.log.checkFiles()) await this.checkpoint();
    });
    return writer;
  }

  /** Folds the log into the file (close): nothing when another program took the catalog over. */
  async foldLog(): Promise<void> {
    const writer = await this.readyToWrite(); // may write the whole catalog already
    if (writer.log.recordCount > 0) await this.guarded(() => this.checkpoint());
  }

  /** Runs storage work; a CatalogTakenOver from it stops this session writing (see takeOver). */
  async guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (e instanceof CatalogTakenOver) throw await this.takenOver(e);
      throw e;
    }
  }

  /**
   * Another program has the catalog now. Nothing more is written, ever: not
   * the change at hand, not a checkpoint on close. When our lock is still ours
   * (the file was replaced behind it), the catalog as this session had it is
   * first kept beside the file as a new file, and the lock given up. Then the
   * catalog is read again as it is on disk, so what the user sees is true.
   */
  private async takenOver(e: CatalogTakenOver): Promise<CatalogError> {
    if (this.takenOverError) return this.takenOverError;
    const writer = this.writer;
    this.writer = undefined;
    const params: Record<string, string> = { path: this.path };
    if (writer && e.reason === 'file' && writer.lock.holds()) {
      const kept = await writeAside(
        this.path,
        `kept-${stamp(this.clock())}`,
        this.db.export(),
      ).catch(() => undefined);
      if (kept) params.keptAs = basename(kept);
    }
    await writer?.lock.release();
    const onDisk = await readCatalogState(this.path).catch(() => undefined);
    if (onDisk) {
      this.db.close();
      this.db = onDisk;
    }
    this.notices.push({ code: params.keptAs ? 'taken-over-kept' : 'taken-over', params });
    this.takenOverError = new CatalogError('CATALOG_TAKEN_OVER', params);
    return this.takenOverError;
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
   * durably in the change log; returns what `work` returned. With `dryRun`
   * everything is checked and nothing kept.
   */
  transaction<T>(work: () => T, dryRun = false): Promise<T> {
    return this.serially(async () => {
      // The files must be ours, the file the log follows there and the log intact; otherwise
      // the whole catalog is written first (memory is unchanged yet, so a failure loses nothing).
      const writer = dryRun ? undefined : await this.readyToWrite();
      this.db.run('BEGIN');
      let captured: ReturnType<typeof captureWrites<T>>;
      try {
        captured = captureWrites(this.db, work);
      } catch (e) {
        this.rollback();
        throw e;
      }
      if (!writer || dryRun) {
        this.rollback();
        return captured.result;
      }
      try {
        if (captured.statements.length > 0) await writer.log.append(captured.statements);
      } catch (e) {
        this.rollback();
        if (e instanceof CatalogTakenOver) throw await this.takenOver(e);
        throw this.saveFailed(e);
      }
      this.db.run('COMMIT');
      this.savedAt = this.clock().toISOString();
      if (writer.log.bytes > this.checkpointDue) {
        // The log still holds everything: on failure, try again once it has grown a little more.
        // This save is on disk either way; taken over, the next change says so.
        await this.guarded(() => this.checkpoint()).catch(() => {
          this.checkpointDue = writer.log.bytes + writer.logLimitBytes / 4;
        });
      }
      return captured.result;
    });
  }

  /** Writes the whole catalog; a failure comes out as SAVE_FAILED (CatalogTakenOver passes through). */
  async checkpoint(): Promise<void> {
    try {
      await this.writeWhole();
    } catch (e) {
      if (e instanceof CatalogTakenOver) throw e;
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
