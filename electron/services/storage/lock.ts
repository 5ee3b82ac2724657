import { closeSync, openSync, readFileSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { CatalogError } from '../../../shared/errors';
import { startHeartbeat, type Heartbeat } from './lock-heartbeat';
import { newOwner, ownerLife, parseOwner, type LockOwner } from './lock-owner';
import { CatalogTakenOver } from './taken-over';

/**
 * One writer per catalog across processes and computers: the folder
 * `<catalog>.lock`, holding `owner` (who, written once) and `beat` (a counter
 * a worker thread advances every few seconds).
 *
 * - Taking it is one rename of a folder we prepared, owner record included,
 *   onto `<catalog>.lock`: it fails while a lock is there, so two processes
 *   starting at the same instant cannot both get it, and no lock is ever
 *   seen without its owner.
 * - A lock held on this computer is judged by its owner's pid and process start
 *   time: a live owner keeps it however busy it is; a dead one loses it at once.
 * - A lock held by another computer (or where pids cannot be judged) is
 *   judged by its beat: stale once it has not moved for `staleMs` as measured
 *   by this process's own monotonic clock. No clock of another computer is
 *   compared with ours, so clock skew cannot make a live lock look old.
 * - Taking over a stale lock renames it aside (only one taker can), checks it
 *   moved the very lock it judged (else puts it back), and only then takes
 *   the lock in the ordinary way: never remove-then-lock.
 * - Holding the lock is re-checked before and after every write (`verify`): a
 *   writer that finds another owner's record stops writing.
 */
export interface LockOptions {
  /** How long to wait for a live holder before giving up with CATALOG_LOCKED. */
  waitMs?: number;
  /** How long a lock whose owner cannot be judged by its pid must be silent to count as stale. */
  staleMs?: number;
  /** How often the owner beats. */
  beatMs?: number;
  /** Tests only: present this process as another computer. */
  machine?: string;
}

/** Generous: a network drive can stall for tens of seconds, and its owner's beats with it. */
const STALE_MS = 60_000;
const BEAT_MS = 2_000;
const POLL_MS = 200;
/** What rename says when a folder (or anything) holds the lock's name. */
const OCCUPIED = ['ENOTEMPTY', 'EEXIST', 'ENOTDIR', 'EISDIR'];

const now = () => performance.now();
const ownerIn = (dir: string) => join(dir, 'owner');

/** What sits at the lock's place, as far as a contender can tell. */
interface Holder {
  /** Tells this lock from a later one at the same place. */
  key: string;
  life: 'alive' | 'dead' | 'unknown';
  /** Changes while the owner lives (its beat, or a foreign lock folder's time). */
  beat: string;
}

async function inspect(dir: string, machine: string): Promise<Holder | undefined> {
  const st = await lstat(dir).catch(() => undefined);
  if (!st) return undefined;
  // A file or a link where the lock folder should be is no lock: move it aside.
  if (!st.isDirectory()) return { key: `other:${st.ino}:${st.mtimeMs}`, life: 'dead', beat: '' };
  const owner = parseOwner(await readFile(ownerIn(dir), 'utf8').catch(() => ''));
  const beat = await readFile(join(dir, 'beat'), 'utf8').catch(() => `dir:${st.mtimeMs}`);
  if (!owner) return { key: `ownerless:${st.ino}`, life: 'unknown', beat };
  return { key: owner.token, life: ownerLife(owner, machine), beat };
}

/** The lock this process holds on one catalog. */
export class CatalogLock {
  private released = false;

  constructor(
    readonly dir: string,
    private readonly owner: LockOwner,
    private heartbeat: Heartbeat,
    private readonly beatMs: number,
  ) {}

  /**
   * Takes the lock again after it vanished with no one else's in its place
   * (its folder was deleted, the whole catalog folder with it): CatalogTakenOver
   * if another lock is there. Whether anyone wrote meanwhile is for the caller
   * to check on the files themselves before it writes.
   */
  async retake(): Promise<void> {
    if (this.released || this.holds()) return;
    if (await lstat(this.dir).catch(() => undefined)) throw new CatalogTakenOver('lock');
    const { staging, beatFd } = await prepare(this.dir, this.owner);
    const taken = await rename(staging, this.dir).then(
      () => true,
      () => false,
    );
    if (!taken) {
      closeSync(beatFd);
      await rm(staging, { recursive: true, force: true });
      throw new CatalogTakenOver('lock');
    }
    await this.heartbeat.stop();
    this.heartbeat = startHeartbeat(beatFd, this.beatMs);
  }

  /** Whether the lock on disk is still this one. Synchronous: it runs right beside each write. */
  holds(): boolean {
    if (this.released) return false;
    try {
      return parseOwner(readFileSync(ownerIn(this.dir), 'utf8'))?.token === this.owner.token;
    } catch {
      return false;
    }
  }

  /** Throws CatalogTakenOver unless the lock on disk is still this one. */
  verify(): void {
    if (!this.holds()) throw new CatalogTakenOver('lock');
  }

  /** Gives the lock up, if it is still ours; another owner's lock is never touched. */
  async release(): Promise<void> {
    if (this.released) return;
    const ours = this.holds();
    this.released = true;
    await this.heartbeat.stop();
    if (ours) await moveAside(this.dir, this.owner.token, `old-${this.owner.token}`);
  }
}

/**
 * Renames the lock at `dir` aside and removes it, if it is the one with `key`;
 * a lock taken meanwhile by someone else is put back.
 */
async function moveAside(dir: string, key: string, suffix: string): Promise<void> {
  const aside = `${dir}.${suffix}`;
  if (
    !(await rename(dir, aside).then(
      () => true,
      () => false, // another contender moved it first, or it is gone
    ))
  )
    return;
  const moved = await inspect(aside, '');
  if (moved?.key !== key) {
    // Not the lock we judged: put it back. Should that fail, its owner finds its lock gone
    // at its next write and stops: a safe failure, never two writers.
    await rename(aside, dir).catch(() => {});
    return;
  }
  await rm(aside, { recursive: true, force: true });
}

/** Prepares our lock folder, owner record and beat file included, under a name of our own. */
async function prepare(
  dir: string,
  owner: LockOwner,
): Promise<{ staging: string; beatFd: number }> {
  const staging = `${dir}.new-${owner.token}-${Date.now()}`;
  await mkdir(staging); // fails if the name exists: nothing of anyone else's is written into
  await writeFile(ownerIn(staging), JSON.stringify(owner), { flag: 'wx' });
  await writeFile(join(staging, 'beat'), '0'.padStart(16, '0'), { flag: 'wx' });
  return { staging, beatFd: openSync(join(staging, 'beat'), 'r+') };
}

/** Takes the catalog's lock, taking over a dead owner's; CATALOG_LOCKED if a live one keeps it. */
export async function lockCatalog(path: string, options: LockOptions = {}): Promise<CatalogLock> {
  const { waitMs = 6_000, staleMs = STALE_MS, beatMs = BEAT_MS } = options;
  const dir = `${path}.lock`;
  const owner = newOwner(options.machine);
  const { staging, beatFd } = await prepare(dir, owner);
  const heartbeat = startHeartbeat(beatFd, beatMs);
  /** When we first saw each holder's current beat. */
  const seen = new Map<string, { beat: string; since: number; moved: boolean }>();
  const started = now();
  try {
    for (;;) {
      const taken = await rename(staging, dir).then(
        () => true,
        async (e: NodeJS.ErrnoException) => {
          // A lock was there when we tried (it may be gone already: its owner just released it).
          if (OCCUPIED.includes(e.code ?? '')) return false;
          if (!(await lstat(dir).catch(() => undefined))) throw e; // not held: a real error
          return false; // Windows says EPERM when the name is taken by a folder
        },
      );
      if (taken) break;
      const holder = await inspect(dir, owner.machine);
      if (!holder) {
        if (now() >= started + waitMs + 10_000) throw new CatalogError('CATALOG_LOCKED', { path });
        continue; // released meanwhile: try again at once
      }
      let life = holder.life;
      let deadline = started + waitMs;
      if (life === 'unknown') {
        const last = seen.get(holder.key);
        if (!last || last.beat !== holder.beat)
          seen.set(holder.key, { beat: holder.beat, since: now(), moved: last !== undefined });
        const { since, moved } = seen.get(holder.key)!;
        if (now() - since >= staleMs) life = 'dead';
        // Silent since we started watching: wait until it is provably stale, however long that is.
        else if (!moved) deadline = Math.max(deadline, since + staleMs + POLL_MS);
      }
      if (life === 'dead') {
        await moveAside(dir, holder.key, `stale-${owner.token}`);
        continue;
      }
      if (now() >= deadline) throw new CatalogError('CATALOG_LOCKED', { path });
      await delay(POLL_MS);
    }
  } catch (e) {
    await heartbeat.stop();
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
  await removeLeftovers(dir, owner.machine);
  return new CatalogLock(dir, owner, heartbeat, beatMs);
}

/**
 * Lock folders a crash left under other names: moved aside (`stale-`, `old-`)
 * or prepared by a process on this computer that died before taking the lock.
 */
async function removeLeftovers(dir: string, machine: string): Promise<void> {
  const prefix = `${basename(dir)}.`;
  for (const name of await readdir(dirname(dir)).catch(() => [] as string[])) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    const leftover = join(dirname(dir), name);
    if (rest.startsWith('new-')) {
      const owner = parseOwner(await readFile(ownerIn(leftover), 'utf8').catch(() => ''));
      if (!owner || ownerLife(owner, machine) !== 'dead') continue;
    } else if (!rest.startsWith('stale-') && !rest.startsWith('old-')) continue;
    await rm(leftover, { recursive: true, force: true }).catch(() => {});
  }
}
