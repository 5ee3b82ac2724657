import { useTranslation } from 'react-i18next';
import { INTL_LOCALE } from '../../shared/i18n';
import type { Language } from '../../shared/model';

interface Props {
  dirty: boolean;
  savedAt: string | null;
  count: number;
  path: string;
}

/** Saved state with the time of the last save, the number of designations and the catalog file. */
export function StatusBar({ dirty, savedAt, count, path }: Props) {
  const { t, i18n } = useTranslation();
  const locale = INTL_LOCALE[i18n.language as Language];
  const time = savedAt
    ? new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(savedAt))
    : null;
  return (
    <footer className="statusbar">
      <span role="status" className={dirty ? 'unsaved' : undefined}>
        {dirty ? t('status.unsaved') : time ? t('status.savedAt', { time }) : t('status.allSaved')}
      </span>
      <span>{t('designationCount', { count })}</span>
      <span className="statusbar-path" title={path}>
        {t('catalogFile', { path })}
      </span>
    </footer>
  );
}
