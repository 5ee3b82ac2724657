import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { makeTempDir } from './temp';

const ROOT = join(__dirname, '..', '..');
// Electron's fuse wire as it ships: a sentinel, version 1, eight fuses.
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const STOCK_FUSES = '10011101';

export const builderConfig = () =>
  load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

/**
 * Runs electron-builder for real (linux, unpacked) with a stand-in for the
 * Electron binary, which cannot be downloaded here: what it packs and the fuses
 * it sets are what a real build gets. Returns the unpacked app folder.
 */
export async function packWithStandIn(): Promise<string> {
  const dir = await makeTempDir();
  const fakeElectron = join(dir, 'electron-dist');
  mkdirSync(fakeElectron);
  writeFileSync(
    join(fakeElectron, 'electron'),
    `#!/bin/sh\n# ${FUSE_SENTINEL}\x01\x08${STOCK_FUSES}\n`,
  );
  chmodSync(join(fakeElectron, 'electron'), 0o755);
  const config = builderConfig();
  const output = join(dir, 'dist');
  const { build, Platform } = await import('electron-builder');
  await build({
    projectDir: ROOT,
    targets: Platform.LINUX.createTarget('dir'),
    config: {
      ...config,
      electronDist: fakeElectron,
      directories: { ...(config.directories as object), output },
    },
    publish: 'never',
  });
  return join(output, 'linux-unpacked');
}
