import { createHash } from 'node:crypto';
import type { SqlValue } from 'sql.js';

/**
 * The change log's format. Header = MAGIC + sha256(catalog file it follows);
 * then records of u32le payload length, 16 bytes of sha256(payload), payload
 * (the JSON statements of one transaction).
 */

/** One write: its SQL and parameters (null: run without any, every statement in `sql`). */
export type LoggedStatement = [sql: string, params: SqlValue[] | null];

const MAGIC = Buffer.from('CCLOG1\n\0', 'latin1');
export const HEADER_BYTES = MAGIC.length + 32;
const RECORD_HEAD_BYTES = 4 + 16;
/** Every payload is a JSON array of [sql, params] pairs, so it starts with these bytes. */
const PAYLOAD_START = Buffer.from('[["', 'utf8');

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

const matches = (bytes: Buffer, hashAt: number, from: number, to: number) =>
  sha256(bytes.subarray(from, to))
    .subarray(0, 16)
    .equals(bytes.subarray(hashAt, hashAt + 16));

/** The record whose head is at `at`, if its hash proves it whole; its payload ends at `end`. */
function recordAt(bytes: Buffer, at: number): { end: number } | undefined {
  if (at + RECORD_HEAD_BYTES > bytes.length) return undefined;
  const start = at + RECORD_HEAD_BYTES;
  const end = start + bytes.readUInt32LE(at);
  return end <= bytes.length && matches(bytes, at + 4, start, end) ? { end } : undefined;
}

/** The next whole record after a damaged one at `from`: found by its start and proven by its hash. */
function nextWholeRecord(bytes: Buffer, from: number): number | undefined {
  for (let p = bytes.indexOf(PAYLOAD_START, from + 1); p >= 0;) {
    const at = p - RECORD_HEAD_BYTES;
    if (at > from && recordAt(bytes, at)) return at;
    p = bytes.indexOf(PAYLOAD_START, p + 1);
  }
  return undefined;
}

export interface ScannedLog {
  /** The transactions that can be replayed, oldest first. */
  records: LoggedStatement[][];
  /**
   * Saves that are in the log but cannot be replayed: a damaged record, and
   * every one after it. Those after it may be whole, but each was made on the
   * state the damaged one left, which is lost: replaying them on another
   * state could give a catalog no one ever saw. 0 when nothing is damaged.
   * A record cut short at the very end is not counted: that is an append
   * a crash interrupted, which was never acknowledged.
   */
  unreadable: number;
}

/**
 * Reads the transactions logged after the catalog file with this `header`.
 * Empty when there is no log, or when the log follows another version of the
 * file. Replays stop at the first damaged record; a record whose length field
 * alone is damaged is still proven whole by its hash up to the next record.
 */
export function scanChangeLog(log: Uint8Array | undefined, header: Buffer): ScannedLog {
  if (!log || log.length < HEADER_BYTES || !logFollows(log, header))
    return { records: [], unreadable: 0 };
  const bytes = Buffer.from(log.buffer, log.byteOffset, log.byteLength);
  const records: LoggedStatement[][] = [];
  const decode = (start: number, end: number) => {
    const statements = JSON.parse(bytes.subarray(start, end).toString('utf8')) as [
      string,
      unknown[] | null,
    ][];
    records.push(statements.map(([sql, params]) => [sql, params && params.map(decodeValue)]));
  };
  let at = HEADER_BYTES;
  while (at < bytes.length) {
    const whole = recordAt(bytes, at);
    if (whole) {
      decode(at + RECORD_HEAD_BYTES, whole.end);
      at = whole.end;
      continue;
    }
    const until = nextWholeRecord(bytes, at) ?? bytes.length;
    // Only the length field damaged: the payload up to the next record matches its hash.
    if (until > at + RECORD_HEAD_BYTES && matches(bytes, at + 4, at + RECORD_HEAD_BYTES, until)) {
      decode(at + RECORD_HEAD_BYTES, until);
      at = until;
      continue;
    }
    return { records, unreadable: damagedFrom(bytes, at) };
  }
  return { records, unreadable: 0 };
}

/**
 * How many saves a damage at `at` makes unreadable: each damaged stretch
 * counts as one (at least one record), each whole record after it as one. A
 * record at the very end whose bytes run past the end of the file is an
 * append the writer never finished (and never acknowledged): not counted.
 */
function damagedFrom(bytes: Buffer, at: number): number {
  let count = 0;
  for (let damaged: number | undefined = at; damaged !== undefined;) {
    const next = nextWholeRecord(bytes, damaged);
    if (next === undefined) {
      const head = damaged + RECORD_HEAD_BYTES;
      if (head <= bytes.length && head + bytes.readUInt32LE(damaged) <= bytes.length) count++;
      break;
    }
    count++;
    let p = next;
    for (let whole = recordAt(bytes, p); whole; whole = recordAt(bytes, p)) {
      count++;
      p = whole.end;
    }
    damaged = p < bytes.length ? p : undefined;
  }
  return count;
}

/** The replayable transactions only (see scanChangeLog). */
export const parseChangeLog = (log: Uint8Array | undefined, header: Buffer): LoggedStatement[][] =>
  scanChangeLog(log, header).records;
