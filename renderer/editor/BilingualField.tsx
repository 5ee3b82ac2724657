import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type LocalizedText } from '../../shared/model';
import { describedBy } from '../kit/FormFields';

interface Props {
  label: string;
  value: LocalizedText;
  onChange: (next: LocalizedText) => void;
  multiline?: boolean;
  /** A problem with the text as a whole ("give a name in at least one language"), in the reader's language. */
  error?: string;
  /** A problem with one language's text ("at most 20 000 characters"), shown under it. */
  sideErrors?: Partial<Record<Language, string>>;
  /** Field path for tests and server errors, e.g. "summary". */
  name: string;
  /** Either language may stay empty on its own (no "missing" mark). */
  optionalPerLanguage?: boolean;
  hint?: string;
}

/** One text in both languages, side by side (Norsk | English), marking the missing one. */
export function BilingualField({
  label,
  value,
  onChange,
  multiline,
  error,
  sideErrors = {},
  name,
  optionalPerLanguage,
  hint,
}: Props) {
  const { t } = useTranslation('editor');
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const missing = (lang: Language) =>
    !optionalPerLanguage && !value[lang].trim() && !!value[lang === 'nb' ? 'en' : 'nb'].trim();
  return (
    <fieldset
      className="field bilingual"
      aria-describedby={[hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend>{label}</legend>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <div className="bilingual-pair">
        {LANGUAGES.map((lang) => {
          const inputId = `${id}-${lang}`;
          const sideError = sideErrors[lang];
          const described = describedBy(inputId, undefined, sideError);
          const props = {
            id: inputId,
            name: `${name}.${lang}`,
            value: value[lang],
            lang,
            'aria-invalid': error || sideError ? true : undefined,
            'aria-describedby':
              [described['aria-describedby'], missing(lang) && `${inputId}-missing`]
                .filter(Boolean)
                .join(' ') || undefined,
            onChange: (e: { target: { value: string } }) =>
              onChange({ ...value, [lang]: e.target.value }),
          };
          return (
            <div key={lang} className={`bilingual-side${missing(lang) ? ' is-missing' : ''}`}>
              <label htmlFor={inputId} className="lang-label">
                {t(`language.${lang}`)}
                {missing(lang) && (
                  <span id={`${inputId}-missing`} className="untranslated-mark">
                    {t('missingTranslation')}
                  </span>
                )}
              </label>
              {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
              {sideError && (
                <p id={`${inputId}-error`} className="field-error" role="alert">
                  {sideError}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
