import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import lockfile from 'proper-lockfile';
import { CatalogError } from '../../../shared/errors';

export type ReleaseLock = () => Promise<void>;

const STALE_MS = 4_000;
const POLL_MS = 500;

export interface LockOptions {
  /** How long to wait for a live holder (or a remote one to go stale) before giving up. */
  waitMs?: number;
  /** Called if the lock is lost while held (the folder was removed or not refreshed in time). */
  onCompromised?: (e: Error) => void;
}

/**
 * One writer per catalog file across processes (the app and the CLI).
 * proper-lockfile keeps `<file>.lock` fresh while we live; a lock whose owner
 * died on this machine is taken over at once, and one from a process elsewhere
 * (a shared drive) once it has gone stale.
 */
export async function lockCatalog(
  path: string,
  { waitMs = 6_000, onCompromised = () => {} }: LockOptions = {},
): Promise<ReleaseLock> {
  const lockDir = `${path}.lock`;
  // Beside the lock folder, not in it: proper-lockfile removes the folder with rmdir.
  const ownerFile = `${path}.lock-owner`;
  const options = {
    realpath: false,
    stale: STALE_MS,
    update: STALE_MS / 4,
    lockfilePath: lockDir,
    onCompromised,
  };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(path, options);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw e;
    if (!(await ownerIsDead(ownerFile))) {
      // Alive elsewhere, or unknown: wait long enough for a dead one to go stale.
      try {
        release = await lockfile.lock(path, {
          ...options,
          retries: {
            retries: Math.ceil(waitMs / POLL_MS),
            factor: 1,
            minTimeout: POLL_MS,
            maxTimeout: POLL_MS,
          },
        });
      } catch (again) {
        if ((again as NodeJS.ErrnoException).code === 'ELOCKED') {
          throw new CatalogError('CATALOG_LOCKED', { path });
        }
        throw again;
      }
    } else {
      await rm(lockDir, { recursive: true, force: true });
      release = await lockfile.lock(path, options);
    }
  }
  await writeFile(ownerFile, JSON.stringify({ pid: process.pid, host: hostname() }));
  return async () => {
    await rm(ownerFile, { force: true });
    await release().catch(() => {});
  };
}

async function ownerIsDead(ownerFile: string): Promise<boolean> {
  try {
    const owner = JSON.parse(await readFile(ownerFile, 'utf8')) as {
      pid: number;
      host: string;
    };
    if (owner.host !== hostname() || owner.pid === process.pid) return false;
    process.kill(owner.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
