import { CatalogError } from '../../../shared/errors';
import { createI18n } from '../../../shared/i18n';
import {
  codeKey,
  type Designation,
  type ExportRequest,
  type Language,
  type Settings,
} from '../../../shared/model';
import { writeFileDurably } from '../storage/durable-write';
import { toJson } from '../exchange/json-format';
import { reportCsv } from './csv';
import { reportDocument } from './pdf-documents';
import { renderPdf } from './pdf-render';
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
  const name = request.format === 'json' ? 'data' : request.report;
  return `${t(`reports:fileName.${name}`)}-${day}.${request.format}`;
}

export const csvDelimiterFor = (setting: Settings['csvDelimiter'], lang: Language) =>
  setting === 'auto' ? (lang === 'nb' ? ';' : ',') : setting === 'tab' ? '\t' : setting;

/** Builds the report's bytes: the chosen designations (or all), in the chosen language. */
export async function buildReport(
  all: readonly Designation[],
  request: ExportRequest,
  options: ReportOptions,
): Promise<Uint8Array> {
  const t = rememberingT(createI18n(request.language).t);
  const ctx = { t, lang: request.language, incoming: incomingRelations(all) };
  const wanted = request.codes === null ? null : new Set(request.codes.map(codeKey));
  const designations = wanted ? all.filter((d) => wanted.has(codeKey(d.code))) : all;
  const total = designations.length;
  options.onProgress?.(0, total);
  if (request.format === 'json') return new TextEncoder().encode(toJson(designations, options.now));
  if (request.format === 'csv') {
    const text = reportCsv(
      request.report,
      designations,
      ctx,
      csvDelimiterFor(options.csvDelimiter, request.language),
    );
    options.onProgress?.(total, total);
    return new TextEncoder().encode(text);
  }
  const definition = reportDocument({
    kind: request.report,
    designations,
    ctx,
    organisation: options.organisationName,
    generatedAt: options.now ?? new Date(),
  });
  const pdf = await renderPdf(definition, (fraction) =>
    options.onProgress?.(Math.round(fraction * total), total),
  );
  options.onProgress?.(total, total);
  return pdf;
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
  build: typeof buildReport = buildReport,
): Promise<{ path: string; count: number }> {
  let bytes: Uint8Array;
  try {
    bytes = await build(all, request, options);
  } catch (e) {
    if (e instanceof CatalogError) throw e;
    throw new CatalogError('EXPORT_FAILED', { reason: 'render', detail: String(e).slice(0, 300) });
  }
  if (options.signal?.aborted) throw new CatalogError('EXPORT_CANCELLED');
  try {
    await writeFileDurably(out, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOSPC'
        ? 'disk-full'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'read-only'
          : code === 'ENOENT'
            ? 'folder-missing'
            : 'io';
    throw new CatalogError('EXPORT_FAILED', { reason, path: out });
  }
  const count = request.codes === null ? all.length : new Set(request.codes.map(codeKey)).size;
  return { path: out, count };
}
