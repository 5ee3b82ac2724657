import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogError } from '../../shared/errors';
import { describeError } from '../../shared/i18n';
import {
  LANGUAGES,
  REPORT_FORMATS,
  REPORT_KINDS,
  type ExportProgress,
  type ExportRequest,
  type Language,
} from '../../shared/model';
import { api, events } from '../kit/api';
import { ConfirmDialog, type DialogAction } from '../kit/ConfirmDialog';

interface Props {
  /** Codes in the list as it is filtered now. */
  shownCodes: string[];
  total: number;
  onClose: () => void;
}

type Phase =
  | { step: 'choose' }
  | { step: 'working'; progress: ExportProgress | null }
  | { step: 'done'; path: string }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string };

/** Report, format, language and scope; then the native save dialog, progress, and Open / Show in folder. */
export function ExportDialog({ shownCodes, total, onClose }: Props) {
  const { t, i18n } = useTranslation('reports');
  const [request, setRequest] = useState<Omit<ExportRequest, 'codes'>>({
    report: 'overview',
    format: 'pdf',
    language: i18n.language as Language,
  });
  const [scope, setScope] = useState<'all' | 'shown'>(shownCodes.length < total ? 'shown' : 'all');
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  // "cancelled" from the main process means the save dialog, unless the user stopped the export.
  const stopped = useRef(false);

  useEffect(
    () =>
      events.onExportProgress((progress) =>
        setPhase((p) => (p.step === 'working' ? { ...p, progress } : p)),
      ),
    [],
  );

  const start = async () => {
    stopped.current = false;
    setPhase({ step: 'working', progress: null });
    try {
      const result = await api.exportReport({
        request: { ...request, codes: scope === 'all' ? null : shownCodes },
      });
      // "cancelled" is the save dialog's answer, unless the user stopped the export.
      if (result.status === 'saved') setPhase({ step: 'done', path: result.path });
      else setPhase(stopped.current ? { step: 'cancelled' } : { step: 'choose' });
    } catch (e) {
      if (e instanceof CatalogError && e.code === 'EXPORT_CANCELLED')
        setPhase({ step: 'cancelled' });
      else
        setPhase({
          step: 'failed',
          message: e instanceof CatalogError ? describeError(t, e) : String(e),
        });
    }
  };
  const reveal = (how: 'open' | 'folder') =>
    phase.step === 'done' && void api.revealExport({ path: phase.path, how });

  // After an export (or a cancelled one) the choices stay open: another report, format or language at once.
  const again: DialogAction = { label: t('dialog.start'), onClick: () => void start() };
  const actions: DialogAction[] =
    phase.step === 'choose'
      ? [
          { label: t('dialog.start'), primary: true, onClick: () => void start() },
          { label: t('dialog.cancel'), onClick: onClose },
        ]
      : phase.step === 'working'
        ? [
            {
              label: t('dialog.cancel'),
              onClick: () => {
                stopped.current = true;
                void api.cancelExport({});
              },
            },
          ]
        : phase.step === 'done'
          ? [
              { label: t('dialog.open'), primary: true, onClick: () => reveal('open') },
              { label: t('dialog.showInFolder'), onClick: () => reveal('folder') },
              again,
              { label: t('dialog.close'), onClick: onClose },
            ]
          : phase.step === 'failed'
            ? [
                {
                  label: t('dialog.retry'),
                  primary: true,
                  onClick: () => setPhase({ step: 'choose' }),
                },
                { label: t('dialog.close'), onClick: onClose },
              ]
            : [
                { ...again, primary: true },
                { label: t('dialog.close'), onClick: onClose },
              ];

  const radioGroup = <V extends string>(
    name: string,
    values: readonly V[],
    current: V,
    choose: (v: V) => void,
    label: (v: V) => string,
  ) => (
    <fieldset className="field radio-group">
      <legend>{t(`dialog.${name}`)}</legend>
      {values.map((v) => (
        <label key={v}>
          <input
            type="radio"
            name={name}
            checked={current === v}
            disabled={phase.step === 'working'}
            onChange={() => choose(v)}
          />
          {label(v)}
        </label>
      ))}
    </fieldset>
  );
  const radios = <K extends 'report' | 'format' | 'language'>(
    key: K,
    values: readonly (typeof request)[K][],
    label: (v: (typeof request)[K]) => string,
  ) => radioGroup(key, values, request[key], (v) => setRequest((r) => ({ ...r, [key]: v })), label);

  return (
    <ConfirmDialog
      title={t('dialog.title')}
      actions={actions}
      onCancel={phase.step === 'working' ? () => {} : onClose}
    >
      {radios('report', REPORT_KINDS, (k) => t(`title.${k}`))}
      <div className="dialog-columns">
        {radios('format', REPORT_FORMATS, (f) => t(`dialog.formatName.${f}`))}
        {radios('language', LANGUAGES, (l) => t(`common:language.${l}`))}
      </div>
      {radioGroup('scope', ['all', 'shown'] as const, scope, setScope, (s) =>
        s === 'all'
          ? t('dialog.scopeAll', { count: total })
          : t('dialog.scopeShown', { count: shownCodes.length }),
      )}
      {phase.step === 'working' && (
        <div role="status" className="export-progress">
          <progress
            max={phase.progress?.total || 1}
            value={phase.progress?.done || undefined} // indeterminate while pages are laid out
            aria-label={t('dialog.working', {
              done: phase.progress?.done ?? 0,
              total: phase.progress?.total ?? 0,
            })}
          />
          <span>
            {t('dialog.working', {
              done: phase.progress?.done ?? 0,
              total: phase.progress?.total ?? 0,
            })}
          </span>
        </div>
      )}
      {phase.step === 'done' && (
        <p role="status" className="export-done">
          {t('dialog.done', { path: phase.path })}
        </p>
      )}
      {phase.step === 'cancelled' && <p role="status">{t('dialog.cancelled')}</p>}
      {phase.step === 'failed' && (
        <p role="alert" className="field-error">
          {phase.message}
        </p>
      )}
    </ConfirmDialog>
  );
}
