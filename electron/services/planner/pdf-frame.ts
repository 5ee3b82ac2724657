import type { TFunction } from 'i18next';
import { formatDate, INTL_LOCALE } from '../../../shared/i18n';
import type { Language } from '../../../shared/model';

// The reports' look (reports/pdf-documents.ts): the same colours, font, header and footer.
export const ACCENT = '#1d5a85';
export const MUTED = '#56626b';

export interface PageOptions {
  t: TFunction;
  lang: Language;
  title: string;
  organisation: string;
  generatedAt: Date;
  landscape: boolean;
  /** A line under the title (who and when the printout is for). */
  subtitle: string;
  content: object[];
}

/**
 * A page in the reports' frame: title and organisation on top, date and "page X of Y"
 * below, Roboto (embedded by reports/pdf-render.ts). Kept to plain blocks (text, lists,
 * tables, one SVG) so that it moves with the report engine.
 */
export function framedPage(o: PageOptions): object {
  const { t } = o;
  const generated = t('reports:generated', {
    date: formatDate(o.generatedAt.toISOString(), o.lang),
  });
  return {
    pageSize: 'A4',
    pageOrientation: o.landscape ? 'landscape' : 'portrait',
    pageMargins: [40, 56, 40, 48],
    language: INTL_LOCALE[o.lang],
    info: {
      title: o.title,
      author: o.organisation || t('reports:creator'),
      subject: o.title,
      creator: t('reports:creator'),
      producer: t('reports:creator'),
    },
    header: () => ({
      columns: [
        { text: o.title, bold: true, color: ACCENT },
        { text: o.organisation, alignment: 'right', color: MUTED },
      ],
      margin: [40, 24, 40, 0],
      fontSize: 9,
    }),
    footer: (page: number, pages: number) => ({
      columns: [
        { text: generated, color: MUTED },
        { text: t('reports:pageOf', { page, pages }), alignment: 'right', color: MUTED },
      ],
      margin: [40, 16, 40, 0],
      fontSize: 8,
    }),
    content: [
      { text: o.title, fontSize: 18, bold: true, color: ACCENT, margin: [0, 0, 0, 2] },
      { text: o.subtitle || generated, fontSize: 10, color: MUTED, margin: [0, 0, 0, 10] },
      ...o.content,
    ],
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
  };
}
