import { useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesignationSummary } from '../../shared/model';
import { ArrowMarker, edgeCurve } from '../kit/graph-edges';
import { layoutPathway, neighbourhood, NODE, WIDTH } from './layout';
import './pathway.css';

interface Props {
  code: string;
  catalog: readonly DesignationSummary[];
  onNavigate: (code: string) => void;
}

/** The selected designation's neighbourhood as a small graph; each node selects its designation. */
export function PathwayGraph({ code, catalog, onNavigate }: Props) {
  const { t } = useTranslation('pathway');
  const groups = useMemo(() => neighbourhood(code, catalog), [code, catalog]);
  const layout = useMemo(() => layoutPathway(code, groups), [code, groups]);
  const names = useMemo(() => new Map(catalog.map((d) => [d.code, d.officialName])), [catalog]);
  const empty = layout.nodes.length === 1;
  const activate = (target: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onNavigate(target);
    }
  };

  return (
    <figure className="pathway">
      <svg
        viewBox={`0 0 ${WIDTH} ${layout.height}`}
        width="100%"
        role="group"
        aria-label={t('graphLabel', { code })}
      >
        <defs>
          <ArrowMarker id="arrow" className="pathway-arrow" />
        </defs>
        {layout.edges.map((e, i) => {
          return (
            <path
              key={i}
              d={edgeCurve(e.from, e.to, NODE)}
              className={`pathway-edge ${e.kind}`}
              markerEnd="url(#arrow)"
            />
          );
        })}
        {layout.labels.map((l) => (
          <text key={l.group} x={l.x} y={l.y} className="pathway-label">
            {t(`group.${l.group}`)}
          </text>
        ))}
        {layout.nodes.map((n) => {
          const isCenter = n.group === 'center';
          const name = names.get(n.code) ?? n.code;
          return (
            <g
              key={`${n.group}-${n.code}`}
              transform={`translate(${n.x},${n.y})`}
              className={`pathway-node${isCenter ? ' center' : ''}`}
              role={isCenter ? 'img' : 'button'}
              tabIndex={isCenter ? undefined : 0}
              aria-label={isCenter ? `${n.code}: ${name}` : t('goTo', { code: n.code, name })}
              onClick={isCenter ? undefined : () => onNavigate(n.code)}
              onKeyDown={isCenter ? undefined : activate(n.code)}
            >
              <title>{name}</title>
              <rect width={NODE.width} height={NODE.height} rx="6" />
              <text x={NODE.width / 2} y={NODE.height / 2 + 5} textAnchor="middle">
                {n.code}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{empty ? t('none') : t('legend')}</figcaption>
    </figure>
  );
}
