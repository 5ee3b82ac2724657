import type { TFunction } from 'i18next';
import { formatDuration } from '../../shared/format';
import { formatDateTime } from '../../shared/i18n';
import { explanationOf, pick } from '../../shared/localize';
import type { Designation, DesignationSummary, Language, LocalizedText } from '../../shared/model';
import { RELATION_KINDS } from '../../shared/model';
import { formatLastVerified } from '../../shared/verification';

function shown(text: LocalizedText, lang: Language, t: TFunction): string {
  const s = pick(text, lang);
  return s.translated || !s.text ? s.text : `${s.text} ${t('cli:noneTranslated')}`;
}

export function formatList(
  list: DesignationSummary[],
  path: string,
  t: TFunction,
  lang: Language,
): string {
  const width = Math.max(...list.map((d) => d.code.length), 4);
  const lines = list.map((d) => {
    const explanation = explanationOf(d, lang);
    return `${d.code.padEnd(width)}  ${d.officialName}${explanation ? ` – ${explanation}` : ''}`;
  });
  return [t('cli:listHeader', { count: list.length, path }), '', ...lines].join('\n');
}

export function formatDesignation(d: Designation, t: TFunction, lang: Language): string {
  const rows: [string, string][] = [
    [t('catalog:field.code'), d.code],
    [t('catalog:field.officialName'), d.officialName],
    [t('catalog:field.explanatoryName'), explanationOf(d, lang)],
    [t('catalog:field.issuer'), d.issuer],
    [t('catalog:field.summary'), shown(d.summary, lang, t)],
    [t('catalog:field.focusArea'), t(`catalog:focusArea.${d.focusArea}`)],
    [t('catalog:field.status'), t(`catalog:status.${d.status}`)],
    [t('catalog:field.lastVerified'), formatLastVerified(d.lastVerified, t, lang)],
    [t('catalog:field.caution'), shown(d.caution, lang, t)],
    [t('catalog:field.duration'), formatDuration(d.durationMonths, t)],
    [
      t('catalog:field.certificateOfCompletion'),
      d.certificateOfCompletion === null
        ? t('catalog:unknown')
        : t(d.certificateOfCompletion ? 'catalog:yes' : 'catalog:no'),
    ],
    [t('catalog:field.deliveryNotes'), shown(d.deliveryNotes, lang, t)],
  ];
  const courses = d.courses.map((c) =>
    t('cli:courseLine', {
      kind: t(`catalog:courseKind.${c.kind}`),
      title: [c.code, shown(c.title, lang, t)].filter(Boolean).join(' '),
    }),
  );
  const relations = RELATION_KINDS.map((kind) => ({
    kind,
    targets: d.relations.filter((r) => r.kind === kind).map((r) => r.target),
  }))
    .filter((g) => g.targets.length > 0)
    .map((g) =>
      t('cli:relationLine', {
        kind: t(`catalog:relationKind.${g.kind}`),
        targets: g.targets.join(', '),
      }),
    );
  const width = Math.max(...rows.map(([label]) => label.length));
  const section = (label: string, items: string[]) =>
    items.length ? ['', `${label}:`, ...items.map((i) => `  - ${i}`)] : [];
  return [
    ...rows.filter(([, v]) => v).map(([label, v]) => `${label.padEnd(width)}  ${v}`),
    ...section(t('catalog:field.courses'), courses),
    ...section(t('catalog:field.relations'), relations),
    ...section(
      t('catalog:field.sources'),
      shown(d.sources, lang, t)
        .split('\n')
        .filter((line) => line.trim()),
    ),
    '',
    `${t('catalog:field.updatedAt')}: ${formatDateTime(d.updatedAt, lang)}`,
  ].join('\n');
}
