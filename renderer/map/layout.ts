import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import {
  codeKey,
  FOCUS_AREAS,
  RELATION_KINDS,
  type DesignationSummary,
  type FocusArea,
  type RelationKind,
} from '../../shared/model';
import type { MapLayout } from '../../shared/plan';

export const NODE_SIZE = { width: 156, height: 44 };

export interface MapOptions {
  /** Each focus area as a box of its own. */
  group: boolean;
  /** Only this focus area (and the designations its members relate to), or all. */
  focusArea: FocusArea | 'all';
  kinds: readonly RelationKind[];
}

type Entry = Pick<DesignationSummary, 'code' | 'focusArea' | 'relations'>;

/**
 * The catalog as an ELK graph for the layered algorithm. Edges run in the order of
 * study (what is needed, or what credits, comes first), so that the layers read left to
 * right; `reversed` tells the drawing to point the arrow the relation's own way
 * (from the designation that names the relation to the one it names).
 */
export function mapGraph(catalog: readonly Entry[], options: MapOptions): ElkNode {
  const byKey = new Map(catalog.map((d) => [codeKey(d.code), d]));
  const kinds = new Set(options.kinds);
  const relations = catalog.flatMap((d) =>
    d.relations
      .filter((r) => kinds.has(r.kind) && byKey.has(codeKey(r.target)))
      .map((r) => ({ owner: d, target: byKey.get(codeKey(r.target))!, kind: r.kind })),
  );
  let shown: Entry[] = [...catalog];
  if (options.focusArea !== 'all') {
    const inArea = new Set(
      catalog.filter((d) => d.focusArea === options.focusArea).map((d) => d.code),
    );
    const neighbours = new Set(inArea);
    for (const r of relations) {
      if (inArea.has(r.owner.code)) neighbours.add(r.target.code);
      if (inArea.has(r.target.code)) neighbours.add(r.owner.code);
    }
    shown = catalog.filter((d) => neighbours.has(d.code));
  }
  const visible = new Set(shown.map((d) => d.code));
  const edges: ElkExtendedEdge[] = relations
    .filter((r) => visible.has(r.owner.code) && visible.has(r.target.code))
    .filter(
      (r) =>
        options.focusArea === 'all' ||
        r.owner.focusArea === options.focusArea ||
        r.target.focusArea === options.focusArea,
    )
    .map((r, i) => {
      const forward = r.kind === 'credit';
      return {
        id: `e${i}:${r.kind}`,
        sources: [forward ? r.owner.code : r.target.code],
        targets: [forward ? r.target.code : r.owner.code],
      };
    });
  const node = (d: Entry): ElkNode => ({ id: d.code, ...NODE_SIZE });
  const children = options.group
    ? FOCUS_AREAS.map((area) => ({
        id: `area:${area}`,
        layoutOptions: { 'elk.padding': '[top=30,left=12,bottom=12,right=12]' },
        children: shown.filter((d) => d.focusArea === area).map(node),
      })).filter((g) => g.children.length > 0)
    : shown.map(node);
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
      'elk.spacing.nodeNode': '16',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.spacing.componentComponent': '28',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      // Fewer crossing-minimisation rounds on large catalogs: grouped, 300 designations
      // take a third of the time, and the drawing stays readable.
      'elk.layered.thoroughness': shown.length > 100 ? '1' : '7',
    },
    children,
    edges,
  };
}

/** ELK's answer as plain geometry: what the window draws and what the export redraws. */
export function toMapLayout(laid: ElkNode): MapLayout {
  const nodes: MapLayout['nodes'] = [];
  const groups: MapLayout['groups'] = [];
  for (const c of laid.children ?? []) {
    const box = { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 };
    if (c.id.startsWith('area:')) {
      groups.push({ focusArea: c.id.slice('area:'.length), ...box });
      for (const n of c.children ?? [])
        nodes.push({
          code: n.id,
          x: n.x ?? 0,
          y: n.y ?? 0,
          width: n.width ?? 0,
          height: n.height ?? 0,
        });
    } else nodes.push({ code: c.id, ...box });
  }
  const edges = (laid.edges ?? []).flatMap((e) => {
    const kind = e.id.split(':')[1] as RelationKind;
    if (!RELATION_KINDS.includes(kind)) return [];
    const points = (e.sections ?? []).flatMap((s) => [
      s.startPoint,
      ...(s.bendPoints ?? []),
      s.endPoint,
    ]);
    if (points.length < 2) return [];
    const forward = kind === 'credit';
    const [from, to] = forward ? [e.sources[0]!, e.targets[0]!] : [e.targets[0]!, e.sources[0]!];
    return [{ from, to, kind, points: forward ? points : points.reverse() }];
  });
  return { width: laid.width ?? 0, height: laid.height ?? 0, nodes, edges, groups };
}

/**
 * ELK, loaded on first use (it is large). Preferably on a worker thread, from a worker
 * script served with the app (the CSP's script-src 'self' covers it; ELK needs no eval),
 * so that the window never waits for a layout. Where a worker cannot start (Node in the
 * tests, or a host that refuses the worker's file), the bundled build runs in this thread.
 */
async function startElk(): Promise<ELK> {
  if (typeof Worker !== 'undefined') {
    let elk: ELK | undefined;
    try {
      const [{ default: ElkApi }, { default: workerUrl }] = await Promise.all([
        import('elkjs/lib/elk-api.js'),
        import('elkjs/lib/elk-worker.min.js?url'),
      ]);
      elk = new ElkApi({ workerUrl, workerFactory: (url) => new Worker(url!) });
      const refused = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('no worker')), 15_000),
      );
      await Promise.race([elk.knownLayoutAlgorithms(), refused]);
      performance.mark('map:elk-worker'); // tests and the bench check which one runs
      return elk;
    } catch {
      elk?.terminateWorker();
    }
  }
  const { default: Bundled } = await import('elkjs/lib/elk.bundled.js');
  performance.mark('map:elk-in-thread');
  return new Bundled();
}
let started: Promise<ELK> | undefined;
const loadElk = () => (started ??= startElk());

export async function layoutMap(
  catalog: readonly Entry[],
  options: MapOptions,
  elk?: ELK,
): Promise<MapLayout> {
  const laid = await (elk ?? (await loadElk())).layout(mapGraph(catalog, options));
  return toMapLayout(laid);
}
