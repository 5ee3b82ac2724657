import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
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
import { PROBLEM_SELECTOR, SelectField, TextField } from '../kit/FormFields';
import { BilingualField } from './BilingualField';
import { CoursesEditor } from './CoursesEditor';
import { fromDraft, sameDraft, type Draft } from './draft';
import { revertCourses, revertField, type Revert } from './formUndo';
import { RelationsEditor } from './RelationsEditor';
import { useFieldErrors } from './useFieldErrors';
import { formPath } from './validate';
import './editor.css';

/** The fields this form shows problems beside; a problem anywhere else is listed at its foot. */
const PLACED_FIELDS: ReadonlySet<string> = new Set([
  'code',
  'issuer',
  'status',
  'focusArea',
  'durationMonths',
  'certificateOfCompletion',
  'lastVerified',
  'officialName',
  'explanatoryName',
  'summary',
  'caution',
  'deliveryNotes',
  'courses',
  'relations',
  'sources',
]);

/** Brings the first field with a problem into view and puts the cursor in it. */
function focusFirstProblem(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    const target =
      form?.querySelector<HTMLElement>(PROBLEM_SELECTOR) ??
      form?.querySelector<HTMLElement>('.form-summary');
    target?.focus({ preventScroll: true });
    // Centred, so that neither the sticky buttons nor the top edge hide it.
    target?.scrollIntoView({ block: 'center' });
  });
}

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
  /** Takes back the last choice or change of order (not typing); false when there was none. */
  undo(): boolean;
}

/** The edit form. Input lives here until saved, whatever fails and whatever the language. */
export const DesignationForm = forwardRef<DesignationFormHandle, Props>(function DesignationForm(
  { initial, originalCode, catalog, onSaved, onCancel, onDirtyChange },
  ref,
) {
  const { t } = useTranslation('editor');
  const [draft, setDraft] = useState(initial);
  const [failure, setFailure] = useState<CatalogError | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // Changes of a choice or of order, newest last; typing is the fields' own to undo.
  const undoable = useRef<Revert[]>([]);
  const problems = useFieldErrors(draft, catalog, originalCode, PLACED_FIELDS);
  const { errorAt, errorUnder } = problems;

  const dirty = !sameDraft(draft, initial);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const change = <K extends keyof Draft>(key: K, value: Draft[K], field: string = key) => {
    setDraft((d) => ({ ...d, [key]: value }));
    problems.touch(field);
  };
  /** A change Ctrl+Z can take back from outside a text field. */
  const choose = <K extends keyof Draft>(key: K, value: Draft[K], revert?: Revert) => {
    undoable.current.push(revert ?? revertField(key, draft[key]));
    change(key, value);
  };
  const undo = () => {
    const revert = undoable.current.pop();
    if (revert) setDraft(revert);
    return !!revert;
  };

  const save = async (): Promise<boolean> => {
    problems.submit();
    if (problems.count > 0) {
      focusFirstProblem(formRef.current);
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
      problems.setFromServer(
        Object.fromEntries(error.issues.map((i) => [formPath(i.path), i] as const)),
      );
      if (error.issues.length > 0) focusFirstProblem(formRef.current);
      return false;
    } finally {
      setSaving(false);
    }
  };
  useImperativeHandle(ref, () => ({ save, undo }));

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
      onKeyDown={(e) => {
        if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
        if (e.ctrlKey || e.metaKey) {
          e.preventDefault(); // Ctrl+Enter saves from any field, as Ctrl+S does
          void save();
        } else if (e.target instanceof HTMLInputElement) {
          // A form of many parts is not sent by Enter in one of its lines; buttons keep Enter.
          e.preventDefault();
        }
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
          hint={t('codeHint')}
          wide
          // The form opens to type in: start at its first field.
          autoFocus
          autoComplete="off"
          spellCheck={false}
          value={draft.code}
          error={errorAt('code')}
          onChange={(v) => change('code', v)}
        />
        <TextField
          id="field-issuer"
          label={t('catalog:field.issuer')}
          value={draft.issuer}
          error={errorAt('issuer')}
          onChange={(v) => change('issuer', v)}
        />
        <SelectField
          id="field-status"
          label={t('catalog:field.status')}
          value={draft.status}
          options={STATUSES.map((v) => [v, t(`catalog:status.${v}`)] as const)}
          error={errorAt('status')}
          onChange={(v) => choose('status', v)}
        />
        <SelectField
          id="field-focus"
          label={t('catalog:field.focusArea')}
          value={draft.focusArea}
          options={FOCUS_AREAS.map((v) => [v, t(`catalog:focusArea.${v}`)] as const)}
          error={errorAt('focusArea')}
          onChange={(v) => choose('focusArea', v)}
        />
        {(['min', 'max'] as const).map((end) => (
          <TextField
            key={end}
            id={`field-${end}`}
            label={t(`duration.${end}`)}
            inputMode="numeric"
            value={end === 'min' ? draft.durationMin : draft.durationMax}
            error={errorAt(`durationMonths.${end}`)}
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
          error={errorAt('certificateOfCompletion')}
          onChange={(v) => choose('certificate', v)}
        />
        <TextField
          id="field-last-verified"
          label={t('lastVerifiedLabel')}
          placeholder={t('lastVerifiedPlaceholder')}
          autoComplete="off"
          value={draft.lastVerified}
          error={errorAt('lastVerified')}
          onChange={(v) => change('lastVerified', v)}
        />
      </div>
      <TextField
        id="field-official-name"
        label={t('catalog:field.officialName')}
        hint={t('officialNameHint')}
        value={draft.officialName}
        error={errorAt('officialName')}
        onChange={(v) => change('officialName', v)}
      />
      <BilingualField
        name="explanatoryName"
        label={t('catalog:field.explanatoryName')}
        hint={t('explanatoryNameHint')}
        value={draft.explanatoryName}
        optionalPerLanguage
        error={errorAt('explanatoryName')}
        sideErrors={{
          nb: errorUnder('explanatoryName.nb'),
          en: errorUnder('explanatoryName.en'),
        }}
        onChange={(v) => change('explanatoryName', v)}
      />
      <BilingualField
        name="summary"
        label={t('catalog:field.summary')}
        value={draft.summary}
        multiline
        error={errorAt('summary')}
        sideErrors={{ nb: errorUnder('summary.nb'), en: errorUnder('summary.en') }}
        onChange={(v) => change('summary', v)}
      />
      <BilingualField
        name="caution"
        label={t('catalog:field.caution')}
        hint={t('cautionHint')}
        value={draft.caution}
        multiline
        error={errorAt('caution')}
        sideErrors={{ nb: errorUnder('caution.nb'), en: errorUnder('caution.en') }}
        onChange={(v) => change('caution', v)}
      />
      <BilingualField
        name="deliveryNotes"
        label={t('catalog:field.deliveryNotes')}
        value={draft.deliveryNotes}
        multiline
        error={errorAt('deliveryNotes')}
        sideErrors={{ nb: errorUnder('deliveryNotes.nb'), en: errorUnder('deliveryNotes.en') }}
        onChange={(v) => change('deliveryNotes', v)}
      />
      <CoursesEditor
        courses={draft.courses}
        errorAt={errorAt}
        onChange={(v, shape) =>
          shape ? choose('courses', v, revertCourses(draft.courses, v)) : change('courses', v)
        }
      />
      <RelationsEditor
        code={draft.code}
        relations={draft.relations}
        catalog={catalog}
        errorAt={errorAt}
        errorUnder={errorUnder}
        onChange={(v) => choose('relations', v)}
      />
      <BilingualField
        name="sources"
        label={t('catalog:field.sources')}
        hint={t('sourcesHint')}
        value={draft.sources}
        multiline
        error={errorAt('sources')}
        sideErrors={{ nb: errorUnder('sources.nb'), en: errorUnder('sources.en') }}
        onChange={(v) => change('sources', v)}
      />
      {problems.unplaced.length > 0 && (
        // A problem with a field this form does not show: never hidden, never a raw key.
        <ul className="form-unplaced" role="alert">
          {problems.unplaced.map((p) => (
            <li key={p.path}>
              {t('unplacedProblem', {
                field: t(`history:field.${p.path.split('.')[0]!}`, { defaultValue: p.path }),
                problem: p.text,
              })}
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving} title={t('saveHint')}>
          {saving ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={onCancel} disabled={saving} title={t('cancelHint')}>
          {t('cancel')}
        </button>
        {problems.submitted && problems.count > 0 && (
          <span className="form-summary" role="status" tabIndex={-1}>
            {t('errorCount', { count: problems.count })}
          </span>
        )}
      </div>
    </form>
  );
});
