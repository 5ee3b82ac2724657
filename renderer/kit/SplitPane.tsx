import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const MIN = 260;
const MAX = 640;

/** Two panes with a draggable (and keyboard-movable) divider between them. */
export function SplitPane({ left, right }: { left: ReactNode; right: ReactNode }) {
  const { t } = useTranslation();
  const [width, setWidth] = useState(() => Number(localStorage.getItem('split-width')) || 360);
  const dragging = useRef(false);
  const set = (w: number) => {
    const next = Math.round(Math.max(MIN, Math.min(MAX, w)));
    setWidth(next);
    localStorage.setItem('split-width', String(next));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 64 : 16;
    if (e.key === 'ArrowLeft') set(width - step);
    else if (e.key === 'ArrowRight') set(width + step);
    else return;
    e.preventDefault();
  };
  return (
    <div className="split" style={{ gridTemplateColumns: `${width}px 6px minmax(0, 1fr)` }}>
      {left}
      <div
        className="split-handle"
        role="separator"
        aria-orientation="vertical"
        aria-label={t('resizeList')}
        aria-valuemin={MIN}
        aria-valuemax={MAX}
        aria-valuenow={width}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => dragging.current && set(e.clientX)}
        onPointerUp={() => (dragging.current = false)}
      />
      {right}
    </div>
  );
}
