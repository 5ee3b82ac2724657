import { useEffect, useMemo, useRef, useState } from 'react';

import { useTranslation } from 'react-i18next';
import { CatalogError } from '../../shared/errors';
import { describeError } from '../../shared/i18n';
import type { DeletedDesignation, Designation, DesignationSummary } from '../../shared/model';
import { api } from '../kit/api';
import { HistoryList } from '../history/HistoryList';
import { PathwayGraph } from '../pathway/PathwayGraph';
import { DesignationView } from './DesignationView';
import './editor.css';

interface Props {
  code: string;
  /** Bumped after a save, so the view reloads what was written. */
  version: number;
  /** Bumped when the Edit button should take focus once loaded (editing ended, focus had nowhere to go). */
  focusEdit?: number;
  catalog: readonly DesignationSummary[];
  onNavigate: (code: string) => void;
  onEdit: (designation: Designation) => void;
  onDuplicate: (designation: Designation) => void;
  onRestore: (deleted: DeletedDesignation) => void;
}

type Tab = 'details' | 'pathway' | 'history';

/** The selected designation: its details or its pathway, with Edit and Duplicate. */
export function DetailPane({
  code,
  version,
  focusEdit = 0,
  catalog,
  onNavigate,
  onEdit,
  onDuplicate,
  onRestore,
}: Props) {
  const { t } = useTranslation('editor');
  const [loaded, setLoaded] = useState<{
    code: string;
    designation?: Designation;
    error?: unknown;
  }>();
  const [tab, setTab] = useState<Tab>('details');
  const existing = useMemo(() => new Set(catalog.map((x) => x.code)), [catalog]);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusedFor = useRef(focusEdit);
  useEffect(() => {
    if (!loaded?.designation || focusedFor.current === focusEdit) return;
    focusedFor.current = focusEdit;
    editButton.current?.focus();
  }, [focusEdit, loaded]);

  useEffect(() => {
    let current = true;
    api.getDesignation({ code }).then(
      (designation) => current && setLoaded({ code, designation }),
      (error: unknown) => current && setLoaded({ code, error }),
    );
    return () => {
      current = false;
    };
  }, [code, version]);

  if (!loaded || loaded.code !== code)
    return <p className="detail-loading">{t('common:loading')}</p>;
  if (!loaded.designation) {
    return (
      <p role="alert" className="detail-error">
        {loaded.error instanceof CatalogError
          ? describeError(t, loaded.error)
          : String(loaded.error)}
      </p>
    );
  }
  const d = loaded.designation;
  const tabs: Tab[] = ['details', 'pathway', 'history'];
  return (
    <div className="detail">
      <div className="detail-bar">
        <div role="tablist" aria-label={t('tabs.label')} className="tabs">
          {tabs.map((id) => (
            <button
              key={id}
              id={`tab-${id}`}
              role="tab"
              type="button"
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                  const step = e.key === 'ArrowRight' ? 1 : tabs.length - 1;
                  const next = tabs[(tabs.indexOf(id) + step) % tabs.length]!;
                  setTab(next);
                  document.getElementById(`tab-${next}`)?.focus();
                }
              }}
            >
              {t(`tabs.${id}`)}
            </button>
          ))}
        </div>
        <div className="detail-actions">
          <button type="button" onClick={() => onDuplicate(d)}>
            {t('duplicate')}
          </button>
          <button type="button" className="primary" ref={editButton} onClick={() => onEdit(d)}>
            {t('edit')}
          </button>
        </div>
      </div>
      <div
        id={`panel-${tab}`}
        role="tabpanel"
        aria-labelledby={`tab-${tab}`}
        className="detail-body"
      >
        {tab === 'details' && (
          <DesignationView designation={d} catalog={catalog} onNavigate={onNavigate} />
        )}
        {tab === 'pathway' && (
          <PathwayGraph code={d.code} catalog={catalog} onNavigate={onNavigate} />
        )}
        {tab === 'history' && (
          <HistoryList code={d.code} existing={existing} onRestore={onRestore} version={version} />
        )}
      </div>
    </div>
  );
}
