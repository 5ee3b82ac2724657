import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogError } from '../../shared/errors';
import { describeError } from '../../shared/i18n';
import { codeKey, type DesignationSummary, type Language } from '../../shared/model';
import { displayName, type Plan, type PlannedCourse, type PlanRequest } from '../../shared/plan';
import { planWords } from '../../shared/plan-words';
import { api } from '../kit/api';
import { HoldingsPicker } from './HoldingsPicker';
import { PlanChecklist } from './PlanChecklist';
import { PlanGraph } from './PlanGraph';
import { PlanPrintoutForm } from './PlanPrintoutForm';
import './plan.css';

interface Props {
  catalog: readonly DesignationSummary[];
  /** Opens a designation in the catalog view. */
  onOpen: (code: string) => void;
}

/** A passed course is remembered by its code, or else its title. */
const courseKey = (c: PlannedCourse) => c.code || c.title.en || c.title.nb;

/** Study plan: pick the target, tick what the person holds, read the plan as a checklist and a pathway. */
export function PlanView({ catalog, onOpen }: Props) {
  const { t, i18n } = useTranslation('plan');
  const lang = i18n.language as Language;
  const [target, setTarget] = useState(
    () => catalog.find((d) => d.code === 'AIS')?.code ?? catalog[0]?.code ?? '',
  );
  const [holds, setHolds] = useState<Set<string>>(new Set());
  const [passed, setPassed] = useState<string[]>([]);
  const [result, setResult] = useState<{ plan: Plan } | { error: string } | null>(null);
  const names = useMemo(
    () => new Map(catalog.map((d) => [codeKey(d.code), displayName(d, lang)])),
    [catalog, lang],
  );
  const name = (code: string) => names.get(codeKey(code)) ?? '';
  const sorted = useMemo(
    () => [...catalog].sort((a, b) => a.code.localeCompare(b.code, 'en')),
    [catalog],
  );
  const request: PlanRequest = useMemo(
    () => ({
      target,
      // Only what is still in the catalog: a designation deleted meanwhile is no longer held here.
      holds: catalog.filter((d) => holds.has(codeKey(d.code))).map((d) => d.code),
      passed,
    }),
    [catalog, target, holds, passed],
  );

  useEffect(() => {
    if (!request.target) return;
    let current = true;
    api.planStudy({ request }).then(
      (plan) => current && setResult({ plan }),
      (e: unknown) =>
        current &&
        setResult({ error: e instanceof CatalogError ? describeError(t, e) : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [request, t]);

  const markPassed = (c: PlannedCourse, on: boolean) =>
    setPassed((list) => (on ? [...list, courseKey(c)] : list.filter((k) => k !== courseKey(c))));
  const plan = result && 'plan' in result ? result.plan : null;
  const w = planWords(t, lang, name);
  const remaining =
    plan?.steps.flatMap((s) => s.courses).filter((c) => c.state === 'remaining').length ?? 0;

  return (
    <section className="plan-view" aria-labelledby="plan-title">
      <form className="plan-form" aria-label={t('form.label')} onSubmit={(e) => e.preventDefault()}>
        <h2 id="plan-title">{t('title')}</h2>
        <div className="field">
          <label htmlFor="plan-target">{t('target')}</label>
          <select id="plan-target" value={target} onChange={(e) => setTarget(e.target.value)}>
            {sorted.map((d) => (
              <option key={d.code} value={d.code}>
                {d.code} – {name(d.code)}
              </option>
            ))}
          </select>
        </div>
        <HoldingsPicker
          catalog={sorted}
          holds={holds}
          target={target}
          name={name}
          onChange={setHolds}
        />
        <PlanPrintoutForm request={request} />
      </form>
      <div className="plan-result" aria-label={t('result.label')} role="region" aria-live="polite">
        {result && 'error' in result && <p role="alert">{result.error}</p>}
        {plan && (
          <>
            <dl className="plan-summary">
              <dt>{t('target')}</dt>
              <dd>{w.label(plan.target)}</dd>
              <dt>{t('holds')}</dt>
              <dd>{w.holds(plan)}</dd>
              <dt>{t('duration.label')}</dt>
              <dd>
                {w.totalDuration(plan)}
                {remaining > 0 && ` · ${t('result.remainingCount', { count: remaining })}`}
              </dd>
            </dl>
            <PlanGraph plan={plan} name={name} onOpen={onOpen} />
            <PlanChecklist plan={plan} name={name} onPassed={markPassed} onOpen={onOpen} />
          </>
        )}
      </div>
    </section>
  );
}
