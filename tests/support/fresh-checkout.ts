import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeTempDir } from './temp';

const ROOT = join(__dirname, '..', '..');
// What npm installs for the electron package: no binary, no path.txt.
const ELECTRON_PACKAGE_FILES = [
  'package.json',
  'index.js',
  'install.js',
  'cli.js',
  'checksums.json',
];

/**
 * The project as a newcomer has it after `git clone && npm install`: the files git
 * knows (with this worktree's changes), the installed packages (linked, not copied),
 * and an electron package whose binary has never been downloaded.
 */
export async function freshCheckout(): Promise<string> {
  const dir = join(await makeTempDir(), 'credential-catalog');
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      copyFileSync(join(ROOT, file), join(dir, file));
    } catch {
      // deleted in the worktree but not yet in git
    }
  }
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== 'electron') symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
  mkdirSync(join(modules, 'electron'));
  for (const file of ELECTRON_PACKAGE_FILES)
    copyFileSync(join(ROOT, 'node_modules', 'electron', file), join(modules, 'electron', file));
  return dir;
}
