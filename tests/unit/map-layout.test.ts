import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapFile } from '../../electron/services/plan-exports';
import { planStudy } from '../../electron/services/planner/plan';
import { SEED_DESIGNATIONS } from '../../electron/services/seed';
import { RELATION_KINDS, type Designation } from '../../shared/model';
import type { MapLayout } from '../../shared/plan';
import { layoutMap, type MapOptions } from '../../renderer/map/layout';
import { nearestNode } from '../../renderer/map/navigation';
import { layoutPlan } from '../../renderer/plan/graph-layout';
import { makeTempDir } from '../support/temp';

const NOW = '2026-01-01T00:00:00.000Z';
const SEED: Designation[] = SEED_DESIGNATIONS.map((d) => ({
  ...d,
  createdAt: NOW,
  updatedAt: NOW,
}));
const ALL: MapOptions = { group: true, focusArea: 'all', kinds: [...RELATION_KINDS] };
const inside = (p: { x: number; y: number }, n: MapLayout['nodes'][number]) =>
  p.x >= n.x - 2 && p.x <= n.x + n.width + 2 && p.y >= n.y - 2 && p.y <= n.y + n.height + 2;

describe('the catalog map layout (ELK layered, in Node as in the window)', () => {
  it('places every designation once and draws every relation, arrow toward the one it names', async () => {
    const layout = await layoutMap(SEED, ALL);
    expect(layout.nodes.map((n) => n.code).sort()).toEqual(SEED.map((d) => d.code).sort());
    const relations = SEED.flatMap((d) =>
      d.relations.map((r) => `${d.code}>${r.kind}>${r.target}`),
    );
    expect(layout.edges.map((e) => `${e.from}>${e.kind}>${e.to}`).sort()).toEqual(relations.sort());
    const node = new Map(layout.nodes.map((n) => [n.code, n]));
    for (const e of layout.edges) {
      expect(inside(e.points[0]!, node.get(e.from)!)).toBe(true);
      expect(inside(e.points.at(-1)!, node.get(e.to)!)).toBe(true);
    }
    // Grouped: each node inside its focus area's box.
    for (const d of SEED) {
      const g = layout.groups.find((x) => x.focusArea === d.focusArea)!;
      const n = node.get(d.code)!;
      expect(n.x >= g.x && n.x + n.width <= g.x + g.width).toBe(true);
    }
    // No two nodes overlap.
    for (const a of layout.nodes)
      for (const b of layout.nodes)
        if (a !== b)
          expect(
            a.x + a.width <= b.x ||
              b.x + b.width <= a.x ||
              a.y + a.height <= b.y ||
              b.y + b.height <= a.y,
          ).toBe(true);
  });

  it('filters to a focus area with the designations its members relate to, and by kind', async () => {
    const layout = await layoutMap(SEED, {
      ...ALL,
      focusArea: 'risk-management',
      kinds: ['waiver'],
    });
    const codes = layout.nodes.map((n) => n.code);
    expect(codes).toContain('ARM');
    expect(codes).toContain('AIS'); // AIS names ARM as a waiver
    expect(codes).not.toContain('AU-M');
    expect(new Set(layout.edges.map((e) => e.kind))).toEqual(new Set(['waiver']));
  });

  it('moves by arrow keys to the nearest node that way', async () => {
    const layout = await layoutMap(SEED, { ...ALL, group: false });
    const start = layout.nodes[0]!;
    for (const dir of ['left', 'right', 'up', 'down'] as const) {
      const next = nearestNode(layout.nodes, start, dir);
      if (!next) continue;
      const dx = next.x - start.x;
      const dy = next.y - start.y;
      if (dir === 'right') expect(dx).toBeGreaterThan(0);
      if (dir === 'left') expect(dx).toBeLessThan(0);
      if (dir === 'down') expect(dy).toBeGreaterThan(0);
      if (dir === 'up') expect(dy).toBeLessThan(0);
    }
  });

  it('exports an SVG with escaped text and a landscape one-page PDF that poppler reads', async () => {
    const layout = await layoutMap(SEED, ALL);
    const odd = SEED.map((d) => (d.code === 'AIS' ? { ...d, officialName: 'A <b> & "c"' } : d));
    const svg = new TextDecoder().decode(await mapFile(odd, layout, 'svg', 'en', 'Org'));
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(svg).not.toContain('<b>');
    const dir = await makeTempDir();
    for (const lang of ['en', 'nb'] as const) {
      const path = join(dir, `map-${lang}.pdf`);
      await writeFile(path, await mapFile(SEED, layout, 'pdf', lang, 'Forsikringsskolen'));
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+1\n/);
      expect(info).toMatch(/Page size:\s+841.89 x 595.28/);
      const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
      expect(text).toContain(lang === 'nb' ? 'Katalogkart' : 'Catalog map');
      expect(text).toContain('Forsikringsskolen');
      expect(text).toContain('ASLI');
      // The reports' font, embedded, for every word on the page (no fallback to a built-in font).
      const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
      expect(fonts).toContain('Roboto-Regular');
      expect(fonts).not.toMatch(/Helvetica|Times|Courier/);
      if (process.env.PLANNER_SCREENS)
        execFileSync('pdftoppm', [
          '-r',
          '80',
          '-png',
          '-singlefile',
          path,
          join(process.env.PLANNER_SCREENS, `map-pdf-${lang}`),
        ]);
    }
  });
});

describe('the plan as a pathway graph', () => {
  it('puts each step right of what it needs, and what follows last', () => {
    // AU-M's prerequisite is the AU courses (a course row); here it requires AU itself.
    const catalog = SEED.map((d) =>
      d.code === 'AU-M'
        ? { ...d, relations: [...d.relations, { kind: 'prerequisite' as const, target: 'AU' }] }
        : d,
    );
    const plan = planStudy(catalog, { target: 'AU-M', holds: [], passed: [] });
    const g = layoutPlan(plan);
    const at = (code: string) => g.nodes.find((n) => n.code === code && n.kind !== 'next')!;
    expect(at('AU').x).toBeLessThan(at('AU-M').x);
    expect(g.edges.map((e) => `${e.from.code}>${e.to.code}`)).toContain('AU>AU-M');
    const ais = layoutPlan(planStudy(SEED, { target: 'AIS', holds: ['ARM'], passed: [] }));
    expect(ais.nodes.map((n) => [n.code, n.kind])).toEqual([
      ['AIS', 'required'],
      ['ASLI', 'next'],
    ]);
  });
});
