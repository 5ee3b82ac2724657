import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogError } from '../../shared/errors';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { exited, startScript, waitForLine } from '../support/child';
import { sampleDesignation } from '../support/designations';
import { makeTempDir } from '../support/temp';

let path: string;
const opened: CatalogStore[] = [];
beforeEach(async () => {
  path = join(await makeTempDir(), 'catalog.db');
});
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

const codeOf = (e: unknown) => (e instanceof CatalogError ? e.code : e);

describe('one writer at a time', () => {
  it('refuses a second writer in another process while the first holds the catalog', async () => {
    const holder = startScript('hold-catalog.ts', [path]);
    try {
      await waitForLine(holder, /^holding 28$/);
      const second = await CatalogStore.open({ path, lock: { waitMs: 1000 } }).catch(codeOf);
      expect(second).toBe('CATALOG_LOCKED');
    } finally {
      holder.kill('SIGTERM');
      await exited(holder);
    }
  });

  it('lets a reader in while a writer holds the catalog, but not to write', async () => {
    const writer = await CatalogStore.open({ path });
    opened.push(writer);
    const reader = await CatalogStore.open({ path, readOnly: true });
    opened.push(reader);
    expect(reader.list()).toHaveLength(28);
    expect(await reader.create(sampleDesignation()).catch(codeOf)).toBe('CATALOG_LOCKED');
  });

  it('takes over at once from a holder that crashed', async () => {
    const holder = startScript('hold-catalog.ts', [path]);
    await waitForLine(holder, /^holding 28$/);
    holder.kill('SIGKILL');
    await exited(holder);

    const started = Date.now();
    const next = await CatalogStore.open({ path, lock: { waitMs: 0 } });
    opened.push(next);
    expect(Date.now() - started).toBeLessThan(2000);
    await next.create(sampleDesignation());
    expect(next.list()).toHaveLength(29);
  });

  it('is free again once the holder closes', async () => {
    const first = await CatalogStore.open({ path });
    await first.close();
    const second = await CatalogStore.open({ path, lock: { waitMs: 0 } });
    opened.push(second);
    expect(second.list()).toHaveLength(28);
  });
});
