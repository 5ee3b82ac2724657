import { BrowserWindow, dialog, shell, type Session } from 'electron';
import type { TFunction } from 'i18next';
import { join } from 'node:path';
import { APP_INDEX_URL, APP_SCHEME, serveAppRequest } from './app-protocol';
import { isAllowedExternalUrl, isAppUrl, secureWebPreferences } from './security';

/** The built renderer, served as app://catalog/. */
export const rendererRoot = (): string => join(__dirname, '../renderer');

/** The one window: secure preferences, the app's own origin, no navigation away, no pop-ups. */
export function createMainWindow(t: TFunction): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    title: t('common:appName'),
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  // The title is the app's name in the user's language (index.js sets it on a switch),
  // not the page's <title>.
  win.on('page-title-updated', (event) => event.preventDefault());
  const contents = win.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Without this, Chromium picks the first Bluetooth device a page asks for.
  contents.on('select-bluetooth-device', (event, _devices, choose) => {
    event.preventDefault();
    choose('');
  });
  // The page refuses to unload while the form holds unsaved input: ask the user.
  contents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: t('common:appName'),
      message: t('menu:unsavedTitle'),
      detail: t('menu:unsavedDetail'),
      buttons: [t('menu:unsavedLeave'), t('menu:unsavedStay')],
      defaultId: 1,
      cancelId: 1,
    });
    if (choice === 0) event.preventDefault(); // leave anyway
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_INDEX_URL);
  return win;
}

/** Sends to the window unless it is gone (closed during an export, for example). */
export function sendToWindow(win: BrowserWindow | undefined, channel: string, value: unknown) {
  if (!win || win.isDestroyed() || win.webContents.isDestroyed()) return;
  win.webContents.send(channel, value);
}

/**
 * The session the window uses: the app's origin served from `root`, no permissions
 * (camera, location, notifications: the app asks for none), and no spellchecker,
 * which on Windows and Linux would download dictionaries.
 */
export function prepareSession(session: Session, root: string = rendererRoot()): void {
  session.protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, root));
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false); // no HID, serial or USB device, ever
  session.setSpellCheckerEnabled(false);
}
