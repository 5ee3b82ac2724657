import { CatalogError } from '../../shared/errors';
import { createI18n } from '../../shared/i18n';
import { codeKey, type Designation, type ExportResult, type Language } from '../../shared/model';
import {
  displayName,
  type MapLayout,
  type PlanPrintout,
  type PlanRequest,
} from '../../shared/plan';
import { mapFigure } from './planner/map-document';
import { mapSvg } from './planner/map-svg';
import { framedPage } from './planner/pdf-frame';
import { planStudy } from './planner/plan';
import { planDocument } from './planner/plan-document';
import type { PdfDocumentSpec } from './reports/pdf/pdf-model';
import type { Services } from './services';
import { writeFileDurably } from './storage/durable-write';

const namesOf = (catalog: readonly Designation[], lang: Language) => {
  const names = new Map(catalog.map((d) => [codeKey(d.code), displayName(d, lang)]));
  return (code: string) => names.get(codeKey(code)) ?? '';
};

/** A one- or two-page document is small: rendered into memory, written by the caller. */
async function pdfBytes(spec: PdfDocumentSpec): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const encoder = new TextEncoder();
  const { renderPdf } = await import('./reports/pdf/tagged-pdf'); // pdfkit loads with the first PDF
  await renderPdf(spec, {
    write: (chunk) => chunks.push(typeof chunk === 'string' ? encoder.encode(chunk) : chunk),
  });
  return Buffer.concat(chunks);
}

/** The study plan as a one-page PDF in the printout's language. */
export async function planPdf(
  catalog: readonly Designation[],
  request: PlanRequest,
  printout: PlanPrintout,
  organisation: string,
  generatedAt = new Date(),
): Promise<Uint8Array> {
  const plan = planStudy(catalog, request);
  const { t } = createI18n(printout.language);
  const definition = planDocument({
    plan,
    t,
    lang: printout.language,
    name: namesOf(catalog, printout.language),
    printout,
    organisation,
    generatedAt,
  });
  return pdfBytes(definition);
}

/** The map as the window laid it out: an SVG file, or the same drawing on a landscape PDF page. */
export async function mapFile(
  catalog: readonly Designation[],
  layout: MapLayout,
  format: 'svg' | 'pdf',
  language: Language,
  organisation: string,
  generatedAt = new Date(),
): Promise<Uint8Array> {
  const { t } = createI18n(language);
  if (format === 'svg')
    return new TextEncoder().encode(mapSvg(layout, namesOf(catalog, language), t, t('map:title')));
  const definition = framedPage({
    t,
    lang: language,
    title: t('map:title'),
    organisation,
    generatedAt,
    landscape: true,
    subtitle: '',
    blocks: [mapFigure(layout, namesOf(catalog, language), t)],
  });
  return pdfBytes(definition);
}

/** Writes all or nothing; a failure says why in the export's own words. */
async function write(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileDurably(path, bytes);
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
    throw new CatalogError('EXPORT_FAILED', { reason, path });
  }
}

export async function writePlanExport(path: string, build: () => Promise<Uint8Array>) {
  let bytes: Uint8Array;
  try {
    bytes = await build();
  } catch (e) {
    if (e instanceof CatalogError) throw e;
    throw new CatalogError('EXPORT_FAILED', { reason: 'render', detail: String(e).slice(0, 300) });
  }
  await write(path, bytes);
}

/** Plan and map exports from the window: the native save dialog, then Open or Show in folder. */
export class PlannerExports {
  private readonly exported = new Set<string>();
  constructor(private readonly services: Services) {}

  private async save(
    name: string,
    format: 'pdf' | 'svg',
    build: () => Promise<Uint8Array>,
  ): Promise<ExportResult> {
    const out = await this.services.chooseSavePath?.(name, format);
    if (!out) return { status: 'cancelled' };
    await writePlanExport(out, build);
    this.exported.add(out);
    return { status: 'saved', path: out, count: 1 };
  }

  plan(request: PlanRequest, printout: PlanPrintout): Promise<ExportResult> {
    const { store, settings } = this.services;
    const catalog = store.all();
    planStudy(catalog, request); // unknown codes are refused before the save dialog opens
    const t = createI18n(printout.language).t;
    const name = `${t('plan:fileName')}-${codeKey(request.target).toLowerCase()}-${new Date().toISOString().slice(0, 10)}.pdf`;
    return this.save(name, 'pdf', () =>
      planPdf(catalog, request, printout, settings.get().organisationName),
    );
  }

  map(layout: MapLayout, format: 'svg' | 'pdf', language: Language): Promise<ExportResult> {
    const { store, settings } = this.services;
    const t = createI18n(language).t;
    const name = `${t('map:fileName')}-${new Date().toISOString().slice(0, 10)}.${format}`;
    return this.save(name, format, () =>
      mapFile(store.all(), layout, format, language, settings.get().organisationName),
    );
  }

  /** Only files exported here may be opened or shown. */
  owns(path: string): boolean {
    return this.exported.has(path);
  }
  async reveal(path: string, how: 'open' | 'folder'): Promise<Record<string, never>> {
    await this.services.reveal?.(path, how);
    return {};
  }
}
