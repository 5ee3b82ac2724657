import type { TFunction } from 'i18next';
import { RELATION_KINDS, type RelationKind } from '../../../shared/model';
import { EDGE_STYLE, type MapLayout } from '../../../shared/plan';

/** Light-theme colours for paper and files; the window uses the theme's own. */
export const COLOUR: Record<RelationKind, string> = {
  prerequisite: '#1d5a85',
  waiver: '#8a4b00',
  credit: '#2e6b30',
};
const LEGEND = 44;
const MARGIN = 16;

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
  );
const n = (x: number) => Math.round(x * 10) / 10;
/** The name cut to what fits a node, by a rough width per character. */
export const fitName = (name: string, width: number) => {
  const max = Math.max(4, Math.floor((width - 12) / 5.6));
  return name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name;
};

/** The arrow heads, one shape per relation kind. */
function markerDefs(): string {
  return RELATION_KINDS.map((kind) => {
    const { marker, filled } = EDGE_STYLE[kind];
    const paint = filled
      ? `fill="${COLOUR[kind]}"`
      : `fill="none" stroke="${COLOUR[kind]}" stroke-width="${kind === 'waiver' ? 2.5 : 1.6}"`;
    return `<marker id="map-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="${marker}" ${paint}/></marker>`;
  }).join('');
}

/**
 * The catalog map as a standalone SVG, from the layout the window made: codes and
 * names from the catalog, relations told apart by line pattern and arrow head, a legend on top.
 */
export function mapSvg(
  layout: MapLayout,
  name: (code: string) => string,
  t: TFunction,
  title: string,
): string {
  const width = Math.max(layout.width, 760) + 2 * MARGIN;
  const height = layout.height + LEGEND + 2 * MARGIN;
  // Each legend entry as wide as its words (Bokmål's are long), side by side.
  let legendX = MARGIN;
  const legend = RELATION_KINDS.map((kind) => {
    const label = t(`map:legend.${kind}`);
    const x = legendX;
    legendX += 64 + label.length * 7.4;
    return `<g transform="translate(${x},${MARGIN})"><path d="M0,14 L44,14" stroke="${COLOUR[kind]}" stroke-width="2" stroke-dasharray="${EDGE_STYLE[kind].dash}" marker-end="url(#map-${kind})" fill="none"/><text x="52" y="19" font-size="14" fill="#1d2327">${escape(label)}</text></g>`;
  }).join('');
  const groups = layout.groups
    .map(
      (g) =>
        `<g><rect x="${n(g.x)}" y="${n(g.y)}" width="${n(g.width)}" height="${n(g.height)}" rx="8" fill="#f4f6f8" stroke="#c9d1d8"/>` +
        (g.focusArea
          ? `<text x="${n(g.x + 10)}" y="${n(g.y + 18)}" font-size="12" font-weight="bold" fill="#56626b">${escape(t(`catalog:focusArea.${g.focusArea}`))}</text>`
          : '') +
        '</g>',
    )
    .join('');
  const edges = layout.edges
    .map((e) => {
      const d = e.points.map((p, i) => `${i ? 'L' : 'M'}${n(p.x)},${n(p.y)}`).join(' ');
      const dash = EDGE_STYLE[e.kind].dash ? ` stroke-dasharray="${EDGE_STYLE[e.kind].dash}"` : '';
      return `<path d="${d}" stroke="${COLOUR[e.kind]}" stroke-width="1.4" fill="none"${dash} marker-end="url(#map-${e.kind})"><title>${escape(`${e.from} → ${e.to}: ${t(`map:legend.${e.kind}`)}`)}</title></path>`;
    })
    .join('');
  const nodes = layout.nodes
    .map((node) => {
      const full = name(node.code);
      return (
        `<g transform="translate(${n(node.x)},${n(node.y)})"><title>${escape(`${node.code} – ${full}`)}</title>` +
        `<rect width="${n(node.width)}" height="${n(node.height)}" rx="6" fill="#ffffff" stroke="#1d5a85" stroke-width="1.2"/>` +
        `<text x="8" y="17" font-size="12" font-weight="bold" fill="#1d2327">${escape(node.code)}</text>` +
        `<text x="8" y="32" font-size="9.5" fill="#56626b">${escape(fitName(full, node.width))}</text></g>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="Roboto, 'Segoe UI', Arial, sans-serif">` +
    `<title>${escape(title)}</title><defs>${markerDefs()}</defs>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${legend}` +
    `<g transform="translate(${MARGIN},${MARGIN + LEGEND})">${groups}${edges}${nodes}</g></svg>`
  );
}
