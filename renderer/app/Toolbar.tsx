import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/model';

interface Props {
  onNew: () => void;
  onDelete: () => void;
  canDelete: boolean;
  onSettings: () => void;
  onExport: () => void;
  onHistory: () => void;
  onImport: () => void;
  onBackups: () => void;
  onLanguage: (lng: Language) => void;
  /** The switch between the main views. */
  views?: ReactNode;
}

export function Toolbar({
  onNew,
  onDelete,
  canDelete,
  onSettings,
  onExport,
  onHistory,
  onImport,
  onBackups,
  onLanguage,
  views,
}: Props) {
  const { t, i18n } = useTranslation();
  return (
    <header className="toolbar">
      <h1 className="toolbar-title">{t('appName')}</h1>
      {views}
      <div className="toolbar-actions" role="toolbar" aria-label={t('toolbar.label')}>
        <button type="button" onClick={onNew} title={t('toolbar.newHint')}>
          {t('toolbar.new')}
        </button>
        <button
          type="button"
          onClick={onDelete}
          disabled={!canDelete}
          title={t('toolbar.deleteHint')}
        >
          {t('toolbar.delete')}
        </button>
        <button type="button" onClick={onExport} title={t('toolbar.exportHint')}>
          {t('toolbar.export')}
        </button>
        <button type="button" onClick={onImport} title={t('toolbar.importHint')}>
          {t('toolbar.import')}
        </button>
        <button type="button" onClick={onHistory} title={t('toolbar.historyHint')}>
          {t('toolbar.history')}
        </button>
        <button type="button" onClick={onBackups} title={t('toolbar.backupsHint')}>
          {t('toolbar.backups')}
        </button>
      </div>
      <div className="toolbar-end">
        <select
          aria-label={t('language.label')}
          value={i18n.language}
          onChange={(e) => onLanguage(e.target.value as Language)}
        >
          {LANGUAGES.map((lng) => (
            <option key={lng} value={lng}>
              {t(`language.${lng}`)}
            </option>
          ))}
        </select>
        <button type="button" onClick={onSettings} title={t('toolbar.settingsHint')}>
          {t('toolbar.settings')}
        </button>
      </div>
    </header>
  );
}
