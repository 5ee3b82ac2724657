import { dirname, join } from 'node:path';
import { CatalogError } from '../../shared/errors';
import type { CatalogNotice } from '../../shared/model';
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

/**
 * The catalog opened last, else (that one gone or refused) the app's own, with
 * a notice of why: the user must not be left thinking their catalog is empty.
 */
export async function openLastOrDefault(
  lastOpened: string | undefined,
  defaultPath: string,
  adapters: Omit<Services, 'store' | 'settings'>,
  settingsPath: string,
): ReturnType<typeof openServices> {
  if (!lastOpened) return openServices({ path: defaultPath }, adapters, settingsPath);
  try {
    return await openServices({ path: lastOpened }, adapters, settingsPath);
  } catch (e) {
    const services = await openServices({ path: defaultPath }, adapters, settingsPath);
    services.store.notices.push(lastCatalogNotOpened(lastOpened, e));
    return services;
  }
}

/** The error travels as its code and parameters: the reader's language words it. */
function lastCatalogNotOpened(path: string, e: unknown): CatalogNotice {
  const error = e instanceof CatalogError ? e : new CatalogError('INTERNAL');
  const params = Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, String(v)]));
  return { code: 'last-catalog-not-opened', params: { ...params, path, errorCode: error.code } };
}
