import { CatalogError } from '../../../shared/errors';
import type { ImportEntry } from '../../../shared/model';
import type { CatalogStore } from '../store/catalog-store';
import { catalogVersion, type ImportPlan } from './import-plan';
import { builtImportWorker, previewInWorker } from './import-worker-client';

/** A previewed import, tied to the catalog it was previewed against. */
export interface PreparedImport extends ImportPlan {
  store: CatalogStore;
}

export interface PrepareOptions {
  /**
   * The built import worker: the file is read, checked and planned on a worker
   * thread. By default the one beside the running bundle; without one (tests
   * from the sources) the work runs in this thread.
   */
  workerPath?: string;
}

/** Reads a CSV or JSON export and works out what importing it would do, touching nothing. */
export async function prepareImport(
  store: CatalogStore,
  path: string,
  { workerPath = builtImportWorker() }: PrepareOptions = {},
): Promise<PreparedImport> {
  const catalog = store.all();
  const plan = workerPath
    ? await previewInWorker(workerPath, path, catalog)
    : await (await import('./import-preview')).previewFile(path, catalog); // CSV parsing loads when used
  return { ...plan, store };
}

/** Entries of a preview are fetched this many at a time, at most. */
export const PREVIEW_PAGE_LIMIT = 200;

/** One page of the designations a preview adds or changes. */
export function previewPage(
  prepared: PreparedImport,
  part: 'added' | 'changed',
  from: number,
  count: number,
): ImportEntry[] {
  return prepared[part].slice(from, from + Math.min(count, PREVIEW_PAGE_LIMIT));
}

/** Refuses a preview made for another catalog, or before the catalog last changed. */
function checkStillCurrent(store: CatalogStore, prepared: PreparedImport): void {
  if (prepared.store !== store)
    throw new CatalogError('IMPORT_INVALID', { reason: 'other-catalog' });
  if (catalogVersion(store.all()) !== prepared.version)
    throw new CatalogError('IMPORT_INVALID', { reason: 'catalog-changed' });
}

/**
 * Applies a prepared import after a backup: all of it in one transaction, or
 * nothing. Only onto the catalog it was previewed against, unchanged since:
 * the preview showed what would change, and that must still be true.
 */
export async function applyImport(
  store: CatalogStore,
  prepared: PreparedImport,
): Promise<{ added: number; changed: number }> {
  if (prepared.preview.errorCount > 0)
    throw new CatalogError('IMPORT_INVALID', { reason: 'errors' });
  checkStillCurrent(store, prepared);
  if (prepared.changes.length > 0) {
    await store.backupNow();
    checkStillCurrent(store, prepared); // nothing changed while the backup was written
    await store.importDesignations(prepared.changes);
  }
  return { added: prepared.preview.added, changed: prepared.preview.changed };
}
