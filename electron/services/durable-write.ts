import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

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
  // `<name>.<digits>`, so that removeStaleTempFiles finds what a crash leaves behind.
  const temp = `${path}.${process.pid}${String(Math.random()).slice(2, 10)}`;
  const mode = await stat(path).then(
    (s) => s.mode & 0o777,
    () => 0o666,
  );
  try {
    const handle = await open(temp, 'wx', mode);
    try {
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
    await rm(temp, { force: true });
    throw e;
  }
  await syncFolder(dirname(path));
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
 * A crash between write and rename leaves a temp file `<name>.<digits>`
 * behind. Call only while holding the lock.
 */
export async function removeStaleTempFiles(path: string): Promise<string[]> {
  const name = basename(path);
  const removed: string[] = [];
  for (const entry of await readdir(dirname(path)).catch(() => [] as string[])) {
    if (entry.startsWith(`${name}.`) && /^\d+$/.test(entry.slice(name.length + 1))) {
      await rm(join(dirname(path), entry), { force: true });
      removed.push(entry);
    }
  }
  return removed;
}
