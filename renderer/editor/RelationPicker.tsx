import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesignationSummary } from '../../shared/model';
import { fold } from '../catalog/browse';

interface Props {
  label: string;
  candidates: readonly DesignationSummary[];
  onPick: (code: string) => void;
  /** The id of a problem this picker is where to fix (too many relations). */
  problemId?: string;
}

const MAX_SHOWN = 8;

/**
 * A searchable combobox over the catalog: type a code or a name, pick with
 * Enter or a click. Enter picks the highlighted match, or does nothing when
 * nothing matches: it never reaches the form around it.
 */
export function RelationPicker({ label, candidates, onPick, problemId }: Props) {
  const { t } = useTranslation('editor');
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const q = fold(query.trim());
    if (!q) return [];
    return candidates
      .filter((d) =>
        fold(
          `${d.code} ${d.officialName} ${d.explanatoryName.nb} ${d.explanatoryName.en}`,
        ).includes(q),
      )
      .sort((a, b) => Number(!fold(a.code).startsWith(q)) - Number(!fold(b.code).startsWith(q)))
      .slice(0, MAX_SHOWN);
  }, [candidates, query]);
  const shown = open && matches.length > 0;
  const nothing = query.trim() !== '' && matches.length === 0;

  const choose = (code: string) => {
    onPick(code);
    setQuery('');
    setOpen(false);
    setActive(0);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      if (shown) choose(matches[Math.min(active, matches.length - 1)]!.code);
      else if (matches.length > 0) setOpen(true); // closed with Esc: show what Enter would pick
      // Nothing matches: nothing to pick, and the form is not sent either.
    } else if (e.key === 'Escape' && shown) setOpen(false);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="picker">
      <input
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={shown ? `${id}-${active}` : undefined}
        aria-invalid={problemId ? true : undefined}
        aria-describedby={
          [problemId, nothing && `${id}-none`].filter(Boolean).join(' ') || undefined
        }
        placeholder={t('relations.pickPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        // Bring the field up from under the sticky buttons, with room for its suggestions.
        onFocus={(e) => e.currentTarget.scrollIntoView({ block: 'center', behavior: 'smooth' })}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={label}
        className="picker-list"
        hidden={!shown}
      >
        {shown &&
          matches.map((d, i) => (
            <li
              key={d.code}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault(); // keep focus in the input
                choose(d.code);
              }}
            >
              <strong>{d.code}</strong> {d.officialName}
            </li>
          ))}
      </ul>
      {nothing && (
        <p id={`${id}-none`} className="picker-none hint" role="status">
          {t('relations.noMatch', { query: query.trim() })}
        </p>
      )}
    </div>
  );
}
