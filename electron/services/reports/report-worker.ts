// Builds one report on a worker thread, so the main process stays free for the
// window while thousands of pages are laid out. Started by worker-client.ts. The
// worker writes the file itself, page by page; only progress crosses threads.
import { parentPort } from 'node:worker_threads';
import type { Designation, ExportRequest } from '../../../shared/model';
import { buildReportFile, type ReportOptions } from './export-report';

export interface WorkerJob {
  all: Designation[];
  request: ExportRequest;
  options: Omit<ReportOptions, 'onProgress' | 'signal'>;
  /** The (temp) file to write. */
  path: string;
}
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; written: number }
  | { type: 'failed'; message: string; code?: string };

parentPort?.once('message', (job: WorkerJob) => {
  const post = (message: WorkerMessage) => parentPort!.postMessage(message);
  buildReportFile(
    job.all,
    job.request,
    {
      ...job.options,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    },
    job.path,
  ).then(
    (written) => post({ type: 'done', written }),
    (e: unknown) =>
      post({ type: 'failed', message: String(e), code: (e as NodeJS.ErrnoException).code }),
  );
});
