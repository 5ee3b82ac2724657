import type { TFunction } from 'i18next';
import { formatDuration } from '../../../shared/format';
import { explanationOf, pick } from '../../../shared/localize';
import { INTL_LOCALE } from '../../../shared/i18n';
import type { Designation, Language, LocalizedText, RelationKind } from '../../../shared/model';
import { formatLastVerified } from '../../../shared/verification';

/** What every report needs: the words, the language, and who points at whom. */
export interface ReportContext {
  t: TFunction;
  lang: Language;
  /** Incoming relations of each code, across the whole catalog (not only the exported ones). */
  incoming: Map<string, { owner: string; kind: RelationKind }[]>;
}

/**
 * i18next's t, remembered per key and options: a report asks for the same few
 * labels (focus areas, statuses, durations) thousands of times.
 */
export function rememberingT(t: TFunction): TFunction {
  const cache = new Map<string, string>();
  return ((key: string, options?: Record<string, unknown>) => {
    const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    let value = cache.get(id);
    if (value === undefined) {
      value = String(t(key, options as never));
      cache.set(id, value);
    }
    return value;
  }) as TFunction;
}

export function incomingRelations(all: readonly Designation[]): ReportContext['incoming'] {
  const map: ReportContext['incoming'] = new Map();
  for (const d of all) {
    for (const r of d.relations) {
      const list = map.get(r.target) ?? [];
      list.push({ owner: d.code, kind: r.kind });
      map.set(r.target, list);
    }
  }
  return map;
}

/** Text in the report's language; the other language's where it is missing. */
export const text = (value: LocalizedText, ctx: ReportContext) => pick(value, ctx.lang).text;

/** The same, saying which language borrowed text is in (a screen reader then reads it as such). */
export function shown(
  value: LocalizedText,
  ctx: ReportContext,
): string | { text: string; lang: string } {
  const { text: own, translated } = pick(value, ctx.lang);
  return translated || !own.trim()
    ? own
    : { text: own, lang: INTL_LOCALE[otherLanguage(ctx.lang)] };
}
const otherLanguage = (lang: Language): Language => (lang === 'nb' ? 'en' : 'nb');

export const targets = (d: Designation, kind: RelationKind) =>
  d.relations.filter((r) => r.kind === kind).map((r) => r.target);
export const owners = (d: Designation, kind: RelationKind, ctx: ReportContext) =>
  (ctx.incoming.get(d.code) ?? []).filter((r) => r.kind === kind).map((r) => r.owner);

const list = (codes: string[], ctx: ReportContext) =>
  codes.length ? codes.join(', ') : ctx.t('reports:none');

/** Prerequisite designations and programmes, and who is excused them. */
function prerequisites(d: Designation, ctx: ReportContext): string {
  const required = [
    ...targets(d, 'prerequisite'),
    ...d.courses.filter((c) => c.kind === 'prerequisite-programme').map((c) => text(c.title, ctx)),
  ];
  const waived = targets(d, 'waiver');
  const parts = [required.length ? required.join('; ') : ctx.t('reports:none')];
  if (waived.length) parts.push(`${ctx.t('reports:column.waivedFor')}: ${waived.join(', ')}`);
  return parts.join('. ');
}

/** One overview row: the columns of the catalog overview (PDF and CSV). */
export function overviewRow(d: Designation, ctx: ReportContext) {
  return {
    code: d.code,
    officialName: d.officialName,
    explanatoryName: explanationOf(d, ctx.lang),
    focusArea: ctx.t(`catalog:focusArea.${d.focusArea}`),
    status: ctx.t(`catalog:status.${d.status}`),
    lastVerified: formatLastVerified(d.lastVerified, ctx.t, ctx.lang),
    duration: formatDuration(d.durationMonths, ctx.t),
    prerequisites: prerequisites(d, ctx),
    creditToward: list(targets(d, 'credit'), ctx),
  };
}

/** A designation's pathway as sentences a candidate can follow. */
export function pathwaySentences(d: Designation, ctx: ReportContext): string[] {
  const { t } = ctx;
  const requires = [
    ...targets(d, 'prerequisite'),
    ...d.courses.filter((c) => c.kind === 'prerequisite-programme').map((c) => text(c.title, ctx)),
  ];
  const waived = targets(d, 'waiver');
  const creditFrom = owners(d, 'credit', ctx);
  const creditToward = targets(d, 'credit');
  const requiredBy = owners(d, 'prerequisite', ctx);
  const join = (codes: string[]) => codes.join(', ');
  return [
    requires.length
      ? t('reports:pathway.requires', { code: d.code, targets: join(requires) })
      : t('reports:pathway.requiresNothing', { code: d.code }),
    ...(waived.length ? [t('reports:pathway.waived', { targets: join(waived) })] : []),
    ...(creditFrom.length ? [t('reports:pathway.creditFrom', { targets: join(creditFrom) })] : []),
    ...(creditToward.length ? [t('reports:pathway.leadsTo', { targets: join(creditToward) })] : []),
    ...(requiredBy.length ? [t('reports:pathway.requiredBy', { targets: join(requiredBy) })] : []),
    ...(!creditToward.length && !requiredBy.length ? [t('reports:pathway.nothingAfter')] : []),
  ];
}
