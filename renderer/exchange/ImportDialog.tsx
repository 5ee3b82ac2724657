import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogError } from '../../shared/errors';
import { describeError } from '../../shared/i18n';
import type { ImportPreview } from '../../shared/model';
import { api } from '../kit/api';
import { ConfirmDialog, type DialogAction } from '../kit/ConfirmDialog';
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
  /** A column or field name as the reader knows it ("Status", "Kode"), not its key. */
  const fieldName = (field: string) => {
    const key = field.split('.')[0]!;
    if (!key) return '–';
    return t(`reports:column.${key}`, {
      defaultValue: t(`history:field.${key}`, { defaultValue: key }),
    });
  };
  const message = (e: ImportPreview['errors'][number]) =>
    e.message === 'import.rule'
      ? describeError(t, { code: e.params.code as never, params: e.params })
      : t(`errors:field.${e.message}`, e.params);

  const actions: DialogAction[] =
    phase.step === 'preview'
      ? [
          ...(phase.preview.errors.length === 0 &&
          phase.preview.added.length + phase.preview.changed.length > 0
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
              added: phase.preview.added.length,
              changed: phase.preview.changed.length,
              unchanged: phase.preview.unchanged,
            })}
          </p>
          {phase.preview.errors.length > 0 && (
            <section aria-label={t('errorsTitle')}>
              <h3 role="alert">{t('errorsTitle', { count: phase.preview.errors.length })}</h3>
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
            </section>
          )}
          {phase.preview.added.length > 0 && (
            <section>
              <h3>{t('addedTitle')}</h3>
              <ul className="import-list">
                {phase.preview.added.map((a) => (
                  <li key={a.code}>
                    <strong>{a.code}</strong> {a.officialName}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {phase.preview.changed.length > 0 && (
            <section>
              <h3>{t('changedTitle')}</h3>
              <ul className="import-list">
                {phase.preview.changed.map((c) => (
                  <li key={c.code}>
                    <strong>{c.code}</strong>{' '}
                    {c.fields.map((f) => t(`history:field.${f}`)).join(', ')}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </ConfirmDialog>
  );
}
