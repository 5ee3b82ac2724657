import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp';

// The Windows installer's PATH option and the credential-catalog.cmd script, run
// for real: electron/resources/windows/installer.nsh built with makensis into a
// stand-in installer (always, where makensis is installed: it must compile without
// a warning, as electron-builder requires), and run with the script under Wine
// (WINE_TESTS=1: about two minutes). Both tools are Debian packages (nsis, wine64).
const ROOT = join(__dirname, '..', '..');
const SUPPORT = join(ROOT, 'tests', 'support', 'windows');
const which = (name: string) =>
  spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim() || undefined;
const makensis = which('makensis');
const wine = ['/usr/lib/wine/wine64', which('wine64'), which('wine')].find(
  (p) => p && existsSync(p),
);

const build = (dir: string, ...args: string[]) =>
  // /NOCD: the installers land in `dir`, not beside the scripts. -WX as electron-builder.
  execFileSync(makensis!, ['-NOCD', '-WX', '-V2', ...args], { cwd: dir, stdio: 'pipe' });
const NSH = join(ROOT, 'electron', 'resources', 'windows', 'installer.nsh');

describe.skipIf(!makensis)('installer.nsh (needs makensis)', () => {
  it('compiles into the installer and the uninstaller without a warning', async () => {
    const dir = await makeTempDir();
    build(dir, `-DNSH=${NSH}`, join(SUPPORT, 'installer-check.nsi'));
    build(dir, `-DNSH=${NSH}`, '-DBUILD_UNINSTALLER', join(SUPPORT, 'installer-check.nsi'));
    expect(existsSync(join(dir, 'install.exe')) && existsSync(join(dir, 'uninstall.exe'))).toBe(
      true,
    );
  }, 120_000);
});

describe.skipIf(!makensis || !wine || !process.env.WINE_TESTS)(
  'the Windows installer under Wine (WINE_TESTS=1)',
  () => {
    let dir: string;
    let env: NodeJS.ProcessEnv;
    const run = (...args: string[]) =>
      spawnSync(wine!, args, { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
    const setPath = (value: string | null) =>
      value === null
        ? run('reg', 'delete', 'HKCU\\Environment', '/v', 'Path', '/f')
        : run(
            'reg',
            'add',
            'HKCU\\Environment',
            '/v',
            'Path',
            '/t',
            'REG_EXPAND_SZ',
            '/d',
            value,
            '/f',
          );
    const userPath = () => {
      const line = run('reg', 'query', 'HKCU\\Environment', '/v', 'Path')
        .stdout.split(/\r?\n/)
        .find((l) => /^\s+Path\s+REG_/i.test(l));
      return line?.replace(/^\s+Path\s+REG_\w+\s{4}/i, '') ?? null;
    };
    const BIN = 'C:\\Apps\\Credential Catalog\\bin';

    beforeAll(async () => {
      dir = await makeTempDir();
      env = { ...process.env, WINEPREFIX: join(dir, 'wine'), WINEDEBUG: '-all' };
      build(dir, `-DNSH=${NSH}`, join(SUPPORT, 'installer-check.nsi'));
      build(dir, `-DNSH=${NSH}`, '-DBUILD_UNINSTALLER', join(SUPPORT, 'installer-check.nsi'));
      build(dir, join(SUPPORT, 'app-standin.nsi'));
    }, 300_000);

    afterAll(() => {
      if (env) spawnSync(join(wine!, '..', 'wineserver'), ['-k'], { env }); // this prefix's server only
    });

    it('adds bin\\ to the user’s PATH when asked, keeps it on reinstall, and the uninstaller takes only it off', () => {
      setPath('C:\\Tools;%USERPROFILE%\\bin');
      expect(run('install.exe', '/S').status).toBe(0);
      expect(userPath()).toBe('C:\\Tools;%USERPROFILE%\\bin'); // not asked: unchanged
      expect(run('install.exe', '/S', '/ADDTOPATH').status).toBe(0);
      expect(userPath()).toBe(`C:\\Tools;%USERPROFILE%\\bin;${BIN}`);
      expect(run('install.exe', '/S').status).toBe(0); // an update keeps it
      expect(userPath()).toBe(`C:\\Tools;%USERPROFILE%\\bin;${BIN}`);
      expect(run('uninstall.exe', '/S').status).toBe(0);
      expect(userPath()).toBe('C:\\Tools;%USERPROFILE%\\bin');

      setPath(null);
      expect(run('install.exe', '/S', '/ADDTOPATH').status).toBe(0);
      expect(userPath()).toBe(BIN);
      expect(run('uninstall.exe', '/S').status).toBe(0);
      expect(userPath()).toBe('');
    }, 300_000);

    it('never rewrites a PATH longer than the installer can hold', () => {
      const long = Array.from({ length: 70 }, (_, i) => `C:\\Long\\Folder${i}`).join(';');
      expect(long.length).toBeGreaterThan(1024); // Debian's makensis: 1024-character strings
      setPath(long);
      expect(run('install.exe', '/S', '/ADDTOPATH').status).toBe(0);
      expect(userPath()).toBe(long);
      expect(run('uninstall.exe', '/S').status).toBe(0);
      expect(userPath()).toBe(long);
    }, 300_000);

    it('credential-catalog.cmd runs the app’s binary with the arguments and returns its exit code', () => {
      const app = join(env.WINEPREFIX!, 'drive_c', 'Apps', 'CC');
      mkdirSync(join(app, 'bin'), { recursive: true });
      copyFileSync(join(dir, 'Credential Catalog.exe'), join(app, 'Credential Catalog.exe'));
      copyFileSync(
        join(ROOT, 'electron', 'resources', 'windows', 'credential-catalog.cmd'),
        join(app, 'bin', 'credential-catalog.cmd'),
      );
      const result = run(
        'cmd',
        '/c',
        'C:\\Apps\\CC\\bin\\credential-catalog.cmd',
        'list',
        '--db',
        'C:\\My Files\\x.db',
      );
      expect(result.status).toBe(3); // the stand-in's exit code, passed on
      expect(readFileSync(join(app, 'args.txt'), 'utf8')).toBe(
        '"C:\\Apps\\CC\\bin\\..\\Credential Catalog.exe" list --db "C:\\My Files\\x.db"',
      );
    }, 300_000);
  },
);
