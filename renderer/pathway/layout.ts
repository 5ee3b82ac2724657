import { codeKey, type DesignationSummary, type RelationKind } from '../../shared/model';

/** Where a neighbour stands relative to the selected designation. */
export const GROUPS = ['requires', 'waivedBy', 'creditFrom', 'creditToward', 'leadsTo'] as const;
export type Group = (typeof GROUPS)[number];
const LEFT: Group[] = ['requires', 'waivedBy', 'creditFrom'];
const RIGHT: Group[] = ['creditToward', 'leadsTo'];
export const EDGE_KIND: Record<Group, RelationKind> = {
  requires: 'prerequisite',
  waivedBy: 'waiver',
  creditFrom: 'credit',
  creditToward: 'credit',
  leadsTo: 'prerequisite',
};

export const NODE = { width: 96, height: 34, gap: 10 };
const LABEL = 22;
const GROUP_GAP = 18;
// Group labels are wider than nodes: leave them room on the right.
const COLUMN_X = { left: 10, center: 270, right: 530 };
export const WIDTH = COLUMN_X.right + 240;

export interface PlacedNode {
  code: string;
  group: Group | 'center';
  x: number;
  y: number;
}
export interface PlacedLabel {
  group: Group;
  x: number;
  y: number;
}
export interface Layout {
  nodes: PlacedNode[];
  labels: PlacedLabel[];
  edges: { from: PlacedNode; to: PlacedNode; kind: RelationKind }[];
  height: number;
}

/** The neighbourhood of one designation, grouped by how each neighbour relates to it. */
export function neighbourhood(
  code: string,
  catalog: readonly DesignationSummary[],
): Record<Group, string[]> {
  const key = codeKey(code);
  const self = catalog.find((d) => codeKey(d.code) === key);
  const out = (kind: RelationKind) =>
    self?.relations.filter((r) => r.kind === kind).map((r) => r.target) ?? [];
  const incoming = (kind: RelationKind) =>
    catalog
      .filter((d) => d.relations.some((r) => r.kind === kind && codeKey(r.target) === key))
      .map((d) => d.code);
  return {
    requires: out('prerequisite'),
    waivedBy: out('waiver'),
    creditFrom: incoming('credit'),
    creditToward: out('credit'),
    leadsTo: incoming('prerequisite'),
  };
}

/** A three-column layout: what leads here on the left, what this leads to on the right. */
export function layoutPathway(code: string, groups: Record<Group, string[]>): Layout {
  const nodes: PlacedNode[] = [];
  const labels: PlacedLabel[] = [];
  const column = (which: Group[], x: number) => {
    let y = 10;
    for (const group of which) {
      if (groups[group].length === 0) continue;
      labels.push({ group, x, y: y + 14 });
      y += LABEL;
      for (const c of groups[group]) {
        nodes.push({ code: c, group, x, y });
        y += NODE.height + NODE.gap;
      }
      y += GROUP_GAP;
    }
    return y;
  };
  const height = Math.max(
    column(LEFT, COLUMN_X.left),
    column(RIGHT, COLUMN_X.right),
    NODE.height + 40,
  );
  const center: PlacedNode = {
    code,
    group: 'center',
    x: COLUMN_X.center,
    y: height / 2 - NODE.height / 2,
  };
  nodes.push(center);
  const edges = nodes
    .filter((n) => n.group !== 'center')
    .map((n) => {
      const group = n.group as Group;
      return LEFT.includes(group)
        ? { from: n, to: center, kind: EDGE_KIND[group] }
        : { from: center, to: n, kind: EDGE_KIND[group] };
    });
  return { nodes, labels, edges, height };
}
