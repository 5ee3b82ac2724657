// The built CLI in a shell pipeline whose reader stops early, as `| head` does.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { makeTempDir } from '../support/temp';
import { syntheticDesignations } from '../support/synthetic';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'out', 'main', 'cli.js');

beforeAll(() => {
  if (!existsSync(CLI))
    execFileSync('npx', ['--no-install', 'electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
}, 120_000);

describe('credential-catalog list | head -1', () => {
  it('ends quietly with success when the reader has read enough', async () => {
    const db = join(await makeTempDir(), 'catalog.db');
    const store = await CatalogStore.open({ path: db });
    await store.createMany(syntheticDesignations(2000)); // more than a pipe's buffer holds
    await store.close();
    const run = spawnSync(
      'bash',
      ['-c', 'node "$0" list --db "$1" | head -1; echo "cli exit ${PIPESTATUS[0]}" >&2', CLI, db],
      { encoding: 'utf8', env: { ...process.env, LANG: 'en_GB.UTF-8' } },
    );
    expect(run.stdout).toBe(`2028 designations in ${db}\n`);
    expect(run.stderr).toBe('cli exit 0\n');
  }, 60_000);
});
