import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

type BetterSqlite = new (path: string) => {
  exec(sql: string): void;
  prepare(sql: string): { run(...params: unknown[]): unknown };
  close(): void;
};

const DEPS = join(__dirname, '..', '..', 'bench', '.deps');

/**
 * better-sqlite3 12 (13 needs Node 22) for comparison only: installed on first
 * use into bench/.deps, so it is neither in the app nor in `npm ci`.
 */
export async function loadBetterSqlite(): Promise<{ module?: BetterSqlite; note: string }> {
  const load = () => createRequire(join(DEPS, 'package.json'))('better-sqlite3') as BetterSqlite;
  try {
    return { module: load(), note: '' };
  } catch {
    // not installed yet
  }
  if (!existsSync(DEPS)) mkdirSync(DEPS, { recursive: true });
  console.log('Installing better-sqlite3@12 into bench/.deps for the comparison …');
  const r = spawnSync(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', DEPS, 'better-sqlite3@12'],
    {
      encoding: 'utf8',
    },
  );
  try {
    return { module: load(), note: '' };
  } catch (e) {
    return {
      note: `not available: ${(r.stderr || String(e)).split('\n').find(Boolean)?.slice(0, 80)}`,
    };
  }
}
