import { createHash } from 'node:crypto';
import { closeSync, fdatasyncSync, ftruncateSync, openSync, statSync, writeSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import type { SqlValue } from 'sql.js';
import { writeFileDurably } from './durable-write';

/**
 * The change log beside a catalog (`catalog.db-log`): a save appends the
 * statements of its transaction here and syncs before SQLite commits, so a
 * save costs a few kilobytes and one fsync instead of rewriting the whole file.
 * The catalog file itself is rewritten (a checkpoint) on open, on close and
 * when the log grows large; the log's header names the exact file it follows,
 * so a log left from before a checkpoint is never replayed twice.
 *
 * Layout: header = MAGIC + sha256(catalog file); then records of
 * u32le payload length, 16 bytes of sha256(payload), payload (JSON statements).
 * A record that is short or does not match its hash ends the log: a crash in
 * the middle of an append leaves exactly such a tail, and that save was never
 * acknowledged.
 */

/** One write: its SQL and parameters (null: run without any, every statement in `sql`). */
export type LoggedStatement = [sql: string, params: SqlValue[] | null];

const MAGIC = Buffer.from('CCLOG1\n\0', 'latin1');
const HEADER_BYTES = MAGIC.length + 32;
const RECORD_HEAD_BYTES = 4 + 16;

export const changeLogPathOf = (catalogPath: string): string => `${catalogPath}-log`;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();

/**
 * The header of a log that follows these catalog bytes. Hashing a large
 * catalog takes milliseconds: compute it once and pass it around.
 */
export function logHeaderFor(catalogBytes: Uint8Array): Buffer {
  return Buffer.concat([MAGIC, sha256(catalogBytes)]);
}

// JSON keeps the log readable by a person in trouble; blobs travel as base64.
const encodeValue = (v: SqlValue) =>
  v instanceof Uint8Array ? { b64: Buffer.from(v).toString('base64') } : v;
const decodeValue = (v: unknown): SqlValue =>
  v !== null && typeof v === 'object'
    ? Buffer.from((v as { b64: string }).b64, 'base64')
    : (v as SqlValue);

export function encodeRecord(statements: readonly LoggedStatement[]): Buffer {
  const payload = Buffer.from(
    JSON.stringify(statements.map(([sql, params]) => [sql, params && params.map(encodeValue)])),
    'utf8',
  );
  const head = Buffer.alloc(RECORD_HEAD_BYTES);
  head.writeUInt32LE(payload.length, 0);
  sha256(payload).copy(head, 4, 0, 16);
  return Buffer.concat([head, payload]);
}

/** Whether `log` was started after the catalog file with this `header` (no log: nothing to follow). */
export function logFollows(log: Uint8Array | undefined, header: Buffer): boolean {
  if (!log || log.length === 0) return true;
  return log.length >= HEADER_BYTES && header.equals(log.subarray(0, HEADER_BYTES));
}

/** Whether a log has anything after its header (whichever file it follows). */
export const holdsChanges = (log: Uint8Array): boolean => log.length > HEADER_BYTES;

/**
 * The transactions logged after the catalog file with this `header`, oldest first.
 * Empty when there is no log, or when the log follows another version of the
 * file (a checkpoint finished but the crash came before the log was reset).
 */
export function parseChangeLog(log: Uint8Array | undefined, header: Buffer): LoggedStatement[][] {
  if (!log || log.length < HEADER_BYTES || !logFollows(log, header)) return [];
  const bytes = Buffer.from(log.buffer, log.byteOffset, log.byteLength);
  const records: LoggedStatement[][] = [];
  let at = HEADER_BYTES;
  while (at + RECORD_HEAD_BYTES <= bytes.length) {
    const length = bytes.readUInt32LE(at);
    const start = at + RECORD_HEAD_BYTES;
    if (start + length > bytes.length) break;
    const payload = bytes.subarray(start, start + length);
    if (
      !sha256(payload)
        .subarray(0, 16)
        .equals(bytes.subarray(at + 4, start))
    )
      break;
    const statements = JSON.parse(payload.toString('utf8')) as [string, unknown[] | null][];
    records.push(statements.map(([sql, params]) => [sql, params && params.map(decodeValue)]));
    at = start + length;
  }
  return records;
}

export async function readChangeLog(catalogPath: string): Promise<Buffer | undefined> {
  return readFile(changeLogPathOf(catalogPath)).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
}

/**
 * Copies a log that could not be replayed aside, for whoever investigates. A
 * copy, not a move: until the checkpoint that follows, the log is still the truth.
 */
export async function copyChangeLogAside(catalogPath: string, suffix: string): Promise<string> {
  const copy = `${changeLogPathOf(catalogPath)}.${suffix}`;
  await copyFile(changeLogPathOf(catalogPath), copy);
  return copy;
}

/** How logs reach the disk; tests pass writers that fail like a full or read-only disk. */
export interface LogDisk {
  /**
   * Replaces a whole file durably (temp file, fsync, rename, folder fsync).
   * Rejects with `untouched: true` when the file at `path` is as it was.
   */
  replace(path: string, bytes: Uint8Array): Promise<void>;
  /** Writes `bytes` at `offset` of an existing file and syncs it. */
  appendAt(path: string, bytes: Uint8Array, offset: number): Promise<void>;
}

/**
 * Synchronous on purpose: a save's record is a few kilobytes and one
 * fdatasync (about 0.3 ms here), and going through the thread pool for each
 * call would double that. Opened by name each time, never through a handle
 * kept open: ChangeLog.intact, checked before every save, has just made sure
 * the file at that name is the one this process wrote.
 */
async function appendAt(path: string, bytes: Uint8Array, offset: number): Promise<void> {
  const fd = openSync(path, 'r+');
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

export const realDisk: LogDisk = { replace: writeFileDurably, appendAt };

/**
 * Which file is on disk: a catalog replaced by another program must not be
 * followed blindly. Size and modification time, not the inode: network and
 * FUSE drives may hand out a new inode number for the same file.
 */
const identityOf = (path: string) => {
  const s = statSync(path);
  return `${s.size}:${s.mtimeMs}`;
};

/** The open log of a catalog held by this process. */
export class ChangeLog {
  private size = 0;
  private records = 0;
  /** After a failed append or checkpoint the state on disk is unknown: the next save checkpoints first. */
  private healthy = false;
  private catalogIdentity = '';

  constructor(
    private readonly catalogPath: string,
    private readonly disk: LogDisk,
  ) {}

  get path(): string {
    return changeLogPathOf(this.catalogPath);
  }

  /**
   * False after a failed append or checkpoint, or when the log or the catalog
   * file on disk is not the one this process wrote (deleted, emptied, replaced).
   */
  get intact(): boolean {
    return this.healthy && this.filesUnchanged();
  }

  private filesUnchanged(): boolean {
    try {
      return (
        statSync(this.path).size === this.size &&
        identityOf(this.catalogPath) === this.catalogIdentity
      );
    } catch {
      return false;
    }
  }

  /**
   * Called before the catalog file is replaced: until a new log follows it,
   * nothing may be appended. Returns a function to call if the replacement
   * failed: when neither file was touched, the log is good to append to again.
   */
  invalidate(): () => void {
    const wasIntact = this.intact;
    this.healthy = false;
    return () => {
      this.healthy = wasIntact && this.filesUnchanged();
    };
  }

  get bytes(): number {
    return this.size;
  }

  get recordCount(): number {
    return this.records;
  }

  /** Starts an empty log after the catalog file whose log header is `header` was written. */
  async reset(header: Buffer): Promise<void> {
    this.healthy = false;
    await this.disk.replace(this.path, header);
    this.adopt(header.length);
  }

  /** Continues an empty log already on disk that follows the catalog file. */
  adopt(size: number): void {
    this.size = size;
    this.records = 0;
    this.catalogIdentity = identityOf(this.catalogPath);
    this.healthy = true;
  }

  async append(statements: readonly LoggedStatement[]): Promise<void> {
    if (!this.healthy) throw new Error('change log needs a reset');
    const record = encodeRecord(statements);
    try {
      await this.disk.appendAt(this.path, record, this.size);
    } catch (e) {
      this.healthy = false;
      throw e;
    }
    this.size += record.length;
    this.records++;
  }
}
