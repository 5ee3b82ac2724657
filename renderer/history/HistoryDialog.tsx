import { useTranslation } from 'react-i18next';
import type { DeletedDesignation } from '../../shared/model';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { HistoryList } from './HistoryList';

interface Props {
  existing: Set<string>;
  version: number;
  onRestore: (d: DeletedDesignation) => void;
  onClose: () => void;
}

/** The catalog's whole history, with Restore for deleted designations. */
export function HistoryDialog({ existing, version, onRestore, onClose }: Props) {
  const { t } = useTranslation('history');
  return (
    <ConfirmDialog
      title={t('title')}
      onCancel={onClose}
      actions={[{ label: t('close'), primary: true, onClick: onClose }]}
    >
      <div className="history-dialog">
        <HistoryList code={null} existing={existing} onRestore={onRestore} version={version} />
      </div>
    </ConfirmDialog>
  );
}
