import type { TFunction } from 'i18next';
import { codeKey, type Designation, type Language } from '../../shared/model';
import { displayName, type Plan } from '../../shared/plan';
import { planWords } from '../../shared/plan-words';

const normalise = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * `--passed "A,B" --passed C`: values split at commas, except a value that is one
 * course's title or code as a whole (titles may hold commas).
 */
export function passedCourses(values: unknown, catalog: readonly Designation[]): string[] {
  const given = (Array.isArray(values) ? values : values === undefined ? [] : [values]).map(String);
  const known = new Set(
    catalog
      .flatMap((d) => d.courses.flatMap((c) => [c.code, c.title.nb, c.title.en]))
      .map(normalise),
  );
  return given.flatMap((v) =>
    known.has(normalise(v))
      ? [v.trim()]
      : v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
  );
}

/** `--holds ARM,AIC`, also repeated or space-separated. */
export const heldCodes = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .flatMap((v) => String(v).split(/[\s,;]+/))
    .filter(Boolean);

export const namesIn = (catalog: readonly Designation[], lang: Language) => {
  const names = new Map(catalog.map((d) => [codeKey(d.code), displayName(d, lang)]));
  return (code: string) => names.get(codeKey(code)) ?? '';
};

/** The plan as text for the terminal: the checklist, the duration, credit and what follows. */
export function formatPlan(
  plan: Plan,
  catalog: readonly Designation[],
  t: TFunction,
  lang: Language,
): string {
  const w = planWords(t, lang, namesIn(catalog, lang));
  const lines = [
    `${t('plan:title')}: ${w.label(plan.target)}`,
    `${t('plan:holds')}: ${w.holds(plan)}`,
    `${t('plan:duration.label')}: ${w.totalDuration(plan)}`,
    ...(plan.unmatchedPassed.length
      ? [`${t('plan:unmatchedPassed')}: ${plan.unmatchedPassed.join('; ')}`]
      : []),
    '',
    `${t('plan:stepsTitle')}:`,
  ];
  plan.steps.forEach((s, i) => {
    const duration = s.state === 'required' ? ` (${w.stepDuration(s)})` : '';
    lines.push(`${i + 1}. ${w.label(s.code)}: ${w.stepState(s)}${duration}`);
    for (const c of s.courses) {
      const mark = c.state === 'remaining' ? '[ ]' : c.state === 'passed' ? '[x]' : '[-]';
      lines.push(
        `   ${mark} ${t(`catalog:courseKind.${c.kind}`)}: ${w.courseTitle(c)} (${w.courseState(c)})`,
      );
    }
  });
  if (plan.credits.length) {
    lines.push('', `${t('plan:credit.title')}:`);
    for (const n of plan.credits) {
      lines.push(`- ${w.credit(n)}`, ...n.courses.map((c) => `    ${w.courseTitle(c)}`));
    }
  }
  const next = w.next(plan);
  if (next.length) lines.push('', `${t('plan:next.title')}:`, ...next.map((s) => `- ${s}`));
  if (plan.cycles.length)
    lines.push('', t('plan:cycles', { cycles: plan.cycles.map((c) => c.join(' → ')).join('; ') }));
  lines.push('', t('plan:disclaimer'));
  return lines.join('\n');
}
