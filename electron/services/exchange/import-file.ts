import { readFile, stat } from 'node:fs/promises';
import { CatalogError } from '../../../shared/errors';
import type { DesignationInput } from '../../../shared/model';
import type { CatalogStore } from '../store/catalog-store';
import { parseCsv, parseJson } from './import-rows';
import { planImport, type ImportPreview } from './import-plan';

const MAX_BYTES = 50 * 1024 * 1024;

export interface PreparedImport {
  preview: ImportPreview;
  changes: DesignationInput[];
}

/** Reads a CSV or JSON export and works out what importing it would do, touching nothing. */
export async function prepareImport(store: CatalogStore, path: string): Promise<PreparedImport> {
  const size = (await stat(path).catch(() => undefined))?.size;
  if (size === undefined) throw new CatalogError('NOT_FOUND', { code: path });
  if (size > MAX_BYTES) throw new CatalogError('IMPORT_INVALID', { reason: 'too-large' });
  const text = await readFile(path, 'utf8');
  const parsed =
    /\.json$/i.test(path) || text.trimStart().startsWith('{') ? parseJson(text) : parseCsv(text);
  const plan = planImport(parsed, store.all());
  if (plan.preview.errors.length === 0 && plan.changes.length > 0) {
    // The store's own rules (a prerequisite cycle, say) on the whole batch, then rolled back.
    await store.importDesignations(plan.changes, { dryRun: true }).catch((e: unknown) => {
      if (!(e instanceof CatalogError)) throw e;
      plan.preview.errors.push({
        row: 0,
        field: '',
        message: 'import.rule',
        params: { code: e.code, ...e.params },
      });
    });
  }
  return plan;
}

/** Applies a prepared import after a backup: all of it in one transaction, or nothing. */
export async function applyImport(
  store: CatalogStore,
  prepared: PreparedImport,
): Promise<{ added: number; changed: number }> {
  if (prepared.preview.errors.length > 0)
    throw new CatalogError('IMPORT_INVALID', { reason: 'errors' });
  if (prepared.changes.length > 0) {
    await store.backupNow();
    await store.importDesignations(prepared.changes);
  }
  return { added: prepared.preview.added.length, changed: prepared.preview.changed.length };
}
