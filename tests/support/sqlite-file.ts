import { readFile } from 'node:fs/promises';
import { loadSqlite } from '../../electron/services/sqlite';

/** Runs one query on the file on disk, independently of the store, as another program would. */
export async function fileValue(path: string, sql: string): Promise<unknown> {
  const SQL = await loadSqlite();
  const db = new SQL.Database(await readFile(path));
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
