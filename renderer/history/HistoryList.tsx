import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/i18n';
import type { DeletedDesignation, HistoryEntry, Language } from '../../shared/model';
import { api } from '../kit/api';
import './history.css';

interface Props {
  /** One designation's history, or the whole catalog's (null). */
  code: string | null;
  /** Codes in the catalog now: a deleted designation not among them can be restored. */
  existing: ReadonlySet<string>;
  onRestore: (deleted: DeletedDesignation) => void;
  /** Changes whenever the catalog changed, so the list reloads. */
  version: number;
}

/** Recorded changes, newest first: when, what, which fields; undone ones marked. */
export function HistoryList({ code, existing, onRestore, version }: Props) {
  const { t, i18n } = useTranslation('history');
  const lang = i18n.language as Language;
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  useEffect(() => {
    let current = true;
    void api.listHistory({ code, limit: 200 }).then((list) => current && setEntries(list));
    return () => {
      current = false;
    };
  }, [code, version]);

  if (!entries) return <p className="hint">{t('common:loading')}</p>;
  if (entries.length === 0) return <p className="hint">{t('empty')}</p>;
  return (
    <ol className="history-list" aria-label={t('label')}>
      {entries.map((e) => {
        const fields = e.fields;
        const removed = e.action === 'delete' && e.state === 'done' ? e.removed : null;
        const restorable = removed !== null && !existing.has(removed.designation.code);
        return (
          <li key={e.id} className={`history-entry ${e.state}`}>
            <span className="history-time">{formatDateTime(e.at, lang)}</span>
            <span className="history-what">
              {t(`action.${e.action}`, { code: e.code })}
              {fields.length > 0 && (
                <span className="history-fields">
                  {' '}
                  {t('fields', { fields: fields.map((f) => t(`field.${f}`)).join(', ') })}
                </span>
              )}
            </span>
            {e.state !== 'done' && <span className="status-badge">{t(`state.${e.state}`)}</span>}
            {e.damaged && <span className="status-badge damaged">{t('damaged')}</span>}
            {restorable && (
              <button type="button" onClick={() => onRestore(removed)}>
                {t('restore', { code: e.code })}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
