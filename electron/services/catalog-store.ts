import { mkdir, readFile, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Database } from 'sql.js';
import { CatalogError } from '../../shared/errors';
import {
  type CatalogInfo,
  type CatalogNotice,
  type DeletedDesignation,
  type Designation,
  type HistoryAction,
  type HistoryEntry,
  type UndoResult,
  type DesignationInput,
  type DesignationSummary,
} from '../../shared/model';
import {
  countDesignations,
  incomingRelations,
  findId,
  listSummaries,
  readAll,
  readDesignation,
} from './catalog-queries';
import { lockCatalog, type LockOptions, type ReleaseLock } from './catalog-lock';
import {
  applyTransitions,
  existingId,
  freshSnapshot,
  type Transition,
} from './catalog-transitions';
import { listHistory, markBatch, nextBatch, recordBatch } from './history-queries';
import { changeLogPathOf, realDisk, type ChangeLog, type LogDisk } from './change-log';
import {
  listBackups,
  openBytes,
  openCatalogFile,
  readFileAndLog,
  replayChangeLog,
  writeBackup,
  writeCheckpoint,
} from './catalog-file';
import { removeStaleTempFiles, writeFileDurably } from './durable-write';
import { captureWrites } from './logged-writes';
import { migrate } from './schema';

export type Clock = () => Date;

export interface OpenOptions {
  path: string;
  clock?: Clock;
  /** Read without taking the writer's lock (CLI list/show while the app runs). */
  readOnly?: boolean;
  lock?: LockOptions;
  /** How saves reach the disk; tests pass writers that fail like a full disk. */
  disk?: Partial<LogDisk>;
  /** A change log this big is folded into the catalog file after the save that grew it. */
  logLimitBytes?: number;
}

const DEFAULT_LOG_LIMIT_BYTES = 4 * 1024 * 1024;

/**
 * A link's target, so that temp files, folder syncs and the lock concern the
 * real file (renaming over a link would replace the link). Not on Windows,
 * where the resolved form can name a mapped drive by its server instead.
 */
async function realCatalogPath(path: string): Promise<string> {
  if (process.platform === 'win32') return path;
  const real = await realpath(path).catch(() => undefined);
  if (real) return real;
  const folder = await realpath(dirname(path)).catch(() => dirname(path)); // not created yet
  return join(folder, basename(path));
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
 * The catalog: an in-memory SQLite database kept on disk as one file plus a
 * change log. Every change runs in a transaction whose statements are durably
 * in the log before it commits; if the log cannot be written the transaction
 * is rolled back, so memory and disk always agree.
 */
export class CatalogStore {
  private queue: Promise<unknown> = Promise.resolve();
  private savedAt: string | null = null;
  /** Log size past which a save folds the log into the file. */
  private checkpointDue: number;

  private constructor(
    readonly path: string,
    private db: Database,
    private readonly clock: Clock,
    /** Present only when this store holds the lock and may write. */
    private readonly writer:
      { release: ReleaseLock; log: ChangeLog; disk: LogDisk; logLimitBytes: number } | undefined,
    readonly notices: CatalogNotice[],
  ) {
    this.checkpointDue = writer?.logLimitBytes ?? Infinity;
  }

  static async open(options: OpenOptions): Promise<CatalogStore> {
    const path = await realCatalogPath(resolve(options.path));
    const clock = options.clock ?? (() => new Date());
    if (options.readOnly) {
      const onDisk = await readFileAndLog(path).catch(() => undefined);
      if (onDisk) {
        // A damaged file falls through to the locked path, which can recover it.
        const db = await openBytes(onDisk.bytes).catch((e: unknown) => {
          if (e instanceof CatalogError) throw e;
          return undefined;
        });
        if (db) {
          replayChangeLog(db, onDisk.log, onDisk.header);
          return new CatalogStore(path, db, clock, undefined, []);
        }
      }
    }
    await mkdir(dirname(path), { recursive: true });
    const release = await lockCatalog(path, options.lock);
    try {
      await removeStaleTempFiles(path);
      await removeStaleTempFiles(changeLogPathOf(path));
      const disk = { ...realDisk, ...options.disk };
      const opened = await openCatalogFile(path, clock(), disk);
      return new CatalogStore(
        path,
        opened.db,
        clock,
        {
          release,
          log: opened.log,
          disk,
          logLimitBytes: options.logLimitBytes ?? DEFAULT_LOG_LIMIT_BYTES,
        },
        opened.notices,
      );
    } catch (e) {
      await release();
      throw e;
    }
  }

  info(): CatalogInfo {
    return {
      path: this.path,
      designationCount: countDesignations(this.db),
      savedAt: this.savedAt,
      notices: this.notices,
    };
  }

  list(): DesignationSummary[] {
    return listSummaries(this.db);
  }

  /** Every designation in full (reports, exports). */
  all(): Designation[] {
    return readAll(this.db);
  }

  get(code: string): Designation {
    return readDesignation(this.db, this.idOf(code));
  }

  create(input: DesignationInput): Promise<Designation> {
    return this.record('create', () => {
      return [{ before: null, after: freshSnapshot(input, this.clock().toISOString()) }];
    }).then(([d]) => d!);
  }

  update(code: string, input: DesignationInput): Promise<Designation> {
    return this.record('update', () => {
      const old = this.get(code);
      const after = freshSnapshot(input, this.clock().toISOString(), old.createdAt);
      return [{ before: { designation: old, incoming: [] }, after }];
    }).then(([d]) => d!);
  }

  /** Deletes a designation and the relations others held toward it; returns all of it. */
  async delete(code: string): Promise<DeletedDesignation> {
    let removed: DeletedDesignation | undefined;
    await this.record('delete', () => {
      const id = this.idOf(code);
      removed = {
        designation: readDesignation(this.db, id),
        incoming: incomingRelations(this.db, id),
      };
      return [{ before: removed, after: null }];
    });
    return removed!;
  }

  /** Puts a deleted designation back as it was, with its timestamps and the relations toward it. */
  restore(deleted: DeletedDesignation): Promise<Designation> {
    return this.record('restore', () => [{ before: null, after: deleted }]).then(([d]) => d!);
  }

  /** Creates many designations in one transaction (and one history entry): all are saved, or none. */
  async createMany(inputs: readonly DesignationInput[]): Promise<number> {
    await this.record('import', () => {
      const now = this.clock().toISOString();
      return inputs.map((input) => ({ before: null, after: freshSnapshot(input, now) }));
    });
    return inputs.length;
  }

  /**
   * Adds or updates many designations as one import: one transaction, one
   * history entry, all or nothing. With `dryRun` every rule is checked and
   * nothing is kept (the import preview).
   */
  async importDesignations(
    inputs: readonly DesignationInput[],
    { dryRun = false } = {},
  ): Promise<void> {
    await this.record(
      'import',
      () => {
        const now = this.clock().toISOString();
        return inputs.map((input) => {
          const id = findId(this.db, input.code);
          const old = id === undefined ? undefined : readDesignation(this.db, id);
          return {
            before: old ? { designation: old, incoming: [] } : null,
            after: freshSnapshot(input, now, old?.createdAt),
          };
        });
      },
      dryRun,
    );
  }

  /** Takes back the newest change still in effect (a whole import at once). */
  undo(): Promise<UndoResult> {
    return this.step('undo');
  }

  /** Replays the change undone last. */
  redo(): Promise<UndoResult> {
    return this.step('redo');
  }

  /** Changes, newest first: of one designation, or of the whole catalog. */
  history(code: string | null, limit = 200): HistoryEntry[] {
    return listHistory(this.db, code, limit);
  }

  /** Copies the catalog, as saved, into the backup folder. */
  backupNow(): Promise<string> {
    if (!this.writer)
      return Promise.reject(new CatalogError('CATALOG_LOCKED', { path: this.path }));
    return this.serially(() => writeBackup(this.path, this.db.export(), this.clock()));
  }

  /** Writes the catalog, as saved, to another file (Save a copy as). */
  copyTo(path: string): Promise<void> {
    return this.serially(() =>
      writeFileDurably(path, this.db.export()).catch((e: NodeJS.ErrnoException) => {
        throw new CatalogError('EXPORT_FAILED', {
          reason: e.code === 'ENOENT' ? 'folder-missing' : 'io',
          path,
        });
      }),
    );
  }

  /** The backups of this catalog, newest first, with how many designations each holds. */
  async backups(): Promise<{ name: string; takenAt: string; count: number | null }[]> {
    const entries = await listBackups(this.path);
    return Promise.all(
      entries.map(async (b) => {
        const db = await openBytes(await readFile(b.path)).catch(() => undefined);
        const count = db ? countDesignations(db) : null; // null: that backup is damaged
        db?.close();
        return { name: b.name, takenAt: b.takenAt.toISOString(), count };
      }),
    );
  }

  /**
   * Replaces the catalog with one of its backups, after backing up what it
   * replaces. A damaged backup, or one from a newer app, is refused.
   */
  restoreBackup(name: string): Promise<string> {
    return this.serially(async () => {
      if (!this.writer) throw new CatalogError('CATALOG_LOCKED', { path: this.path });
      const entry = (await listBackups(this.path)).find((b) => b.name === name);
      if (!entry) throw new CatalogError('NOT_FOUND', { code: name });
      const db = await openBytes(await readFile(entry.path)).catch((e: unknown) => {
        throw e instanceof CatalogError ? e : new CatalogError('NOT_A_CATALOG');
      });
      migrate(db);
      // Fold the log into the file first: should writing the backup in its place fail half-way,
      // no logged change may replay onto a file that could hold the very same bytes.
      if (this.writer.log.recordCount > 0) await this.checkpoint();
      const kept = await writeBackup(this.path, this.db.export(), this.clock());
      const old = this.db;
      this.db = db;
      try {
        await this.writeWhole();
      } catch (e) {
        if ((e as { untouched?: boolean }).untouched) {
          this.db = old;
          db.close();
        } else {
          old.close(); // the backup is in the file's place already: memory must say so too
        }
        throw this.saveFailed(e);
      }
      old.close();
      return kept;
    });
  }

  /** Folds the change log into the catalog file, so other programs see every change. */
  async close(): Promise<void> {
    await this.queue.catch(() => {});
    const log = this.writer?.log;
    if (log && (log.recordCount > 0 || !log.intact)) await this.checkpoint().catch(() => {});
    this.db.close();
    await this.writer?.release();
  }

  private idOf(code: string): number {
    return existingId(this.db, code);
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => {});
    return next;
  }

  /** Applies and records one user action; returns the designations as they now are. */
  private record(
    action: HistoryAction,
    plan: () => Transition[],
    dryRun = false,
  ): Promise<Designation[]> {
    return this.transaction(() => {
      const transitions = plan();
      const ids = applyTransitions(this.db, transitions);
      const changes = transitions.map(({ before, after }) => ({
        code: (after ?? before)!.designation.code,
        before,
        after,
      }));
      recordBatch(this.db, action, changes, this.clock().toISOString());
      return ids;
    }, dryRun);
  }

  private async step(direction: 'undo' | 'redo'): Promise<UndoResult> {
    let result: UndoResult = { action: null, codes: [] };
    await this.transaction(() => {
      const entries = nextBatch(this.db, direction);
      if (entries.length === 0) return [];
      const transitions =
        direction === 'undo'
          ? [...entries].reverse().map((e) => ({ before: e.after, after: e.before }))
          : entries.map((e) => ({ before: e.before, after: e.after }));
      applyTransitions(this.db, transitions);
      markBatch(this.db, entries[0]!.batch, direction === 'undo' ? 'undone' : 'done');
      result = { action: entries[0]!.action, codes: entries.map((e) => e.code) };
      return [];
    });
    return result;
  }

  /**
   * Runs `work` in one transaction and commits it only once its statements are
   * durably in the change log; returns the designations it names.
   */
  private transaction(work: () => (number | undefined)[], dryRun = false): Promise<Designation[]> {
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

  private async checkpoint(): Promise<void> {
    try {
      await this.writeWhole();
    } catch (e) {
      throw this.saveFailed(e);
    }
  }

  /** Writes the catalog in memory to its file and starts a new log after it. */
  private async writeWhole(): Promise<void> {
    const { log, disk, logLimitBytes } = this.writer!;
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

  private saveFailed(e: unknown): CatalogError {
    return new CatalogError('SAVE_FAILED', { reason: saveFailureReason(e), path: this.path });
  }
}
