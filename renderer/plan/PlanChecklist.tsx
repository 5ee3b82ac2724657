import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/model';
import type { Plan, PlannedCourse } from '../../shared/plan';
import { planWords } from '../../shared/plan-words';

interface Props {
  plan: Plan;
  name: (code: string) => string;
  /** Ticking a course marks it passed; unticking takes that back. */
  onPassed: (course: PlannedCourse, passed: boolean) => void;
  onOpen: (code: string) => void;
}

/** The plan as a checklist: each step in order, its courses to tick off, then credit and what follows. */
export function PlanChecklist({ plan, name, onPassed, onOpen }: Props) {
  const { t, i18n } = useTranslation('plan');
  const w = planWords(t, i18n.language as Language, name);
  const next = w.next(plan);
  return (
    <div className="plan-checklist">
      <h3>{t('stepsTitle')}</h3>
      <ol className="plan-steps">
        {plan.steps.map((s) => (
          <li key={s.code} className={`plan-step ${s.state}`}>
            <div className="plan-step-head">
              <button type="button" className="link" onClick={() => onOpen(s.code)}>
                {w.label(s.code)}
              </button>
              <span className={`plan-state ${s.state}`}>{w.stepState(s)}</span>
              {s.status === 'retired' && (
                <span className="status-badge retired">{t('retired')}</span>
              )}
              {s.state === 'required' && (
                <span className="plan-duration">
                  {t('catalog:field.duration')}: {w.stepDuration(s)}
                </span>
              )}
            </div>
            {s.courses.length > 0 && (
              <ul className="plan-courses">
                {s.courses.map((c, i) => {
                  const id = `course-${s.code}-${i}`;
                  return (
                    <li key={id} className={`plan-course ${c.state}`}>
                      <input
                        id={id}
                        type="checkbox"
                        checked={c.state !== 'remaining'}
                        disabled={c.state === 'waived'}
                        onChange={(e) => onPassed(c, e.target.checked)}
                      />
                      <label htmlFor={id}>
                        <span className="plan-course-kind">
                          {t(`catalog:courseKind.${c.kind}`)}
                        </span>
                        <span className="plan-course-title">{w.courseTitle(c)}</span>
                        <span className="plan-course-state">{w.courseState(c)}</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {plan.credits.length > 0 && (
        <section aria-labelledby="plan-credit-title">
          <h3 id="plan-credit-title">{t('credit.title')}</h3>
          {plan.credits.map((n) => (
            <div key={`${n.from}-${n.toward}`} className="plan-credit">
              <p>{w.credit(n)}</p>
              <ul>
                {n.courses.map((c, i) => (
                  <li key={i}>{w.courseTitle(c)}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {next.length > 0 && (
        <section aria-labelledby="plan-next-title">
          <h3 id="plan-next-title">{t('next.title')}</h3>
          <ul>
            {next.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      {plan.cycles.length > 0 && (
        <p className="hint">
          {t('cycles', { cycles: plan.cycles.map((c) => c.join(' → ')).join('; ') })}
        </p>
      )}
      <p className="hint">{t('disclaimer')}</p>
    </div>
  );
}
