import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeNotice } from '../../shared/i18n';
import type { CatalogNotice, Language } from '../../shared/model';

/** What happened to the catalog file at start (created, recovered), until dismissed. */
export function Notices({ notices }: { notices: CatalogNotice[] }) {
  const { t, i18n } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  const shown = notices.filter((n) => n.code !== 'created');
  if (dismissed || shown.length === 0) return null;
  return (
    <div className="notice" role="alert">
      {shown.map((n) => (
        <p key={n.code}>{describeNotice(t, n, i18n.language as Language)}</p>
      ))}
      <button type="button" onClick={() => setDismissed(true)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
