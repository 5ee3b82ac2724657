import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogError } from '../../shared/errors';
import { describeError } from '../../shared/i18n';
import type { ImportPreview } from '../../shared/model';
import { importErrorMessage, importFieldName } from '../../shared/import-messages';
import { api } from '../kit/api';
import { ConfirmDialog, type DialogAction } from '../kit/ConfirmDialog';
import { ImportEntries } from './ImportEntries';
import './exchange.css';

type Phase =
  | { step: 'choosing' }
  | { step: 'preview'; file: string; preview: ImportPreview }
  | { step: 'applying'; file: string; preview: ImportPreview }
  | { step: 'done'; added: number; changed: number }
  | { step: 'failed'; message: string };

/** Choose a file (native dialog), see what it would change, then import all of it or nothing. */
export function ImportDialog({
  onClose,
  onImported,
}: {
  onClose: () => void;
  onImported: () => void;
}) {
  const { t } = useTranslation('exchange');
  const [phase, setPhase] = useState<Phase>({ step: 'choosing' });
  const failed = (e: unknown) =>
    setPhase({
      step: 'failed',
      message: e instanceof CatalogError ? describeError(t, e) : String(e),
    });

  useEffect(() => {
    api
      .previewImport({})
      .then(
        (r) => (r.status === 'ready' ? setPhase({ step: 'preview', ...r }) : onClose()),
        failed,
      );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the dialog opens
  }, []);

  if (phase.step === 'choosing') return null;
  const apply = (p: Extract<Phase, { step: 'preview' }>) => {
    setPhase({ ...p, step: 'applying' });
    api.applyImport({}).then((r) => {
      setPhase({ step: 'done', ...r });
      onImported();
    }, failed);
  };
  const fieldName = (field: string) => importFieldName(t, field);
  const message = (e: ImportPreview['errors'][number]) => importErrorMessage(t, e);

  const actions: DialogAction[] =
    phase.step === 'preview'
      ? [
          ...(phase.preview.errorCount === 0 && phase.preview.added + phase.preview.changed > 0
            ? [{ label: t('apply'), primary: true, onClick: () => apply(phase) }]
            : []),
          { label: t('cancel'), onClick: onClose },
        ]
      : phase.step === 'applying'
        ? []
        : [{ label: t('close'), primary: true, onClick: onClose }];

  return (
    <ConfirmDialog
      title={t('title')}
      actions={actions}
      onCancel={phase.step === 'applying' ? () => {} : onClose}
    >
      {phase.step === 'failed' && <p role="alert">{phase.message}</p>}
      {phase.step === 'done' && <p role="status">{t('done', phase)}</p>}
      {(phase.step === 'preview' || phase.step === 'applying') && (
        <div className="import-preview">
          <p>{t('file', { file: phase.file })}</p>
          <p role="status">
            {t('summary', {
              added: phase.preview.added,
              changed: phase.preview.changed,
              unchanged: phase.preview.unchanged,
            })}
          </p>
          {phase.preview.ignored.length > 0 && (
            <p className="hint">{t('ignored', { columns: phase.preview.ignored.join(', ') })}</p>
          )}
          {phase.preview.errorCount > 0 && (
            <section aria-labelledby="import-errors-title">
              <h3 id="import-errors-title" role="alert">
                {t('errorsTitle', { count: phase.preview.errorCount })}
              </h3>
              <div className="import-errors" tabIndex={0}>
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('row')}</th>
                      <th scope="col">{t('field')}</th>
                      <th scope="col">{t('problem')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {phase.preview.errors.map((e, i) => (
                      <tr key={i}>
                        <td>{e.row || '–'}</td>
                        <td>{fieldName(e.field)}</td>
                        <td>{message(e)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {phase.preview.errorCount > phase.preview.errors.length && (
                <p className="hint">
                  {t('moreErrors', {
                    shown: phase.preview.errors.length,
                    count: phase.preview.errorCount - phase.preview.errors.length,
                  })}
                </p>
              )}
            </section>
          )}
          <ImportEntries added={phase.preview.added} changed={phase.preview.changed} />
        </div>
      )}
    </ConfirmDialog>
  );
}
