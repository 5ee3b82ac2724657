// The app's own start, in Node without Electron: `node -r window-ready.cjs out/main/index.js`.
// The built main process runs against the stand-in Electron (tests/support/fake-electron);
// once it loads the window's page, the window's first three calls go to the handlers the
// main process registered. Prints JSON { ms since process start, count }, then quits the app.
'use strict';
require('../support/fake-electron/register.cjs');
const fake = require('../support/fake-electron/index.cjs');

const handlers = new Map();
const handle = fake.ipcMain.handle;
fake.ipcMain.handle = (channel, fn) => {
  handlers.set(channel, fn);
  return handle(channel, fn);
};
const loadURL = fake.BrowserWindow.prototype.loadURL;
fake.BrowserWindow.prototype.loadURL = async function (url) {
  await loadURL.call(this, url);
  const event = { sender: this.webContents, senderFrame: this.webContents.mainFrame };
  const calls = ['getCatalogInfo', 'listDesignations', 'getSettings'];
  const [, list] = await Promise.all(calls.map((m) => handlers.get(`catalog:${m}`)(event, {})));
  const ms = performance.now(); // counts from process start
  process.stdout.write(JSON.stringify({ ms, count: list.ok ? list.value.length : -1 }));
  fake.app.quit(); // as the user would: the app closes its catalog and lets go of the lock
};
