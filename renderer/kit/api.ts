import { clientFromBridge, type CatalogBridge, type CatalogEvents } from '../../shared/contract';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the test bridge (Chromium host). */
    catalog: CatalogBridge;
    catalogEvents: CatalogEvents;
  }
}

/** The renderer's only way to the catalog: typed calls that reject with CatalogError. */
export const api = clientFromBridge(window.catalog);

/** Menu commands from the main process. */
export const events: CatalogEvents = window.catalogEvents;
