import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFieldIssue } from '../../shared/i18n';
import type { DesignationSummary } from '../../shared/model';
import type { Draft } from './draft';
import { firstUnder, validateDraft, type FieldError, type FieldErrors } from './validate';

/**
 * The form's problems, in the reader's language, each where it is shown:
 * `errorAt` for one control, `errorUnder` for a control that shows what lies
 * inside it (a bilingual text shows "summary.en"). A field's problems show
 * once it was changed, and all of them once the user tried to save.
 */
export function useFieldErrors(
  draft: Draft,
  catalog: readonly DesignationSummary[],
  originalCode: string | null,
  /** Top-level fields the form shows problems for; others are listed at its foot. */
  placed: ReadonlySet<string>,
) {
  const { t } = useTranslation('editor');
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [fromServer, setFromServer] = useState<FieldErrors>({});
  const errors = useMemo(
    () => validateDraft(draft, catalog, originalCode),
    [draft, catalog, originalCode],
  );

  const top = (path: string) => path.split('.')[0]!;
  const shown = (path: string) => submitted || touched.has(top(path));
  const text = (e: FieldError | undefined) => (e ? describeFieldIssue(t, e) : undefined);
  const errorAt = (path: string) =>
    shown(path) ? text(errors[path] ?? fromServer[path]) : undefined;
  const errorUnder = (path: string) =>
    shown(path) ? text(firstUnder(errors, path) ?? firstUnder(fromServer, path)) : undefined;
  const unplaced = submitted
    ? Object.entries({ ...fromServer, ...errors })
        .filter(([path]) => !placed.has(top(path)))
        .map(([path, e]) => ({ path, text: text(e)! }))
    : [];

  return {
    count: Object.keys(errors).length,
    errorAt,
    errorUnder,
    unplaced,
    submitted,
    /** The user changed `field`: its problems show from now on; the server's verdict is stale. */
    touch: (field: string) => {
      setTouched((s) => new Set(s).add(field));
      setFromServer({});
    },
    submit: () => setSubmitted(true),
    setFromServer,
  };
}
