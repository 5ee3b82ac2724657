import { useTranslation } from 'react-i18next';
import { COURSE_KINDS, LANGUAGES, type CourseKind } from '../../shared/model';
import { courseKey, type DraftCourse } from './draft';

interface Props {
  courses: DraftCourse[];
  onChange: (next: DraftCourse[]) => void;
  errorFor: (path: string) => string | undefined;
}

/** The ordered course list: add, edit, move and remove rows. */
export function CoursesEditor({ courses, onChange, errorFor }: Props) {
  const { t } = useTranslation('editor');
  const update = (i: number, patch: Partial<DraftCourse>) =>
    onChange(courses.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const move = (i: number, by: number) => {
    const next = [...courses];
    const [row] = next.splice(i, 1);
    next.splice(i + by, 0, row!);
    onChange(next);
  };
  return (
    <fieldset className="field courses">
      <legend>{t('catalog:field.courses')}</legend>
      {courses.length === 0 && <p className="hint">{t('courses.none')}</p>}
      <ol className="course-rows">
        {courses.map((c, i) => {
          const n = i + 1;
          const error =
            errorFor(`courses.${i}.code`) ??
            errorFor(`courses.${i}.title.nb`) ??
            errorFor(`courses.${i}.title.en`);
          return (
            <li key={c.key} className="course-row">
              <select
                aria-label={t('courses.kind', { n })}
                value={c.kind}
                onChange={(e) => update(i, { kind: e.target.value as CourseKind })}
              >
                {COURSE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`catalog:courseKind.${k}`)}
                  </option>
                ))}
              </select>
              <input
                type="text"
                className="course-code"
                aria-label={t('courses.code', { n })}
                placeholder={t('courses.codePlaceholder')}
                value={c.code}
                onChange={(e) => update(i, { code: e.target.value })}
              />
              {LANGUAGES.map((lang) => (
                <input
                  key={lang}
                  type="text"
                  lang={lang}
                  aria-label={t('courses.title', { n, language: t(`language.${lang}`) })}
                  placeholder={t(`language.${lang}`)}
                  value={c.title[lang]}
                  onChange={(e) => update(i, { title: { ...c.title, [lang]: e.target.value } })}
                />
              ))}
              <div className="row-buttons">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('courses.moveUp', { n })}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  <span aria-hidden="true">{'\u2191'}</span>
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('courses.moveDown', { n })}
                  disabled={i === courses.length - 1}
                  onClick={() => move(i, 1)}
                >
                  <span aria-hidden="true">{'\u2193'}</span>
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('courses.remove', { n })}
                  onClick={() => onChange(courses.filter((_, j) => j !== i))}
                >
                  <span aria-hidden="true">{'\u00d7'}</span>
                </button>
              </div>
              {error && (
                <p className="field-error" role="alert">
                  {t(`errors:field.${error}`)}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() =>
          onChange([
            ...courses,
            { key: courseKey(), code: '', kind: 'core', title: { nb: '', en: '' } },
          ])
        }
      >
        {t('courses.add')}
      </button>
    </fieldset>
  );
}
