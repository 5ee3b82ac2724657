import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogError } from '../../shared/errors';
import { describeError, formatDateTime } from '../../shared/i18n';
import type { BackupInfo, Language } from '../../shared/model';
import { api } from '../kit/api';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import './exchange.css';

/** Back up now, or put a backup in the catalog's place (what it replaces is backed up first). */
export function BackupsDialog({
  onClose,
  onRestored,
}: {
  onClose: () => void;
  onRestored: () => void;
}) {
  const { t, i18n } = useTranslation('exchange');
  const lang = i18n.language as Language;
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const failed = (e: unknown) =>
    setMessage({ text: e instanceof CatalogError ? describeError(t, e) : String(e), error: true });
  const load = useCallback(() => void api.listBackups({}).then(setBackups, failed), []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(load, [load]);

  /** A backup as the user knows it: when it was taken, in local time (its file name is a UTC stamp). */
  const takenAt = async (name: string) => {
    const list = await api.listBackups({});
    setBackups(list);
    const found = list.find((b) => b.name === name);
    return found ? formatDateTime(found.takenAt, lang) : name;
  };
  const backupNow = () =>
    api
      .backupNow({})
      .then(async (r) => setMessage({ text: t('backedUp', { date: await takenAt(r.name) }) }))
      .catch(failed);
  const restore = (b: BackupInfo) =>
    api
      .restoreBackup({ name: b.name })
      .then(async (r) => {
        onRestored();
        const date = formatDateTime(b.takenAt, lang);
        setMessage({ text: t('restored', { date, keptAt: await takenAt(r.kept) }) });
      })
      .catch(failed);

  return (
    <ConfirmDialog
      title={t('backupsTitle')}
      onCancel={onClose}
      actions={[
        { label: t('backupNow'), onClick: () => void backupNow() },
        { label: t('close'), primary: true, onClick: onClose },
      ]}
    >
      <div className="backups">
        {message && <p role={message.error ? 'alert' : 'status'}>{message.text}</p>}
        {backups?.length === 0 && <p className="hint">{t('noBackups')}</p>}
        {backups && backups.length > 0 && (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('takenAt')}</th>
                <th scope="col">{t('count')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((b) => (
                <tr key={b.name}>
                  <td>{formatDateTime(b.takenAt, lang)}</td>
                  <td>
                    {b.count === null
                      ? t('damaged')
                      : t('common:designationCount', { count: b.count })}
                  </td>
                  <td>
                    <button
                      type="button"
                      disabled={b.count === null}
                      aria-label={t('restoreLabel', { date: formatDateTime(b.takenAt, lang) })}
                      onClick={() => void restore(b)}
                    >
                      {t('restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </ConfirmDialog>
  );
}
