import type { TFunction } from 'i18next';
import { formatDate, INTL_LOCALE } from '../../../shared/i18n';
import type { Language } from '../../../shared/model';
import type { PdfBlock, PdfDocumentSpec } from '../reports/pdf/pdf-model';

export interface PageOptions {
  t: TFunction;
  lang: Language;
  title: string;
  organisation: string;
  generatedAt: Date;
  landscape: boolean;
  /** A line under the title (who and when the printout is for); the date when empty. */
  subtitle: string;
  blocks: PdfBlock[];
}

/**
 * A page in the reports' frame (reports/pdf-documents.ts): title and organisation on
 * top, date and "page X of Y" below, tagged by the reports' engine (reports/pdf/).
 */
export function framedPage(o: PageOptions): PdfDocumentSpec {
  const { t } = o;
  const generated = t('reports:generated', {
    date: formatDate(o.generatedAt.toISOString(), o.lang),
  });
  return {
    title: o.title,
    lang: INTL_LOCALE[o.lang],
    landscape: o.landscape,
    author: o.organisation || t('reports:creator'),
    subject: o.title,
    creator: t('reports:creator'),
    createdAt: o.generatedAt,
    header: { left: o.title, right: o.organisation },
    footer: { left: generated, pageOf: (page, pages) => t('reports:pageOf', { page, pages }) },
    blocks: [
      { type: 'heading', level: 1, text: o.title, style: 'title' },
      { type: 'paragraph', text: o.subtitle || generated, style: 'subtitle' },
      ...o.blocks,
    ],
  };
}
