import { useTranslation } from 'react-i18next';

interface Props {
  text: string;
  /** Errors are announced at once (alert); the rest politely (status). */
  error?: boolean;
  action?: { label: string; onClick: () => void };
  onDismiss: () => void;
}

/** A message across the window under the toolbar, until dismissed. */
export function Banner({ text, error, action, onDismiss }: Props) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'banner error' : 'banner'} role={error ? 'alert' : 'status'}>
      <p>{text}</p>
      {action && (
        <button type="button" className="primary" onClick={action.onClick}>
          {action.label}
        </button>
      )}
      <button type="button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
