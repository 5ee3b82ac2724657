import { useTranslation } from 'react-i18next';
import { FOCUS_AREAS, RELATION_KINDS, type FocusArea, type RelationKind } from '../../shared/model';
import { EDGE_STYLE } from '../../shared/plan';
import type { MapOptions } from './layout';

interface Props {
  options: MapOptions;
  onOptions: (o: MapOptions) => void;
  query: string;
  onQuery: (q: string) => void;
  /** Enter in the search box: go to the first match. */
  onFind: () => void;
  matches: number | null;
}

/** A line as the map draws it: the legend is the row of switches that show each kind. */
function Sample({ kind }: { kind: RelationKind }) {
  return (
    <svg width="44" height="12" aria-hidden="true" className="map-sample">
      <path
        d="M2,6 L38,6"
        className={`map-edge ${kind}`}
        strokeDasharray={EDGE_STYLE[kind].dash || undefined}
        markerEnd={`url(#map-${kind})`}
      />
    </svg>
  );
}

export function MapControls({ options, onOptions, query, onQuery, onFind, matches }: Props) {
  const { t } = useTranslation('map');
  const toggle = (kind: RelationKind, on: boolean) =>
    onOptions({
      ...options,
      kinds: RELATION_KINDS.filter((k) => (k === kind ? on : options.kinds.includes(k))),
    });
  return (
    <div className="map-controls" role="group" aria-label={t('controls')}>
      <div className="map-find">
        <input
          type="search"
          aria-label={t('search')}
          placeholder={t('search')}
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && onFind()}
        />
        <span className="map-matches" aria-live="polite">
          {matches !== null && t('matches', { count: matches })}
        </span>
      </div>
      <select
        aria-label={t('focusArea')}
        value={options.focusArea}
        onChange={(e) => onOptions({ ...options, focusArea: e.target.value as FocusArea | 'all' })}
      >
        <option value="all">{t('allFocusAreas')}</option>
        {FOCUS_AREAS.map((a) => (
          <option key={a} value={a}>
            {t(`catalog:focusArea.${a}`)}
          </option>
        ))}
      </select>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={options.group}
          onChange={(e) => onOptions({ ...options, group: e.target.checked })}
        />
        {t('group')}
      </label>
      <fieldset className="map-legend">
        <legend>{t('legend.label')}</legend>
        {RELATION_KINDS.map((kind) => (
          <label key={kind} className="checkbox">
            <input
              type="checkbox"
              checked={options.kinds.includes(kind)}
              onChange={(e) => toggle(kind, e.target.checked)}
            />
            <Sample kind={kind} />
            {t(`legend.${kind}`)}
          </label>
        ))}
        <span className="hint">{t('legend.direction')}</span>
      </fieldset>
    </div>
  );
}
