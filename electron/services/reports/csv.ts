import { stringify } from 'csv-stringify/sync';
import type { Course, Designation } from '../../../shared/model';
import { formatCertificate } from './labels';
import { owners, overviewRow, targets, type ReportContext } from './report-rows';

/**
 * Excel runs a cell that starts with =, +, -, @, tab or CR as a formula. Such
 * cells get a leading apostrophe, except plain numbers and phone numbers
 * ("-1234,50", "+47 22 00 00 00"), which Excel reads as values.
 */
export function neutraliseFormula(cell: string): string {
  if (!/^[=+\-@\t\r]/.test(cell)) return cell;
  if (/^[+-][\d\s.,]*\d$/.test(cell)) return cell;
  return `'${cell}`;
}

/** The columns of each CSV report, in order (keys under reports:column). */
export const REPORT_COLUMNS = {
  overview: [
    'code',
    'officialName',
    'explanatoryName',
    'focusArea',
    'status',
    'lastVerified',
    'duration',
    'prerequisites',
    'creditToward',
  ],
  pathways: [
    'code',
    'officialName',
    'prerequisites',
    'waivedFor',
    'creditFrom',
    'creditToward',
    'requiredBy',
  ],
  // Every field in both languages: this is the CSV that imports back without loss.
  sheets: [
    'code',
    'issuer',
    'officialName',
    'explanatoryNb',
    'explanatoryEn',
    'summaryNb',
    'summaryEn',
    'focusArea',
    'status',
    'lastVerifiedMonth',
    'cautionNb',
    'cautionEn',
    'durationMin',
    'durationMax',
    'deliveryNb',
    'deliveryEn',
    'certificate',
    'courses',
    'requires',
    'waivedFor',
    'credit',
    'sourcesNb',
    'sourcesEn',
  ],
} as const;
export const SHEET_COLUMNS = REPORT_COLUMNS.sheets;

type Kind = keyof typeof REPORT_COLUMNS;

export type ReportColumn = (typeof REPORT_COLUMNS)[Kind][number];
const join = (codes: string[]) => codes.join(', ');

/** One course per line: "Core | ARM 400 | Norsk tittel | English title" ("|" inside a value is "\\|"). */
export const courseLine = (c: Course, t: ReportContext['t']) =>
  [t(`catalog:courseKind.${c.kind}`), c.code, c.title.nb, c.title.en]
    .map((part) => part.replace(/\|/g, '\\|'))
    .join(' | ');

/** How each column is read from a designation; only the report's own columns are computed. */
const VALUE: Record<
  ReportColumn,
  (d: Designation, ctx: ReportContext, row: () => ReturnType<typeof overviewRow>) => string
> = {
  code: (d) => d.code,
  issuer: (d) => d.issuer,
  officialName: (d) => d.officialName,
  explanatoryName: (_d, _c, row) => row().explanatoryName,
  explanatoryNb: (d) => d.explanatoryName.nb,
  explanatoryEn: (d) => d.explanatoryName.en,
  focusArea: (_d, _c, row) => row().focusArea,
  status: (_d, _c, row) => row().status,
  lastVerified: (_d, _c, row) => row().lastVerified,
  // The full-data CSV keeps the machine form (2020-07) so that it imports back.
  lastVerifiedMonth: (d) => d.lastVerified ?? '',
  cautionNb: (d) => d.caution.nb,
  cautionEn: (d) => d.caution.en,
  duration: (_d, _c, row) => row().duration,
  prerequisites: (_d, _c, row) => row().prerequisites,
  creditToward: (_d, _c, row) => row().creditToward,
  waivedFor: (d) => join(targets(d, 'waiver')),
  creditFrom: (d, ctx) => join(owners(d, 'credit', ctx)),
  requiredBy: (d, ctx) => join(owners(d, 'prerequisite', ctx)),
  certificate: (d, ctx) => formatCertificate(d, ctx.t),
  summaryNb: (d) => d.summary.nb,
  summaryEn: (d) => d.summary.en,
  durationMin: (d) => d.durationMonths.min?.toString() ?? '',
  durationMax: (d) => d.durationMonths.max?.toString() ?? '',
  deliveryNb: (d) => d.deliveryNotes.nb,
  deliveryEn: (d) => d.deliveryNotes.en,
  courses: (d, ctx) => d.courses.map((c) => courseLine(c, ctx.t)).join('\n'),
  requires: (d) => join(targets(d, 'prerequisite')),
  credit: (d) => join(targets(d, 'credit')),
  sourcesNb: (d) => d.sources.nb,
  sourcesEn: (d) => d.sources.en,
};

/**
 * csv-stringify quotes a cell that holds the field delimiter, a quote or the
 * record delimiter (CRLF) itself, but not a lone LF or CR; Excel, LibreOffice
 * and Python's csv module would then end the row there. Any line break quotes the cell.
 */
const LINE_BREAK = /[\r\n]/;

/** UTF-8 with BOM (so Excel knows the encoding), CRLF, quoted as RFC 4180 says. */
export function reportCsv(
  kind: Kind,
  designations: readonly Designation[],
  ctx: ReportContext,
  delimiter: string,
): string {
  const columns = REPORT_COLUMNS[kind];
  const header = columns.map((c) => ctx.t(`reports:column.${c}`));
  const rows = designations.map((d) => {
    let overview: ReturnType<typeof overviewRow> | undefined;
    const row = () => (overview ??= overviewRow(d, ctx));
    return columns.map((c) => neutraliseFormula(VALUE[c](d, ctx, row)));
  });
  return `\uFEFF${stringify([header, ...rows], {
    delimiter,
    record_delimiter: 'windows',
    quoted_string: false,
    quoted_match: LINE_BREAK,
  })}`;
}
