import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RELATION_KINDS } from '../../shared/model';
import { EDGE_STYLE, type MapLayout } from '../../shared/plan';
import type { View } from './useZoom';

interface Props {
  layout: MapLayout;
  name: (code: string) => string;
  /** Codes the search matches; null when there is no search. */
  matches: ReadonlySet<string> | null;
  /** Designations outside the chosen focus area (shown because they relate to it). */
  outside: ReadonlySet<string>;
  active: string | null;
  onKeyDown: (code: string, e: KeyboardEvent) => void;
  onFocusNode: (code: string) => void;
  onOpen: (code: string) => void;
}

/** The map's SVG: the pan and zoom transform around a drawing that panning leaves alone. */
export function MapCanvas({ view, ...p }: Props & { view: View }) {
  const { t } = useTranslation('map');
  const { layout } = p;
  return (
    <svg
      className="map-svg"
      role="group"
      aria-label={t('graphLabel', { count: layout.nodes.length })}
    >
      <defs>
        {RELATION_KINDS.map((kind) => (
          <marker
            key={kind}
            id={`map-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="8"
            markerHeight="8"
            orient="auto"
          >
            <path
              d={EDGE_STYLE[kind].marker}
              className={`map-marker ${kind}${EDGE_STYLE[kind].filled ? ' filled' : ''}`}
            />
          </marker>
        ))}
        <clipPath id="map-node-clip">
          <rect
            x="4"
            y="0"
            width={layout.nodes[0] ? layout.nodes[0].width - 10 : 140}
            height="60"
          />
        </clipPath>
      </defs>
      <g transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
        <MapDrawing {...p} />
      </g>
    </svg>
  );
}

/** The groups, routes and nodes; memoised, so a pan or a zoom redraws none of them. */
const MapDrawing = memo(function MapDrawing(p: Props) {
  const { t } = useTranslation('map');
  const { layout, active } = p;
  const path = (points: { x: number; y: number }[]) =>
    points.map((q, i) => `${i ? 'L' : 'M'}${q.x},${q.y}`).join(' ');
  return (
    <>
      {layout.groups.map((g) => (
        <g key={g.focusArea} className="map-group" aria-hidden="true">
          <rect x={g.x} y={g.y} width={g.width} height={g.height} rx="8" />
          <text x={g.x + 10} y={g.y + 19}>
            {t(`catalog:focusArea.${g.focusArea}`)}
          </text>
        </g>
      ))}
      {layout.edges.map((e, i) => (
        <path
          key={i}
          d={path(e.points)}
          className={`map-edge ${e.kind}${active && (e.from === active || e.to === active) ? ' active' : ''}`}
          strokeDasharray={EDGE_STYLE[e.kind].dash || undefined}
          markerEnd={`url(#map-${e.kind})`}
        />
      ))}
      {layout.nodes.map((n) => {
        const cls = [
          'map-node',
          p.matches && (p.matches.has(n.code) ? 'match' : 'dim'),
          p.outside.has(n.code) && 'outside',
          n.code === active && 'active',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <g
            key={n.code}
            id={`map-node-${n.code}`}
            data-node={n.code}
            className={cls}
            transform={`translate(${n.x},${n.y})`}
            role="button"
            tabIndex={n.code === active ? 0 : -1}
            aria-label={t('node', { code: n.code, name: p.name(n.code) })}
            onClick={() => p.onOpen(n.code)}
            onFocus={() => p.onFocusNode(n.code)}
            onKeyDown={(e) => p.onKeyDown(n.code, e)}
          >
            <rect width={n.width} height={n.height} rx="6" />
            {/* One text (code, then the name clipped to the box) so that what shows is what is read. */}
            <text x="9" y="18" clipPath="url(#map-node-clip)">
              <tspan className="map-node-code">{n.code}</tspan>{' '}
              <tspan x="9" dy="16" className="map-node-name">
                {p.name(n.code)}
              </tspan>
            </text>
          </g>
        );
      })}
    </>
  );
});
