import { app, dialog, ipcMain, session } from 'electron';
import { join } from 'node:path';
import { CatalogError } from '../../shared/errors';
import { createI18n, describeError, pickLanguage } from '../../shared/i18n';
import { CATALOG_FILE_NAME } from '../services/app-paths';
import { createDispatcher, createHandlers } from '../services/contract-handlers';
import { openServices } from '../services/open-services';
import { registerContract } from './ipc';
import { isAppUrl } from './security';
import { appIndexUrl, createMainWindow, denyAllPermissions } from './window';

// Tests and portable setups point the app at another folder.
if (process.env.CREDENTIAL_CATALOG_USER_DATA) {
  app.setPath('userData', process.env.CREDENTIAL_CATALOG_USER_DATA);
}

async function start(): Promise<void> {
  await app.whenReady();
  const t = createI18n(pickLanguage(app.getLocale())).t;
  denyAllPermissions(session.defaultSession);

  let services: Awaited<ReturnType<typeof openServices>>;
  try {
    services = await openServices({ path: join(app.getPath('userData'), CATALOG_FILE_NAME) });
  } catch (e) {
    const message =
      e instanceof CatalogError ? describeError(t, e) : e instanceof Error ? e.message : String(e);
    dialog.showErrorBox(t('common:appName'), t('common:loadFailed', { message }));
    app.exit(1);
    return;
  }

  registerContract(ipcMain, createDispatcher(createHandlers(services)), (frame) =>
    isAppUrl(frame?.url, appIndexUrl()),
  );
  const win = createMainWindow(t('common:appName'));
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
