import type { TFunction } from 'i18next';
import { formatDate } from '../../../shared/i18n';
import type { Language } from '../../../shared/model';
import type { Plan, PlannedCourse, PlanPrintout } from '../../../shared/plan';
import { planWords } from '../../../shared/plan-words';
import { ACCENT, framedPage, MUTED } from './pdf-frame';

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

/** A tick box: empty to take, ticked when passed, struck through when excused. */
function box(state: PlannedCourse['state']) {
  const lines =
    state === 'passed'
      ? [
          {
            type: 'polyline',
            lineWidth: 1.2,
            points: [
              { x: 1.5, y: 5 },
              { x: 3.5, y: 7.5 },
              { x: 7, y: 2 },
            ],
          },
        ]
      : state === 'waived'
        ? [{ type: 'line', x1: 1.5, y1: 4.5, x2: 6.5, y2: 4.5, lineWidth: 1.2 }]
        : [];
  return {
    canvas: [{ type: 'rect', x: 0, y: 0, w: 8.5, h: 8.5, lineWidth: 0.7 }, ...lines],
    margin: [0, 2, 0, 0],
  };
}

/** The one-page study plan: what is held, what remains, how long, what may be credited, what follows. */
export function planDocument(o: PlanDocumentOptions): object {
  const { plan, t } = o;
  const w = planWords(t, o.lang, o.name);
  const section = (text: string) => ({
    text,
    fontSize: 11,
    bold: true,
    color: ACCENT,
    margin: [0, 12, 0, 4],
  });
  const facts: [string, string][] = [
    [t('plan:target'), w.label(plan.target)],
    [t('plan:holds'), w.holds(plan)],
    [t('plan:duration.label'), w.totalDuration(plan)],
  ];
  if (plan.unmatchedPassed.length)
    facts.push([t('plan:unmatchedPassed'), plan.unmatchedPassed.join('; ')]);
  const steps = plan.steps.flatMap((s, i) => [
    {
      unbreakable: true,
      stack: [
        {
          text: [
            { text: `${i + 1}. ${w.label(s.code)}`, bold: true },
            { text: `  ${w.stepState(s)}`, color: MUTED },
          ],
          margin: [0, 6, 0, 2],
        },
        ...(s.state === 'required'
          ? [
              {
                text: `${t('catalog:field.duration')}: ${w.stepDuration(s)}`,
                color: MUTED,
                margin: [12, 0, 0, 2],
              },
            ]
          : []),
        ...(s.courses.length
          ? [
              {
                margin: [12, 0, 0, 0],
                table: {
                  widths: [10, 110, '*', 130],
                  body: s.courses.map((c) => [
                    box(c.state),
                    { text: t(`catalog:courseKind.${c.kind}`), color: MUTED },
                    {
                      text: w.courseTitle(c),
                      decoration: c.state === 'remaining' ? undefined : 'lineThrough',
                    },
                    { text: w.courseState(c), color: MUTED },
                  ]),
                },
                layout: 'noBorders',
              },
            ]
          : []),
      ],
    },
  ]);
  const credits = plan.credits.flatMap((n) => [
    { text: w.credit(n), margin: [0, 2, 0, 2] },
    { ul: n.courses.map((c) => w.courseTitle(c)), margin: [12, 0, 0, 4] },
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
    content: [
      {
        table: {
          widths: [180, '*'],
          body: facts.map(([k, v]) => [
            { text: k, color: MUTED },
            { text: v, bold: true },
          ]),
        },
        layout: 'noBorders',
      },
      section(t('plan:stepsTitle')),
      ...steps,
      ...(credits.length ? [section(t('plan:credit.title')), ...credits] : []),
      ...(next.length ? [section(t('plan:next.title')), { ul: next }] : []),
      ...(plan.cycles.length
        ? [
            {
              text: t('plan:cycles', { cycles: plan.cycles.map((c) => c.join(' → ')).join('; ') }),
              color: MUTED,
              margin: [0, 10, 0, 0],
            },
          ]
        : []),
      { text: t('plan:disclaimer'), fontSize: 8, color: MUTED, margin: [0, 14, 0, 0] },
    ],
  });
}
