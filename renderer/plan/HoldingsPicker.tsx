import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeKey, type DesignationSummary } from '../../shared/model';
import { searchableNames } from '../../shared/plan';

interface Props {
  catalog: readonly DesignationSummary[];
  /** Code keys of what the person holds. */
  holds: ReadonlySet<string>;
  target: string;
  name: (code: string) => string;
  onChange: (holds: Set<string>) => void;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** What the person already holds: a searchable list of tick boxes (code, or name in either language). */
export function HoldingsPicker({ catalog, holds, target, name, onChange }: Props) {
  const { t } = useTranslation('plan');
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = fold(query.trim());
    if (!q) return catalog;
    return catalog.filter((d) => fold(searchableNames(d)).includes(q));
  }, [catalog, query]);
  const toggle = (code: string, on: boolean) => {
    const next = new Set(holds);
    if (on) next.add(codeKey(code));
    else next.delete(codeKey(code));
    onChange(next);
  };
  return (
    <fieldset className="plan-holds">
      <legend>{t('form.holdsLegend')}</legend>
      <input
        type="search"
        aria-label={t('form.holdsSearch')}
        placeholder={t('form.holdsSearch')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="hint" aria-live="polite">
        {t('form.holdsCount', { count: holds.size })}
      </p>
      <ul className="plan-holds-list">
        {shown.map((d) => {
          const id = `holds-${d.code}`;
          return (
            <li key={d.code}>
              <input
                id={id}
                type="checkbox"
                checked={holds.has(codeKey(d.code))}
                disabled={codeKey(d.code) === codeKey(target) && !holds.has(codeKey(d.code))}
                onChange={(e) => toggle(d.code, e.target.checked)}
              />
              <label htmlFor={id}>
                <strong>{d.code}</strong> {name(d.code)}
              </label>
            </li>
          );
        })}
      </ul>
      {shown.length === 0 && <p className="hint">{t('form.holdsEmpty')}</p>}
    </fieldset>
  );
}
