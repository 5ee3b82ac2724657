import type { Page } from '@playwright/test';
import type { Command } from '../../shared/contract';
import type { CatalogStore } from '../../electron/services/store/catalog-store';

/** The app as a test sees it, whichever host runs it. */
export interface AppHost {
  page: Page;
  /** The folder that holds catalog.db (Electron's userData). */
  dataDir: string;
  catalogPath: string;
  /** Quits the app, releasing its catalog; `start` brings it back on the same folder. */
  stop(): Promise<void>;
  start(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
  /** Sends a menu command, as the application menu would. */
  sendCommand(command: Command): Promise<void>;
  /** The native save dialog and the shell, answered by the test. */
  exports: {
    /** By default the dialog answers with its suggested name in this folder. */
    dir: string;
    /** The dialog's next answers: a path, null (the user cancels), or undefined (the default). */
    answer(path: string | null | undefined): Promise<void>;
    /** The open dialog's next answer (import, open catalog): a path, or null (the user cancels). */
    answerOpen(path: string | null): Promise<void>;
    /** Files opened ("open") or shown in their folder ("folder"), in order. */
    revealed(): Promise<string[][]>;
  };
  /**
   * The live catalog store behind the page (Chromium host only): lets a test
   * change the catalog as another window would, without the page knowing.
   */
  store?: () => CatalogStore;
}

export interface HostOptions {
  dataDir: string;
  /** The OS language the app starts in. */
  locale: string;
}

/** The catalog is on screen (or the reason it is not). */
export const untilLoaded = (page: Page) => page.locator('.app, [role="alert"]').first().waitFor();
