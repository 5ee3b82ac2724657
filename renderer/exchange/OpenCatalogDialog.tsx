import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogError } from '../../shared/errors';
import { describeError } from '../../shared/i18n';
import { api } from '../kit/api';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import './exchange.css';

interface Props {
  recentFiles: string[];
  currentPath: string;
  onOpened: (path: string) => void;
  onClose: () => void;
}

/** Another catalog file: one of the recent ones, or one picked with the system's dialog. */
export function OpenCatalogDialog({ recentFiles, currentPath, onOpened, onClose }: Props) {
  const { t } = useTranslation('exchange');
  const [error, setError] = useState<string | null>(null);
  const open = (recent: string | null) =>
    api.openCatalog({ recent }).then(
      (r) => r.status === 'opened' && onOpened(r.info.path),
      (e: unknown) => setError(e instanceof CatalogError ? describeError(t, e) : String(e)),
    );
  const others = recentFiles.filter((p) => p !== currentPath);
  return (
    <ConfirmDialog
      title={t('openTitle')}
      onCancel={onClose}
      actions={[
        { label: t('browse'), primary: true, onClick: () => void open(null) },
        { label: t('close'), onClick: onClose },
      ]}
    >
      <div className="backups">
        {error && <p role="alert">{error}</p>}
        <h3>{t('recent')}</h3>
        {others.length === 0 && <p className="hint">{t('noRecent')}</p>}
        <ul className="import-list">
          {others.map((path) => (
            <li key={path}>
              <button
                type="button"
                className="link"
                aria-label={t('openLabel', { path })}
                onClick={() => void open(path)}
              >
                {path}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </ConfirmDialog>
  );
}
