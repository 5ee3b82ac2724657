import { Worker } from 'node:worker_threads';
import { CatalogError } from '../../../shared/errors';
import type { Designation, ExportRequest } from '../../../shared/model';
import type { ReportOptions } from './export-report';
import type { WorkerJob, WorkerMessage } from './report-worker';
import { builtWorker } from '../built-worker';

/** The built report worker, when this runs from a build (the CLI's exports use it too). */
export const builtReportWorker = (): string | undefined => builtWorker('report-worker.js');

/**
 * The worker's heap. The engine keeps little per page; without a cap V8 lets
 * garbage pile up to a gigabyte before collecting it. npm run bench measures
 * exports with the same cap (export-once.ts).
 */
export const REPORT_WORKER_LIMITS = { maxOldGenerationSizeMb: 320 };

/**
 * Builds a report into the file at `path` on a worker thread (the built
 * report-worker.js): progress arrives while the layout runs, and cancelling
 * stops it for real (the worker has ended before the promise says so).
 */
export function buildReportInWorker(
  workerPath: string,
  all: readonly Designation[],
  request: ExportRequest,
  options: ReportOptions,
  path: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerPath, { resourceLimits: REPORT_WORKER_LIMITS });
    let settled = false;
    const finish = (done: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', abort);
      void worker.terminate().then(done, done);
    };
    const abort = () => finish(() => reject(new CatalogError('EXPORT_CANCELLED')));
    options.signal?.addEventListener('abort', abort);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') options.onProgress?.(m.done, m.total);
      else if (m.type === 'done') finish(() => resolve(m.written));
      else finish(() => reject(Object.assign(new Error(m.message), { code: m.code })));
    });
    worker.on('error', (e) => finish(() => reject(e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`report worker stopped (${code})`))));
    const { onProgress: _p, signal: _s, ...plain } = options;
    const job: WorkerJob = { all: [...all], request, options: plain, path };
    worker.postMessage(job);
  });
}
