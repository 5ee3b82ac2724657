import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type Settings } from '../../shared/model';
import { ConfirmDialog } from '../app/ConfirmDialog';

interface Props {
  settings: Settings;
  onSave: (next: Partial<Settings>) => void;
  onClose: () => void;
}

export function SettingsDialog({ settings, onSave, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(
    settings.language ?? (i18n.language as Language),
  );
  const [organisationName, setOrganisationName] = useState(settings.organisationName);
  return (
    <ConfirmDialog
      title={t('settings.title')}
      onCancel={onClose}
      actions={[
        {
          label: t('settings.save'),
          primary: true,
          onClick: () => onSave({ language, organisationName }),
        },
        { label: t('settings.cancel'), onClick: onClose },
      ]}
    >
      <div className="field">
        <label htmlFor="settings-language">{t('language.label')}</label>
        <select
          id="settings-language"
          value={language}
          onChange={(e) => setLanguage(e.target.value as Language)}
        >
          {LANGUAGES.map((lng) => (
            <option key={lng} value={lng}>
              {t(`language.${lng}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="settings-organisation">{t('settings.organisation')}</label>
        <input
          id="settings-organisation"
          type="text"
          value={organisationName}
          onChange={(e) => setOrganisationName(e.target.value)}
        />
        <p className="hint">{t('settings.organisationHint')}</p>
      </div>
    </ConfirmDialog>
  );
}
