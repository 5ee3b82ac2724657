import { homedir } from 'node:os';
import { join } from 'node:path';

/** Electron names the user-data folder after the product name in package.json. */
export const PRODUCT_NAME = 'Credential Catalog';
export const CATALOG_FILE_NAME = 'catalog.db';

/**
 * Where the desktop app keeps its catalog, computed as Electron's
 * app.getPath('userData') does, so the CLI finds the same file without Electron.
 */
export function defaultCatalogPath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const home = homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(appData, PRODUCT_NAME, CATALOG_FILE_NAME);
}
