import { clientFromBridge, type CatalogBridge } from '../../shared/contract';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the test bridge (Chromium host). */
    catalog: CatalogBridge;
  }
}

/** The renderer's only way to the catalog: typed calls that reject with CatalogError. */
export const api = clientFromBridge(window.catalog);
