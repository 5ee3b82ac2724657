import type { Plan, PlanStep } from '../../shared/plan';

export const NODE = { width: 156, height: 50, gapX: 52, gapY: 14 };
const PAD = 12;

export type GraphNodeKind = PlanStep['state'] | 'next';
export interface GraphNode {
  code: string;
  kind: GraphNodeKind;
  target: boolean;
  x: number;
  y: number;
}
export interface GraphEdge {
  from: GraphNode;
  to: GraphNode;
  kind: 'prerequisite' | 'credit';
}

/**
 * The plan as columns: each step one column right of the prerequisites it needs, the
 * target after them, what it leads to last. Pure, so it is tested without a browser.
 */
export function layoutPlan(plan: Plan) {
  const column = new Map<string, number>();
  const order = new Map(plan.steps.map((s, i) => [s.code, i]));
  for (const s of plan.steps) column.set(s.code, 0);
  // Steps come prerequisites first: one pass pushes each requirer right of what it needs.
  for (const s of plan.steps)
    for (const r of s.requiredBy)
      if (column.has(r) && order.get(r)! > order.get(s.code)!)
        column.set(r, Math.max(column.get(r)!, column.get(s.code)! + 1));
  const last = column.get(plan.target) ?? 0;
  const rows: number[] = [];
  const nodes = new Map<string, GraphNode>();
  const place = (code: string, kind: GraphNodeKind, col: number) => {
    const row = (rows[col] = (rows[col] ?? -1) + 1);
    const node: GraphNode = {
      code,
      kind,
      target: code === plan.target,
      x: PAD + col * (NODE.width + NODE.gapX),
      y: PAD + row * (NODE.height + NODE.gapY),
    };
    nodes.set(`${kind === 'next' ? 'next:' : ''}${code}`, node);
    return node;
  };
  for (const s of plan.steps) place(s.code, s.state, column.get(s.code)!);
  const edges: GraphEdge[] = [];
  for (const s of plan.steps)
    for (const r of s.requiredBy) {
      const from = nodes.get(s.code);
      const to = nodes.get(r);
      if (from && to) edges.push({ from, to, kind: 'prerequisite' });
    }
  const targetNode = nodes.get(plan.target)!;
  for (const n of plan.next) {
    const node = place(n.code, 'next', last + 1);
    edges.push({ from: targetNode, to: node, kind: n.kind });
  }
  const columns = rows.length;
  const height = PAD * 2 + Math.max(...rows.map((r) => r + 1), 1) * (NODE.height + NODE.gapY);
  return {
    nodes: [...nodes.values()],
    edges,
    width: PAD * 2 + columns * NODE.width + (columns - 1) * NODE.gapX,
    height,
  };
}
