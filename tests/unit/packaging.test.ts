import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractAll, listPackage } from '@electron/asar';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { builderConfig, FUSE_SENTINEL, packWithStandIn } from '../support/pack';
import { runBuiltMain } from '../support/run-built-main';
import { makeTempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');
const config = builderConfig();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  devDependencies: Record<string, string>;
};

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema', () => {
    const schema = JSON.parse(
      readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names the app and targets every platform', () => {
    expect(config).toMatchObject({
      appId: 'no.credentialcatalog.desktop',
      productName: 'Credential Catalog',
      linux: { target: ['AppImage', 'deb'] },
      win: { target: ['nsis'] },
      mac: { target: ['dmg'] },
    });
    expect(config.version).toBeUndefined(); // taken from package.json
    expect(statSync(join(ROOT, String(config.icon))).size).toBeGreaterThan(10_000);
  });

  it('signs macOS builds ad hoc when no identity is configured; notarisation is off until a release turns it on', () => {
    // electron-builder sets the fuses, then signs: '-' makes that an ad-hoc signature.
    expect(config.mac).toMatchObject({ identity: '-', hardenedRuntime: true, notarize: false });
    const mac = config.mac as { entitlements: string; entitlementsInherit: string };
    expect(mac.entitlementsInherit).toBe(mac.entitlements);
    const entitlements = readFileSync(join(ROOT, mac.entitlements), 'utf8');
    // An ad-hoc signature has no team: library validation would refuse Electron's own frameworks.
    expect(entitlements).toContain('com.apple.security.cs.disable-library-validation');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
  });

  it('gives installed users a credential-catalog command on Linux and Windows', () => {
    // The deb links /usr/bin/<executableName> to the app's binary.
    expect(config.linux).toMatchObject({ executableName: 'credential-catalog' });
    expect(config.win).toMatchObject({
      extraFiles: [
        {
          from: 'electron/resources/windows/credential-catalog.cmd',
          to: 'bin/credential-catalog.cmd',
        },
      ],
    });
    const script = readFileSync(
      join(ROOT, 'electron/resources/windows/credential-catalog.cmd'),
      'latin1',
    );
    expect(script).toContain(`"%~dp0..\\${String(config.productName)}.exe" %*`);
    expect(script).toContain('exit /b %ERRORLEVEL%');
    expect(script.split('\r\n').length).toBeGreaterThan(3); // CRLF, as cmd.exe reads it
    const nsis = config.nsis as { include: string };
    const include = readFileSync(join(ROOT, nsis.include), 'utf8');
    expect(include).toContain('!define CLI_DIR "$INSTDIR\\bin"');
    expect(include).toMatch(/!macro customInstall[\s\S]*!macro customUnInstall/);
  });
});

/**
 * electron-builder run for real on this machine, with a stand-in for the
 * Electron binary (which cannot be downloaded here): the app folder it packs,
 * and the fuses it sets, are the ones a real build gets.
 */
describe('the packed app', () => {
  let out: string;
  let files: string[];
  let unpacked: string;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'out', 'main', 'cli.js'))) {
      execFileSync('npx', ['--no-install', 'electron-vite', 'build'], {
        cwd: ROOT,
        stdio: 'ignore',
      });
    }
    out = await packWithStandIn();
    const asar = join(out, 'resources', 'app.asar');
    files = listPackage(asar, { isPack: false }).map((f) => f.replace(/\\/g, '/'));
    unpacked = join(await makeTempDir(), 'app');
    extractAll(asar, unpacked);
    console.log(
      `packed app: ${files.length} files, app.asar ${(statSync(asar).size / 1024 / 1024).toFixed(1)} MB`,
    );
  }, 180_000);

  it('holds everything the app loads at runtime', () => {
    for (const needed of [
      '/package.json',
      '/out/main/index.js',
      '/out/main/cli.js',
      '/out/main/report-worker.js',
      '/out/main/import-worker.js',
      '/out/preload/index.js',
      '/out/renderer/index.html',
      '/node_modules/sql.js/dist/sql-wasm.js',
      '/node_modules/sql.js/dist/sql-wasm.wasm',
      '/node_modules/@expo-google-fonts/roboto/400Regular/Roboto_400Regular.ttf',
      '/node_modules/@expo-google-fonts/roboto/500Medium/Roboto_500Medium.ttf',
      '/node_modules/@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
      '/node_modules/pdfkit/js/pdfkit.js',
      '/node_modules/i18next/package.json',
      '/node_modules/zod/package.json',
    ]) {
      expect(files).toContain(needed);
    }
    expect(files.some((f) => /^\/out\/renderer\/assets\/index-.*\.js$/.test(f))).toBe(true);
  });

  it('holds no sources, tests, source maps or development packages', () => {
    const stray = files.filter(
      (f) =>
        /^\/(tests|electron|renderer|shared|locales|bench|\.ci)\//.test(f) ||
        /\.(ts|tsx|map)$/.test(f) ||
        Object.keys(pkg.devDependencies).some((dev) => f.startsWith(`/node_modules/${dev}/`)),
    );
    expect(stray).toEqual([]);
  });

  it('gets Electron’s fuses set as electron-builder.yml says', () => {
    const binary = readFileSync(join(out, 'credential-catalog')).toString('latin1');
    const wire = binary.slice(
      binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2,
      binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 10,
    );
    // RunAsNode off, cookie encryption on, NODE_OPTIONS off, inspect flags off,
    // asar integrity on, only load from asar on, browser V8 snapshot off, file:// privileges off.
    expect(wire).toBe('01001100');
  });

  it('runs the CLI from its own entry when started with a command, without a window', async () => {
    const main = join(unpacked, 'out', 'main', 'index.js');
    const db = join(await makeTempDir(), 'catalog.db');
    const run = await runBuiltMain(main, ['list', '--json', '--db', db], { packaged: true });
    expect(run.stderr).toContain('Created a new catalog');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(28);
    const asked = run.events.map((e) => e.event);
    expect(asked).toEqual(['exit']); // no single-instance lock, no window, no app:// scheme
    expect(run.events[0]!.detail).toBe(0);

    const typo = await runBuiltMain(main, ['lsit'], { packaged: true });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/unknown command/i);
    expect(typo.events.map((e) => e.event)).toEqual(['exit']);
  }, 60_000);

  it('opens the window, after taking the single-instance lock, when started without one', async () => {
    const dir = await makeTempDir();
    const run = await runBuiltMain(join(unpacked, 'out', 'main', 'index.js'), [], {
      packaged: true,
      scenario: 'close-during-export',
      env: { CREDENTIAL_CATALOG_USER_DATA: dir, FAKE_ELECTRON_SAVE_PATH: join(dir, 'x.pdf') },
    });
    const asked = run.events.map((e) => e.event);
    expect(asked.indexOf('single-instance-lock')).toBeLessThan(asked.indexOf('window'));
    expect(run.events.find((e) => e.event === 'load')!.detail).toBe('app://catalog/index.html');
    expect(asked).not.toContain('uncaught-exception');
    expect(run.code).toBe(0);
  }, 60_000);

  it('runs its own CLI from the packed folder: 28 designations', async () => {
    const db = join(await makeTempDir(), 'catalog.db');
    const json = execFileSync(
      process.execPath,
      [join(unpacked, 'out', 'main', 'cli.js'), 'list', '--json', '--db', db],
      {
        encoding: 'utf8',
        env: { ...process.env, LANG: 'en_GB.UTF-8' },
      },
    );
    expect((JSON.parse(json) as unknown[]).length).toBe(28);
  });

  it('carries the version from package.json', () => {
    const packed = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(packed.version).toBe(pkg.version);
  });
});
