import { mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
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
import { listBackups, openBytes, openCatalogFile, writeBackup } from './catalog-file';
import { removeStaleTempFiles, writeFileDurably } from './durable-write';
import { applyConnectionPragmas, migrate } from './schema';
import { databaseFrom } from './sqlite';

export type Clock = () => Date;

export interface OpenOptions {
  path: string;
  clock?: Clock;
  /** Read without taking the writer's lock (CLI list/show while the app runs). */
  readOnly?: boolean;
  lock?: LockOptions;
  /** How saves reach the disk; tests pass one that fails like a full disk. */
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
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
 * The catalog: an in-memory SQLite database mirrored to one file. Every change
 * runs in a transaction and is durably on disk before its promise resolves; if
 * the write fails the change is undone in memory too, so memory and disk agree.
 */
export class CatalogStore {
  private queue: Promise<unknown> = Promise.resolve();
  private savedAt: string | null = null;

  private constructor(
    readonly path: string,
    private db: Database,
    private persisted: Uint8Array,
    private readonly clock: Clock,
    private readonly release: ReleaseLock | undefined,
    readonly notices: CatalogNotice[],
    private readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>,
  ) {}

  static async open(options: OpenOptions): Promise<CatalogStore> {
    const path = resolve(options.path);
    const clock = options.clock ?? (() => new Date());
    if (options.readOnly) {
      const bytes = await readFile(path).catch(() => undefined);
      if (bytes) {
        // A damaged file falls through to the locked path, which can recover it.
        const db = await openBytes(bytes).catch((e: unknown) => {
          if (e instanceof CatalogError) throw e;
          return undefined;
        });
        if (db) return new CatalogStore(path, db, bytes, clock, undefined, [], writeFileDurably);
      }
    }
    await mkdir(dirname(path), { recursive: true });
    const release = await lockCatalog(path, options.lock);
    try {
      await removeStaleTempFiles(path);
      const opened = await openCatalogFile(path, clock());
      return new CatalogStore(
        path,
        opened.db,
        opened.persisted,
        clock,
        release,
        opened.notices,
        options.writeFile ?? writeFileDurably,
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

  /** Copies the catalog as it is on disk into the backup folder. */
  backupNow(): Promise<string> {
    if (!this.release)
      return Promise.reject(new CatalogError('CATALOG_LOCKED', { path: this.path }));
    return this.serially(() => writeBackup(this.path, this.persisted, this.clock()));
  }

  /** Writes the catalog as it is on disk to another file (Save a copy as). */
  copyTo(path: string): Promise<void> {
    return this.serially(() =>
      writeFileDurably(path, this.persisted).catch((e: NodeJS.ErrnoException) => {
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
      if (!this.release) throw new CatalogError('CATALOG_LOCKED', { path: this.path });
      const entry = (await listBackups(this.path)).find((b) => b.name === name);
      if (!entry) throw new CatalogError('NOT_FOUND', { code: name });
      const db = await openBytes(await readFile(entry.path)).catch((e: unknown) => {
        throw e instanceof CatalogError ? e : new CatalogError('NOT_A_CATALOG');
      });
      migrate(db);
      const kept = await writeBackup(this.path, this.persisted, this.clock());
      const old = this.db;
      this.db = db;
      try {
        await this.persist();
      } catch (e) {
        this.db = old;
        db.close();
        throw e;
      }
      old.close();
      return kept;
    });
  }

  async close(): Promise<void> {
    await this.queue.catch(() => {});
    this.db.close();
    await this.release?.();
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

  /** Runs `work` in one transaction, then makes it durable; returns the designations it names. */
  private transaction(work: () => (number | undefined)[], dryRun = false): Promise<Designation[]> {
    return this.serially(async () => {
      if (!this.release && !dryRun) throw new CatalogError('CATALOG_LOCKED', { path: this.path });
      this.db.run('BEGIN');
      let ids: (number | undefined)[];
      try {
        ids = work();
        if (dryRun) {
          this.db.run('ROLLBACK');
          return [];
        }
        this.db.run('COMMIT');
      } catch (e) {
        this.db.run('ROLLBACK');
        throw e;
      }
      const changed = ids.flatMap((id) => (id === undefined ? [] : [readDesignation(this.db, id)]));
      await this.persist();
      return changed;
    });
  }

  private async persist(): Promise<void> {
    const bytes = this.db.export();
    applyConnectionPragmas(this.db);
    try {
      await this.writeFile(this.path, bytes);
    } catch (e) {
      // Put memory back to what is on disk, so a retry starts from the truth.
      this.db.close();
      this.db = await databaseFrom(this.persisted);
      applyConnectionPragmas(this.db);
      throw new CatalogError('SAVE_FAILED', { reason: saveFailureReason(e), path: this.path });
    }
    this.persisted = bytes;
    this.savedAt = this.clock().toISOString();
  }
}
