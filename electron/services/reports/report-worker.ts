// Builds one report on a worker thread, so the main process stays free for the
// window while pdfmake lays out thousands of pages. Started by worker-client.ts.
import { parentPort } from 'node:worker_threads';
import type { Designation, ExportRequest } from '../../../shared/model';
import { buildReport, type ReportOptions } from './export-report';

export interface WorkerJob {
  all: Designation[];
  request: ExportRequest;
  options: Omit<ReportOptions, 'onProgress' | 'signal'>;
}
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'failed'; message: string };

parentPort?.once('message', (job: WorkerJob) => {
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
    parentPort!.postMessage(message, transfer);
  buildReport(job.all, job.request, {
    ...job.options,
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  }).then(
    (bytes) => post({ type: 'done', bytes }, [bytes.buffer as ArrayBuffer]),
    (e: unknown) => post({ type: 'failed', message: String(e) }),
  );
});
