import { useCallback, useRef, useState, type PointerEvent, type WheelEvent } from 'react';

export interface View {
  k: number;
  x: number;
  y: number;
}
const MIN = 0.1;
const MAX = 3;
const clamp = (k: number) => Math.min(MAX, Math.max(MIN, k));

/** Pan and zoom of a drawing inside a viewport: wheel, drag, buttons and keys share one state. */
export function useZoom() {
  const viewport = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>({ k: 1, x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number } | null>(null);
  const size = () => {
    const r = viewport.current?.getBoundingClientRect();
    return {
      width: r?.width ?? 800,
      height: r?.height ?? 600,
      left: r?.left ?? 0,
      top: r?.top ?? 0,
    };
  };

  /** Zooms by `factor` keeping the point (px, py) of the viewport where it is. */
  const zoomBy = useCallback((factor: number, px?: number, py?: number) => {
    const s = size();
    const cx = px ?? s.width / 2;
    const cy = py ?? s.height / 2;
    setView((v) => {
      const k = clamp(v.k * factor);
      return { k, x: cx - ((cx - v.x) * k) / v.k, y: cy - ((cy - v.y) * k) / v.k };
    });
  }, []);

  /** The whole drawing in view, never larger than life. */
  const fit = useCallback((width: number, height: number) => {
    const s = size();
    const k = clamp(
      Math.min(1, (s.width - 24) / Math.max(width, 1), (s.height - 24) / Math.max(height, 1)),
    );
    setView({ k, x: (s.width - width * k) / 2, y: Math.max(12, (s.height - height * k) / 2) });
  }, []);

  /** Pans just enough for the box to be in view (keyboard moves to a node off screen). */
  const reveal = useCallback((box: { x: number; y: number; width: number; height: number }) => {
    const s = size();
    setView((v) => {
      const left = box.x * v.k + v.x;
      const top = box.y * v.k + v.y;
      const right = left + box.width * v.k;
      const bottom = top + box.height * v.k;
      const dx = left < 16 ? 16 - left : right > s.width - 16 ? s.width - 16 - right : 0;
      const dy = top < 16 ? 16 - top : bottom > s.height - 16 ? s.height - 16 - bottom : 0;
      return dx || dy ? { ...v, x: v.x + dx, y: v.y + dy } : v;
    });
  }, []);

  const handlers = {
    onWheel: (e: WheelEvent) => {
      const s = size();
      zoomBy(Math.exp(-e.deltaY * 0.0015), e.clientX - s.left, e.clientY - s.top);
    },
    onPointerDown: (e: PointerEvent) => {
      if ((e.target as Element).closest('[data-node]')) return; // a node: click, not drag
      drag.current = { x: e.clientX, y: e.clientY };
      e.currentTarget.setPointerCapture(e.pointerId);
    },
    onPointerMove: (e: PointerEvent) => {
      const d = drag.current;
      if (!d) return;
      drag.current = { x: e.clientX, y: e.clientY };
      setView((v) => ({ ...v, x: v.x + e.clientX - d.x, y: v.y + e.clientY - d.y }));
    },
    onPointerUp: () => void (drag.current = null),
  };
  return { viewport, view, zoomBy, fit, reveal, handlers };
}
