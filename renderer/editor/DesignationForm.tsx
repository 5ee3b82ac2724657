import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogError } from '../../shared/errors';
import { describeError } from '../../shared/i18n';
import {
  FOCUS_AREAS,
  STATUSES,
  type Designation,
  type DesignationSummary,
} from '../../shared/model';
import { api } from '../kit/api';
import { SelectField, TextField } from '../kit/FormFields';
import { BilingualField } from './BilingualField';
import { CoursesEditor } from './CoursesEditor';
import { fromDraft, sameDraft, type Draft } from './draft';
import { RelationsEditor } from './RelationsEditor';
import { formPath, validateDraft, type FieldErrors } from './validate';
import './editor.css';

interface Props {
  initial: Draft;
  /** The code being edited, or null for a new designation. */
  originalCode: string | null;
  catalog: readonly DesignationSummary[];
  onSaved: (saved: Designation) => void;
  onCancel: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

export interface DesignationFormHandle {
  /** Validates and saves; resolves false (input kept, errors shown) when it could not. */
  save(): Promise<boolean>;
}

/** The edit form. Input lives here until saved, whatever fails and whatever the language. */
export const DesignationForm = forwardRef<DesignationFormHandle, Props>(function DesignationForm(
  { initial, originalCode, catalog, onSaved, onCancel, onDirtyChange },
  ref,
) {
  const { t } = useTranslation('editor');
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<CatalogError | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const dirty = !sameDraft(draft, initial);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const errors = useMemo(
    () => validateDraft(draft, catalog, originalCode),
    [draft, catalog, originalCode],
  );
  const errorFor = (path: string): string | undefined => {
    const top = path.split('.')[0]!;
    if (!submitted && !touched.has(top)) return undefined;
    return errors[path] ?? serverErrors[path];
  };

  const change = <K extends keyof Draft>(key: K, value: Draft[K], field: string = key) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setTouched((s) => new Set(s).add(field));
    setServerErrors({});
  };

  const save = async (): Promise<boolean> => {
    setSubmitted(true);
    if (Object.keys(errors).length > 0) {
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return false;
    }
    setSaving(true);
    setFailure(null);
    try {
      const designation = fromDraft(draft);
      const saved =
        originalCode === null
          ? await api.createDesignation({ designation })
          : await api.updateDesignation({ code: originalCode, designation });
      onDirtyChange(false);
      onSaved(saved);
      return true;
    } catch (e) {
      const error = e instanceof CatalogError ? e : new CatalogError('INTERNAL');
      setFailure(error);
      setServerErrors(Object.fromEntries(error.issues.map((i) => [formPath(i.path), i.message])));
      return false;
    } finally {
      setSaving(false);
    }
  };
  useImperativeHandle(ref, () => ({ save }));

  const errorText = (path: string) => {
    const key = errorFor(path);
    return key ? t(`errors:field.${key}`) : undefined;
  };

  return (
    <form
      ref={formRef}
      className="designation-form"
      aria-label={originalCode ? t('editTitle', { code: originalCode }) : t('newTitle')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>{originalCode ? t('editTitle', { code: originalCode }) : t('newTitle')}</h2>
      {failure && (
        <div className="form-failure" role="alert">
          <p>{describeError(t, failure)}</p>
          <button type="submit" disabled={saving}>
            {t('retry')}
          </button>
        </div>
      )}
      <div className="field-grid">
        <TextField
          id="field-code"
          label={t('catalog:field.code')}
          // The form opens to type in: start at its first field.
          autoFocus
          autoComplete="off"
          spellCheck={false}
          value={draft.code}
          error={errorText('code')}
          onChange={(v) => change('code', v)}
        />
        <TextField
          id="field-issuer"
          label={t('catalog:field.issuer')}
          value={draft.issuer}
          error={errorText('issuer')}
          onChange={(v) => change('issuer', v)}
        />
        <SelectField
          id="field-status"
          label={t('catalog:field.status')}
          value={draft.status}
          options={STATUSES.map((v) => [v, t(`catalog:status.${v}`)] as const)}
          onChange={(v) => change('status', v)}
        />
        <SelectField
          id="field-focus"
          label={t('catalog:field.focusArea')}
          value={draft.focusArea}
          options={FOCUS_AREAS.map((v) => [v, t(`catalog:focusArea.${v}`)] as const)}
          onChange={(v) => change('focusArea', v)}
        />
        {(['min', 'max'] as const).map((end) => (
          <TextField
            key={end}
            id={`field-${end}`}
            label={t(`duration.${end}`)}
            inputMode="numeric"
            value={end === 'min' ? draft.durationMin : draft.durationMax}
            error={errorText(`durationMonths.${end}`)}
            onChange={(v) =>
              change(end === 'min' ? 'durationMin' : 'durationMax', v, 'durationMonths')
            }
          />
        ))}
        <SelectField
          id="field-certificate"
          label={t('catalog:field.certificateOfCompletion')}
          value={draft.certificate}
          options={[
            ['unknown', t('catalog:unknown')],
            ['yes', t('catalog:yes')],
            ['no', t('catalog:no')],
          ]}
          onChange={(v) => change('certificate', v)}
        />
        <TextField
          id="field-last-verified"
          label={t('lastVerifiedLabel')}
          placeholder={t('lastVerifiedPlaceholder')}
          autoComplete="off"
          value={draft.lastVerified}
          error={errorText('lastVerified')}
          onChange={(v) => change('lastVerified', v)}
        />
      </div>
      <TextField
        id="field-official-name"
        label={t('catalog:field.officialName')}
        hint={t('officialNameHint')}
        value={draft.officialName}
        error={errorText('officialName')}
        onChange={(v) => change('officialName', v)}
      />
      <BilingualField
        name="explanatoryName"
        label={t('catalog:field.explanatoryName')}
        hint={t('explanatoryNameHint')}
        value={draft.explanatoryName}
        optionalPerLanguage
        error={errorFor('explanatoryName')}
        onChange={(v) => change('explanatoryName', v)}
      />
      <BilingualField
        name="summary"
        label={t('catalog:field.summary')}
        value={draft.summary}
        multiline
        error={errorFor('summary')}
        onChange={(v) => change('summary', v)}
      />
      <BilingualField
        name="caution"
        label={t('catalog:field.caution')}
        hint={t('cautionHint')}
        value={draft.caution}
        multiline
        error={errorFor('caution')}
        onChange={(v) => change('caution', v)}
      />
      <BilingualField
        name="deliveryNotes"
        label={t('catalog:field.deliveryNotes')}
        value={draft.deliveryNotes}
        multiline
        error={errorFor('deliveryNotes')}
        onChange={(v) => change('deliveryNotes', v)}
      />
      <CoursesEditor
        courses={draft.courses}
        errorFor={errorFor}
        onChange={(v) => change('courses', v)}
      />
      <RelationsEditor
        code={draft.code}
        relations={draft.relations}
        catalog={catalog}
        errorFor={errorFor}
        onChange={(v) => change('relations', v)}
      />
      <BilingualField
        name="sources"
        label={t('catalog:field.sources')}
        hint={t('sourcesHint')}
        value={draft.sources}
        multiline
        error={errorFor('sources')}
        onChange={(v) => change('sources', v)}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          {t('cancel')}
        </button>
        {submitted && Object.keys(errors).length > 0 && (
          <span className="form-summary" role="status">
            {t('errorCount', { count: Object.keys(errors).length })}
          </span>
        )}
      </div>
    </form>
  );
});
