import { Worker } from 'node:worker_threads';
import { CatalogError } from '../../../shared/errors';
import { builtWorker } from '../built-worker';
import type { Designation } from '../../../shared/model';
import type { ImportPlan } from './import-plan';
import type { ImportJob, ImportWorkerMessage } from './import-worker';

/** The built import worker, when this runs from a build. */
export const builtImportWorker = (): string | undefined => builtWorker('import-worker.js');

/** Previews an import on a worker thread; the catalog goes to it as a copy. */
export function previewInWorker(
  workerPath: string,
  path: string,
  catalog: readonly Designation[],
): Promise<ImportPlan> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerPath);
    let settled = false;
    const finish = (done: () => void) => {
      if (settled) return;
      settled = true;
      done();
      void worker.terminate();
    };
    worker.on('message', (m: ImportWorkerMessage) => {
      if (m.type === 'done') finish(() => resolve(m.plan));
      else if (m.type === 'refused') finish(() => reject(CatalogError.fromPayload(m.error)));
      else finish(() => reject(new Error(m.message)));
    });
    worker.on('error', (e) => finish(() => reject(e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`import worker stopped (${code})`))));
    const job: ImportJob = { path, catalog: [...catalog] };
    worker.postMessage(job);
  });
}
