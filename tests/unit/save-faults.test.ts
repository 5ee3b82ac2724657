import { open as openFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CatalogError } from '../../shared/errors';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import {
  changeLogPathOf,
  realDisk,
  type LogDisk,
} from '../../electron/services/storage/change-log';
import { sampleDesignation } from '../support/designations';
import { exited, startScript } from '../support/child';
import { copyAsAfterCrash } from '../support/sqlite-file';
import { makeTempDir } from '../support/temp';

// FAULT_RUNS=300 npm run test:unit -- save-faults   runs the long version.
const RUNS = Number(process.env.FAULT_RUNS ?? 12);

type Fault = 'replace-untouched' | 'replace-after-rename' | 'append' | 'append-torn';
type Op =
  | { kind: 'create' | 'delete'; code: string }
  | { kind: 'update'; code: string; text: string }
  | { kind: 'undo' | 'redo' | 'backup' | 'restore' | 'reopen' }
  | { kind: 'fail-next'; fault: Fault }
  | { kind: 'outside'; what: 'delete-file' | 'empty-log' | 'older-file' }
  /** The lock vanishes and another process saves (the app's lock lost to a second writer). */
  | { kind: 'other-writer' }
  /** One bit of one logged record flips on disk (bit rot, a bad sector). */
  | { kind: 'damage-record'; record: number };

const code = fc.constantFrom('P1', 'P2', 'P3');
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constantFrom('create', 'delete'), code }), weight: 4 },
  {
    arbitrary: fc.record({ kind: fc.constant('update'), code, text: fc.string({ maxLength: 12 }) }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom('undo', 'redo', 'backup', 'restore', 'reopen'),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('fail-next'),
      fault: fc.constantFrom('replace-untouched', 'replace-after-rename', 'append', 'append-torn'),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('outside'),
      what: fc.constantFrom('delete-file', 'empty-log', 'older-file'),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('other-writer') }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('damage-record'), record: fc.nat(20) }),
    weight: 1,
  },
) as fc.Arbitrary<Op>;

/** Where each whole record of a log starts (after its 40-byte header); a torn tail is left out. */
function recordStarts(log: Buffer): number[] {
  const starts = [];
  for (let at = 40; at + 20 <= log.length && at + 20 + log.readUInt32LE(at) <= log.length;) {
    starts.push(at);
    at += 20 + log.readUInt32LE(at);
  }
  return starts;
}

const failure = (code: string, extra: object = {}) =>
  Object.assign(new Error(code), { code, ...extra });

/** A disk that fails the next write of one kind, the way real disks fail. */
function faultyDisk(path: string) {
  let armed: Fault | null = null;
  const disk: LogDisk = {
    ...realDisk,
    replace: async (p, bytes) => {
      if (p === path && armed === 'replace-untouched') {
        armed = null;
        throw failure('ENOSPC', { untouched: true }); // the temp file did not fit
      }
      await realDisk.replace(p, bytes);
      if (p === path && armed === 'replace-after-rename') {
        armed = null;
        throw failure('EIO'); // renamed into place, then syncing the folder failed
      }
    },
    appendAt: async (p, bytes, offset) => {
      if (armed === 'append') {
        armed = null;
        throw failure('ENOSPC');
      }
      if (armed === 'append-torn') {
        armed = null;
        // Half a record reached the disk and could not even be truncated away.
        const handle = await openFile(p, 'r+');
        await handle.write(bytes, 0, bytes.length >> 1, offset);
        await handle.close();
        throw failure('EIO');
      }
      await realDisk.appendAt(p, bytes, offset);
    },
  };
  return { disk, arm: (fault: Fault) => (armed = fault) };
}

/** Everything a user could see: every designation and the whole history. */
const visible = (store: CatalogStore) => ({
  designations: store.all(),
  history: store.history(null, 5000),
});

/** How often the rarer paths ran, printed at the end so that a run shows they were exercised. */
const exercised = { damagedRecords: 0, otherWriters: 0, takenOver: 0 };

describe('saves under random disk failures and outside interference', () => {
  it(`leave the disk holding exactly what the app shows after every change (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        const dir = await makeTempDir();
        const path = join(dir, 'catalog.db');
        let t = Date.parse('2026-03-01T08:00:00Z');
        const clock = () => new Date((t += 1000));
        const { disk, arm } = faultyDisk(path);
        const open = () => CatalogStore.open({ path, clock, disk, logLimitBytes: 8000 });
        // An open that must write refuses on a failing disk, the file as it was; the user tries again.
        const openStore = () =>
          open().catch((e: unknown) => {
            if (!(e instanceof CatalogError && e.code === 'CATALOG_OPEN_FAILED')) throw e;
            return open();
          });
        let store = await openStore();
        let older = await readFile(path);
        let latestBackup: string | null = null;
        // After interference from outside, the app catches up with its next successful change.
        let interfered = false;

        /** What the app showed after each record of the current log: states[k] = after k records. */
        let states: ReturnType<typeof visible>[] = [];
        /** A record of the current log was damaged: until the log is folded, disk lags the app. */
        let damaged = false;
        /** What the damaged log brings back: the saves before the damaged record. */
        let beforeDamage: ReturnType<typeof visible> | undefined;
        let others = 0;

        /** What a new process would find on disk if this one died now. */
        const onDisk = async (notices: string[] = []) => {
          const copy = join(dir, 'after-crash.db');
          await copyAsAfterCrash(path, copy);
          const reopened = await CatalogStore.open({ path: copy, clock });
          const seen = visible(reopened);
          notices.push(...reopened.notices.map((n) => `${n.code}:${n.params.count ?? ''}`));
          await reopened.close();
          for (const name of await readdir(dir))
            if (name.startsWith('after-crash.db')) await rm(join(dir, name), { recursive: true });
          return seen;
        };

        /** Follows the log record by record, so that a damaged record's expected state is known. */
        let lastLog: Buffer | undefined;
        const track = async () => {
          const log = await readFile(changeLogPathOf(path)).catch(() => undefined);
          const records = log ? recordStarts(log).length : -1;
          // A save that first wrote the whole catalog (its file was gone) starts a new log and
          // appends to it: the record count alone would take it for the old log.
          const newLog =
            !log ||
            !lastLog ||
            log.length < lastLog.length ||
            !log.subarray(0, 40).equals(lastLog.subarray(0, 40));
          lastLog = log;
          if (!log || log.length <= 40) {
            states = [visible(store)];
            damaged = false;
          } else if (newLog) {
            states = []; // what the new log started from is not known here
            damaged = false;
          } else if (records === states.length) states.push(visible(store));
          else if (records !== states.length - 1) states = [];
        };

        for (const o of ops) {
          if (o.kind === 'fail-next') {
            arm(o.fault);
            continue;
          }
          if (o.kind === 'damage-record') {
            const log = await readFile(changeLogPathOf(path)).catch(() => Buffer.alloc(0));
            const starts = recordStarts(log);
            if (interfered || damaged || starts.length === 0 || starts.length !== states.length - 1)
              continue;
            const k = o.record % starts.length;
            const at = starts[k]!;
            log[at + 20 + (log.readUInt32LE(at) >> 1)]! ^= 0x04;
            await writeFile(changeLogPathOf(path), log);
            // A crash now: the saves before it come back, the rest is reported and kept aside.
            const notices: string[] = [];
            const seen = await onDisk(notices);
            expect(seen).toEqual(states[k]);
            expect(notices).toContain(`log-damaged:${starts.length - k}`);
            damaged = true;
            beforeDamage = seen;
            exercised.damagedRecords++;
            continue;
          }
          if (o.kind === 'other-writer') {
            if (damaged || interfered) continue;
            // The lock vanishes (a cleanup tool, a user), and another process takes it and saves.
            await rm(`${path}.lock`, { recursive: true, force: true });
            const code = `Q${String.fromCharCode(65 + (others++ % 26))}`;
            const child = startScript('writer.ts', [path, 'one', code, '{}']);
            let out = '';
            child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
            await exited(child);
            const saved = out.includes(`saved ${code}`);
            // The app's next change is refused and it shows the disk as it is: whatever either
            // of the two acknowledged is there.
            const next = await store
              .create(sampleDesignation({ code: 'P9', relations: [] }))
              .catch((e: unknown) => e);
            if (saved) expect(next).toMatchObject({ code: 'CATALOG_TAKEN_OVER' });
            exercised.otherWriters++;
            const seen = await onDisk();
            expect(seen).toEqual(visible(store));
            if (saved) expect(seen.designations.some((d) => d.code === code)).toBe(true);
            await store.close();
            store = await openStore();
            await track();
            continue;
          }
          if (o.kind === 'outside') {
            if (o.what === 'delete-file') await rm(path, { force: true });
            if (o.what === 'empty-log') await writeFile(changeLogPathOf(path), '');
            if (o.what === 'older-file') await writeFile(path, older);
            interfered = true;
            continue;
          }
          if (o.kind === 'restore' && !latestBackup) continue;
          try {
            if (o.kind === 'create')
              await store.create(sampleDesignation({ code: o.code, relations: [] }));
            if (o.kind === 'update') {
              const d = store.get(o.code);
              await store.update(o.code, { ...d, summary: { ...d.summary, en: o.text } });
            }
            if (o.kind === 'delete') await store.delete(o.code);
            if (o.kind === 'undo') await store.undo();
            if (o.kind === 'redo') await store.redo();
            if (o.kind === 'backup') latestBackup = await store.backupNow();
            if (o.kind === 'restore') await store.restoreBackup(latestBackup!);
            if (o.kind === 'reopen') {
              await store.close();
              older = await readFile(path).catch(() => older);
              store = await openStore();
            }
            // Every change (and a close) first writes the catalog back if it is not what the log follows.
            if (o.kind !== 'backup') interfered = false;
          } catch (e) {
            if (!(e instanceof CatalogError)) throw e; // only typed, translated errors reach the user
            if (e.code === 'CATALOG_TAKEN_OVER') {
              exercised.takenOver++;
              // Another hand on the files (an older file put back): the app showed the disk;
              // the user reopens the catalog.
              expect(await onDisk()).toEqual(visible(store));
              await store.close();
              store = await openStore();
              interfered = false;
            }
          }
          await track();
          if (!interfered && !damaged) expect(await onDisk()).toEqual(visible(store));
        }
        // Closing folds the log into the file; opening again shows the same catalog.
        const last = visible(store);
        await store.close();
        const log = await readFile(changeLogPathOf(path)).catch(() => undefined);
        const folded = !log || log.length <= 40;
        const again = await openStore();
        const seen = visible(again);
        if (!interfered && (folded || !damaged)) expect(seen).toEqual(last);
        // Bit rot in the log, then a close that failed to fold it. Either the whole catalog got
        // into place before the failure, or, as after a crash, the saves before the damaged
        // record come back and the rest is reported.
        if (!interfered && !folded && damaged && !isDeepStrictEqual(seen, last)) {
          expect(seen).toEqual(beforeDamage);
          expect(again.notices.map((n) => n.code)).toContain('log-damaged');
        }
        await again.close();
      }),
      {
        numRuns: RUNS,
        // Sequences that once broke the rule: a restore whose file was renamed into place before
        // the folder sync failed (memory went back, the disk did not), and the same with a
        // backup byte for byte equal to the file, onto which the old log then replayed. And ones the
        // test itself judged wrongly: a damaged record, then a close that could not fold it; a new
        // log that a save started and appended to at once; an open that had to write on a full
        // disk (now refused with CATALOG_OPEN_FAILED).
        examples: [
          [
            [
              { kind: 'create', code: 'P1' },
              { kind: 'outside', what: 'delete-file' },
              { kind: 'create', code: 'P3' },
              { kind: 'damage-record', record: 0 },
            ],
          ],
          [
            [
              { kind: 'create', code: 'P1' },
              { kind: 'fail-next', fault: 'replace-untouched' },
              { kind: 'outside', what: 'older-file' },
            ],
          ],
          [
            [
              { kind: 'undo' },
              { kind: 'create', code: 'P1' },
              { kind: 'damage-record', record: 0 },
              { kind: 'fail-next', fault: 'replace-after-rename' },
            ],
          ],
          [
            [
              { kind: 'delete', code: 'P1' },
              { kind: 'create', code: 'P1' },
              { kind: 'fail-next', fault: 'replace-untouched' },
              { kind: 'damage-record', record: 0 },
              { kind: 'create', code: 'P1' },
            ],
          ],
          [
            [
              { kind: 'backup' },
              { kind: 'create', code: 'P1' },
              { kind: 'reopen' },
              { kind: 'fail-next', fault: 'replace-after-rename' },
              { kind: 'restore' },
            ],
          ],
          [
            [
              { kind: 'backup' },
              { kind: 'fail-next', fault: 'replace-after-rename' },
              { kind: 'create', code: 'P1' },
              { kind: 'restore' },
              { kind: 'update', code: 'P1', text: '' },
            ],
          ],
        ],
      },
    );
    console.log(
      `save faults: ${RUNS} runs; ${exercised.damagedRecords} damaged records, ${exercised.otherWriters} second writers, ${exercised.takenOver} outside replacements refused with CATALOG_TAKEN_OVER`,
    );
  }, 600_000);
});
