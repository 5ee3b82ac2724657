import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { COURSE_KINDS, LANGUAGES, type CourseKind } from '../../shared/model';
import { describedBy, flaggedBy } from '../kit/FormFields';
import { courseKey, type DraftCourse } from './draft';

interface Props {
  courses: DraftCourse[];
  /** `shape`: a row added, removed or moved, or a kind chosen (Ctrl+Z takes it back); else typing. */
  onChange: (next: DraftCourse[], shape?: boolean) => void;
  /** The problem at a path ("courses.2.code"), in the reader's language. */
  errorAt: (path: string) => string | undefined;
}

/** Where focus goes once the rows have changed: a row's control, or the Add button. */
type FocusTarget = { key: string; control: 'up' | 'down' | 'remove' | 'kind' } | 'add';

/** The ordered course list: add, edit, move and remove rows; focus stays with the row it acted on. */
export function CoursesEditor({ courses, onChange, errorAt }: Props) {
  const { t } = useTranslation('editor');
  const list = useRef<HTMLFieldSetElement>(null);
  const focusNext = useRef<FocusTarget | null>(null);

  useLayoutEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    const find = (control: string) =>
      list.current?.querySelector<HTMLElement>(
        target === 'add'
          ? '[data-control="add"]'
          : `[data-course="${target.key}"] [data-control="${control}"]`,
      );
    const wanted = target === 'add' ? find('add') : find(target.control);
    // A row moved to the top or bottom has that button off: its other move button instead.
    const other = target !== 'add' && target.control === 'up' ? 'down' : 'up';
    const usable = wanted && !(wanted as HTMLButtonElement).disabled ? wanted : find(other);
    usable?.focus();
  }, [courses]);

  const update = (i: number, patch: Partial<DraftCourse>, shape = false) =>
    onChange(
      courses.map((c, j) => (j === i ? { ...c, ...patch } : c)),
      shape,
    );
  const move = (i: number, by: number) => {
    const next = [...courses];
    const [row] = next.splice(i, 1);
    next.splice(i + by, 0, row!);
    focusNext.current = { key: row!.key, control: by < 0 ? 'up' : 'down' };
    onChange(next, true);
  };
  const remove = (i: number) => {
    const neighbour = courses[i + 1] ?? courses[i - 1];
    focusNext.current = neighbour ? { key: neighbour.key, control: 'remove' } : 'add';
    onChange(
      courses.filter((_, j) => j !== i),
      true,
    );
  };
  const add = () => {
    const key = courseKey();
    focusNext.current = { key, control: 'kind' };
    onChange([...courses, { key, code: '', kind: 'core', title: { nb: '', en: '' } }], true);
  };

  return (
    <fieldset className="field courses" ref={list}>
      <legend>{t('catalog:field.courses')}</legend>
      {courses.length === 0 && <p className="hint">{t('courses.none')}</p>}
      <div className="course-table">
        {courses.length > 0 && (
          // Column headings for sighted readers; each control has its own full label.
          <div className="course-row course-head" aria-hidden="true">
            <span>{t('courses.columns.kind')}</span>
            <span>{t('courses.columns.code')}</span>
            <span>{t('courses.columns.titleNb')}</span>
            <span>{t('courses.columns.titleEn')}</span>
          </div>
        )}
        <ol className="course-rows">
          {courses.map((c, i) => {
            const n = i + 1;
            const at = (part: string) => errorAt(`courses.${i}.${part}`);
            const errorId = `course-${c.key}`;
            const error = at('kind') ?? at('code') ?? at('title.nb') ?? at('title.en');
            // Each control is marked and described by the row's message only where it is at fault.
            const mark = (part: string) => (at(part) ? describedBy(errorId, undefined, error) : {});
            return (
              <li key={c.key} className="course-row" data-course={c.key}>
                <select
                  aria-label={t('courses.kind', { n })}
                  data-control="kind"
                  value={c.kind}
                  {...mark('kind')}
                  onChange={(e) => update(i, { kind: e.target.value as CourseKind }, true)}
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
                  {...mark('code')}
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
                    {...mark(`title.${lang}`)}
                    onChange={(e) => update(i, { title: { ...c.title, [lang]: e.target.value } })}
                  />
                ))}
                <div className="row-buttons">
                  <button
                    type="button"
                    className="icon-button"
                    data-control="up"
                    aria-label={t('courses.moveUp', { n })}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                  >
                    <span aria-hidden="true">{'\u2191'}</span>
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    data-control="down"
                    aria-label={t('courses.moveDown', { n })}
                    disabled={i === courses.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    <span aria-hidden="true">{'\u2193'}</span>
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    data-control="remove"
                    aria-label={t('courses.remove', { n })}
                    onClick={() => remove(i)}
                  >
                    <span aria-hidden="true">{'\u00d7'}</span>
                  </button>
                </div>
                {error && (
                  <p id={`${errorId}-error`} className="field-error" role="alert">
                    {error}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </div>
      {errorAt('courses') && (
        <p id="courses-list-error" className="field-error" role="alert">
          {errorAt('courses')}
        </p>
      )}
      <button
        type="button"
        data-control="add"
        {...flaggedBy('courses-list', errorAt('courses'))}
        onClick={add}
      >
        {t('courses.add')}
      </button>
    </fieldset>
  );
}
