// Start-up figures (#18): a read-only CLI command and the main process's services, each as a
// fresh process from its start, beside bare `node -e 0` in the same run.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { rolldown } from 'rolldown';
import { fmt, stat, type Stat } from './measure';

const ROOT = join(__dirname, '..', '..');
type Row = (name: string, a: string, b: string, note?: string) => void;

/**
 * The environment a user's process starts in. A machine that sets NODE_EXTRA_CA_CERTS (this
 * one does, for its network proxy) makes Node read the whole CA bundle before any code runs:
 * about 45 ms of every start that is the machine's, not the app's. Measured without it, and
 * the floor with it is printed beside.
 */
const { NODE_EXTRA_CA_CERTS: machineCerts, ...USER_ENV } = process.env;

/**
 * Wall times of `runs` fresh processes, start to exit, as the user who typed the command waits.
 * Started from a small parent, as a shell would: spawning from this process, which holds two
 * catalogs' worth of memory, added about 15 ms of fork to every figure.
 */
function walls(runs: number, args: string[], env: NodeJS.ProcessEnv = USER_ENV): Stat {
  const timer = `
    const { spawnSync } = require('node:child_process');
    const [runs, ...args] = JSON.parse(process.argv[1]);
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      if (run.status !== 0) throw new Error(args.join(' ') + ': ' + run.stderr);
      times.push(performance.now() - start);
    }
    process.stdout.write(JSON.stringify(times));`;
  const out = execFileSync(process.execPath, ['-e', timer, JSON.stringify([runs, ...args])], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  return stat(JSON.parse(out) as number[]);
}

/** The probe bundled as the app's main bundle is: packages required, zod bundled in, chunks split. */
export async function bundledProbe(): Promise<string> {
  const dir = join(ROOT, 'bench', '.probe'); // beside node_modules, to find them
  const bundle = await rolldown({
    input: join(__dirname, 'services-ready.ts'),
    platform: 'node',
    external: (id) =>
      id.startsWith('node:') ||
      builtinModules.includes(id) ||
      (!id.startsWith('.') && !id.startsWith('/') && !id.startsWith('zod')),
    logLevel: 'silent',
  });
  // Split as the app is, so that what loads lazily there loads lazily here.
  await bundle.write({
    dir,
    format: 'cjs',
    entryFileNames: '[name].cjs',
    chunkFileNames: '[name]-[hash].cjs',
  });
  await bundle.close();
  return join(dir, 'services-ready.cjs');
}

export async function benchStart(
  paths: Record<'28' | '10k', string>,
  dir: string,
  runs: number,
  row: Row,
): Promise<Record<string, unknown>> {
  const cli = join(ROOT, 'out', 'main', 'cli.js');
  const probe = await bundledProbe();
  // Copies: the probe opens its catalog to write, as the app does.
  const writable = (size: '28' | '10k') => {
    const path = join(dir, `start-${size}.db`);
    copyFileSync(paths[size], path);
    return path;
  };
  const servicesPaths = { '28': writable('28'), '10k': writable('10k') };
  // The app's data folders: the built main opens catalog.db there, as it opens userData's.
  const dataFolder = (size: '28' | '10k') => {
    const folder = join(dir, `app-${size}`);
    mkdirSync(folder, { recursive: true });
    copyFileSync(paths[size], join(folder, 'catalog.db'));
    return folder;
  };
  const appFolders = { '28': dataFolder('28'), '10k': dataFolder('10k') };
  const floor = walls(runs * 2, ['-e', '0']);
  const machineFloor = machineCerts ? walls(runs * 2, ['-e', '0'], process.env) : undefined;
  const figures: Record<string, Record<string, Stat>> = {
    list: {},
    show: {},
    services: {},
    window: {},
  };
  /** Milliseconds from process start that a probe printed, over `runs` fresh processes. */
  const probed = (args: string[], env: NodeJS.ProcessEnv) => {
    const times: number[] = [];
    for (let i = 0; i < runs * 2; i++) {
      const out = execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env });
      const { ms, count } = JSON.parse(out) as { ms: number; count: number };
      if (count < 28) throw new Error(`${args.join(' ')} listed ${count} designations`);
      times.push(ms);
    }
    return stat(times);
  };
  for (const size of ['28', '10k'] as const) {
    figures.list![size] = walls(runs * 2, [cli, 'list', '--db', paths[size]]);
    figures.show![size] = walls(runs * 2, [cli, 'show', 'AIS', '--db', paths[size]]);
    figures.services![size] = probed([probe, servicesPaths[size]], USER_ENV);
    // The whole built main process, against the stand-in Electron used in the unit tests.
    figures.window![size] = probed(
      ['-r', join(__dirname, 'window-ready.cjs'), join(ROOT, 'out', 'main', 'index.js')],
      {
        ...USER_ENV,
        CREDENTIAL_CATALOG_USER_DATA: appFolders[size],
        FAKE_ELECTRON_LOG: join(appFolders[size], 'electron.log'),
      },
    );
  }
  const ms = (s: Stat) => `${fmt(s.median)} (p95 ${fmt(s.p95)})`;
  const ratio = (s: Stat) => `${(s.median / floor.median).toFixed(1)}× node -e 0`;
  row('Start: bare node -e 0 (the floor)', ms(floor), '', 'process start to exit');
  if (machineFloor)
    row(
      "  node -e 0 with this machine's NODE_EXTRA_CA_CERTS",
      ms(machineFloor),
      '',
      "not in the figures below: the machine's setting, not the app",
    );
  row(
    '  CLI list, start to exit',
    ms(figures.list!['28']!),
    ms(figures.list!['10k']!),
    `target < 150 ms at 28; ${ratio(figures.list!['28']!)}`,
  );
  row(
    '  CLI show AIS, start to exit',
    ms(figures.show!['28']!),
    ms(figures.show!['10k']!),
    `target < 150 ms at 28; ${ratio(figures.show!['28']!)}`,
  );
  row(
    '  main-process services ready for the first paint',
    ms(figures.services!['28']!),
    ms(figures.services!['10k']!),
    'target < 150 ms at 28; Node, no Electron; catalog, settings, the three first calls',
  );
  row(
    '  the built main process answering the window',
    ms(figures.window!['28']!),
    ms(figures.window!['10k']!),
    'all of out/main/index.js (menu, window, page served) under a stand-in Electron',
  );
  return { floor, machineFloor, ...figures };
}
