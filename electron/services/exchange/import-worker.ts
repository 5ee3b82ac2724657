// Reads, checks and plans one import on a worker thread, so the main process
// stays free for the window (and its lock) while a large file is parsed.
// Started by import-worker-client.ts.
import { parentPort } from 'node:worker_threads';
import { CatalogError, type ErrorPayload } from '../../../shared/errors';
import type { Designation } from '../../../shared/model';
import type { ImportPlan } from './import-plan';
import { previewFile } from './import-preview';

export interface ImportJob {
  path: string;
  catalog: Designation[];
}
export type ImportWorkerMessage =
  | { type: 'done'; plan: ImportPlan }
  | { type: 'refused'; error: ErrorPayload }
  | { type: 'failed'; message: string };

parentPort?.once('message', (job: ImportJob) => {
  const post = (message: ImportWorkerMessage) => parentPort!.postMessage(message);
  previewFile(job.path, job.catalog).then(
    (plan) => post({ type: 'done', plan }),
    (e: unknown) =>
      post(
        e instanceof CatalogError
          ? { type: 'refused', error: e.toPayload() }
          : { type: 'failed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) },
      ),
  );
});
