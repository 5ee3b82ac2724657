import type { TFunction } from 'i18next';
import type PDFDocument from 'pdfkit';
import { RELATION_KINDS, type RelationKind } from '../../../shared/model';
import type { MapLayout } from '../../../shared/plan';
import type { FigureBlock } from '../reports/pdf/pdf-model';
import { COLOUR, fitName } from './map-svg';

type Point = { x: number; y: number };

/** The figure on a landscape A4 page below the title: the legend, then the map (points). */
const WIDTH = 762;
const HEIGHT = 420;
const LEGEND = 22;
const INK = '#1d2327';
const MUTED = '#56626b';

/** The three kinds told apart by line pattern too, as in the SVG. */
const DASH: Record<RelationKind, { length: number; space: number } | undefined> = {
  prerequisite: undefined,
  waiver: { length: 4, space: 2.5 },
  credit: { length: 1, space: 2 },
};

/** The arrow head at `tip`, coming from `from`: filled arrow, bar or open chevron. */
function head(doc: PDFDocument, kind: RelationKind, from: Point, tip: Point, size: number) {
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const back = { x: tip.x - ux * size, y: tip.y - uy * size };
  const side = (s: number): [number, number] => [
    back.x - uy * s * size * 0.5,
    back.y + ux * s * size * 0.5,
  ];
  const c = COLOUR[kind];
  doc.undash().strokeColor(c);
  if (kind === 'waiver') {
    doc
      .lineWidth(1.4)
      .moveTo(tip.x - uy * size * 0.6, tip.y + ux * size * 0.6)
      .lineTo(tip.x + uy * size * 0.6, tip.y - ux * size * 0.6)
      .stroke();
  } else if (kind === 'prerequisite') {
    doc.lineWidth(0.5).polygon(side(1), [tip.x, tip.y], side(-1)).fillAndStroke(c, c);
  } else {
    doc
      .lineWidth(0.9)
      .moveTo(...side(1))
      .lineTo(tip.x, tip.y)
      .lineTo(...side(-1))
      .stroke();
  }
}

function line(doc: PDFDocument, kind: RelationKind, points: Point[], width: number) {
  const dash = DASH[kind];
  doc.lineWidth(width).strokeColor(COLOUR[kind]);
  if (dash) doc.dash(dash.length, { space: dash.space });
  else doc.undash();
  doc.moveTo(points[0]!.x, points[0]!.y);
  for (const p of points.slice(1)) doc.lineTo(p.x, p.y);
  doc.stroke().undash();
}

/**
 * The map as one figure, drawn with pdfkit's own shapes and text so that it prints in
 * the reports' font (Roboto) at any scale: a legend on top, the focus-area boxes, the
 * routes with their arrow heads, the designations. Its alternative text says what it shows.
 */
export function mapFigure(
  layout: MapLayout,
  name: (code: string) => string,
  t: TFunction,
): FigureBlock {
  return {
    type: 'figure',
    alt: t('map:figureAlt', { count: layout.nodes.length, relations: layout.edges.length }),
    width: WIDTH,
    height: HEIGHT,
    draw: (doc, x0, y0) => {
      const text = (s: string, p: Point, size: number, bold = false, color = INK) =>
        doc
          .font(bold ? 'bold' : 'regular')
          .fontSize(size)
          .fillColor(color)
          .text(s, p.x, p.y, { lineBreak: false });
      // The legend: each kind's line, head and name.
      let x = x0;
      const ly = y0 + 8;
      for (const kind of RELATION_KINDS) {
        const label = t(`map:legend.${kind}`);
        line(
          doc,
          kind,
          [
            { x, y: ly },
            { x: x + 30, y: ly },
          ],
          1.2,
        );
        head(doc, kind, { x, y: ly }, { x: x + 30, y: ly }, 6);
        text(label, { x: x + 36, y: ly - 4.5 }, 9);
        x += 48 + doc.widthOfString(label);
      }
      text(t('map:legend.direction'), { x, y: ly - 4 }, 8, false, MUTED);

      const area = { width: WIDTH, height: HEIGHT - LEGEND };
      const k = Math.min(
        area.width / Math.max(layout.width, 1),
        area.height / Math.max(layout.height, 1),
        1,
      );
      const left = x0 + (area.width - layout.width * k) / 2; // centred across the page
      const at = (p: Point): Point => ({ x: left + p.x * k, y: y0 + LEGEND + p.y * k });
      for (const g of layout.groups) {
        const p = at(g);
        doc
          .lineWidth(0.5)
          .roundedRect(p.x, p.y, g.width * k, g.height * k, 6 * k)
          .fillAndStroke('#f4f6f8', '#c9d1d8');
        if (g.focusArea)
          text(
            t(`catalog:focusArea.${g.focusArea}`),
            at({ x: g.x + 10, y: g.y + 8 }),
            Math.max(3, 12 * k),
            true,
            MUTED,
          );
      }
      for (const e of layout.edges) {
        const points = e.points.map(at);
        line(doc, e.kind, points, Math.max(0.4, 1.4 * k));
        head(doc, e.kind, points.at(-2)!, points.at(-1)!, Math.max(2.5, 8 * k));
      }
      for (const n of layout.nodes) {
        const p = at(n);
        doc
          .lineWidth(Math.max(0.4, 1.2 * k))
          .roundedRect(p.x, p.y, n.width * k, n.height * k, 4 * k)
          .fillAndStroke('#ffffff', '#1d5a85');
        text(n.code, at({ x: n.x + 8, y: n.y + 7 }), Math.max(3, 12 * k), true);
        text(
          fitName(name(n.code), n.width),
          at({ x: n.x + 8, y: n.y + 24 }),
          Math.max(2.5, 9.5 * k),
          false,
          MUTED,
        );
      }
    },
  };
}
