// Start-up figures (#18): a read-only CLI command and the main process's services, each as a
// fresh process from its start, beside bare `node -e 0` in the same run.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { rolldown } from 'rolldown';
import { fmt, repeat, stat, type Stat } from './measure';

const ROOT = join(__dirname, '..', '..');
type Row = (name: string, a: string, b: string, note?: string) => void;

/** Wall time of one fresh process, start to exit, as the user who typed it waits for it. */
function wall(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status !== 0) throw new Error(`${args.join(' ')}: ${run.stderr.toString()}`);
  return performance.now() - start;
}

/** The probe bundled as the app's main bundle is: packages required, zod bundled in, chunks split. */
async function bundledProbe(): Promise<string> {
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
  const floor = await repeat(runs * 2, () => wall(['-e', '0']));
  const figures: Record<string, Record<string, Stat>> = { list: {}, show: {}, services: {} };
  for (const size of ['28', '10k'] as const) {
    figures.list![size] = await repeat(runs * 2, () => wall([cli, 'list', '--db', paths[size]]));
    figures.show![size] = await repeat(runs * 2, () =>
      wall([cli, 'show', 'AIS', '--db', paths[size]]),
    );
    const ready: number[] = [];
    for (let i = 0; i < runs * 2; i++) {
      const out = execFileSync(process.execPath, [probe, servicesPaths[size]], {
        encoding: 'utf8',
      });
      const { ms, count } = JSON.parse(out) as { ms: number; count: number };
      if (count < 28) throw new Error(`services-ready listed ${count} designations`);
      ready.push(ms);
    }
    figures.services![size] = stat(ready);
  }
  const ms = (s: Stat) => `${fmt(s.median)} (p95 ${fmt(s.p95)})`;
  const ratio = (s: Stat) => `${(s.median / floor.median).toFixed(1)}× node -e 0`;
  row('Start: bare node -e 0 (the floor)', ms(floor), '', 'process start to exit');
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
    ratio(figures.show!['28']!),
  );
  row(
    '  main-process services ready for the first paint',
    ms(figures.services!['28']!),
    ms(figures.services!['10k']!),
    'target < 150 ms at 28; Node, no Electron',
  );
  return { floor, ...figures };
}
