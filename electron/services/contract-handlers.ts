import { basename } from 'node:path';
import {
  contract,
  isMethodName,
  RECENT_FILES_KEPT,
  type MethodName,
  type MethodOutput,
  type ParsedInput,
} from '../../shared/contract';
import { CatalogError, type Outcome } from '../../shared/errors';
import { toFieldIssues } from '../../shared/validation';
import {
  applyImport,
  prepareImport,
  previewPage,
  type PreparedImport,
} from './exchange/import-file';
import { PlannerExports } from './plan-exports';
import { planStudy } from './planner/plan';
import { ExportJobs } from './reports/export-jobs';
import { CatalogStore } from './store/catalog-store';
import type { SettingsStore } from './settings/settings-store';
import type { Services } from './services';

export type { Services } from './services';

export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

/** The services behind each contract method. */
export function createHandlers(services: Services): Handlers {
  const { settings, onSettingsChanged } = services;
  // The store is looked up on every call: opening another catalog replaces it.
  const store = () => services.store;
  const exports = new ExportJobs(services);
  const plannerExports = new PlannerExports(services);
  let prepared: PreparedImport | undefined;
  return {
    getCatalogInfo: () => store().info(),
    listDesignations: () => store().list(),
    getDesignation: ({ code }) => store().get(code),
    createDesignation: ({ designation }) => store().create(designation),
    updateDesignation: ({ code, designation }) => store().update(code, designation),
    deleteDesignation: ({ code }) => store().delete(code),
    restoreDesignation: ({ deleted }) => store().restore(deleted),
    undo: () => store().undo(),
    redo: () => store().redo(),
    listHistory: ({ code, limit }) => store().history(code, limit),
    previewImport: async () => {
      const path = await services.chooseImportPath?.();
      if (!path) return { status: 'cancelled' as const };
      prepared = undefined; // a preview that fails leaves none behind to apply
      prepared = await prepareImport(store(), path, { workerPath: services.importWorkerPath });
      return { status: 'ready' as const, file: basename(path), preview: prepared.preview };
    },
    previewImportPage: ({ part, from, count }) => {
      if (!prepared) throw new CatalogError('IMPORT_INVALID', { reason: 'none' });
      return { entries: previewPage(prepared, part, from, count) };
    },
    applyImport: async () => {
      const taken = prepared;
      if (!taken) throw new CatalogError('IMPORT_INVALID', { reason: 'none' });
      prepared = undefined; // applied or refused as out of date: either way, preview again
      return applyImport(store(), taken);
    },
    openCatalog: async ({ recent }) => {
      const path = recent ?? (await services.chooseCatalogPath?.());
      if (!path) return { status: 'cancelled' as const };
      if (recent && !settings.get().recentFiles.includes(recent))
        throw new CatalogError('NOT_FOUND', { code: recent });
      const next = await CatalogStore.open({ path }); // refuses a non-catalog or a newer one, untouched
      const previous = services.store;
      services.store = next;
      await previous.close();
      await rememberRecent(settings, previous.path); // so that the way back is in the list
      await rememberRecent(settings, next.path);
      onSettingsChanged?.(settings.get()); // File > Open Recent follows
      return { status: 'opened' as const, info: next.info() };
    },
    saveCopyAs: async () => {
      const name = `${basename(store().path).replace(/\.db$/i, '')}-${new Date().toISOString().slice(0, 10)}.db`;
      const path = await services.chooseSavePath?.(name, 'db');
      if (!path) return { status: 'cancelled' as const };
      await store().copyTo(path);
      return { status: 'saved' as const, path };
    },
    listBackups: () => store().backups(),
    backupNow: async () => ({ name: await store().backupNow() }),
    restoreBackup: async ({ name }) => ({ kept: await store().restoreBackup(name) }),
    exportReport: ({ request }) => exports.run(request),
    cancelExport: () => ({ cancelled: exports.cancel() }),
    revealExport: ({ path, how }) =>
      plannerExports.owns(path) ? plannerExports.reveal(path, how) : exports.reveal(path, how),
    planStudy: ({ request }) => planStudy(store().all(), request),
    exportPlan: ({ request, printout }) => plannerExports.plan(request, printout),
    exportMap: ({ layout, format, language }) => plannerExports.map(layout, format, language),
    getSettings: () => settings.get(),
    updateSettings: async ({ settings: patch }) => {
      const next = await settings.update(patch).catch((e: unknown) => {
        throw new CatalogError('SAVE_FAILED', {
          reason: 'io',
          path: settings.path,
          detail: String(e),
        });
      });
      onSettingsChanged?.(next);
      return next;
    },
  };
}

/** The catalogs opened last, newest first, for the Open dialog. */
async function rememberRecent(settings: SettingsStore, path: string): Promise<void> {
  const recentFiles = [path, ...settings.get().recentFiles.filter((p) => p !== path)].slice(
    0,
    RECENT_FILES_KEPT,
  );
  await settings.update({ recentFiles }).catch(() => {}); // a list of recent files is not worth an error
}

export type Dispatch = (method: unknown, input: unknown) => Promise<Outcome<unknown>>;

/**
 * One entry point for every transport (Electron IPC, the test bridge): checks
 * the method and its input against the contract, runs the handler, and turns
 * every failure into a typed error. Nothing is thrown out of it.
 */
export function createDispatcher(
  handlers: Handlers,
  logError: (e: unknown) => void = (e) => console.error(e),
): Dispatch {
  return async (method, input) => {
    try {
      if (!isMethodName(method)) {
        throw new CatalogError('INVALID_INPUT', { method: String(method).slice(0, 100) });
      }
      const parsed = contract[method].input.safeParse(input ?? {});
      if (!parsed.success) {
        throw new CatalogError('INVALID_INPUT', { method }, toFieldIssues(parsed.error));
      }
      const run = handlers[method] as (i: unknown) => unknown;
      return { ok: true, value: await run(parsed.data) };
    } catch (e) {
      if (e instanceof CatalogError) return { ok: false, error: e.toPayload() };
      logError(e);
      return { ok: false, error: { code: 'INTERNAL', params: {}, issues: [] } };
    }
  };
}
