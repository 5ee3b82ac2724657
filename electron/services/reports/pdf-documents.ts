import { formatDuration } from '../../../shared/format';
import { formatDate, INTL_LOCALE } from '../../../shared/i18n';
import { explanationOf } from '../../../shared/localize';
import type { Designation, ReportKind } from '../../../shared/model';
import { formatLastVerified } from '../../../shared/verification';
import { formatCertificate } from './labels';
import type { CellText, PdfBlock, PdfDocumentSpec, PdfText } from './pdf/pdf-model';
import {
  overviewRow,
  pathwaySentences,
  targets,
  owners,
  shown,
  type ReportContext,
} from './report-rows';

// What each PDF report says, as headings, paragraphs, lists and tables. How they
// are laid out, tagged and written is the engine's business (pdf/).

export interface DocumentOptions {
  kind: ReportKind;
  designations: readonly Designation[];
  ctx: ReportContext;
  organisation: string;
  generatedAt: Date;
  /** Called as each designation's part is laid out: (done, total). */
  onProgress?: (done: number) => void;
}

/** A4 with the report's title and organisation on top, date and "page X of Y" below. */
function frame(
  o: DocumentOptions,
  content: Iterable<PdfBlock>,
  landscape: boolean,
): PdfDocumentSpec {
  const { t, lang } = o.ctx;
  const title = t(`reports:title.${o.kind}`);
  const generated = t('reports:generated', { date: formatDate(o.generatedAt.toISOString(), lang) });
  return {
    title,
    lang: INTL_LOCALE[lang],
    landscape,
    author: o.organisation || t('reports:creator'),
    subject: t('reports:count', { count: o.designations.length }),
    creator: t('reports:creator'),
    createdAt: o.generatedAt,
    header: { left: title, right: o.organisation },
    footer: { left: generated, pageOf: (page, pages) => t('reports:pageOf', { page, pages }) },
    blocks: (function* () {
      yield { type: 'heading', level: 1, text: title, style: 'title' };
      yield {
        type: 'paragraph',
        text: `${generated} · ${t('reports:count', { count: o.designations.length })}`,
        style: 'subtitle',
      };
      yield* content;
    })(),
  };
}

/** One designation after another, reporting progress as each is laid out. */
function* each<T>(o: DocumentOptions, part: (d: Designation, i: number) => Iterable<T>) {
  for (const [i, d] of o.designations.entries()) {
    yield* part(d, i);
    o.onProgress?.(i + 1);
  }
}

function overview(o: DocumentOptions): PdfDocumentSpec {
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
  const widths = [46, '*', 80, 54, 58, 62, 140, 80] as const;
  const rows = each(o, (d) => {
    const row = overviewRow(d, o.ctx);
    return [
      columns.map((c): CellText =>
        c === 'code'
          ? { text: row.code, bold: true }
          : c === 'officialName'
            ? { text: nameOf(d, o), note: row.explanatoryName || undefined }
            : row[c],
      ),
    ];
  });
  return frame(
    o,
    [
      {
        type: 'table',
        // The header row repeats on every page the table runs onto.
        columns: columns.map((c, i) => ({ header: t(`reports:column.${c}`), width: widths[i]! })),
        rowHeaders: true,
        rules: 'lines',
        rows,
      },
    ],
    true,
  );
}

function factRows(d: Designation, o: DocumentOptions): CellText[][] {
  const { t } = o.ctx;
  const list = (codes: string[]) => (codes.length ? codes.join(', ') : t('reports:none'));
  return (
    [
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
    ] as [string, PdfText][]
  ).map(([label, value]) => [{ text: label, muted: true }, value]);
}

/**
 * "AIS – Associate in Insurance Services": the official name, as the issuer writes it,
 * in the issuer's language (English for The Institutes) whatever the report's language.
 */
/** The Institutes write their names in English: in a Norwegian report they are tagged so. */
const inIssuersLanguage = (text: string, d: Designation, o: DocumentOptions): PdfText =>
  o.ctx.lang === 'en' || d.issuer !== 'The Institutes' ? text : { text, lang: 'en-GB' };
const nameOf = (d: Designation, o: DocumentOptions) => inIssuersLanguage(d.officialName, d, o);
const titleOf = (d: Designation, o: DocumentOptions) =>
  inIssuersLanguage(`${d.code} – ${d.officialName}`, d, o);

function sheets(o: DocumentOptions): PdfDocumentSpec {
  const { t } = o.ctx;
  const content = each(o, (d, i): PdfBlock[] => {
    const section = (title: string, body: PdfBlock): PdfBlock[] => [
      { type: 'heading', level: 3, text: title, style: 'sectionTitle' },
      body,
    ];
    const delivery = shown(d.deliveryNotes, o.ctx);
    const explanation = explanationOf(d, o.ctx.lang);
    const caution = shown(d.caution, o.ctx);
    const sources = shown(d.sources, o.ctx);
    return [
      {
        type: 'section',
        blocks: [
          {
            type: 'heading',
            level: 2,
            text: titleOf(d, o),
            style: 'sheetTitle',
            bookmark: true, // a bookmark per designation
            newPage: i > 0,
          },
          ...(explanation
            ? [{ type: 'paragraph', text: explanation, style: 'explanatoryName' } as const]
            : []),
          { type: 'paragraph', text: shown(d.summary, o.ctx), style: 'intro' },
          ...(plain(caution)
            ? [
                {
                  type: 'paragraph',
                  text: withLabel(t('reports:column.caution'), caution),
                  style: 'caution',
                } as const,
              ]
            : []),
          {
            type: 'table',
            columns: [{ width: 150 }, { width: '*' }],
            rowHeaders: true,
            rules: 'plain',
            rows: factRows(d, o),
          },
          ...(plain(delivery)
            ? section(t('reports:column.delivery'), { type: 'paragraph', text: delivery })
            : []),
          ...(d.courses.length
            ? section(t('reports:column.courses'), {
                type: 'table',
                columns: [
                  { header: t('catalog:course.kind'), width: 110 },
                  { header: t('catalog:course.code'), width: 60 },
                  { header: t('catalog:course.title'), width: '*' },
                ],
                rules: 'lines',
                rows: d.courses.map((c) => [
                  t(`catalog:courseKind.${c.kind}`),
                  c.code,
                  shown(c.title, o.ctx),
                ]),
              })
            : []),
          ...(plain(sources)
            ? section(t('reports:column.sources'), {
                type: 'paragraph',
                text: sources,
                style: 'small',
              })
            : []),
        ],
      },
    ];
  });
  return frame(o, content, false);
}

function pathways(o: DocumentOptions): PdfDocumentSpec {
  const content = each(o, (d): PdfBlock[] => [
    {
      type: 'section',
      keepTogether: true,
      blocks: [
        { type: 'heading', level: 2, text: titleOf(d, o), style: 'pathwayTitle', bookmark: true },
        { type: 'list', items: pathwaySentences(d, o.ctx) },
      ],
    },
  ]);
  return frame(o, content, false);
}

const plain = (text: PdfText) => (typeof text === 'string' ? text : text.text);
/** "Caution: …", the label in the report's language, the text in its own. */
const withLabel = (label: string, text: PdfText): PdfText =>
  typeof text === 'string' ? `${label}: ${text}` : { ...text, text: `${label}: ${text.text}` };

/** The document of one report, its blocks made as the engine asks for them. */
export function reportDocument(o: DocumentOptions): PdfDocumentSpec {
  return { overview, sheets, pathways }[o.kind](o);
}
