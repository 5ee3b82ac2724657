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

function cells(d: Designation, ctx: ReportContext): Record<string, string> {
  const row = overviewRow(d, ctx);
  const join = (codes: string[]) => codes.join(', ');
  return {
    ...row,
    waivedFor: join(targets(d, 'waiver')),
    creditFrom: join(owners(d, 'credit', ctx)),
    requiredBy: join(owners(d, 'prerequisite', ctx)),
    certificate: formatCertificate(d, ctx.t),
    summary: text(d.summary, ctx),
    delivery: text(d.deliveryNotes, ctx),
    courses: d.courses
      .map(
        (c) =>
          `${ctx.t(`catalog:courseKind.${c.kind}`)}: ${[c.code, text(c.title, ctx)].filter(Boolean).join(' ')}`,
      )
      .join('\n'),
    sources: d.sourceNotes,
  };
}

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
    const all = cells(d, ctx);
    return columns.map((c) => neutraliseFormula(all[c] ?? ''));
  });
  return `\uFEFF${stringify([header, ...rows], { delimiter, record_delimiter: 'windows', quoted_string: false })}`;
}
