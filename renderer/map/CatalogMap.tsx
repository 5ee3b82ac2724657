import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogError } from '../../shared/errors';
import { describeError } from '../../shared/i18n';
import {
  codeKey,
  RELATION_KINDS,
  type DesignationSummary,
  type Language,
} from '../../shared/model';
import { displayName, searchableNames, type MapLayout } from '../../shared/plan';
import { api } from '../kit/api';
import { useLatest } from '../kit/useLatest';
import { layoutMap, type MapOptions } from './layout';
import { MapCanvas } from './MapCanvas';
import { MapControls } from './MapControls';
import { ARROWS, nearestNode } from './navigation';
import { useZoom } from './useZoom';
import './map.css';

interface Props {
  catalog: readonly DesignationSummary[];
  onOpen: (code: string) => void;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
type Outcome = { saved: string } | { failed: string } | null;

/** Every designation and relation in one graph: zoom, pan, search, filter, keys, export. */
export function CatalogMap({ catalog, onOpen }: Props) {
  const { t, i18n } = useTranslation('map');
  const lang = i18n.language as Language;
  const [options, setOptions] = useState<MapOptions>({
    group: true,
    focusArea: 'all',
    kinds: [...RELATION_KINDS],
  });
  // Which request a layout answers: while they differ, a new layout is on its way.
  const wanted = useMemo(() => ({ catalog, options }), [catalog, options]);
  const [laid, setLaid] = useState<({ layout: MapLayout } | { error: string }) & { for: object }>();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const { viewport, view, zoomBy, fit, reveal, handlers } = useZoom();
  const layout = laid && 'layout' in laid ? laid.layout : null;

  useEffect(() => {
    let current = true;
    performance.mark('map:layout-start');
    layoutMap(wanted.catalog, wanted.options).then(
      (l) => {
        if (!current) return;
        performance.measure('map:layout', 'map:layout-start'); // read by npm run bench
        setLaid({ layout: l, for: wanted });
        fit(l.width, l.height);
      },
      (e: unknown) => current && setLaid({ error: String(e), for: wanted }),
    );
    return () => {
      current = false;
    };
  }, [wanted, fit]);
  const busy = laid?.for !== wanted;

  const names = useMemo(
    () => new Map(catalog.map((d) => [codeKey(d.code), displayName(d, lang)])),
    [catalog, lang],
  );
  const name = useMemo(() => (code: string) => names.get(codeKey(code)) ?? '', [names]);
  const matches = useMemo(() => {
    const q = fold(query.trim());
    if (!q || !layout) return null;
    const byCode = new Map(catalog.map((d) => [d.code, d]));
    return new Set(
      layout.nodes
        .map((n) => byCode.get(n.code))
        .filter((d) => d && fold(searchableNames(d)).includes(q))
        .map((d) => d!.code),
    );
  }, [query, layout, catalog]);
  const outside = useMemo(() => {
    if (options.focusArea === 'all' || !layout) return new Set<string>();
    const area = new Map(catalog.map((d) => [d.code, d.focusArea]));
    return new Set(
      layout.nodes.filter((n) => area.get(n.code) !== options.focusArea).map((n) => n.code),
    );
  }, [options.focusArea, layout, catalog]);
  // The node the keyboard starts from: the one chosen, else the first match, else the first.
  const current = layout?.nodes.find((n) => n.code === active)
    ? active
    : (layout?.nodes[0]?.code ?? null);

  const goTo = (code: string) => {
    const node = layout?.nodes.find((n) => n.code === code);
    if (!node) return;
    setActive(code);
    reveal(node);
    document.getElementById(`map-node-${code}`)?.focus();
  };
  const keyDown = (code: string, e: KeyboardEvent) => {
    const node = layout?.nodes.find((n) => n.code === code);
    if (!node || !layout) return;
    const direction = ARROWS[e.key];
    if (direction) {
      const next = nearestNode(layout.nodes, node, direction);
      if (next) goTo(next.code);
    } else if (e.key === 'Enter' || e.key === ' ') onOpen(code);
    else if (e.key === '+' || e.key === '=') zoomBy(1.25);
    else if (e.key === '-') zoomBy(0.8);
    else if (e.key === '0') fit(layout.width, layout.height);
    else return;
    e.preventDefault();
  };
  // Stable handlers, so that the memoised drawing is not redrawn on every pan.
  const latestKeyDown = useLatest(keyDown);
  const latestOpen = useLatest(onOpen);
  const onKeyDown = useCallback(
    (code: string, e: KeyboardEvent) => latestKeyDown.current(code, e),
    [latestKeyDown],
  );
  const open = useCallback((code: string) => latestOpen.current(code), [latestOpen]);
  const exportAs = async (format: 'svg' | 'pdf') => {
    if (!layout) return;
    setOutcome(null);
    try {
      const r = await api.exportMap({ layout, format, language: lang });
      if (r.status === 'saved') setOutcome({ saved: r.path });
    } catch (e) {
      setOutcome({ failed: e instanceof CatalogError ? describeError(t, e) : String(e) });
    }
  };

  return (
    <section className="map-view" aria-labelledby="map-title">
      <div className="map-bar">
        <h2 id="map-title">{t('title')}</h2>
        <MapControls
          options={options}
          onOptions={setOptions}
          query={query}
          onQuery={setQuery}
          onFind={() => matches && [...matches][0] && goTo([...matches][0]!)}
          matches={matches && matches.size}
        />
        <div className="map-actions">
          <button
            type="button"
            onClick={() => zoomBy(0.8)}
            aria-label={t('zoomOut')}
            title={t('zoomOut')}
          >
            −
          </button>
          <button
            type="button"
            onClick={() => zoomBy(1.25)}
            aria-label={t('zoomIn')}
            title={t('zoomIn')}
          >
            +
          </button>
          <button type="button" onClick={() => layout && fit(layout.width, layout.height)}>
            {t('fit')}
          </button>
          <button type="button" disabled={!layout} onClick={() => void exportAs('svg')}>
            {t('exportSvg')}
          </button>
          <button type="button" disabled={!layout} onClick={() => void exportAs('pdf')}>
            {t('exportPdf')}
          </button>
        </div>
      </div>
      <div role="status" className="map-status">
        {busy && t('layingOut')}
        {laid && 'error' in laid && t('layoutFailed', { message: laid.error })}
        {outcome && 'saved' in outcome && (
          <>
            {t('exported', { path: outcome.saved })}{' '}
            <button
              type="button"
              className="link"
              onClick={() => void api.revealExport({ path: outcome.saved, how: 'open' })}
            >
              {t('plan:open')}
            </button>{' '}
            <button
              type="button"
              className="link"
              onClick={() => void api.revealExport({ path: outcome.saved, how: 'folder' })}
            >
              {t('plan:showInFolder')}
            </button>
          </>
        )}
        {outcome && 'failed' in outcome && outcome.failed}
      </div>
      <div className="map-viewport" ref={viewport} aria-busy={busy} {...handlers}>
        {layout && layout.nodes.length === 0 && <p className="status-message">{t('empty')}</p>}
        {layout && (
          <MapCanvas
            layout={layout}
            view={view}
            name={name}
            matches={matches}
            outside={outside}
            active={current}
            onKeyDown={onKeyDown}
            onFocusNode={setActive}
            onOpen={open}
          />
        )}
      </div>
      <p className="hint map-hint">{t('keyboardHint')}</p>
    </section>
  );
}
