import type { TFunction } from 'i18next';
import { formatDate } from '../../../shared/i18n';
import type { Language } from '../../../shared/model';
import type { Plan, PlanPrintout } from '../../../shared/plan';
import { planWords } from '../../../shared/plan-words';
import type { PdfBlock, PdfDocumentSpec } from '../reports/pdf/pdf-model';
import { framedPage } from './pdf-frame';

export interface PlanDocumentOptions {
  plan: Plan;
  t: TFunction;
  lang: Language;
  /** A designation's display name by code. */
  name: (code: string) => string;
  printout: Pick<PlanPrintout, 'person' | 'date'>;
  organisation: string;
  generatedAt: Date;
}

/** The one-page study plan: what is held, what remains, how long, what may be credited, what follows. */
export function planDocument(o: PlanDocumentOptions): PdfDocumentSpec {
  const { plan, t } = o;
  const w = planWords(t, o.lang, o.name);
  const section = (text: string): PdfBlock => ({
    type: 'heading',
    level: 2,
    text,
    style: 'pathwayTitle',
  });
  const facts: [string, string][] = [
    [t('plan:target'), w.label(plan.target)],
    [t('plan:holds'), w.holds(plan)],
    [t('plan:duration.label'), w.totalDuration(plan)],
  ];
  if (plan.unmatchedPassed.length)
    facts.push([t('plan:unmatchedPassed'), plan.unmatchedPassed.join('; ')]);
  // Each step as a heading and its courses as a checklist table: what is left to take
  // reads "To take", what is passed or excused says so (never only by a mark or colour).
  const steps = plan.steps.map((s, i): PdfBlock => {
    const blocks: PdfBlock[] = [
      {
        type: 'heading',
        level: 3,
        text: `${i + 1}. ${w.label(s.code)} – ${w.stepState(s)}`,
        style: 'sectionTitle',
      },
    ];
    if (s.state === 'required')
      blocks.push({
        type: 'paragraph',
        text: `${t('catalog:field.duration')}: ${w.stepDuration(s)}`,
        style: 'small',
      });
    if (s.courses.length)
      blocks.push({
        type: 'table',
        columns: [
          { header: t('catalog:course.kind'), width: 110 },
          { header: t('catalog:course.title'), width: '*' },
          { header: t('plan:courseState'), width: 150 },
        ],
        rules: 'lines',
        rows: s.courses.map((c) => [
          { text: t(`catalog:courseKind.${c.kind}`), muted: true },
          c.state === 'remaining' ? { text: w.courseTitle(c), bold: true } : w.courseTitle(c),
          w.courseState(c),
        ]),
      });
    return { type: 'section', keepTogether: true, blocks };
  });
  const credits = plan.credits.flatMap((n): PdfBlock[] => [
    { type: 'paragraph', text: w.credit(n) },
    { type: 'list', items: n.courses.map((c) => w.courseTitle(c)) },
  ]);
  const next = w.next(plan);
  // A date field gives yyyy-mm-dd: printed the reader's way; anything else as typed.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(o.printout.date)
    ? formatDate(`${o.printout.date}T12:00:00Z`, o.lang)
    : o.printout.date;
  const subtitle = [
    o.printout.person && t('plan:printout.for', { person: o.printout.person }),
    date,
  ]
    .filter(Boolean)
    .join(' · ');
  return framedPage({
    t,
    lang: o.lang,
    title: t('plan:title'),
    organisation: o.organisation,
    generatedAt: o.generatedAt,
    landscape: false,
    subtitle,
    blocks: [
      {
        type: 'table',
        columns: [{ width: 180 }, { width: '*' }],
        rowHeaders: true,
        rules: 'plain',
        rows: facts.map(([k, v]) => [
          { text: k, muted: true },
          { text: v, bold: true },
        ]),
      },
      section(t('plan:stepsTitle')),
      ...steps,
      ...(credits.length ? [section(t('plan:credit.title')), ...credits] : []),
      ...(next.length
        ? [section(t('plan:next.title')), { type: 'list', items: next } as const]
        : []),
      ...(plan.cycles.length
        ? [
            {
              type: 'paragraph',
              text: t('plan:cycles', { cycles: plan.cycles.map((c) => c.join(' → ')).join('; ') }),
              style: 'small',
            } as const,
          ]
        : []),
      { type: 'paragraph', text: t('plan:disclaimer'), style: 'small' },
    ],
  });
}
