import { dirname, join } from 'node:path';
import { CatalogStore, type OpenOptions } from './catalog-store';
import type { Services } from './contract-handlers';
import { SettingsStore } from './settings-store';

export const SETTINGS_FILE_NAME = 'settings.json';

/** The catalog and the settings beside it: what the window (or a test host) talks to. */
export async function openServices(
  options: OpenOptions,
  adapters: Omit<Services, 'store' | 'settings'> = {},
): Promise<Services & { close: () => Promise<void> }> {
  const settings = await SettingsStore.open(join(dirname(options.path), SETTINGS_FILE_NAME));
  const store = await CatalogStore.open(options);
  return { ...adapters, store, settings, close: () => store.close() };
}
