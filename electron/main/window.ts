import { BrowserWindow, dialog, shell, type Session } from 'electron';
import type { TFunction } from 'i18next';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isAllowedExternalUrl, isAppUrl, secureWebPreferences } from './security';

export const rendererIndexPath = (): string => join(__dirname, '../renderer/index.html');
export const appIndexUrl = (): string => pathToFileURL(rendererIndexPath()).toString();

/** The one window: secure preferences, no navigation away, no pop-ups. */
export function createMainWindow(t: TFunction): BrowserWindow {
  const title = t('common:appName');
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    title,
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  const contents = win.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appIndexUrl())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // The page refuses to unload while the form holds unsaved input: ask the user.
  contents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title,
      message: t('menu:unsavedTitle'),
      detail: t('menu:unsavedDetail'),
      buttons: [t('menu:unsavedLeave'), t('menu:unsavedStay')],
      defaultId: 1,
      cancelId: 1,
    });
    if (choice === 0) event.preventDefault(); // leave anyway
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndexPath());
  return win;
}

/** The app asks for no camera, location, notifications or anything else: deny all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
