import { open, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * Writes bytes so that a crash at any instant leaves either the old or the new
 * file: temp file in the same folder, fsync, rename (write-file-atomic), then
 * fsync the folder so the rename itself survives power loss.
 */
export async function writeFileDurably(path: string, bytes: Uint8Array): Promise<void> {
  await writeFileAtomic(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    fsync: true,
  });
  await syncFolder(dirname(path));
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
 * write-file-atomic names its temp files `<name>.<decimal number>`; a crash
 * between write and rename leaves one behind. Call only while holding the lock.
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
