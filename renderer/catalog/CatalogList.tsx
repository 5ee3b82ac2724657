import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { explanationOf } from '../../shared/localize';
import type { DesignationSummary, Language } from '../../shared/model';

const ROW_HEIGHT = 56;
export const optionId = (code: string) => `designation-option-${code}`;

interface Props {
  designations: DesignationSummary[];
  selected: string | null;
  onSelect: (code: string) => void;
  /** Enter on the selected row: start editing it. */
  onActivate: (code: string) => void;
  /** The listbox element, for whoever moves focus into it (the search box's ↓). */
  listRef?: RefObject<HTMLDivElement | null>;
}

/** A virtualised listbox: only the rows in view are in the DOM, so 10,000 entries stay smooth. */
export function CatalogList({ designations, selected, onSelect, onActivate, listRef }: Props) {
  const { t, i18n } = useTranslation('catalog');
  const lang = i18n.language as Language;
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is not compiler-memoisable; this list need not be
  const virtualizer = useVirtualizer({
    count: designations.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  useEffect(() => {
    // For the benchmark: the frame after the list first rendered rows.
    if (performance.getEntriesByName('catalog:list-painted').length === 0) {
      requestAnimationFrame(() => performance.mark('catalog:list-painted'));
    }
  }, []);

  const index = selected === null ? -1 : designations.findIndex((d) => d.code === selected);
  // Whenever the selection or the list changes (a delete takes the next one to the same
  // place), the selected row is brought into view: not only when its index changes.
  useEffect(() => {
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [index, selected, designations, virtualizer]);

  const move = (to: number) => {
    const target = designations[Math.max(0, Math.min(designations.length - 1, to))];
    if (target) onSelect(target.code);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(
      1,
      Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT),
    );
    const moves: Record<string, () => void> = {
      ArrowDown: () => move(index + 1),
      ArrowUp: () => move(index < 0 ? 0 : index - 1),
      PageDown: () => move(index + page),
      PageUp: () => move(index - page),
      Home: () => move(0),
      End: () => move(designations.length - 1),
      Enter: () => selected && onActivate(selected),
    };
    const action = moves[e.key];
    if (action && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      action();
    }
  };

  if (designations.length === 0) {
    return (
      <p className="catalog-empty" role="status">
        {t('noMatches')}
      </p>
    );
  }
  return (
    <div
      ref={(el) => {
        scroller.current = el;
        if (listRef) listRef.current = el;
      }}
      className="catalog-list"
      role="listbox"
      aria-label={t('listLabel')}
      tabIndex={0}
      aria-activedescendant={index >= 0 ? optionId(selected!) : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const d = designations[row.index]!;
          const explanation = explanationOf(d, lang);
          const focus = t(`focusArea.${d.focusArea}`);
          // "Skadebehandling · Skadebehandling" says it once.
          const meta =
            explanation && explanation.toLocaleLowerCase() !== focus.toLocaleLowerCase()
              ? `${explanation} · ${focus}`
              : explanation || focus;
          return (
            <div
              key={d.code}
              id={optionId(d.code)}
              role="option"
              aria-selected={d.code === selected}
              aria-setsize={designations.length}
              aria-posinset={row.index + 1}
              className="catalog-row"
              style={{ height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
              onClick={() => onSelect(d.code)}
              onDoubleClick={() => onActivate(d.code)}
            >
              <span className="catalog-code">{d.code}</span>
              <span className="catalog-name">{d.officialName}</span>
              <span className="catalog-meta">
                <span className="catalog-meta-text">{meta}</span>
                {d.status !== 'offered' && (
                  <span className={`status-badge ${d.status}`}>{t(`status.${d.status}`)}</span>
                )}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
