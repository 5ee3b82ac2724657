import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { exited, startScript, waitForLine } from '../support/child';
import { makeTempDir } from '../support/temp';
import { crashCode } from '../support/save-loop';
import { inspect } from '../support/sqlite-file';

// CRASH_KILLS=200 npm run test:unit -- crash   runs the long version.
const KILLS = Number(process.env.CRASH_KILLS ?? 12);

describe('killing a writer in the middle of saving', () => {
  it(`never leaves a torn catalog nor loses an acknowledged save (${KILLS} kills)`, async () => {
    const path = join(await makeTempDir(), 'catalog.db');
    let acknowledged = 0;
    let next = 1;
    for (let kill = 0; kill < KILLS; kill++) {
      const child = startScript('save-loop.ts', [path, String(next)]);
      let last = acknowledged;
      child.stdout?.on('data', (d: Buffer) => {
        for (const m of d.toString().matchAll(/saved (\d+)/g)) last = Math.max(last, Number(m[1]));
      });
      await waitForLine(child, /^ready$/);
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 250));
      child.kill('SIGKILL');
      await exited(child);
      acknowledged = last;

      const file = await inspect(path);
      expect(file.integrity).toBe('ok');
      // Every acknowledged save is there; at most one unacknowledged one more.
      expect(file.count - 28).toBeGreaterThanOrEqual(acknowledged);
      expect(file.count - 28).toBeLessThanOrEqual(acknowledged + 1);
      next = file.count - 28 + 1;
    }
    const store = await CatalogStore.open({ path, readOnly: true });
    for (let n = 1; n <= acknowledged; n++) expect(store.get(crashCode(n)).code).toBe(crashCode(n));
    await store.close();
    console.log(
      `crash test: ${KILLS} kills survived, ${acknowledged} acknowledged saves all present`,
    );
    expect(acknowledged).toBeGreaterThan(0);
  }, 600_000);
});
