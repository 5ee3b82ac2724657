import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { randomInt } from 'node:crypto';

/**
 * Writes bytes so that a crash at any instant leaves either the old or the new
 * file: temp file in the same folder, every byte written and checked, fsync,
 * rename, then fsync the folder so the rename itself survives power loss.
 *
 * Not write-file-atomic: it issues one write() and renames whatever that wrote,
 * and on a nearly full disk one write() can take part of the file without an
 * error. A catalog cut short that way would be renamed into place.
 */
export async function writeFileDurably(path: string, bytes: Uint8Array): Promise<void> {
  // `<name>.<9+ digits>`, so that removeStaleTempFiles finds what a crash leaves behind.
  const temp = `${path}.${process.pid}${randomInt(10 ** 8, 10 ** 9)}`;
  const existing = await stat(path).catch(() => undefined);
  let created = false;
  try {
    const handle = await open(temp, 'wx');
    created = true;
    try {
      // Keep the catalog's permissions (a group may share the folder); open() would apply the umask.
      if (existing && process.platform !== 'win32') await handle.chmod(existing.mode & 0o7777);
      await handle.writeFile(bytes); // writes on until every byte is there, or throws why not
      await handle.sync();
      const { size } = await handle.stat();
      if (size !== bytes.length) {
        throw Object.assign(new Error(`only ${size} of ${bytes.length} bytes were written`), {
          code: 'ENOSPC',
        });
      }
    } finally {
      await handle.close();
    }
    await renameOver(temp, path);
  } catch (e) {
    if (created) await rm(temp, { force: true });
    throw markUntouched(e); // a failed rename leaves the old file in place too
  }
  await syncFolder(dirname(path));
}

/**
 * The same for content too large to hold in memory: `fill` writes the temp file at
 * the path it is given (it exists, empty) and says how many bytes it wrote; then
 * fsync, size check, rename and folder fsync as above. A failure, or an error
 * thrown by `fill`, removes the temp file and leaves the target untouched.
 */
export async function writeFileDurablyVia(
  path: string,
  fill: (temp: string) => Promise<number>,
): Promise<void> {
  const temp = `${path}.${process.pid}${randomInt(10 ** 8, 10 ** 9)}`;
  const existing = await stat(path).catch(() => undefined);
  let created = false;
  try {
    const empty = await open(temp, 'wx');
    created = true;
    try {
      if (existing && process.platform !== 'win32') await empty.chmod(existing.mode & 0o7777);
    } finally {
      await empty.close();
    }
    const written = await fill(temp);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
      const { size } = await handle.stat();
      if (size !== written) {
        throw Object.assign(new Error(`only ${size} of ${written} bytes were written`), {
          code: 'ENOSPC',
        });
      }
    } finally {
      await handle.close();
    }
    await renameOver(temp, path);
  } catch (e) {
    if (created) await rm(temp, { force: true });
    throw markUntouched(e);
  }
  await syncFolder(dirname(path));
}

/** Errors that left the file at the target path exactly as it was carry `untouched: true`. */
function markUntouched(e: unknown): unknown {
  return e instanceof Error ? Object.assign(e, { untouched: true }) : e;
}

/**
 * Windows refuses to rename over a file another program (an antivirus scan,
 * a backup tool) has open for a moment: try again for up to a second.
 */
async function renameOver(from: string, to: string): Promise<void> {
  for (let wait = 10; ; wait *= 2) {
    try {
      return await rename(from, to);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !['EPERM', 'EACCES', 'EBUSY'].includes(code)) throw e;
      if (wait > 640) throw e;
      await delay(wait);
    }
  }
}

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A crash between write and rename leaves a temp file `<name>.<9+ digits>`
 * behind. Call only while holding the lock.
 */
export async function removeStaleTempFiles(path: string): Promise<string[]> {
  const name = basename(path);
  const removed: string[] = [];
  for (const entry of await readdir(dirname(path)).catch(() => [] as string[])) {
    if (entry.startsWith(`${name}.`) && /^\d{9,}$/.test(entry.slice(name.length + 1))) {
      await rm(join(dirname(path), entry), { force: true });
      removed.push(entry);
    }
  }
  return removed;
}
