import type { InputHTMLAttributes, ReactNode } from 'react';

/** The hint and the error under a control; their ids describe it to a screen reader. */
function Notes({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <div className="field-notes">
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** What a control needs to say that it is wrong, and why (aria-describedby). */
export function describedBy(id: string, hint?: string, error?: string) {
  const ids = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined };
}

/**
 * The same for a button that leads to the fix (a relation's Remove), which
 * ARIA does not let be "invalid": described by the problem, and found by
 * `PROBLEM_SELECTOR` to be focused when the user tries to save.
 */
export function flaggedBy(id: string, error?: string) {
  return error ? { 'data-problem': true, 'aria-describedby': `${id}-error` } : {};
}

/** Controls with a problem, in the order a form shows them. */
export const PROBLEM_SELECTOR = '[aria-invalid="true"], [data-problem]';

interface FieldProps {
  id: string;
  label: string;
  /** Already in the reader's language. */
  error?: string;
  hint?: string;
  /** Two columns of a form grid wide (a field with a long hint). */
  wide?: boolean;
}

/** Label, control, and notes: three rows, which a form grid lines up across fields. */
function Field({ id, label, error, hint, wide, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={wide ? 'field wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      <Notes id={id} hint={hint} error={error} />
    </div>
  );
}

interface TextFieldProps
  extends FieldProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> {
  value: string;
  onChange: (value: string) => void;
}

/** A labelled text input with its hint and error below it. */
export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  wide,
  ...input
}: TextFieldProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint} wide={wide}>
      <input
        id={id}
        type="text"
        value={value}
        {...describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
        {...input}
      />
    </Field>
  );
}

interface SelectFieldProps<V extends string> extends FieldProps {
  value: V;
  /** Each choice's value and label. */
  options: readonly (readonly [V, string])[];
  onChange: (value: V) => void;
}

/** A labelled select. */
export function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
  error,
  hint,
}: SelectFieldProps<V>) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <select
        id={id}
        value={value}
        {...describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}
