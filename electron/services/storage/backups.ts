import { lstat, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CatalogError } from '../../../shared/errors';
import { writeFileDurably } from './durable-write';

const BACKUPS_KEPT = 10;

export const backupFolderOf = (path: string): string => `${path}-backups`;
export const stamp = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace('.', '-');
/** The time a backup was taken, from its name (20260402T080000-000Z.db); mtime is unreliable after copies. */
function parseStamp(name: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})-(\d{3})Z/.exec(name);
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`) : undefined;
}

export interface BackupEntry {
  name: string;
  path: string;
  takenAt: Date;
}

/** Backups of this catalog, newest first. */
export async function listBackups(path: string): Promise<BackupEntry[]> {
  const folder = backupFolderOf(path);
  const names = await readdir(folder).catch(() => [] as string[]);
  const entries = await Promise.all(
    names
      .filter((n) => n.endsWith('.db'))
      .map(async (name) => ({
        name,
        path: join(folder, name),
        takenAt: parseStamp(name) ?? (await stat(join(folder, name))).mtime,
      })),
  );
  // Names start with a sortable UTC stamp; the name decides the order.
  return entries.sort((a, b) => b.name.localeCompare(a.name));
}

/** Writes a backup of `bytes` and keeps only the newest few. Returns the backup's name. */
export async function writeBackup(path: string, bytes: Uint8Array, now: Date): Promise<string> {
  const folder = backupFolderOf(path);
  const found = await lstat(folder).catch(() => undefined);
  // A link planted in its place would send backups, and the pruning of old ones, elsewhere.
  if (found && !found.isDirectory())
    throw new CatalogError('SAVE_FAILED', { reason: 'link', path: folder });
  if (!found) await mkdir(folder);
  const name = `${stamp(now)}.db`;
  await writeFileDurably(join(folder, name), bytes);
  const all = await listBackups(path);
  for (const old of all.slice(BACKUPS_KEPT)) await rm(old.path, { force: true });
  return name;
}
