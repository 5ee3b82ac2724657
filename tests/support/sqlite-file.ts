import { copyFile, readFile } from 'node:fs/promises';
import { changeLogPathOf } from '../../electron/services/storage/change-log';
import { readCatalogState } from '../../electron/services/storage/catalog-file';

/**
 * Runs one query on the catalog as it is on disk (the file plus its change
 * log), independently of the store that wrote it, as a second reader would.
 */
export async function fileValue(path: string, sql: string): Promise<unknown> {
  const db = await readCatalogState(path);
  try {
    return db.exec(sql)[0]?.values[0]?.[0];
  } finally {
    db.close();
  }
}

export async function inspect(path: string): Promise<{ integrity: string; count: number }> {
  return {
    integrity: String(await fileValue(path, 'PRAGMA integrity_check')),
    count: Number(await fileValue(path, 'SELECT count(*) FROM designation')),
  };
}

/** Copies a catalog's files (the file and its change log) as a crash at this instant leaves them. */
export async function copyAsAfterCrash(path: string, to: string): Promise<void> {
  await copyFile(path, to);
  await copyFile(changeLogPathOf(path), changeLogPathOf(to)).catch(() => {}); // no log yet: none to copy
}

/** Every byte the catalog keeps on disk: to prove a refused change wrote nothing. */
export async function diskBytes(path: string): Promise<Buffer> {
  const log = await readFile(changeLogPathOf(path)).catch(() => Buffer.alloc(0));
  return Buffer.concat([await readFile(path), log]);
}
