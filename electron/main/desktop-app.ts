import { app, dialog, ipcMain, protocol, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { COMMAND_CHANNEL, PROGRESS_CHANNEL } from '../../shared/contract';
import { CatalogError } from '../../shared/errors';
import { createI18n, describeError, pickLanguage } from '../../shared/i18n';
import type { Settings } from '../../shared/model';
import {
  createDispatcher,
  createHandlers,
  type Dispatch,
  type Services,
} from '../services/contract-handlers';
import { openLastOrDefault, SETTINGS_FILE_NAME } from '../services/open-services';
import { CATALOG_FILE_NAME, PRODUCT_NAME } from '../services/settings/app-paths';
import { SettingsStore } from '../services/settings/settings-store';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-protocol';
import { isFromWindow, registerContract } from './ipc';
import { installMenu } from './menu';
import { menuTemplate } from './menu-template';
import { nativeDialogs } from './native-dialogs';
import { createMainWindow, prepareSession, sendToWindow } from './window';

/** What the menu, the dialogs and the lifecycle find once the window is open. */
interface Shown {
  window?: BrowserWindow;
  catalogPath?: () => string;
}

/** The app's data folder, for the window and the command line alike. Before Electron is ready. */
export function chooseDataFolder(): void {
  if (process.env.CREDENTIAL_CATALOG_USER_DATA) {
    // Tests and portable setups point the app at another folder.
    app.setPath('userData', process.env.CREDENTIAL_CATALOG_USER_DATA);
  } else if (!app.isPackaged) {
    // `npm start` works on its own catalog, never on the installed app's.
    app.setPath('userData', join(app.getPath('appData'), `${PRODUCT_NAME} (development)`));
  }
}

/**
 * The desktop app: the app:// origin, one instance, then the catalog and the
 * window. Everything before `start` runs before Electron is ready; the data
 * folder is chosen before this (chooseDataFolder).
 */
export function startDesktopApp(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const shown: Shown = {};
  // Registered at once: a second start while the catalog is still opening only focuses.
  app.on('second-instance', () => {
    const win = shown.window;
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  void start(shown);
}

async function start(shown: Shown): Promise<void> {
  await app.whenReady();
  const i18n = createI18n(pickLanguage(app.getLocale()));
  const t = i18n.t;
  prepareSession(session.defaultSession);

  const catalogPath = join(app.getPath('userData'), CATALOG_FILE_NAME);
  // The menu and the window title follow the language the user picks in the window.
  const applySettings = (settings: Settings) => {
    void i18n.changeLanguage(settings.language ?? pickLanguage(app.getLocale()));
    installMenu(
      menuTemplate(
        t,
        i18n.language as 'nb' | 'en',
        { files: settings.recentFiles, current: shown.catalogPath?.() ?? '' },
        process.platform,
      ),
      (command) => sendToWindow(shown.window, COMMAND_CHANNEL, command),
    );
    if (shown.window && !shown.window.isDestroyed()) shown.window.setTitle(t('common:appName'));
  };

  // The catalog opened last (File > Open), else the one in the app's data folder.
  const settingsPath = join(app.getPath('userData'), SETTINGS_FILE_NAME);
  const lastOpened = (await SettingsStore.open(settingsPath)).get().recentFiles[0];
  const adapters: Omit<Services, 'store' | 'settings'> = {
    ...nativeDialogs(t, () => shown.window),
    onSettingsChanged: applySettings,
    reportWorkerPath: join(__dirname, 'report-worker.js'),
    importWorkerPath: join(__dirname, 'import-worker.js'),
    // The window may be closed while an export still reports progress.
    onExportProgress: (progress) => sendToWindow(shown.window, PROGRESS_CHANNEL, progress),
  };
  // The window opens and loads its page while the catalog opens; its first calls wait for it.
  const opening = openLastOrDefault(lastOpened, catalogPath, adapters, settingsPath);
  const ready = opening.then(
    (services) => {
      shown.catalogPath = () => services.store.path;
      applySettings(services.settings.get());
      return { services, dispatch: createDispatcher(createHandlers(services)) };
    },
    (e: unknown) => {
      const message =
        e instanceof CatalogError
          ? describeError(t, e)
          : e instanceof Error
            ? e.message
            : String(e);
      dialog.showErrorBox(t('common:appName'), t('common:loadFailed', { message }));
      app.exit(1);
      return new Promise<never>(() => {}); // the app is ending: calls wait for nothing
    },
  );
  const dispatch: Dispatch = async (method, input) => (await ready).dispatch(method, input);
  registerContract(ipcMain, dispatch, (event) => isFromWindow(event, shown.window?.webContents));
  // Let pending saves finish and release the catalog lock before exiting.
  let closing: Promise<void> | undefined;
  const closeServices = () => (closing ??= ready.then(({ services }) => services.close()));
  // An export running when the window or the app closes stops: nobody waits for it.
  const cancelExports = () => void dispatch('cancelExport', {});
  const openWindow = () => {
    const win = (shown.window = createMainWindow(t));
    win.on('closed', cancelExports);
    // Windows shutdown, restart or log-off: no quit events follow, so close the catalog now.
    win.on('session-end', () => void closeServices());
  };
  openWindow();
  app.on('before-quit', cancelExports);
  // A Mac app stays running without a window, and its Dock icon opens one again.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!shown.window || shown.window.isDestroyed()) openWindow();
  });

  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void closeServices().finally(() => {
      closed = true;
      app.quit();
    });
  });
}
