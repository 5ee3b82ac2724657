import { app, dialog, ipcMain, session, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { COMMAND_CHANNEL, PROGRESS_CHANNEL } from '../../shared/contract';
import { CatalogError } from '../../shared/errors';
import { createI18n, describeError, pickLanguage } from '../../shared/i18n';
import type { Settings } from '../../shared/model';
import { CATALOG_FILE_NAME } from '../services/settings/app-paths';
import { createDispatcher, createHandlers } from '../services/contract-handlers';
import type { Services } from '../services/contract-handlers';
import { openServices, SETTINGS_FILE_NAME } from '../services/open-services';
import { SettingsStore } from '../services/settings/settings-store';
import { registerContract } from './ipc';
import { installMenu } from './menu';
import { menuTemplate } from './menu-template';
import { isAppUrl } from './security';
import { appIndexUrl, createMainWindow, denyAllPermissions } from './window';

// Tests and portable setups point the app at another folder.
if (process.env.CREDENTIAL_CATALOG_USER_DATA) {
  app.setPath('userData', process.env.CREDENTIAL_CATALOG_USER_DATA);
}

async function start(): Promise<void> {
  await app.whenReady();
  const i18n = createI18n(pickLanguage(app.getLocale()));
  const t = i18n.t;
  denyAllPermissions(session.defaultSession);

  // The window opens after the menu is built; menu clicks find it here.
  const shown: { window?: BrowserWindow; catalogPath?: () => string } = {};
  const catalogPath = join(app.getPath('userData'), CATALOG_FILE_NAME);
  const showAbout = () =>
    void dialog.showMessageBox({
      type: 'info',
      title: t('menu:about'),
      message: t('common:appName'),
      detail: t('menu:aboutDetail', {
        version: app.getVersion(),
        path: shown.catalogPath?.() ?? catalogPath,
      }),
      buttons: [t('menu:ok')],
    });
  // The menu follows the language the user picks in the window.
  const applySettings = (settings: Settings) => {
    void i18n.changeLanguage(settings.language ?? pickLanguage(app.getLocale()));
    installMenu(
      menuTemplate(t, i18n.language as 'nb' | 'en', {
        files: settings.recentFiles,
        current: shown.catalogPath?.() ?? '',
      }),
      (command) => shown.window?.webContents.send(COMMAND_CHANNEL, command),
      showAbout,
    );
  };

  // The catalog opened last (File > Open), else the one in the app's data folder.
  const settingsPath = join(app.getPath('userData'), SETTINGS_FILE_NAME);
  const lastOpened = (await SettingsStore.open(settingsPath)).get().recentFiles[0];
  const adapters: Omit<Services, 'store' | 'settings'> = {
    onSettingsChanged: applySettings,
    reportWorkerPath: join(__dirname, 'report-worker.js'),
    chooseSavePath: async (suggestedName, format) => {
      const options = {
        title: t('menu:exportTitle'),
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: t(`menu:fileType.${format}`), extensions: [format] }],
      };
      const chosen = shown.window
        ? await dialog.showSaveDialog(shown.window, options)
        : await dialog.showSaveDialog(options);
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    },
    chooseImportPath: async () => {
      const options = {
        title: t('menu:importTitle'),
        defaultPath: app.getPath('documents'),
        properties: ['openFile' as const],
        filters: [{ name: t('menu:importFiles'), extensions: ['csv', 'json'] }],
      };
      const chosen = shown.window
        ? await dialog.showOpenDialog(shown.window, options)
        : await dialog.showOpenDialog(options);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
    reveal: async (path, how) => {
      if (how === 'folder') shell.showItemInFolder(path);
      else await shell.openPath(path);
    },
    onExportProgress: (progress) => shown.window?.webContents.send(PROGRESS_CHANNEL, progress),
    chooseCatalogPath: async () => {
      const options = {
        title: t('menu:openTitle'),
        properties: ['openFile' as const],
        filters: [{ name: t('menu:catalogFiles'), extensions: ['db'] }],
      };
      const chosen = shown.window
        ? await dialog.showOpenDialog(shown.window, options)
        : await dialog.showOpenDialog(options);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
  };
  let services: Awaited<ReturnType<typeof openServices>>;
  try {
    services = await openServices(
      { path: lastOpened ?? catalogPath },
      adapters,
      settingsPath,
    ).catch((e: unknown) => {
      if (!lastOpened) throw e;
      return openServices({ path: catalogPath }, adapters, settingsPath); // that file is gone or refused
    });
  } catch (e) {
    const message =
      e instanceof CatalogError ? describeError(t, e) : e instanceof Error ? e.message : String(e);
    dialog.showErrorBox(t('common:appName'), t('common:loadFailed', { message }));
    app.exit(1);
    return;
  }
  shown.catalogPath = () => services.store.path;
  applySettings(services.settings.get());

  registerContract(ipcMain, createDispatcher(createHandlers(services)), (frame) =>
    isAppUrl(frame?.url, appIndexUrl()),
  );
  const win = (shown.window = createMainWindow(t));
  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());

  // Let pending saves finish and release the catalog lock before exiting.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void services.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}
