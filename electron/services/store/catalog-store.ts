import { mkdir, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CatalogError } from '../../../shared/errors';
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
} from '../../../shared/model';
import {
  countDesignations,
  incomingRelations,
  findId,
  listSummaries,
  readAll,
  readDesignation,
} from '../catalog/queries';
import {
  applyTransitions,
  existingId,
  freshSnapshot,
  type Transition,
} from '../catalog/transitions';
import {
  listHistory,
  markBatch,
  nextBatch,
  recordBatch,
  type Change,
} from '../catalog/history-queries';
import { applyPatch, patchesOf } from '../catalog/history-patches';
import type { HistoryState } from '../catalog/history-snapshots';
import { changeLogPathOf, realDisk, type LogDisk } from '../storage/change-log';
import { openCatalogFile, openForReading } from '../storage/catalog-file';
import { removeStaleTempFiles } from '../storage/durable-write';
import { lockCatalog, type LockOptions } from '../storage/lock';
import { CatalogTakenOver } from '../storage/taken-over';
import {
  backupNow,
  copyTo,
  describeBackups,
  restoreBackup,
  type BackupInfo,
} from './catalog-backups';
import { CatalogSession, type Clock } from './catalog-session';

export type { Clock } from './catalog-session';

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

/** Why an open failed, by the system's error code (translated as errors:openReason.<reason>). */
const OPEN_FAILURES: Partial<Record<string, string>> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EACCES: 'no-access', // reading may be what was refused
  EPERM: 'no-access',
  EROFS: 'read-only',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  ENOENT: 'folder-missing',
  ELOOP: 'link',
  EIO: 'io',
  EISDIR: 'not-a-file',
  ENOTDIR: 'not-a-file',
  EEXIST: 'not-a-file', // its folder cannot be made: a file stands there
  ENAMETOOLONG: 'not-a-file',
  ERR_FS_FILE_TOO_LARGE: 'too-large',
};

/**
 * The catalog: an in-memory SQLite database kept on disk as one file plus a
 * change log. Every change runs in a transaction whose statements are durably
 * in the log before it commits; if the log cannot be written the transaction
 * is rolled back, so memory and disk always agree.
 */
export class CatalogStore {
  private constructor(private readonly session: CatalogSession) {}

  /**
   * Opens a catalog. Read-only (the CLI's list, show, history, export …) never
   * moves, recovers or rewrites anything and takes no lock: a damaged file is
   * reported (CATALOG_DAMAGED), another program's is refused (NOT_A_CATALOG).
   * Only a missing file is created, as a writer would, so that a new --db
   * starts with the 28 designations.
   */
  static async open(options: OpenOptions): Promise<CatalogStore> {
    const path = await realCatalogPath(resolve(options.path));
    try {
      return await CatalogStore.openAt(path, options);
    } catch (e) {
      // The system refused a read or write on the way (a full disk at recovery, a folder where
      // the file should be): said in the user's words. Anything else is a bug, and stays one.
      const reason = OPEN_FAILURES[(e as NodeJS.ErrnoException).code ?? ''];
      if (e instanceof CatalogError || !reason) throw e;
      throw new CatalogError('CATALOG_OPEN_FAILED', { path, reason });
    }
  }

  private static async openAt(path: string, options: OpenOptions): Promise<CatalogStore> {
    const clock = options.clock ?? (() => new Date());
    if (options.readOnly) {
      const read = await openForReading(path);
      if (read)
        return new CatalogStore(new CatalogSession(path, read.db, clock, undefined, read.notices));
    }
    await mkdir(dirname(path), { recursive: true });
    const lock = await lockCatalog(path, options.lock);
    try {
      await removeStaleTempFiles(path);
      await removeStaleTempFiles(changeLogPathOf(path));
      const disk = { ...realDisk, ...options.disk };
      const opened = await openCatalogFile(path, clock(), disk, () => lock.verify());
      const writer = {
        lock,
        log: opened.log,
        disk,
        logLimitBytes: options.logLimitBytes ?? DEFAULT_LOG_LIMIT_BYTES,
      };
      return new CatalogStore(new CatalogSession(path, opened.db, clock, writer, opened.notices));
    } catch (e) {
      await lock.release();
      if (e instanceof CatalogTakenOver) throw new CatalogError('CATALOG_TAKEN_OVER', { path });
      throw e;
    }
  }

  /** What the user must be told about the catalog file (recovered, taken over …). */
  get notices(): CatalogNotice[] {
    return this.session.notices;
  }

  get path(): string {
    return this.session.path;
  }

  private get db() {
    return this.session.db;
  }

  private now(): string {
    return this.session.clock().toISOString();
  }

  info(): CatalogInfo {
    return {
      path: this.path,
      designationCount: countDesignations(this.db),
      savedAt: this.session.savedAt,
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
    return readDesignation(this.db, existingId(this.db, code));
  }

  create(input: DesignationInput): Promise<Designation> {
    return this.record('create', () => {
      return [{ before: null, after: freshSnapshot(input, this.now()) }];
    }).then(([d]) => d!);
  }

  update(code: string, input: DesignationInput): Promise<Designation> {
    return this.record('update', () => {
      const old = this.get(code);
      const after = freshSnapshot(input, this.now(), old.createdAt);
      return [{ before: { designation: old, incoming: [] }, after }];
    }).then(([d]) => d!);
  }

  /** Deletes a designation and the relations others held toward it; returns all of it. */
  async delete(code: string): Promise<DeletedDesignation> {
    let removed: DeletedDesignation | undefined;
    await this.record('delete', () => {
      const id = existingId(this.db, code);
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
    await this.record(
      'import',
      () => {
        const now = this.now();
        return inputs.map((input) => ({ before: null, after: freshSnapshot(input, now) }));
      },
      { returned: false },
    );
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
        const now = this.now();
        return inputs.map((input) => {
          const id = findId(this.db, input.code);
          const old = id === undefined ? undefined : readDesignation(this.db, id);
          return {
            before: old ? { designation: old, incoming: [] } : null,
            after: freshSnapshot(input, now, old?.createdAt),
          };
        });
      },
      { dryRun, returned: false },
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
    return backupNow(this.session);
  }

  /**
   * Writes the catalog, as saved, to another file holding everything (Save a
   * copy as; the CLI's copy, which wants a new file: `exclusive`).
   */
  copyTo(path: string, { exclusive = false } = {}): Promise<void> {
    return copyTo(this.session, path, exclusive);
  }

  /** The backups of this catalog, newest first, with how many designations each holds. */
  backups(): Promise<BackupInfo[]> {
    return describeBackups(this.path);
  }

  /** Replaces the catalog with one of its backups, after backing up what it replaces. */
  restoreBackup(name: string): Promise<string> {
    return restoreBackup(this.session, name);
  }

  /**
   * Folds the change log into the catalog file, so other programs see every
   * change; then gives up the lock. A session another program took over
   * writes nothing.
   */
  async close(): Promise<void> {
    await this.session.settled();
    const log = this.session.writer?.log;
    if (log && (log.recordCount > 0 || !log.intact)) await this.session.foldLog().catch(() => {});
    this.db.close();
    await this.session.writer?.lock.release();
  }

  /**
   * Applies and records one user action; returns the designations as they now
   * are (not for imports, `returned` false, which would only throw them away).
   */
  private record(
    action: HistoryAction,
    plan: () => Transition[],
    { dryRun = false, returned = true } = {},
  ): Promise<Designation[]> {
    return this.session.transaction(() => {
      const transitions = plan();
      const ids = applyTransitions(this.db, transitions);
      // Read once, after every write: a patch records the designation as stored (relation
      // targets in the catalog's own spelling of each code, say), so that undo finds it
      // standing exactly so; and that is what the save returns. History writes change neither.
      const stored = ids.map((id, i) =>
        id !== undefined && (returned || transitions[i]!.before)
          ? readDesignation(this.db, id)
          : undefined,
      );
      const recorded = transitions.map(({ before, after }, i) =>
        before && after
          ? { before, after: { ...after, designation: stored[i]! } }
          : { before, after },
      );
      recordBatch(this.db, action, recorded.map(historyChange), this.now());
      return returned ? stored.filter((d) => d !== undefined) : [];
    }, dryRun);
  }

  private step(direction: 'undo' | 'redo'): Promise<UndoResult> {
    return this.session.transaction((): UndoResult => {
      const entries = nextBatch(this.db, direction);
      if (entries.length === 0) return { action: null, codes: [] };
      const ordered = direction === 'undo' ? [...entries].reverse() : entries;
      // All together, so that rows come before the relations between them (a batch touches each designation once).
      const transitions = ordered.map((e) =>
        direction === 'undo'
          ? this.replayed(e.after, e.before, e.batch)
          : this.replayed(e.before, e.after, e.batch),
      );
      applyTransitions(this.db, transitions);
      markBatch(this.db, entries[0]!.batch, direction === 'undo' ? 'undone' : 'done');
      return { action: entries[0]!.action, codes: entries.map((e) => e.code) };
    });
  }

  /** The move from one recorded state to another, starting from the catalog as it stands. */
  private replayed(from: HistoryState, to: HistoryState, batch: number): Transition {
    const code = 'patch' in from ? from.patch.code : from.snapshot?.designation.code;
    const id = code === undefined ? undefined : findId(this.db, code);
    const current = id === undefined ? null : readDesignation(this.db, id);
    const before = current && { designation: current, incoming: [] };
    if ('patch' in to) {
      if (!current || !('patch' in from)) throw new CatalogError('HISTORY_DAMAGED', { batch });
      const after = applyPatch(current, from.patch, to.patch, batch);
      return { before, after: { designation: after, incoming: [] } };
    }
    if (code !== undefined && !current) throw new CatalogError('HISTORY_DAMAGED', { batch });
    return { before, after: to.snapshot };
  }
}

/** What history keeps of one move: a change to an existing designation as a patch, others whole. */
function historyChange({ before, after }: Transition): Change {
  const code = (after ?? before)!.designation.code;
  if (!before || !after) return { code, before: { snapshot: before }, after: { snapshot: after } };
  const { from, to } = patchesOf(before.designation, after.designation);
  return { code, before: { patch: from }, after: { patch: to } };
}
