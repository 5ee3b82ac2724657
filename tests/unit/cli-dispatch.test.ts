import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cliArguments, runCliInApp } from '../../electron/main/cli-in-app';
import { makeTempDir } from '../support/temp';

const BIN = '/opt/Credential Catalog/credential-catalog';

describe('the installed app started from a terminal', () => {
  it.each([
    [
      [BIN, 'list', '--json'],
      ['list', '--json'],
    ],
    [
      [BIN, '--db', 'other.db', 'list'],
      ['--db', 'other.db', 'list'],
    ],
    [[BIN, 'export', '--report', 'overview', '--format', 'pdf', '--out', 'k.pdf'], null],
    [[BIN, '--help'], ['--help']],
    [[BIN, 'lsit'], ['lsit']], // a typo gets the CLI's "unknown command", not a window
  ])('runs the command line for %j', (argv, expected) => {
    expect(cliArguments(argv, false)).toEqual(expected ?? argv.slice(1));
  });

  it.each([
    [[BIN]],
    [[BIN, '--no-sandbox']],
    [[BIN, '--lang=nb']],
    [[BIN, '-psn_0_12345']], // what older macOS adds when the app is opened from the Finder
  ])('opens the window for %j', (argv) => {
    expect(cliArguments(argv, false)).toBeUndefined();
  });
});

describe('the app run by Electron from a checkout', () => {
  it('skips the app’s path before looking for a command', () => {
    expect(cliArguments(['/x/electron', '.', 'list'], true)).toEqual(['list']);
    expect(cliArguments(['/x/electron', '.'], true)).toBeUndefined();
    expect(cliArguments(['/x/electron', '.', '--no-sandbox'], true)).toBeUndefined();
  });

  it('opens the window when Playwright starts it with its own switches first', () => {
    const argv = [
      '/x/electron',
      '--inspect=0',
      '--remote-debugging-port=0',
      '/repo/out/main/index.js',
      '--lang=en-GB',
    ];
    expect(cliArguments(argv, true)).toBeUndefined();
  });
});

describe('the command line inside the app', () => {
  it('works on the app’s own data folder without --db (a development build’s, from a checkout)', async () => {
    const dataFolder = await makeTempDir();
    const exit = vi.fn();
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((...args: unknown[]) => {
      const done = args.find((a) => typeof a === 'function') as (() => void) | undefined;
      done?.(); // written
      return true;
    });
    try {
      await runCliInApp({ getPath: () => dataFolder, exit, dock: undefined } as never, ['list']);
    } finally {
      write.mockRestore();
    }
    expect(exit).toHaveBeenCalledWith(0);
    expect(existsSync(join(dataFolder, 'catalog.db'))).toBe(true);
  });
});
