import type { TFunction } from 'i18next';
import { RELATION_KINDS, type RelationKind } from '../../../shared/model';
import type { MapLayout } from '../../../shared/plan';
import { COLOUR, fitName } from './map-svg';

type Point = { x: number; y: number };

/** Where the map sits on a landscape A4 page, below the title (points). */
const ORIGIN = { x: 40, y: 124 };
const AREA = { width: 762, height: 418 };
const LEGEND_Y = 108;

/** pdfmake's dash patterns for the three kinds, as the SVG's stroke-dasharray. */
const DASH: Record<RelationKind, { length: number; space: number } | undefined> = {
  prerequisite: undefined,
  waiver: { length: 4, space: 2.5 },
  credit: { length: 1, space: 2 },
};

/** The arrow head at `tip`, coming from `from`: filled arrow, bar or open chevron. */
function head(kind: RelationKind, from: Point, tip: Point, size: number): object {
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const back = { x: tip.x - ux * size, y: tip.y - uy * size };
  const side = (s: number) => ({
    x: back.x - uy * s * size * 0.5,
    y: back.y + ux * s * size * 0.5,
  });
  const c = COLOUR[kind];
  if (kind === 'waiver') {
    const a = { x: tip.x - uy * size * 0.6, y: tip.y + ux * size * 0.6 };
    const b = { x: tip.x + uy * size * 0.6, y: tip.y - ux * size * 0.6 };
    return { type: 'line', x1: a.x, y1: a.y, x2: b.x, y2: b.y, lineWidth: 1.4, lineColor: c };
  }
  if (kind === 'prerequisite')
    return {
      type: 'polyline',
      points: [side(1), tip, side(-1)],
      closePath: true,
      color: c,
      lineColor: c,
      lineWidth: 0.5,
    };
  return { type: 'polyline', points: [side(1), tip, side(-1)], lineColor: c, lineWidth: 0.9 };
}

/**
 * The map drawn with the document's own shapes and text, so that it prints in the
 * reports' font (Roboto) at any scale: boxes, routes, arrow heads, a legend on top.
 */
export function mapPageContent(
  layout: MapLayout,
  name: (code: string) => string,
  t: TFunction,
): object[] {
  const k = Math.min(
    AREA.width / Math.max(layout.width, 1),
    AREA.height / Math.max(layout.height, 1),
    1,
  );
  const left = ORIGIN.x + (AREA.width - layout.width * k) / 2; // centred across the page
  const at = (p: Point): Point => ({ x: left + p.x * k, y: ORIGIN.y + p.y * k });
  const text = (s: string, p: Point, fontSize: number, extra: object = {}) => ({
    text: s,
    absolutePosition: p,
    fontSize,
    lineHeight: 1,
    ...extra,
  });
  const shapes: object[] = [];
  const labels: object[] = [];
  let x = ORIGIN.x;
  for (const kind of RELATION_KINDS) {
    const label = t(`map:legend.${kind}`);
    shapes.push({
      type: 'polyline',
      points: [
        { x, y: LEGEND_Y },
        { x: x + 30, y: LEGEND_Y },
      ],
      lineColor: COLOUR[kind],
      lineWidth: 1.2,
      dash: DASH[kind],
    });
    shapes.push(head(kind, { x, y: LEGEND_Y }, { x: x + 30, y: LEGEND_Y }, 6));
    labels.push(text(label, { x: x + 36, y: LEGEND_Y - 4.5 }, 9));
    x += 48 + label.length * 4.6;
  }
  labels.push(text(t('map:legend.direction'), { x, y: LEGEND_Y - 4.5 }, 8, { color: '#56626b' }));
  for (const g of layout.groups) {
    const p = at(g);
    shapes.push({
      type: 'rect',
      x: p.x,
      y: p.y,
      w: g.width * k,
      h: g.height * k,
      r: 6 * k,
      color: '#f4f6f8',
      lineColor: '#c9d1d8',
      lineWidth: 0.5,
    });
    if (g.focusArea)
      labels.push(
        text(
          t(`catalog:focusArea.${g.focusArea}`),
          at({ x: g.x + 10, y: g.y + 8 }),
          Math.max(3, 12 * k),
          { bold: true, color: '#56626b' },
        ),
      );
  }
  for (const e of layout.edges) {
    const points = e.points.map(at);
    shapes.push({
      type: 'polyline',
      points,
      lineColor: COLOUR[e.kind],
      lineWidth: Math.max(0.4, 1.4 * k),
      dash: DASH[e.kind],
    });
    shapes.push(head(e.kind, points.at(-2)!, points.at(-1)!, Math.max(2.5, 8 * k)));
  }
  for (const n of layout.nodes) {
    const p = at(n);
    shapes.push({
      type: 'rect',
      x: p.x,
      y: p.y,
      w: n.width * k,
      h: n.height * k,
      r: 4 * k,
      color: '#ffffff',
      lineColor: '#1d5a85',
      lineWidth: Math.max(0.4, 1.2 * k),
    });
    labels.push(
      text(n.code, at({ x: n.x + 8, y: n.y + 7 }), Math.max(3, 12 * k), {
        bold: true,
        color: '#1d2327',
      }),
    );
    labels.push(
      text(
        fitName(name(n.code), n.width),
        at({ x: n.x + 8, y: n.y + 24 }),
        Math.max(2.5, 9.5 * k),
        { color: '#56626b' },
      ),
    );
  }
  return [{ canvas: shapes, absolutePosition: { x: 0, y: 0 } }, ...labels];
}
