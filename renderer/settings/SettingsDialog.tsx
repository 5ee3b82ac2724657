import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type Settings } from '../../shared/model';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { SelectField, TextField } from '../kit/FormFields';

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
      <SelectField
        id="settings-language"
        label={t('language.label')}
        value={language}
        options={LANGUAGES.map((l) => [l, t(`language.${l}`)] as const)}
        onChange={setLanguage}
      />
      <TextField
        id="settings-organisation"
        label={t('settings.organisation')}
        hint={t('settings.organisationHint')}
        value={organisationName}
        onChange={setOrganisationName}
      />
    </ConfirmDialog>
  );
}
