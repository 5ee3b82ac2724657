import { CatalogError } from '../../../shared/errors';
import type { ExportRequest, ExportResult } from '../../../shared/model';
import type { Services } from '../services';
import { buildReportInWorker } from './worker-client';

/**
 * Exports from the window: one at a time, cancellable, with progress, and
 * only the files exported here may be opened afterwards.
 */
export class ExportJobs {
  private running: AbortController | undefined;
  private readonly exported = new Set<string>();

  constructor(private readonly services: Services) {}

  async run(request: ExportRequest): Promise<ExportResult> {
    const { store, settings, chooseSavePath, onExportProgress } = this.services;
    if (this.running) this.running.abort();
    // The report machinery (pdfkit, fonts, CSV) loads with the first export, not with the window.
    const { suggestedFileName, writeReport } = await import('./export-report');
    const out = await chooseSavePath?.(suggestedFileName(request), request.format);
    if (!out) return { status: 'cancelled' };
    const job = new AbortController();
    this.running = job;
    try {
      const { organisationName, csvDelimiter } = settings.get();
      const workerPath = this.services.reportWorkerPath;
      const result = await writeReport(
        store.all(),
        request,
        out,
        {
          organisationName,
          csvDelimiter,
          signal: job.signal,
          onProgress: (done, total) => onExportProgress?.({ done, total }),
        },
        workerPath ? (...args) => buildReportInWorker(workerPath, ...args) : undefined,
      );
      this.exported.add(result.path);
      return { status: 'saved', ...result };
    } catch (e) {
      if (e instanceof CatalogError && e.code === 'EXPORT_CANCELLED')
        return { status: 'cancelled' };
      throw e;
    } finally {
      if (this.running === job) this.running = undefined;
    }
  }

  cancel(): boolean {
    if (!this.running) return false;
    this.running.abort();
    return true;
  }

  async reveal(path: string, how: 'open' | 'folder'): Promise<Record<string, never>> {
    if (!this.exported.has(path)) throw new CatalogError('NOT_FOUND', { code: path });
    await this.services.reveal?.(path, how);
    return {};
  }
}
