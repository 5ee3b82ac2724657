import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sandboxFacts, sandboxFallback } from '../../scripts/electron-binary.mjs';
import { freshCheckout } from '../support/fresh-checkout';
import { makeTempDir } from '../support/temp';

// A newcomer's first `npm start` and `npm run dist`, in a fresh checkout whose
// Electron binary was never downloaded. "No network": Electron's download host is
// a closed local port, and the download caches are empty folders.
let checkout: string;
let offline: NodeJS.ProcessEnv;
const npm = (args: string[], env: NodeJS.ProcessEnv) =>
  spawnSync('npm', args, { cwd: checkout, env, encoding: 'utf8', timeout: 600_000 });

beforeAll(async () => {
  checkout = await freshCheckout();
  const caches = await makeTempDir();
  offline = {
    ...process.env,
    ELECTRON_OVERRIDE_DIST_PATH: '',
    ELECTRON_MIRROR: 'http://127.0.0.1:9/',
    electron_config_cache: join(caches, 'electron'),
    ELECTRON_CACHE: join(caches, 'electron'),
    ELECTRON_BUILDER_CACHE: join(caches, 'electron-builder'),
  };
  delete offline.ELECTRON_OVERRIDE_DIST_PATH;
}, 120_000);

const lastLine = (text: string) => text.trim().split('\n').at(-1)!.trim();

describe('npm start on a fresh checkout', () => {
  it('without the Electron binary and without network: one sentence that says what to do', () => {
    const run = npm(['start'], offline);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('is not downloaded yet');
    const said = run.stderr
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('npm error') && !l.startsWith('npm ERR'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(
      /^npm start needs Electron [\d.]+, which is downloaded once from GitHub, and that download failed \(.+\): connect to the internet and run npm start again/,
    );
    expect(run.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(existsSync(join(checkout, 'out'))).toBe(false); // stopped before building
  }, 300_000);

  it('with an Electron binary (a stand-in): builds the app and starts Electron on it', async () => {
    const standIn = await makeTempDir();
    const log = join(standIn, 'calls.txt');
    writeFileSync(
      join(standIn, 'electron'),
      '#!/bin/sh\n' +
        `{ pwd; test -f out/main/index.js && echo built; for a in "$@"; do echo "arg:$a"; done; } > '${log}'\n`,
    );
    chmodSync(join(standIn, 'electron'), 0o755);
    const run = npm(['start'], { ...offline, ELECTRON_OVERRIDE_DIST_PATH: standIn });
    expect(run.status).toBe(0);
    const [cwd, built, ...args] = readFileSync(log, 'utf8').trim().split('\n');
    expect(cwd).toBe(checkout);
    expect(built).toBe('built'); // out/ was built before Electron started
    const pkg = JSON.parse(readFileSync(join(checkout, 'package.json'), 'utf8')) as {
      main: string;
    };
    expect(pkg.main).toBe('out/main/index.js'); // what Electron runs for '.'
    // Linux as root or with restricted user namespaces: development runs unsandboxed, and says so.
    const fallback = sandboxFallback(sandboxFacts(join(standIn, 'electron')));
    expect(args).toEqual(fallback ? ['arg:.', 'arg:--no-sandbox'] : ['arg:.']);
    if (fallback) expect(run.stderr).toContain("without Chromium's sandbox, for development only");
  }, 300_000);
});

describe('npm run dist on a fresh checkout', () => {
  it('without network: electron-builder fails, and the last line says what to do', () => {
    mkdirSync(join(checkout, 'dist-out'), { recursive: true });
    const run = npm(
      ['run', 'dist', '--', '--linux', 'dir', '-c.directories.output=dist-out'],
      offline,
    );
    expect(run.status).not.toBe(0);
    expect(lastLine(run.stderr)).toBe(
      'npm run dist needs internet the first time: electron-builder downloads the Electron runtime for the target (and, for Windows and macOS, its installer and signing tools) from GitHub into its cache, so connect and run npm run dist again.',
    );
  }, 600_000);
});

describe('the sandbox fallback of npm start', () => {
  const helper = { uid: 0, mode: 0o104755 };
  it.each([
    [{ platform: 'darwin', uid: 501, userNamespacesRestricted: false }, false],
    [{ platform: 'win32', uid: undefined, userNamespacesRestricted: false }, false],
    [{ platform: 'linux', uid: 1000, userNamespacesRestricted: false }, false],
    [{ platform: 'linux', uid: 1000, userNamespacesRestricted: true }, true], // Ubuntu 24.04
    [
      { platform: 'linux', uid: 1000, userNamespacesRestricted: true, sandboxHelper: helper },
      false,
    ],
    [{ platform: 'linux', uid: 0, userNamespacesRestricted: false }, true], // root
  ])('%j: without the sandbox: %s', (facts, expected) => {
    expect(sandboxFallback(facts) !== undefined).toBe(expected);
  });
});
