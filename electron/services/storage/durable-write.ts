import { constants } from 'node:fs';
import { copyFile, link, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
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
  const existing = await stat(path).catch(() => undefined);
  let temp: string | undefined;
  try {
    temp = await writeTemp(path, bytes, existing?.mode);
    // rename replaces a link at `path` itself; it never writes through it.
    await renameOver(temp, path);
  } catch (e) {
    if (temp) await rm(temp, { force: true });
    throw markUntouched(e); // a failed rename leaves the old file in place too
  }
  await syncFolder(dirname(path));
}

/**
 * A synced temp file beside `path`, created exclusively ('wx': never over an
 * existing file or through a link someone planted), named
 * `<name>.<9+ digits>` so that removeStaleTempFiles finds what a crash leaves.
 */
async function writeTemp(path: string, bytes: Uint8Array, mode?: number): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const temp = `${path}.${process.pid}${randomInt(10 ** 8, 10 ** 9)}`;
    const handle = await open(temp, 'wx').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'EEXIST' && attempt < 5) return undefined; // that name is taken: another
      throw e;
    });
    if (!handle) continue;
    try {
      // Keep the catalog's permissions (a group may share the folder); open() would apply the umask.
      if (mode !== undefined && process.platform !== 'win32') await handle.chmod(mode & 0o7777);
      await handle.writeFile(bytes); // writes on until every byte is there, or throws why not
      await handle.sync();
      const { size } = await handle.stat();
      if (size !== bytes.length) {
        throw Object.assign(new Error(`only ${size} of ${bytes.length} bytes were written`), {
          code: 'ENOSPC',
        });
      }
    } catch (e) {
      await handle.close();
      await rm(temp, { force: true });
      throw e;
    }
    await handle.close();
    return temp;
  }
}

/** Renames `from` over `to` (never through a link at `to`) and syncs the folder. */
export async function moveIntoPlace(from: string, to: string): Promise<void> {
  await renameOver(from, to);
  await syncFolder(dirname(to));
}

/**
 * Writes a file that must not exist yet: never over a file, never through a
 * link. A synced temp file is hard-linked to the name (which fails if the name
 * is taken, a link included), so the name only ever shows the whole file. A
 * file system without hard links gets an exclusive create instead.
 * Rejects with EEXIST when the name is taken.
 */
export async function writeNewFile(path: string, bytes: Uint8Array): Promise<void> {
  const temp = await writeTemp(path, bytes);
  try {
    await link(temp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS'].includes(code)) throw e;
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } finally {
    await unlink(temp).catch(() => {});
  }
  await syncFolder(dirname(path));
}

/** `<base>.<suffix>`, or with -2, -3 … when that name is taken. */
async function firstFreeName(
  base: string,
  suffix: string,
  write: (name: string) => Promise<void>,
): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.${suffix}` : `${base}.${suffix}-${n}`;
    try {
      await write(name);
      return name;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 100) throw e;
    }
  }
}

/**
 * Copies `source` to a new file `<source>.<suffix>` (exclusively: never over a
 * file or a link), synced before anything may replace the source.
 */
export async function copyAside(source: string, suffix: string): Promise<string> {
  const copy = await firstFreeName(source, suffix, (name) =>
    copyFile(source, name, constants.COPYFILE_EXCL),
  );
  const handle = await open(copy, 'r+'); // Windows syncs only what it may write
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await syncFolder(dirname(copy));
  return copy;
}

/** Writes `bytes` to a new file `<base>.<suffix>` (exclusively). */
export const writeAside = (base: string, suffix: string, bytes: Uint8Array): Promise<string> =>
  firstFreeName(base, suffix, (name) => writeNewFile(name, bytes));

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
