import type { ExportProgress, ReportFormat, Settings } from '../../shared/model';
import type { CatalogStore } from './store/catalog-store';
import type { SettingsStore } from './settings/settings-store';

/**
 * What the contract's handlers work with: the open catalog, the settings, and
 * the native pieces a host provides (Electron's dialogs and shell; temp paths in tests).
 */
export interface Services {
  store: CatalogStore;
  settings: SettingsStore;
  /** Told after the settings change (the main process rebuilds its menu). */
  onSettingsChanged?: (settings: Settings) => void;
  /** Asks the user where to save (Electron: the native dialog); null when they cancel. */
  chooseSavePath?: (
    suggestedName: string,
    format: ReportFormat | 'db' | 'svg',
  ) => Promise<string | null>;
  /** Asks the user for a file to import (Electron: the native open dialog); null when they cancel. */
  chooseImportPath?: () => Promise<string | null>;
  /** Asks the user for a catalog file to open (Electron: the native open dialog). */
  chooseCatalogPath?: () => Promise<string | null>;
  /** Opens a file, or shows it in its folder (Electron: shell). */
  reveal?: (path: string, how: 'open' | 'folder') => Promise<void>;
  onExportProgress?: (progress: ExportProgress) => void;
  /** The built report worker (out/main/report-worker.js): exports then run off the main thread. */
  reportWorkerPath?: string;
  /** The built import worker (out/main/import-worker.js); by default the one beside the bundle. */
  importWorkerPath?: string;
}
