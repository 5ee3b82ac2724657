// A scriptable stand-in for the `electron` module, for running the built main
// process in Node. It records what the app asks of Electron, one JSON line per
// event, in FAKE_ELECTRON_LOG, and plays a scenario (FAKE_ELECTRON_SCENARIO).
'use strict';
const { appendFileSync } = require('node:fs');
const { join } = require('node:path');
const { tmpdir } = require('node:os');

const env = process.env;
const log = (event, detail) =>
  appendFileSync(env.FAKE_ELECTRON_LOG, `${JSON.stringify({ event, detail })}\n`);
process.on('uncaughtException', (e) => {
  // Electron shows such an error in a dialog; here it ends the run, recorded.
  log('uncaught-exception', String(e && e.stack ? e.stack : e));
  process.exit(70);
});

const listeners = new Map();
const emit = (name, ...args) => (listeners.get(name) ?? []).forEach((fn) => fn(...args));
const handlers = new Map();
const windows = [];
const dataDir = env.FAKE_ELECTRON_DATA ?? tmpdir();
const paths = new Map();

const app = {
  isPackaged: env.FAKE_ELECTRON_PACKAGED === '1',
  dock: undefined,
  setPath: (name, path) => {
    log('set-path', [name, path]);
    paths.set(name, path);
  },
  getPath: (name) => paths.get(name) ?? join(dataDir, name),
  getLocale: () => 'en-GB',
  getVersion: () => '0.0.0-test',
  requestSingleInstanceLock: () => (log('single-instance-lock'), true),
  whenReady: () => (log('when-ready'), Promise.resolve()),
  on: (name, fn) => listeners.set(name, [...(listeners.get(name) ?? []), fn]),
  quit: () => {
    log('quit');
    let prevented = false;
    emit('will-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) process.exit(0);
  },
  exit: (code) => {
    log('exit', code);
    process.exit(code);
  },
};

class BrowserWindow {
  constructor(options) {
    log('window', { title: options.title });
    this.destroyed = false;
    this.events = new Map();
    const mainFrame = { url: '', processId: 1, frameToken: 'main' };
    this.webContents = {
      mainFrame,
      isDestroyed: () => this.destroyed,
      on: () => {},
      setWindowOpenHandler: () => {},
      send: (channel, value) => {
        // Electron throws on a destroyed webContents ("Object has been destroyed").
        if (this.destroyed) throw new Error('Object has been destroyed');
        log('send', [channel, value]);
        if (env.FAKE_ELECTRON_SCENARIO === 'close-during-export' && channel.endsWith('progress'))
          this.close();
      },
    };
    windows.push(this);
    if (env.FAKE_ELECTRON_SCENARIO === 'close-during-export')
      setImmediate(() => exportThenQuit(this));
  }
  on(name, fn) {
    this.events.set(name, [...(this.events.get(name) ?? []), fn]);
  }
  once(name, fn) {
    this.on(name, fn);
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  setTitle(title) {
    log('title', title);
  }
  async loadURL(url) {
    this.webContents.mainFrame.url = url;
    log('load', url);
    // As Chromium would: ask the handler registered for the URL's scheme for the page.
    const handler = protocolHandlers.get(new URL(url).protocol.slice(0, -1));
    if (handler) {
      const response = await handler(new Request(url));
      log('served', { url, status: response.status, type: response.headers.get('content-type') });
    }
  }
  close() {
    log('window-closed');
    this.destroyed = true;
    (this.events.get('closed') ?? []).forEach((fn) => fn());
  }
}

/** Asks for an export as the page would, closes the window at its first progress, then quits. */
async function exportThenQuit(win) {
  const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
  const request = { report: 'sheets', format: 'pdf', language: 'en', codes: null };
  const outcome = await handlers.get('catalog:exportReport')(event, { request });
  log('export-result', outcome);
  emit('before-quit');
  app.quit();
}

const protocolHandlers = new Map();
const session = {
  protocol: {
    handle: (scheme, handler) => {
      log('protocol-handle', scheme);
      protocolHandlers.set(scheme, handler);
    },
  },
  setPermissionRequestHandler: () => {},
  setPermissionCheckHandler: () => {},
  setDevicePermissionHandler: () => {},
  setSpellCheckerEnabled: (on) => log('spellchecker', on),
};

module.exports = {
  app,
  BrowserWindow,
  ipcMain: { handle: (channel, fn) => handlers.set(channel, fn) },
  protocol: { registerSchemesAsPrivileged: (schemes) => log('privileged-schemes', schemes) },
  session: { defaultSession: session },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu: () => log('menu') },
  dialog: {
    showSaveDialog: async () => ({ canceled: false, filePath: env.FAKE_ELECTRON_SAVE_PATH }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showMessageBox: async () => ({ response: 1 }),
    showMessageBoxSync: () => 1,
    showErrorBox: (title, message) => log('error-box', message),
  },
  shell: { openExternal: () => {}, openPath: async () => '', showItemInFolder: () => {} },
};
