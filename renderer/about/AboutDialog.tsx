import { useTranslation } from 'react-i18next';
import { version } from '../../package.json';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import './about.css';

/** Help > About: the version, the catalog file, and how the list of 28 was assembled. */
export function AboutDialog({
  catalogPath,
  onClose,
}: {
  catalogPath: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('about.title')}
      onCancel={onClose}
      actions={[{ label: t('about.close'), primary: true, onClick: onClose }]}
    >
      <div className="about">
        <p>{t('about.version', { version })}</p>
        <p className="about-path">{t('catalogFile', { path: catalogPath })}</p>
        <h3>{t('about.listTitle')}</h3>
        {t('about.listBody')
          .split('\n\n')
          .map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
      </div>
    </ConfirmDialog>
  );
}
