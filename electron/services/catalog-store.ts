import { mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Database } from 'sql.js';
import { CatalogError } from '../../shared/errors';
import {
  type CatalogInfo,
  type CatalogNotice,
  type DeletedDesignation,
  type Designation,
  type DesignationInput,
  type DesignationSummary,
} from '../../shared/model';
import {
  addRelation,
  countDesignations,
  incomingRelations,
  deleteRow,
  findId,
  insertRow,
  listSummaries,
  readAll,
  readDesignation,
  replaceCourses,
  replaceRelations,
  updateRow,
} from './catalog-queries';
import { lockCatalog, type LockOptions, type ReleaseLock } from './catalog-lock';
import { resolveRelations } from './catalog-rules';
import { openBytes, openCatalogFile, writeBackup } from './catalog-file';
import { removeStaleTempFiles, writeFileDurably } from './durable-write';
import { applyConnectionPragmas } from './schema';
import { loadSqlite } from './sqlite';

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
    return this.change(() => {
      if (findId(this.db, input.code) !== undefined) throw codeTaken(input.code);
      const relations = resolveRelations(this.db, input);
      const id = insertRow(this.db, input, this.clock().toISOString());
      replaceCourses(this.db, id, input.courses);
      replaceRelations(this.db, id, relations);
      return id;
    });
  }

  update(code: string, input: DesignationInput): Promise<Designation> {
    return this.change(() => {
      const id = this.idOf(code);
      const holder = findId(this.db, input.code);
      if (holder !== undefined && holder !== id) throw codeTaken(input.code);
      const relations = resolveRelations(this.db, input, code);
      updateRow(this.db, id, input, this.clock().toISOString());
      replaceCourses(this.db, id, input.courses);
      replaceRelations(this.db, id, relations);
      return id;
    });
  }

  /** Deletes a designation and the relations others held toward it; returns all of it. */
  async delete(code: string): Promise<DeletedDesignation> {
    let removed: DeletedDesignation | undefined;
    await this.change(() => {
      const id = this.idOf(code);
      removed = {
        designation: readDesignation(this.db, id),
        incoming: incomingRelations(this.db, id),
      };
      deleteRow(this.db, id);
      return undefined;
    });
    return removed!;
  }

  /** Puts a deleted designation back as it was, with its timestamps and the relations toward it. */
  restore({ designation, incoming }: DeletedDesignation): Promise<Designation> {
    return this.change(() => {
      if (findId(this.db, designation.code) !== undefined) throw codeTaken(designation.code);
      const relations = resolveRelations(this.db, designation);
      const id = insertRow(this.db, designation, designation.updatedAt, designation.createdAt);
      replaceCourses(this.db, id, designation.courses);
      replaceRelations(this.db, id, relations);
      for (const r of incoming) {
        const owner = findId(this.db, r.owner);
        if (owner !== undefined) addRelation(this.db, owner, r.kind, id); // owners deleted since stay gone
      }
      return id;
    });
  }

  /** Creates many designations in one transaction: all are saved, or none. */
  async createMany(inputs: readonly DesignationInput[]): Promise<number> {
    await this.change(() => {
      const now = this.clock().toISOString();
      const ids = inputs.map((d) => {
        if (findId(this.db, d.code) !== undefined) throw codeTaken(d.code);
        const id = insertRow(this.db, d, now);
        replaceCourses(this.db, id, d.courses);
        return id;
      });
      inputs.forEach((d, i) => replaceRelations(this.db, ids[i]!, resolveRelations(this.db, d)));
      return undefined;
    });
    return inputs.length;
  }

  /** Copies the catalog as it is on disk into the backup folder. */
  backupNow(): Promise<string> {
    return this.serially(() => writeBackup(this.path, this.persisted, this.clock()));
  }

  async close(): Promise<void> {
    await this.queue.catch(() => {});
    this.db.close();
    await this.release?.();
  }

  private idOf(code: string): number {
    const id = findId(this.db, code);
    if (id === undefined) throw new CatalogError('NOT_FOUND', { code });
    return id;
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => {});
    return next;
  }

  /** Runs `apply` in a transaction, then makes it durable; returns the row it touched. */
  private change(apply: () => number | undefined): Promise<Designation> {
    return this.serially(async () => {
      if (!this.release) throw new CatalogError('CATALOG_LOCKED', { path: this.path });
      this.db.run('BEGIN');
      let id: number | undefined;
      try {
        id = apply();
        this.db.run('COMMIT');
      } catch (e) {
        this.db.run('ROLLBACK');
        throw e;
      }
      const changed = id === undefined ? undefined : readDesignation(this.db, id);
      await this.persist();
      return changed as Designation;
    });
  }

  private async persist(): Promise<void> {
    const bytes = this.db.export();
    applyConnectionPragmas(this.db);
    try {
      await this.writeFile(this.path, bytes);
    } catch (e) {
      // Put memory back to what is on disk, so a retry starts from the truth.
      const SQL = await loadSqlite();
      this.db.close();
      this.db = new SQL.Database(this.persisted);
      applyConnectionPragmas(this.db);
      throw new CatalogError('SAVE_FAILED', { reason: saveFailureReason(e), path: this.path });
    }
    this.persisted = bytes;
    this.savedAt = this.clock().toISOString();
  }
}

const codeTaken = (code: string) =>
  new CatalogError('CODE_TAKEN', { code }, [{ path: ['code'], message: 'code.taken' }]);
