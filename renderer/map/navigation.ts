import type { MapNode } from '../../shared/plan';

export type Direction = 'left' | 'right' | 'up' | 'down';
export const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const centre = (n: MapNode) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });

/**
 * The node an arrow key moves to: the nearest one that lies that way, where a node
 * straight ahead beats one off to the side. Undefined at the edge of the map.
 */
export function nearestNode(
  nodes: readonly MapNode[],
  from: MapNode,
  direction: Direction,
): MapNode | undefined {
  const a = centre(from);
  let best: MapNode | undefined;
  let bestScore = Infinity;
  for (const n of nodes) {
    if (n.code === from.code) continue;
    const b = centre(n);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const ahead =
      direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const aside = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 1) continue;
    const score = ahead + 2.5 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = n;
    }
  }
  return best;
}
