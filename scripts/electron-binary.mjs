// The Electron binary for `npm start`. Since Electron 42 npm installs only the
// package; the binary arrives on first use, through Electron's own installer.
// electron-vite reads node_modules/electron/path.txt itself and stops with
// "Electron uninstall" when it is missing, so `npm start` fetches it first.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Where Electron's installer puts the executable inside dist/ (as its install.js says). */
const platformPath = (platform = process.platform) =>
  platform === 'darwin'
    ? 'Electron.app/Contents/MacOS/Electron'
    : platform === 'win32'
      ? 'electron.exe'
      : 'electron';

export const electronPackage = () => dirname(require.resolve('electron/package.json'));

/** The executable: in ELECTRON_OVERRIDE_DIST_PATH when set, else in the package's dist/. */
export function electronBinary(env = process.env) {
  const pkg = electronPackage();
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformPath();
  return env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : join(pkg, 'dist', relative);
}

/**
 * The binary, downloaded once with Electron's installer when missing: `{ path }`,
 * or `{ error }`, one sentence that says what to do (never a stack trace).
 */
export function ensureElectron(env = process.env, log = console.log) {
  const found = electronBinary(env);
  if (existsSync(found)) return { path: found };
  const { version } = require('electron/package.json');
  if (env.ELECTRON_OVERRIDE_DIST_PATH)
    return {
      error: `ELECTRON_OVERRIDE_DIST_PATH points at ${env.ELECTRON_OVERRIDE_DIST_PATH}, which holds no Electron binary (${found}): point it at an unpacked Electron ${version}, or unset it to download Electron.`,
    };
  log(`Electron ${version} is not downloaded yet: fetching it once with Electron's installer…`);
  const install = spawnSync(process.execPath, [join(electronPackage(), 'install.js')], {
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  const installed = electronBinary(env);
  if (install.status === 0 && existsSync(installed)) return { path: installed };
  const reason =
    (install.stderr ?? '')
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !l.startsWith('at ')) ?? `installer exit code ${install.status}`;
  return {
    error: `npm start needs Electron ${version}, which is downloaded once from GitHub, and that download failed (${reason}): connect to the internet and run npm start again, or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron ${version}.`,
  };
}

/** What decides whether Chromium's sandbox can start from node_modules on this machine. */
export function sandboxFacts(binary, platform = process.platform) {
  const read = (path) => {
    try {
      return readFileSync(path, 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  let helper;
  try {
    const s = statSync(join(dirname(binary), 'chrome-sandbox'));
    helper = { uid: s.uid, mode: s.mode };
  } catch {
    helper = undefined;
  }
  return {
    platform,
    uid: typeof process.getuid === 'function' ? process.getuid() : undefined,
    // Ubuntu 23.10+ (AppArmor) and Debian's older switch.
    userNamespacesRestricted:
      read('/proc/sys/kernel/apparmor_restrict_unprivileged_userns') === '1' ||
      read('/proc/sys/kernel/unprivileged_userns_clone') === '0',
    sandboxHelper: helper,
  };
}

/**
 * Why `npm start` must run Electron without Chromium's sandbox here, or undefined.
 * Only for development: the installed app keeps its sandbox (the deb brings an
 * AppArmor profile; see README, Installing).
 */
export function sandboxFallback({ platform, uid, userNamespacesRestricted, sandboxHelper }) {
  if (platform !== 'linux') return undefined;
  if (uid === 0) return 'Chromium refuses its sandbox when run as root';
  const helperReady =
    sandboxHelper !== undefined && sandboxHelper.uid === 0 && (sandboxHelper.mode & 0o4000) !== 0;
  if (userNamespacesRestricted && !helperReady)
    return 'this system restricts unprivileged user namespaces (Ubuntu 23.10 and later do), and node_modules/electron/dist/chrome-sandbox is not setuid root';
  return undefined;
}
