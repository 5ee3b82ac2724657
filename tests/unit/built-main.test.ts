import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuiltMain } from '../support/run-built-main';
import { makeTempDir } from '../support/temp';

// The built main process (out/main/index.js) in a real Node process, with a
// stand-in `electron` module that records what it is asked and can play a user.
const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'out', 'main', 'index.js');

beforeAll(() => {
  if (!existsSync(MAIN))
    execFileSync('npx', ['--no-install', 'electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
}, 120_000);

describe('closing the window during an export', () => {
  it('stops the export, sends nothing to the closed window and quits without an error', async () => {
    const dir = await makeTempDir();
    const out = join(dir, 'sheets.pdf');
    const run = await runBuiltMain(MAIN, [], {
      scenario: 'close-during-export',
      env: { CREDENTIAL_CATALOG_USER_DATA: dir, FAKE_ELECTRON_SAVE_PATH: out },
    });
    const names = run.events.map((e) => e.event);
    expect(names).not.toContain('uncaught-exception');
    expect(names).not.toContain('error-box');
    const closedAt = names.indexOf('window-closed');
    expect(closedAt).toBeGreaterThan(0);
    expect(names.slice(closedAt).filter((n) => n === 'send')).toEqual([]);
    expect(run.events.find((e) => e.event === 'export-result')!.detail).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(existsSync(out)).toBe(false); // nothing half-written
    expect(existsSync(join(dir, 'catalog.db.lock'))).toBe(false); // quit released the catalog
    expect(run.code).toBe(0);
  }, 60_000);
});

describe('a catalog file the app cannot open', () => {
  it('says why in the language of the system and ends, leaving the file as it was', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'catalog.db');
    writeFileSync(path, 'a spreadsheet, not a catalog');
    // The window opens while the catalog opens: the refusal comes after it, then the app ends.
    const run = await runBuiltMain(MAIN, [], { env: { CREDENTIAL_CATALOG_USER_DATA: dir } });
    const names = run.events.map((e) => e.event);
    expect(names).not.toContain('uncaught-exception');
    const box = run.events.find((e) => e.event === 'error-box');
    expect(String(box?.detail)).toContain('is not a Credential Catalog file');
    expect(names.indexOf('error-box')).toBeLessThan(names.indexOf('exit'));
    expect(run.code).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe('a spreadsheet, not a catalog');
    expect(existsSync(join(dir, 'catalog.db.lock'))).toBe(false);
  }, 60_000);
});

describe('the data folder', () => {
  const quit = { scenario: 'quit', env: { CREDENTIAL_CATALOG_USER_DATA: undefined } };

  it('is a development folder of its own when run from a checkout (npm start)', async () => {
    const run = await runBuiltMain(MAIN, [], quit);
    const dev = join(run.dir, 'appData', 'Credential Catalog (development)');
    expect(run.events.filter((e) => e.event === 'set-path')).toEqual([
      { event: 'set-path', detail: ['userData', dev] },
    ]);
    expect(existsSync(join(dev, 'catalog.db'))).toBe(true);
    expect(existsSync(join(run.dir, 'userData', 'catalog.db'))).toBe(false);
    expect(run.code).toBe(0);
  }, 60_000);

  it('is Electron’s standard userData folder in the installed app', async () => {
    const run = await runBuiltMain(MAIN, [], { ...quit, packaged: true });
    expect(run.events.filter((e) => e.event === 'set-path')).toEqual([]);
    expect(existsSync(join(run.dir, 'userData', 'catalog.db'))).toBe(true);
    expect(run.code).toBe(0);
  }, 60_000);
});

describe('an install folder with [, ], ^, ~ and % in its name', () => {
  it('serves the page from app://catalog and accepts the window’s calls', async () => {
    const install = join(await makeTempDir(), 'Credential Catalog [1]^~%20');
    mkdirSync(install);
    cpSync(join(ROOT, 'out'), join(install, 'out'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(install, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(install, 'node_modules'));
    const dir = await makeTempDir();
    const run = await runBuiltMain(join(install, 'out', 'main', 'index.js'), [], {
      scenario: 'close-during-export',
      env: { CREDENTIAL_CATALOG_USER_DATA: dir, FAKE_ELECTRON_SAVE_PATH: join(dir, 'x.pdf') },
    });
    expect(run.events.find((e) => e.event === 'served')!.detail).toEqual({
      url: 'app://catalog/index.html',
      status: 200,
      type: 'text/html; charset=utf-8',
    });
    // The export call came from the window: accepted (then cancelled by the close), not refused.
    expect(run.events.find((e) => e.event === 'export-result')!.detail).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(run.code).toBe(0);
  }, 60_000);
});
