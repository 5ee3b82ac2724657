import {
  closeSync,
  constants,
  fdatasyncSync,
  ftruncateSync,
  openSync,
  statSync,
  writeSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { copyAside, moveIntoPlace, writeFileDurably } from './durable-write';
import { encodeRecord, type LoggedStatement } from './log-records';
import { CatalogTakenOver } from './taken-over';

/**
 * The change log beside a catalog (`catalog.db-log`): a save appends the
 * statements of its transaction here and syncs before SQLite commits, so a
 * save costs a few kilobytes and one fsync instead of rewriting the whole file.
 * The catalog file itself is rewritten (a checkpoint) on open, on close and
 * when the log grows large; the log's header names the exact file it follows,
 * so a log left from before a checkpoint is never replayed twice. The format
 * and how a damaged log is read: log-records.ts.
 */

export {
  encodeRecord,
  holdsChanges,
  logFollows,
  logHeaderFor,
  parseChangeLog,
  scanChangeLog,
  type LoggedStatement,
} from './log-records';

export const changeLogPathOf = (catalogPath: string): string => `${catalogPath}-log`;
/**
 * The empty log a checkpoint prepares before it replaces the catalog file. Found
 * beside a file it follows, it proves the checkpoint got as far as replacing
 * the file, so the old log's changes are all in the file.
 */
export const nextLogPathOf = (catalogPath: string): string => `${catalogPath}-log.next`;

/** The file at `path`, or undefined when there is none. */
export async function readIfThere(path: string): Promise<Buffer | undefined> {
  return readFile(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
}

export const readChangeLog = (catalogPath: string): Promise<Buffer | undefined> =>
  readIfThere(changeLogPathOf(catalogPath));

/**
 * Copies a log that could not be replayed aside, for whoever investigates. A
 * copy, not a move: until the checkpoint that follows, the log is still the
 * truth. Never over an existing file or through a link: another name is found.
 */
export const copyChangeLogAside = (catalogPath: string, suffix: string): Promise<string> =>
  copyAside(changeLogPathOf(catalogPath), suffix);

/** How logs reach the disk; tests pass writers that fail like a full or read-only disk. */
export interface LogDisk {
  /**
   * Replaces a whole file durably (temp file, fsync, rename, folder fsync).
   * Rejects with `untouched: true` when the file at `path` is as it was.
   */
  replace(path: string, bytes: Uint8Array): Promise<void>;
  /** Writes `bytes` at `offset` of an existing file and syncs it. */
  appendAt(path: string, bytes: Uint8Array, offset: number): Promise<void>;
  /** Renames `from` over `to` and syncs the folder. */
  promote(from: string, to: string): Promise<void>;
}

/** Never through a link planted where the log should be (not on Windows, which has no such flag). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Synchronous on purpose: a save's record is a few kilobytes and one
 * fdatasync (about 0.3 ms here), and going through the thread pool for each
 * call would double that. Opened by name each time, never through a handle
 * kept open: ChangeLog checks right before every append that the file at that
 * name is the one this process wrote.
 */
async function appendAt(path: string, bytes: Uint8Array, offset: number): Promise<void> {
  const fd = openSync(path, constants.O_RDWR | NO_FOLLOW);
  try {
    try {
      // A nearly full disk (or a file-size limit) can take part of a record without an error:
      // write on until it is all there or the disk says why not.
      for (let done = 0; done < bytes.length;) {
        done += writeSync(fd, bytes, done, bytes.length - done, offset + done);
      }
      fdatasyncSync(fd);
    } catch (e) {
      try {
        ftruncateSync(fd, offset); // leave no torn record for the next append to follow
        fdatasyncSync(fd); // nor one that comes back after a crash: that save was refused
      } catch {
        // The log is marked unhealthy either way; the next save rewrites it.
      }
      throw e;
    }
  } finally {
    closeSync(fd);
  }
}

export const realDisk: LogDisk = { replace: writeFileDurably, appendAt, promote: moveIntoPlace };

/**
 * Which file is on disk: a catalog replaced by another program must not be
 * followed blindly. Size and modification time, not the inode: network and
 * FUSE drives may hand out a new inode number for the same file.
 */
const identityOf = (path: string): string | undefined => {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
};
const sizeOf = (path: string): number | undefined => {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
};

/**
 * The catalog file and log on disk, against what this process last wrote:
 * - 'ours': exactly what we wrote;
 * - 'gone': the file or the log deleted, or the log emptied, and nothing
 *   else there: writing the whole catalog back overwrites no one's changes;
 * - 'foreign': another program wrote there (a file or log we did not write).
 */
export type DiskState = 'ours' | 'gone' | 'foreign';

/** The open log of a catalog held by this process. */
export class ChangeLog {
  private size: number | undefined;
  private records = 0;
  /** After a failed append or checkpoint the state on disk is unknown: the next save checkpoints first. */
  private healthy = false;
  private catalogIdentity: string | undefined;

  /**
   * Starts watching the catalog's files as they are now (the caller has just
   * taken the lock). `guard` throws CatalogTakenOver once our lock is gone.
   */
  constructor(
    private readonly catalogPath: string,
    private readonly disk: LogDisk,
    readonly guard: () => void = () => {},
  ) {
    this.noteDisk();
  }

  get path(): string {
    return changeLogPathOf(this.catalogPath);
  }

  /** Takes whatever is on disk now as our own (after a write of ours that may or may not have landed). */
  private noteDisk(): void {
    this.catalogIdentity = identityOf(this.catalogPath);
    this.size = sizeOf(this.path);
  }

  diskState(): DiskState {
    const file = identityOf(this.catalogPath);
    const log = sizeOf(this.path);
    if (file !== undefined && file !== this.catalogIdentity) return 'foreign';
    if (log !== undefined && log !== 0 && log !== this.size) return 'foreign';
    return file === this.catalogIdentity && log === this.size ? 'ours' : 'gone';
  }

  /** Throws CatalogTakenOver if our lock is gone or another program wrote the files. */
  checkOwnership(): void {
    this.guard();
    this.checkFiles();
  }

  /**
   * Throws CatalogTakenOver if another program wrote the files (the lock is the
   * caller's to check); returns whether the next record can follow them (intact).
   */
  checkFiles(): boolean {
    const state = this.diskState();
    if (state === 'foreign') throw new CatalogTakenOver('file');
    return this.healthy && state === 'ours';
  }

  /** False after a failed append or checkpoint, or when the files on disk are not just as we wrote them. */
  get intact(): boolean {
    return this.healthy && this.diskState() === 'ours';
  }

  /**
   * Called before the catalog file is replaced: until a new log follows it,
   * nothing may be appended. Returns a function to call once the replacement
   * failed: `untouched` when the file is as it was, and then the log is good
   * to append to again if it was before.
   */
  invalidate(): (untouched: boolean) => void {
    const wasIntact = this.intact;
    this.healthy = false;
    return (untouched) => {
      if (!untouched) this.noteDisk(); // our half-finished checkpoint is ours, not another program's
      this.healthy = untouched && wasIntact && this.diskState() === 'ours';
    };
  }

  get bytes(): number {
    return this.size ?? 0;
  }

  get recordCount(): number {
    return this.records;
  }

  /** Starts an empty log after the catalog file whose log header is `header` was written. */
  async reset(header: Buffer): Promise<void> {
    this.healthy = false;
    this.guard();
    try {
      await this.disk.replace(this.path, header);
    } finally {
      this.noteDisk();
    }
    this.adopt();
  }

  /** Continues the empty log on disk, which follows the catalog file as it is now. */
  adopt(): void {
    this.noteDisk();
    this.records = 0;
    this.healthy = true;
  }

  /**
   * Appends one transaction. Ownership is checked right before the write and
   * again after it, before the caller commits: if the lock was taken over in
   * between, the new owner may not have read this record, so the save must not
   * be acknowledged.
   */
  async append(statements: readonly LoggedStatement[]): Promise<void> {
    if (!this.healthy) throw new Error('change log needs a reset');
    this.guard();
    const state = this.diskState();
    if (state === 'foreign') throw new CatalogTakenOver('file');
    if (state !== 'ours') throw new Error('change log needs a reset');
    const record = encodeRecord(statements);
    try {
      await this.disk.appendAt(this.path, record, this.bytes);
    } catch (e) {
      this.healthy = false;
      this.size = sizeOf(this.path); // a tail we could not truncate is ours
      throw e;
    }
    this.size = this.bytes + record.length;
    this.records++;
    this.guard();
  }
}
