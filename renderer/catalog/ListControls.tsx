import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FOCUS_AREAS, STATUSES } from '../../shared/model';
import { SORT_KEYS, type BrowseOptions } from './browse';
import './catalog.css';

interface Props {
  options: BrowseOptions;
  onChange: (next: BrowseOptions) => void;
  shown: number;
  total: number;
  /** "Needs checking": last verified more than this many years ago (Settings). */
  years: number;
  /** ↓ or Enter in the search box: on to the results. */
  onToResults: () => void;
}

/** Search as you type, filters and sort order for the list. */
export const ListControls = forwardRef<HTMLInputElement, Props>(function ListControls(
  { options, onChange, shown, total, years, onToResults },
  searchRef,
) {
  const { t } = useTranslation('catalog');
  const set = <K extends keyof BrowseOptions>(key: K, value: BrowseOptions[K]) =>
    onChange({ ...options, [key]: value });
  return (
    <div className="list-controls">
      <input
        ref={searchRef}
        type="search"
        className="search-input"
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        title={t('search.hint')}
        value={options.query}
        onChange={(e) => set('query', e.target.value)}
        onKeyDown={(e) => {
          // The filters sit between the search box and the list; ↓ skips them.
          if ((e.key === 'ArrowDown' || e.key === 'Enter') && !e.altKey && !e.ctrlKey) {
            e.preventDefault();
            onToResults();
          }
        }}
      />
      <div className="filter-grid">
        <select
          aria-label={t('filter.focusArea')}
          value={options.focusArea}
          onChange={(e) => set('focusArea', e.target.value as BrowseOptions['focusArea'])}
        >
          <option value="all">{t('filter.allFocusAreas')}</option>
          {FOCUS_AREAS.map((f) => (
            <option key={f} value={f}>
              {t(`focusArea.${f}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('filter.status')}
          value={options.status}
          onChange={(e) => set('status', e.target.value as BrowseOptions['status'])}
        >
          <option value="all">{t('filter.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('sort.label')}
          value={options.sort}
          onChange={(e) => set('sort', e.target.value as BrowseOptions['sort'])}
        >
          {SORT_KEYS.map((k) => (
            <option key={k} value={k}>
              {t(`sort.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-row">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={options.missingTranslations}
            onChange={(e) => set('missingTranslations', e.target.checked)}
          />
          {t('filter.missingTranslations')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={options.needsChecking}
            onChange={(e) => set('needsChecking', e.target.checked)}
          />
          {t('filter.needsChecking', { count: years })}
        </label>
        <span className="list-count" role="status">
          {shown === total
            ? t('count.all', { count: total })
            : t('count.some', { count: shown, total })}
        </span>
      </div>
    </div>
  );
});
