import { CatalogError } from '../../../shared/errors';
import { createI18n } from '../../../shared/i18n';
import {
  codeKey,
  type Designation,
  type ExportRequest,
  type Language,
  type Settings,
} from '../../../shared/model';
import { writeFileDurablyVia } from '../storage/durable-write';
import { toJson } from '../exchange/json-format';
import { reportCsv } from './csv';
import { writeHtmlCatalog, type HtmlCatalogOptions } from './html/html-catalog';
import { reportDocument } from './pdf-documents';
import { renderPdf } from './pdf/tagged-pdf';
import { openReportFile, type ReportSink } from './report-file';
import { incomingRelations, rememberingT } from './report-rows';

export interface ReportOptions {
  organisationName: string;
  csvDelimiter: Settings['csvDelimiter'];
  now?: Date;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** A sensible file name in the report's language: katalogoversikt-2026-11-26.pdf */
export function suggestedFileName(
  request: Pick<ExportRequest, 'report' | 'format' | 'language'>,
  now = new Date(),
): string {
  const t = createI18n(request.language).t;
  const day = now.toISOString().slice(0, 10);
  const name =
    request.format === 'json' ? 'data' : request.format === 'html' ? 'catalog' : request.report;
  return `${t(`reports:fileName.${name}`)}-${day}.${request.format}`;
}

export const csvDelimiterFor = (setting: Settings['csvDelimiter'], lang: Language) =>
  setting === 'auto' ? (lang === 'nb' ? ';' : ',') : setting === 'tab' ? '\t' : setting;

/** Writes the report into `sink` as it is made: the chosen designations (or all), in the chosen language. */
export async function buildReport(
  all: readonly Designation[],
  request: ExportRequest,
  options: ReportOptions,
  sink: ReportSink,
): Promise<void> {
  const t = rememberingT(createI18n(request.language).t);
  const ctx = { t, lang: request.language, incoming: incomingRelations(all) };
  const wanted = request.codes === null ? null : new Set(request.codes.map(codeKey));
  const designations = wanted ? all.filter((d) => wanted.has(codeKey(d.code))) : all;
  const total = designations.length;
  options.onProgress?.(0, total);
  if (request.format === 'json') sink.write(toJson(designations, options.now));
  else if (request.format === 'html') {
    const other = request.language === 'nb' ? 'en' : 'nb';
    const otherT = rememberingT(createI18n(other).t);
    writeHtmlCatalog(
      {
        designations,
        contexts: {
          [request.language]: ctx,
          [other]: { ...ctx, t: otherT, lang: other },
        } as HtmlCatalogOptions['contexts'],
        language: request.language,
        organisation: options.organisationName,
        generatedAt: options.now ?? new Date(),
        onProgress: (done) => options.onProgress?.(done, total),
      },
      sink,
    );
  } else if (request.format === 'csv') {
    const delimiter = csvDelimiterFor(options.csvDelimiter, request.language);
    sink.write(reportCsv(request.report, designations, ctx, delimiter));
  } else {
    const document = reportDocument({
      kind: request.report,
      designations,
      ctx,
      organisation: options.organisationName,
      generatedAt: options.now ?? new Date(),
      onProgress: (done) => options.onProgress?.(done, total),
    });
    await renderPdf(document, sink);
  }
  options.onProgress?.(total, total);
}

/** Builds a report into the file at `path` (which exists); returns how many bytes it wrote. */
export async function buildReportFile(
  all: readonly Designation[],
  request: ExportRequest,
  options: ReportOptions,
  path: string,
): Promise<number> {
  const file = openReportFile(path);
  try {
    await buildReport(all, request, options, file);
  } catch (e) {
    file.close();
    throw e;
  }
  return file.close();
}

/**
 * Writes a report to `out`: all of it or nothing (temp file and rename), so a
 * failure or a cancel never leaves half a file at the target path.
 */
export async function writeReport(
  all: readonly Designation[],
  request: ExportRequest,
  out: string,
  options: ReportOptions,
  /** How the bytes are made: in this thread by default, on a worker thread in the app. */
  build: typeof buildReportFile = buildReportFile,
): Promise<{ path: string; count: number }> {
  try {
    await writeFileDurablyVia(out, async (temp) => {
      const written = await build(all, request, options, temp);
      if (options.signal?.aborted) throw new CatalogError('EXPORT_CANCELLED');
      return written;
    });
  } catch (e) {
    throw exportError(e, out);
  }
  const count = request.codes === null ? all.length : new Set(request.codes.map(codeKey)).size;
  return { path: out, count };
}

/** What went wrong, as the user is told it: the disk's answer where it was the disk. */
function exportError(e: unknown, path: string): CatalogError {
  if (e instanceof CatalogError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOSPC'
      ? 'disk-full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'read-only'
        : code === 'ENOENT'
          ? 'folder-missing'
          : typeof code === 'string' && code.startsWith('E')
            ? 'io'
            : undefined;
  return reason
    ? new CatalogError('EXPORT_FAILED', { reason, path })
    : new CatalogError('EXPORT_FAILED', { reason: 'render', detail: String(e).slice(0, 300) });
}
