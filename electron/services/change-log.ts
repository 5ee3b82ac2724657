import { createHash } from 'node:crypto';
import {
  closeSync,
  fdatasyncSync,
  fstatSync,
  ftruncateSync,
  openSync,
  statSync,
  writeSync,
} from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
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

export type LoggedStatement = [sql: string, params: SqlValue[]];

const MAGIC = Buffer.from('CCLOG1\n\0', 'latin1');
const HEADER_BYTES = MAGIC.length + 32;
const RECORD_HEAD_BYTES = 4 + 16;

export const changeLogPathOf = (catalogPath: string): string => `${catalogPath}-log`;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();

function logHeader(catalogBytes: Uint8Array): Buffer {
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
    JSON.stringify(statements.map(([sql, params]) => [sql, params.map(encodeValue)])),
    'utf8',
  );
  const head = Buffer.alloc(RECORD_HEAD_BYTES);
  head.writeUInt32LE(payload.length, 0);
  sha256(payload).copy(head, 4, 0, 16);
  return Buffer.concat([head, payload]);
}

/** A log that follows exactly these catalog bytes and holds no change yet. */
export function isEmptyLogOf(log: Uint8Array, catalogBytes: Uint8Array): boolean {
  return log.length === HEADER_BYTES && Buffer.from(log).equals(logHeader(catalogBytes));
}

/**
 * The transactions logged after `catalogBytes` was written, oldest first.
 * Empty when there is no log, or when the log follows another version of the
 * file (a checkpoint finished but the crash came before the log was reset).
 */
export function parseChangeLog(
  log: Uint8Array | undefined,
  catalogBytes: Uint8Array,
): LoggedStatement[][] {
  if (!log || log.length < HEADER_BYTES) return [];
  const bytes = Buffer.from(log.buffer, log.byteOffset, log.byteLength);
  if (!bytes.subarray(0, HEADER_BYTES).equals(logHeader(catalogBytes))) return [];
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
    const statements = JSON.parse(payload.toString('utf8')) as [string, unknown[]][];
    records.push(statements.map(([sql, params]) => [sql, params.map(decodeValue)]));
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

/** Moves a log that could not be replayed out of the way, keeping it for whoever investigates. */
export async function setChangeLogAside(catalogPath: string, suffix: string): Promise<string> {
  const movedTo = `${changeLogPathOf(catalogPath)}.${suffix}`;
  await rename(changeLogPathOf(catalogPath), movedTo);
  return movedTo;
}

/** How logs reach the disk; tests pass writers that fail like a full or read-only disk. */
export interface LogDisk {
  /** Replaces a whole file durably (temp file, fsync, rename, folder fsync). */
  replace(path: string, bytes: Uint8Array): Promise<void>;
  /** Writes `bytes` at `offset` of an existing file and syncs it. */
  appendAt(path: string, bytes: Uint8Array, offset: number): Promise<void>;
}

/**
 * Synchronous on purpose: a save's record is a few kilobytes and one
 * fdatasync (about 0.3 ms here), and going through the thread pool five times
 * would double that. Opened by name each time, so a log deleted or replaced
 * behind our back is noticed rather than written blind.
 */
async function appendAt(path: string, bytes: Uint8Array, offset: number): Promise<void> {
  const fd = openSync(path, 'r+');
  try {
    const { size } = fstatSync(fd);
    if (size !== offset) {
      throw Object.assign(new Error(`change log is ${size} bytes, expected ${offset}`), {
        code: 'ELOGCHANGED',
      });
    }
    try {
      writeSync(fd, bytes, 0, bytes.length, offset);
      fdatasyncSync(fd);
    } catch (e) {
      try {
        ftruncateSync(fd, offset); // leave no torn record for the next append to follow
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

/** The open log of a catalog held by this process. */
export class ChangeLog {
  private size = 0;
  private records = 0;
  /** After a failed append the log's state is unknown: the next save checkpoints first. */
  private healthy = false;

  constructor(
    private readonly catalogPath: string,
    private readonly disk: LogDisk,
  ) {}

  get path(): string {
    return changeLogPathOf(this.catalogPath);
  }

  /** False after a failed append, or when the file on disk is not the one this process wrote. */
  get intact(): boolean {
    if (!this.healthy) return false;
    try {
      return statSync(this.path).size === this.size;
    } catch {
      return false;
    }
  }

  get bytes(): number {
    return this.size;
  }

  get recordCount(): number {
    return this.records;
  }

  /** Starts an empty log after the catalog file was written as `catalogBytes`. */
  async reset(catalogBytes: Uint8Array): Promise<void> {
    this.healthy = false;
    const header = logHeader(catalogBytes);
    await this.disk.replace(this.path, header);
    this.size = header.length;
    this.records = 0;
    this.healthy = true;
  }

  /** Continues an empty log already on disk that follows the catalog file. */
  adopt(size: number): void {
    this.size = size;
    this.records = 0;
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
