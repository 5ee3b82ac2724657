import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../electron/services/exchange/json-format';
import { readCatalogState } from '../../electron/services/storage/catalog-file';
import type { Designation } from '../../shared/model';
import { ROOT, exited, startScript, waitForLine } from '../support/child';
import { sampleDesignation } from '../support/designations';
import { syntheticDesignations } from '../support/synthetic';
import { makeTempDir } from '../support/temp';

// WRITER_ROUNDS=50 npm run test:unit -- two-writers   runs the long version.
const ROUNDS = Number(process.env.WRITER_ROUNDS ?? 1);
/** Big enough that importing it keeps the CLI busy for seconds on this machine. */
const BIG_IMPORT = 1500;

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** A real process, with everything it printed. */
function collect(child: ChildProcess): Promise<Run> {
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  return exited(child).then((code) => ({ code, out, err }));
}

const cli = (...args: string[]) =>
  spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'electron/cli/main.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
const writer = (path: string, ...args: string[]) => startScript('writer.ts', [path, ...args]);

async function until(test: () => boolean): Promise<void> {
  while (!test()) await new Promise((r) => setTimeout(r, 20));
}

async function codesOnDisk(path: string): Promise<Set<string>> {
  const db = await readCatalogState(path);
  const codes = new Set((db.exec('SELECT code FROM designation')[0]?.values ?? []).map(String));
  db.close();
  return codes;
}

const asDesignation = (code: string): Designation => ({
  ...sampleDesignation({ code, relations: [] }),
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
});

/** What a writer process acknowledged: every "saved CODE" it printed. */
const savedBy = (run: Run) => [...run.out.matchAll(/^saved (\S+)$/gm)].map((m) => m[1]!);

const totals = { rounds: 0, acknowledged: 0, refused: 0, takenOver: 0 };

async function expectAllOnDisk(path: string, acknowledged: string[], runs: Run[]) {
  for (const r of runs) expect(r.err + r.out).not.toMatch(/Lock file is already being held/);
  const onDisk = await codesOnDisk(path);
  const missing = acknowledged.filter((c) => !onDisk.has(c));
  expect(missing).toEqual([]);
  totals.acknowledged += acknowledged.length;
}

describe('two writers on one catalog: whatever either acknowledged is on disk', () => {
  it(`busy imports, a busy writer, a crash, a frozen owner on another computer (${ROUNDS} rounds)`, async () => {
    const dir = await makeTempDir();
    const big = join(dir, 'big.json');
    const now = '2026-03-01T08:00:00.000Z';
    await writeFile(
      big,
      toJson(
        syntheticDesignations(BIG_IMPORT).map((d) => ({ ...d, createdAt: now, updatedAt: now })),
      ),
    );
    for (let round = 1; round <= ROUNDS; round++) {
      const path = join(dir, `round-${round}.db`);
      await collect(writer(path, 'one', 'SEED'));

      // 1. The CLI imports a big file, busy for seconds; a second import arrives meanwhile.
      const one = join(dir, `one-${round}.json`);
      await writeFile(
        one,
        toJson([asDesignation(`ONE${String.fromCharCode(64 + (round % 26) + 1)}`)]),
      );
      const first = collect(cli('import', big, '--db', path));
      await until(() => existsSync(`${path}.lock`));
      const [a, b] = await Promise.all([first, collect(cli('import', one, '--db', path))]);
      const imported = [
        ...(a.code === 0 && /Imported/.test(a.err) ? ['SAAAA', 'SACEF'] : []),
        ...(b.code === 0 && /Imported/.test(b.err)
          ? [`ONE${String.fromCharCode(64 + (round % 26) + 1)}`]
          : []),
      ];
      for (const r of [a, b]) {
        if (r.code !== 0) {
          expect(r.err).toMatch(/is open in another window or in the command-line tool/);
          totals.refused++;
        }
      }
      expect(imported.length).toBeGreaterThan(0);
      await expectAllOnDisk(path, imported, [a, b]);

      // 2. A writer whose main thread is busy for 5 s (longer than any old stale time) keeps
      //    its lock: the second one waits for it, on this computer and on another.
      for (const machines of [[], ['pc-a', 'pc-b']]) {
        const other = machines.length > 0;
        const go = join(dir, `busy-${round}-${machines.length}`);
        const lockB = other
          ? { machine: 'pc-b', staleMs: 1500, waitMs: 2500, barrier: go }
          : { waitMs: 15_000, barrier: go };
        const second = writer(path, 'one', other ? 'SECONDB' : 'SECONDA', JSON.stringify(lockB));
        await waitForLine(second, /^started$/);
        const secondRun = collect(second);
        const lockA = other ? { machine: 'pc-a', beatMs: 200 } : {};
        const busy = writer(path, 'busy', other ? 'BUSYB' : 'BUSYA', '6000', JSON.stringify(lockA));
        const busyRun = collect(busy);
        await waitForLine(busy, /^holding$/);
        await writeFile(go, ''); // the second one opens now, while the first is busy
        const [busyDone, secondDone] = await Promise.all([busyRun, secondRun]);
        expect(savedBy(busyDone)).toHaveLength(1);
        if (other) expect(secondDone.out).toMatch(/^refused CATALOG_LOCKED$/m);
        else expect(savedBy(secondDone)).toHaveLength(1); // it waited for the busy one
        if (/refused/.test(secondDone.out)) totals.refused++;
        await expectAllOnDisk(
          path,
          [...savedBy(busyDone), ...savedBy(secondDone)],
          [busyDone, secondDone],
        );
      }

      // 3. A writer is killed; two start at the very same instant: one gets the catalog.
      const holder = startScript('hold-catalog.ts', [path]);
      await waitForLine(holder, /^holding/);
      holder.kill('SIGKILL');
      await exited(holder);
      const barrier = join(dir, `go-${round}`);
      const racers = ['RACEA', 'RACEB'].map((code) =>
        writer(path, 'one', code, JSON.stringify({ barrier, waitMs: 0 })),
      );
      await Promise.all(racers.map((r) => waitForLine(r, /^started$/)));
      const raced = racers.map(collect);
      await writeFile(barrier, '');
      const [r1, r2] = await Promise.all(raced);
      const wins = [r1!, r2!].filter((r) => /^saved/m.test(r.out));
      expect(wins.length).toBeGreaterThanOrEqual(1);
      for (const r of [r1!, r2!])
        if (!/^saved/m.test(r.out)) expect(r.out).toMatch(/^refused CATALOG_LOCKED$/m);
      await expectAllOnDisk(path, [...savedBy(r1!), ...savedBy(r2!)], [r1!, r2!]);

      // 4. An owner on another computer freezes (a suspended laptop); after its beat has been
      //    silent long enough, another computer takes over and saves. The frozen one, woken,
      //    finds the catalog taken and writes nothing more.
      const frozen = writer(
        path,
        'loop',
        String(round * 1000),
        JSON.stringify({ machine: 'pc-a', beatMs: 200 }),
      );
      const frozenRun = collect(frozen);
      await waitForLine(frozen, /^saved W\S+$/);
      frozen.kill('SIGSTOP');
      const taker = await collect(
        writer(
          path,
          'one',
          'TAKER',
          JSON.stringify({ machine: 'pc-b', staleMs: 1500, waitMs: 30_000 }),
        ),
      );
      expect(savedBy(taker)).toEqual(['TAKER']);
      frozen.kill('SIGCONT');
      const woken = await frozenRun;
      expect(woken.out).toMatch(/^refused CATALOG_TAKEN_OVER$/m);
      totals.takenOver++;
      await expectAllOnDisk(path, [...savedBy(woken), 'TAKER'], [woken, taker]);
      totals.rounds++;
      // The long run's progress, readable while it runs (WRITER_LOG=file).
      if (process.env.WRITER_LOG)
        appendFileSync(process.env.WRITER_LOG, `round ${round}: ${JSON.stringify(totals)}\n`);
    }
    console.log(
      `two writers: ${totals.rounds} rounds, ${totals.acknowledged} acknowledged saves and imports all on disk, ${totals.refused} refused with CATALOG_LOCKED, ${totals.takenOver} writers stopped by CATALOG_TAKEN_OVER`,
    );
  }, 3_600_000);
});
