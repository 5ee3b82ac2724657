import { formatDuration } from '../../../shared/format';
import { formatDate, INTL_LOCALE } from '../../../shared/i18n';
import { explanationOf } from '../../../shared/localize';
import type { Designation, ReportKind } from '../../../shared/model';
import { formatLastVerified } from '../../../shared/verification';
import { formatCertificate } from './labels';
import {
  overviewRow,
  pathwaySentences,
  targets,
  owners,
  text,
  type ReportContext,
} from './report-rows';

export interface DocumentOptions {
  kind: ReportKind;
  designations: readonly Designation[];
  ctx: ReportContext;
  organisation: string;
  generatedAt: Date;
}

const ACCENT = '#1d5a85';
const MUTED = '#56626b';
/** Cautions stand out from the facts around them (dark amber: 7:1 on white). */
const CAUTION = '#7a4100';

const STYLES = {
  title: { fontSize: 18, bold: true, color: ACCENT, margin: [0, 0, 0, 2] },
  subtitle: { fontSize: 10, color: MUTED, margin: [0, 0, 0, 12] },
  tableHeader: { bold: true, fillColor: '#e8eef3' },
  sheetTitle: { fontSize: 15, bold: true, color: ACCENT, margin: [0, 0, 0, 4] },
  explanatoryName: { fontSize: 11, color: MUTED, margin: [0, -2, 0, 6] },
  sectionTitle: { fontSize: 10, bold: true, color: MUTED, margin: [0, 10, 0, 3] },
  pathwayTitle: { fontSize: 11, bold: true, color: ACCENT, margin: [0, 10, 0, 2] },
  small: { fontSize: 8, color: MUTED },
};

/** A4 with the report's title and organisation on top, date and "page X of Y" below. */
function frame(o: DocumentOptions, content: (object | string)[], landscape: boolean) {
  const { t, lang } = o.ctx;
  const title = t(`reports:title.${o.kind}`);
  const generated = t('reports:generated', { date: formatDate(o.generatedAt.toISOString(), lang) });
  return {
    pageSize: 'A4',
    pageOrientation: landscape ? 'landscape' : 'portrait',
    pageMargins: [40, 56, 40, 48],
    language: INTL_LOCALE[lang],
    info: {
      title,
      author: o.organisation || t('reports:creator'),
      subject: t('reports:count', { count: o.designations.length }),
      creator: t('reports:creator'),
      producer: t('reports:creator'),
    },
    header: () => ({
      columns: [
        { text: title, bold: true, color: ACCENT },
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
      { text: title, style: 'title' },
      {
        text: `${generated} · ${t('reports:count', { count: o.designations.length })}`,
        style: 'subtitle',
      },
      ...content,
    ],
    styles: STYLES,
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
  };
}

const header = (labels: string[]) => labels.map((text) => ({ text, style: 'tableHeader' }));

function overview(o: DocumentOptions) {
  const { t } = o.ctx;
  const columns = [
    'code',
    'officialName',
    'focusArea',
    'status',
    'lastVerified',
    'duration',
    'prerequisites',
    'creditToward',
  ] as const;
  const body = o.designations.map((d) => {
    const row = overviewRow(d, o.ctx);
    return columns.map((c) =>
      c === 'code'
        ? { text: row.code, bold: true }
        : c === 'officialName' && row.explanatoryName
          ? { text: [row.officialName, { text: `\n${row.explanatoryName}`, color: MUTED }] }
          : row[c],
    );
  });
  return frame(
    o,
    [
      {
        table: {
          headerRows: 1, // repeated on every page the table runs onto
          dontBreakRows: true,
          widths: [46, '*', 80, 54, 58, 62, 140, 80],
          body: [header(columns.map((c) => t(`reports:column.${c}`))), ...body],
        },
        layout: 'lightHorizontalLines',
      },
    ],
    true,
  );
}

function factRows(d: Designation, o: DocumentOptions) {
  const { t } = o.ctx;
  const list = (codes: string[]) => (codes.length ? codes.join(', ') : t('reports:none'));
  return [
    [t('reports:column.issuer'), d.issuer],
    [t('reports:column.focusArea'), t(`catalog:focusArea.${d.focusArea}`)],
    [t('reports:column.status'), t(`catalog:status.${d.status}`)],
    [t('reports:column.lastVerified'), formatLastVerified(d.lastVerified, t, o.ctx.lang)],
    [t('reports:column.duration'), formatDuration(d.durationMonths, t)],
    [t('reports:column.certificate'), formatCertificate(d, t)],
    [t('reports:column.prerequisites'), overviewRow(d, o.ctx).prerequisites],
    [t('reports:column.creditToward'), list(targets(d, 'credit'))],
    [t('reports:column.creditFrom'), list(owners(d, 'credit', o.ctx))],
    [t('reports:column.requiredBy'), list(owners(d, 'prerequisite', o.ctx))],
  ].map(([label, value]) => [{ text: label, color: MUTED }, value]);
}

function sheets(o: DocumentOptions) {
  const { t } = o.ctx;
  const content = o.designations.flatMap((d, i) => {
    const explanation = explanationOf(d, o.ctx.lang);
    const caution = text(d.caution, o.ctx);
    const sources = text(d.sources, o.ctx);
    const section = (title: string, body: object | string) => [
      { text: title, style: 'sectionTitle' },
      body,
    ];
    return [
      {
        text: `${d.code} – ${d.officialName}`,
        style: 'sheetTitle',
        outline: true, // a bookmark per designation
        outlineText: `${d.code} – ${d.officialName}`,
        ...(i > 0 ? { pageBreak: 'before' } : {}),
      },
      ...(explanation ? [{ text: explanation, style: 'explanatoryName' }] : []),
      { text: text(d.summary, o.ctx), margin: [0, 0, 0, 8] },
      ...(caution
        ? [
            {
              text: [{ text: `${t('reports:column.caution')}: `, bold: true }, caution],
              color: CAUTION,
              margin: [0, 0, 0, 8],
            },
          ]
        : []),
      { table: { widths: [150, '*'], body: factRows(d, o) }, layout: 'noBorders' },
      ...(text(d.deliveryNotes, o.ctx)
        ? section(t('reports:column.delivery'), text(d.deliveryNotes, o.ctx))
        : []),
      ...(d.courses.length
        ? section(t('reports:column.courses'), {
            table: {
              headerRows: 1,
              widths: [110, 60, '*'],
              body: [
                header([
                  t('catalog:course.kind'),
                  t('catalog:course.code'),
                  t('catalog:course.title'),
                ]),
                ...d.courses.map((c) => [
                  t(`catalog:courseKind.${c.kind}`),
                  c.code,
                  text(c.title, o.ctx),
                ]),
              ],
            },
            layout: 'lightHorizontalLines',
          })
        : []),
      ...(sources ? section(t('reports:column.sources'), { text: sources, style: 'small' }) : []),
    ];
  });
  return frame(o, content, false);
}

function pathways(o: DocumentOptions) {
  const content = o.designations.map((d) => ({
    unbreakable: true,
    stack: [
      {
        text: `${d.code} – ${d.officialName}`,
        style: 'pathwayTitle',
        outline: true,
        outlineText: `${d.code} – ${d.officialName}`,
      },
      { ul: pathwaySentences(d, o.ctx), margin: [0, 2, 0, 0] },
    ],
  }));
  return frame(o, content, false);
}

/** The pdfmake document definition of one report. */
export function reportDocument(o: DocumentOptions): object {
  return { overview, sheets, pathways }[o.kind](o);
}
