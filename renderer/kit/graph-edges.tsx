/** An arrow head for the edges of a left-to-right graph (pathway, plan). */
export function ArrowMarker({ id, className }: { id: string; className: string }) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerWidth="7"
      markerHeight="7"
      orient="auto"
    >
      <path d="M0,0 L10,5 L0,10 z" className={className} />
    </marker>
  );
}

interface Point {
  x: number;
  y: number;
}

/**
 * A curve from the right side of one node to the left side of the next, at
 * their middles; `short` stops it that much before the target (room for the arrow).
 */
export function edgeCurve(
  from: Point,
  to: Point,
  node: { width: number; height: number },
  short = 0,
): string {
  const x1 = from.x + node.width;
  const y1 = from.y + node.height / 2;
  const x2 = to.x;
  const y2 = to.y + node.height / 2;
  const mid = (x1 + x2) / 2;
  return `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2 - short},${y2}`;
}
