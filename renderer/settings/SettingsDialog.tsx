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
  const [years, setYears] = useState(String(settings.verifiedWithinYears));
  // Whole years from 1 to 50.
  const parsedYears = /^\d+$/.test(years.trim()) ? Number(years.trim()) : NaN;
  const yearsValid = parsedYears >= 1 && parsedYears <= 50;
  return (
    <ConfirmDialog
      title={t('settings.title')}
      onCancel={onClose}
      actions={[
        {
          label: t('settings.save'),
          primary: true,
          onClick: () => {
            // A value that cannot be saved keeps the dialog open, on the field to fix.
            if (!yearsValid) return document.getElementById('settings-verified-within')?.focus();
            onSave({ language, organisationName, verifiedWithinYears: parsedYears });
          },
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
      <TextField
        id="settings-verified-within"
        label={t('settings.verifiedWithin')}
        hint={t('settings.verifiedWithinHint')}
        inputMode="numeric"
        value={years}
        error={yearsValid ? undefined : t('settings.verifiedWithinInvalid')}
        onChange={setYears}
      />
    </ConfirmDialog>
  );
}
