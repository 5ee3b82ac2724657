import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogError } from '../../shared/errors';
import { describeError } from '../../shared/i18n';
import { LANGUAGES, type Language } from '../../shared/model';
import type { PlanRequest } from '../../shared/plan';
import { api } from '../kit/api';

type Outcome = { saved: string } | { failed: string } | null;

/** Name and date for the printout (never stored), its language, and Export PDF. */
export function PlanPrintoutForm({ request }: { request: PlanRequest }) {
  const { t, i18n } = useTranslation('plan');
  const [person, setPerson] = useState('');
  const [date, setDate] = useState('');
  const [language, setLanguage] = useState<Language>(i18n.language as Language);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const exportPdf = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const r = await api.exportPlan({ request, printout: { language, person, date } });
      if (r.status === 'saved') setOutcome({ saved: r.path });
    } catch (e) {
      setOutcome({ failed: e instanceof CatalogError ? describeError(t, e) : String(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="plan-printout">
      <legend>{t('exportHeading')}</legend>
      <p className="hint">{t('printout.hint')}</p>
      <label htmlFor="plan-person">{t('printout.person')}</label>
      <input
        id="plan-person"
        type="text"
        value={person}
        maxLength={200}
        onChange={(e) => setPerson(e.target.value)}
      />
      <label htmlFor="plan-date">{t('printout.date')}</label>
      <input id="plan-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      <label htmlFor="plan-language">{t('printout.language')}</label>
      <select
        id="plan-language"
        value={language}
        onChange={(e) => setLanguage(e.target.value as Language)}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`common:language.${l}`)}
          </option>
        ))}
      </select>
      <button type="button" className="primary" disabled={busy} onClick={() => void exportPdf()}>
        {t('export')}
      </button>
      <div role="status" className="plan-export-outcome">
        {outcome && 'saved' in outcome && (
          <>
            <p className="export-done">{t('exported', { path: outcome.saved })}</p>
            <button
              type="button"
              onClick={() => void api.revealExport({ path: outcome.saved, how: 'open' })}
            >
              {t('open')}
            </button>{' '}
            <button
              type="button"
              onClick={() => void api.revealExport({ path: outcome.saved, how: 'folder' })}
            >
              {t('showInFolder')}
            </button>
          </>
        )}
        {outcome && 'failed' in outcome && <p className="field-error">{outcome.failed}</p>}
      </div>
    </fieldset>
  );
}
