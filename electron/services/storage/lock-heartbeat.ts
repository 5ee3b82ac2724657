import { closeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * Runs on its own thread, so a main thread busy for minutes (parsing a large
 * import, laying out a PDF) still beats. It writes a counter into the lock's
 * `beat` file through a descriptor opened when the lock was made: should the
 * lock ever be moved aside, the beats go on in our own file, never into the
 * lock of whoever took over. Synced, so that another computer reading the file
 * over a network drive sees each beat.
 */
const BEAT = `
const { parentPort, workerData } = require('node:worker_threads');
const { writeSync, fdatasyncSync } = require('node:fs');
let n = 0;
const timer = setInterval(() => {
  try {
    writeSync(workerData.fd, String(++n).padStart(16, '0'), 0);
    fdatasyncSync(workerData.fd);
  } catch {}
}, workerData.intervalMs);
parentPort.once('message', () => { clearInterval(timer); parentPort.close(); });
`;

export interface Heartbeat {
  stop(): Promise<void>;
}

/** Beats every `intervalMs` into the open file `fd` until stopped; closes `fd` then. */
export function startHeartbeat(fd: number, intervalMs: number): Heartbeat {
  const worker = new Worker(BEAT, { eval: true, workerData: { fd, intervalMs } });
  worker.unref(); // a beat never keeps a finished process alive
  worker.on('error', () => {}); // no beats: other computers may take the lock over, and we notice
  let stopped: Promise<void> | undefined;
  return {
    stop: () =>
      (stopped ??= (async () => {
        worker.postMessage('stop');
        await worker.terminate().catch(() => {});
        try {
          closeSync(fd);
        } catch {
          // Already closed: nothing to give back.
        }
      })()),
  };
}
