// Where the end-to-end hosts find their browsers. Plain CommonJS: used by the
// Playwright config and by tests/run-all.mjs before TypeScript is involved.
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

/** CHROMIUM_PATH, else Debian's chromium, else Playwright's own download if present. */
function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const { chromium } = require('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  return undefined;
}

/**
 * The Electron binary, without triggering its download (requiring `electron`
 * from Node would try to fetch it): ELECTRON_OVERRIDE_DIST_PATH or an earlier download.
 */
function findElectron() {
  const pkg = dirname(require.resolve('electron/package.json'));
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidates = [
      relative,
      'electron',
      'electron.exe',
      'Electron.app/Contents/MacOS/Electron',
    ];
    for (const c of candidates)
      if (c && existsSync(join(override, c))) return { path: join(override, c) };
    return { reason: `ELECTRON_OVERRIDE_DIST_PATH=${override} holds no Electron executable` };
  }
  if (relative && existsSync(join(pkg, 'dist', relative)))
    return { path: join(pkg, 'dist', relative) };
  return {
    reason:
      'no Electron binary: node_modules/electron/dist is missing (Electron downloads it on first run, and this machine cannot reach its host). Set ELECTRON_OVERRIDE_DIST_PATH or run `npx install-electron` on a machine with internet.',
  };
}

module.exports = { findChromium, findElectron };
