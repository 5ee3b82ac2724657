import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportEntry, Language } from '../../shared/model';
import { api } from '../kit/api';
import { shownChanges } from './field-values';

type Part = 'added' | 'changed';
/** Entries are fetched from the main process this many at a time, as they scroll into view. */
const PAGE = 50;

/** Row `index` of the list: a part's heading, or its entry number `at`. */
function itemAt(index: number, added: number): { part: Part; at: number | null } {
  if (added > 0) {
    if (index === 0) return { part: 'added', at: null };
    if (index <= added) return { part: 'added', at: index - 1 };
    index -= added + 1;
  }
  return { part: 'changed', at: index === 0 ? null : index - 1 };
}

/**
 * What an import adds and changes, in one virtualised list (a heading, then
 * the entries of each part): only the rows in view are in the DOM, and their
 * entries are fetched page by page, so 100,000 changes stay light. A change
 * shows each field's value now and in the file.
 */
export function ImportEntries({ added, changed }: { added: number; changed: number }) {
  const { t, i18n } = useTranslation('exchange');
  const lang = i18n.language as Language;
  const scroller = useRef<HTMLDivElement>(null);
  const [entries, setEntries] = useState(() => new Map<string, ImportEntry>());
  const requested = useRef(new Set<string>());
  const count = (added > 0 ? added + 1 : 0) + (changed > 0 ? changed + 1 : 0);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is not compiler-memoisable; this list need not be
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    // Measured once shown; a close guess keeps the scrollbar steady meanwhile.
    estimateSize: (index) => {
      const { part, at } = itemAt(index, added);
      return at === null ? 44 : part === 'added' ? 32 : 150;
    },
    overscan: 6,
  });
  const visible = virtualizer.getVirtualItems();

  const first = visible[0]?.index ?? 0;
  const last = visible[visible.length - 1]?.index ?? 0;
  useEffect(() => {
    for (let index = first; index <= last; index++) {
      const { part, at } = itemAt(index, added);
      if (at === null) continue;
      const page = Math.floor(at / PAGE);
      const key = `${part}:${page}`;
      if (requested.current.has(key)) continue;
      requested.current.add(key);
      void api.previewImportPage({ part, from: page * PAGE, count: PAGE }).then(
        ({ entries: got }) =>
          setEntries((before) => {
            const next = new Map(before);
            got.forEach((e, i) => next.set(`${part}:${page * PAGE + i}`, e));
            return next;
          }),
        () => requested.current.delete(key), // asked again when it next comes into view
      );
    }
  }, [first, last, added]);

  if (count === 0) return null;
  return (
    <div
      ref={scroller}
      className="import-entries"
      // As tall as the entries, up to 45% of the window; then it scrolls.
      style={{ height: `min(45vh, ${virtualizer.getTotalSize()}px)` }}
      role="list"
      aria-label={t('entriesLabel')}
      tabIndex={0} // a scrolling region the keyboard can reach
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {visible.map((row) => {
          const { part, at } = itemAt(row.index, added);
          const entry = at === null ? undefined : entries.get(`${part}:${at}`);
          return (
            <div
              key={row.key}
              role="listitem"
              data-index={row.index}
              ref={virtualizer.measureElement}
              className="import-entry"
              style={{
                position: 'absolute',
                top: 0,
                width: '100%',
                transform: `translateY(${row.start}px)`,
              }}
            >
              {at === null ? (
                <h3>
                  {t(part === 'added' ? 'addedTitle' : 'changedTitle', {
                    count: part === 'added' ? added : changed,
                  })}
                </h3>
              ) : !entry ? (
                <p className="hint">{t('loading')}</p>
              ) : (
                <EntryView entry={entry} lang={lang} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function EntryView({ entry, lang }: { entry: ImportEntry; lang: Language }) {
  const { t } = useTranslation('exchange');
  const lines = shownChanges(entry, t, lang);
  return (
    <>
      <p className="import-entry-title">
        <strong>{entry.code}</strong> {entry.officialName}
      </p>
      {lines.length > 0 && (
        <table className="data-table import-changes">
          <thead>
            <tr>
              <th scope="col">{t('field')}</th>
              <th scope="col">{t('now')}</th>
              <th scope="col">{t('inFile')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.label}>
                <th scope="row">{l.label}</th>
                <td>{l.before}</td>
                <td>{l.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
