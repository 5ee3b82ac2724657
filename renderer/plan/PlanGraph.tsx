import { useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../shared/plan';
import { ArrowMarker, edgeCurve } from '../kit/graph-edges';
import { layoutPlan, NODE, type GraphNode } from './graph-layout';

interface Props {
  plan: Plan;
  name: (code: string) => string;
  onOpen: (code: string) => void;
}

/** The plan as a pathway: held, waived, remaining and next steps drawn apart by border and mark. */
export function PlanGraph({ plan, name, onOpen }: Props) {
  const { t } = useTranslation('plan');
  const layout = useMemo(() => layoutPlan(plan), [plan]);
  const state = (n: GraphNode) => {
    if (n.kind === 'next') {
      const kind = plan.next.find((x) => x.code === n.code)?.kind ?? 'credit';
      return t(kind === 'credit' ? 'result.nextCredit' : 'result.nextPrerequisite', {
        code: plan.target,
      });
    }
    if (n.kind === 'held') return t('state.held');
    if (n.kind === 'waived')
      return t('course.waived', {
        codes: plan.steps.find((s) => s.code === n.code)?.waivedBy.join(', '),
      });
    return n.target ? t('state.target') : t('course.remaining');
  };
  const activate = (code: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(code);
    }
  };
  return (
    <figure className="plan-graph">
      <div className="plan-graph-scroll">
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={t('result.graphLabel', { code: plan.target })}
        >
          <defs>
            <ArrowMarker id="plan-arrow" className="plan-arrow" />
          </defs>
          {layout.edges.map((e, i) => {
            return (
              <path
                key={i}
                d={edgeCurve(e.from, e.to, NODE, 2)}
                className={`plan-edge ${e.kind}`}
                markerEnd="url(#plan-arrow)"
              />
            );
          })}
          {layout.nodes.map((n) => {
            // The visible words first, so that speech and sight agree; the name after them.
            const label = `${n.code} ${state(n)}, ${name(n.code)}`;
            return (
              <g
                key={`${n.kind}-${n.code}`}
                transform={`translate(${n.x},${n.y})`}
                className={`plan-node ${n.kind}${n.target ? ' target' : ''}`}
                role="button"
                tabIndex={0}
                aria-label={label}
                onClick={() => onOpen(n.code)}
                onKeyDown={activate(n.code)}
              >
                <rect width={NODE.width} height={NODE.height} rx="6" />
                {n.kind === 'held' && (
                  <path
                    d={`M${NODE.width - 24},12 l5,6 l10,-12`}
                    className="plan-node-tick"
                    aria-hidden="true"
                  />
                )}
                {/* One text, so that the words read "AIS The target" to assistive technology too. */}
                <text x={10} y={20}>
                  <tspan className="plan-node-code">{n.code}</tspan>{' '}
                  <tspan x={10} dy={18} className="plan-node-state">
                    {state(n)}
                  </tspan>
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption>{t('result.graphLegend')}</figcaption>
    </figure>
  );
}
