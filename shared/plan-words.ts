import type { TFunction } from 'i18next';
import { formatDuration } from './format';
import { pick } from './localize';
import type { Language } from './model';
import type { CreditNote, Plan, PlannedCourse, PlanStep } from './plan';

/**
 * How a plan is put into words, the same in the window, the terminal and the
 * PDF. `name` gives a designation's display name by code.
 */
export function planWords(t: TFunction, lang: Language, name: (code: string) => string) {
  const label = (code: string) => {
    const n = name(code);
    return n && n !== code ? `${code} – ${n}` : code;
  };
  const codes = (list: readonly string[]) => list.join(', ');
  return {
    label,
    /** Where a step stands: held, excused, still to earn (and for whom). */
    stepState(s: PlanStep): string {
      if (s.state === 'held') return t('plan:state.held');
      if (s.state === 'waived') return t('plan:state.waived', { codes: codes(s.waivedBy) });
      if (s.role === 'target') return t('plan:state.target');
      return t('plan:state.required', { codes: codes(s.requiredBy) });
    },
    courseState(c: PlannedCourse): string {
      if (c.state === 'waived') return t('plan:course.waived', { codes: codes(c.waivedBy) });
      return t(`plan:course.${c.state}`);
    },
    courseTitle(c: Pick<PlannedCourse, 'code' | 'title'>): string {
      return [c.code, pick(c.title, lang).text].filter(Boolean).join(' ');
    },
    stepDuration(s: PlanStep): string {
      return formatDuration(s.durationMonths, t);
    },
    /** "10–25 months", "10–25 months; not stated for MID", "Not stated", or "Nothing remains". */
    totalDuration(p: Plan): string {
      const { min, max, counted, notStated } = p.duration;
      if (!counted.length && !notStated.length) return t('plan:duration.nothing');
      const sum = counted.length ? formatDuration({ min, max }, t) : t('catalog:unknown');
      return notStated.length && counted.length
        ? t('plan:duration.partly', { sum, codes: codes(notStated) })
        : sum;
    },
    /** The catalog's relation, stated as what it is: these courses may be credited. */
    credit(n: CreditNote): string {
      return t('plan:credit.sentence', { from: n.from, toward: n.toward });
    },
    next(p: Plan): string[] {
      const of = (kind: 'credit' | 'prerequisite') =>
        p.next.filter((n) => n.kind === kind).map((n) => label(n.code));
      return [
        ...(of('credit').length
          ? [t('plan:next.credit', { code: p.target, targets: of('credit').join('; ') })]
          : []),
        ...(of('prerequisite').length
          ? [
              t('plan:next.prerequisite', {
                code: p.target,
                targets: of('prerequisite').join('; '),
              }),
            ]
          : []),
      ];
    },
    holds(p: Plan): string {
      return p.holds.length ? p.holds.map(label).join('; ') : t('plan:holdsNone');
    },
  };
}
export type PlanWords = ReturnType<typeof planWords>;
