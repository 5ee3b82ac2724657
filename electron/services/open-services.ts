import { dirname, join } from 'node:path';
import { CatalogStore, type OpenOptions } from './store/catalog-store';
import type { Services } from './services';
import { SettingsStore } from './settings/settings-store';

export const SETTINGS_FILE_NAME = 'settings.json';

/** The catalog and the settings beside it: what the window (or a test host) talks to. */
export async function openServices(
  options: OpenOptions,
  adapters: Omit<Services, 'store' | 'settings'> = {},
  /** The user's preferences; by default beside the catalog (the app's data folder). */
  settingsPath = join(dirname(options.path), SETTINGS_FILE_NAME),
): Promise<Services & { close: () => Promise<void> }> {
  const settings = await SettingsStore.open(settingsPath);
  const store = await CatalogStore.open(options);
  const services: Services & { close: () => Promise<void> } = {
    ...adapters,
    store,
    settings,
    // Whichever catalog is open by then (the user may have opened another).
    close: () => services.store.close(),
  };
  return services;
}
