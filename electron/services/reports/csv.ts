import { stringify } from 'csv-stringify/sync';
import type { Designation } from '../../../shared/model';
import { formatCertificate } from './labels';
import { owners, overviewRow, targets, text, type ReportContext } from './report-rows';

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

const COLUMNS = {
  overview: [
    'code',
    'name',
    'nameNb',
    'nameEn',
    'focusArea',
    'status',
    'duration',
    'prerequisites',
    'creditToward',
  ],
  pathways: [
    'code',
    'name',
    'prerequisites',
    'waivedFor',
    'creditFrom',
    'creditToward',
    'requiredBy',
  ],
  sheets: [
    'code',
    'nameNb',
    'nameEn',
    'focusArea',
    'status',
    'duration',
    'certificate',
    'summary',
    'delivery',
    'prerequisites',
    'creditToward',
    'courses',
    'sources',
  ],
} as const;

type Kind = keyof typeof COLUMNS;

type Column = (typeof COLUMNS)[Kind][number];
const join = (codes: string[]) => codes.join(', ');

/** How each column is read from a designation; only the report's own columns are computed. */
const VALUE: Record<
  Column,
  (d: Designation, ctx: ReportContext, row: () => ReturnType<typeof overviewRow>) => string
> = {
  code: (d) => d.code,
  name: (_d, _c, row) => row().name,
  nameNb: (d) => d.name.nb,
  nameEn: (d) => d.name.en,
  focusArea: (_d, _c, row) => row().focusArea,
  status: (_d, _c, row) => row().status,
  duration: (_d, _c, row) => row().duration,
  prerequisites: (_d, _c, row) => row().prerequisites,
  creditToward: (_d, _c, row) => row().creditToward,
  waivedFor: (d) => join(targets(d, 'waiver')),
  creditFrom: (d, ctx) => join(owners(d, 'credit', ctx)),
  requiredBy: (d, ctx) => join(owners(d, 'prerequisite', ctx)),
  certificate: (d, ctx) => formatCertificate(d, ctx.t),
  summary: (d, ctx) => text(d.summary, ctx),
  delivery: (d, ctx) => text(d.deliveryNotes, ctx),
  courses: (d, ctx) =>
    d.courses
      .map(
        (c) =>
          `${ctx.t(`catalog:courseKind.${c.kind}`)}: ${[c.code, text(c.title, ctx)].filter(Boolean).join(' ')}`,
      )
      .join('\n'),
  sources: (d) => d.sourceNotes,
};

/** UTF-8 with BOM (so Excel knows the encoding), CRLF, quoted as RFC 4180 says. */
export function reportCsv(
  kind: Kind,
  designations: readonly Designation[],
  ctx: ReportContext,
  delimiter: string,
): string {
  const columns = COLUMNS[kind];
  const header = columns.map((c) => ctx.t(`reports:column.${c}`));
  const rows = designations.map((d) => {
    let overview: ReturnType<typeof overviewRow> | undefined;
    const row = () => (overview ??= overviewRow(d, ctx));
    return columns.map((c) => neutraliseFormula(VALUE[c](d, ctx, row)));
  });
  return `\uFEFF${stringify([header, ...rows], { delimiter, record_delimiter: 'windows', quoted_string: false })}`;
}
