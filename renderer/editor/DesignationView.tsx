import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/i18n';
import { explanationOf, pick } from '../../shared/localize';
import {
  RELATION_KINDS,
  type Designation,
  type DesignationSummary,
  type Language,
  type LocalizedText,
} from '../../shared/model';
import { formatDuration } from '../../shared/format';
import { formatLastVerified } from '../../shared/verification';

interface Props {
  designation: Designation;
  catalog: readonly DesignationSummary[];
  onNavigate: (code: string) => void;
}

/** Text in the reader's language, or the other language's with a "not translated" mark. */
export function Localized({
  text,
  as: Tag = 'span',
  className,
}: {
  text: LocalizedText;
  as?: 'span' | 'p';
  className?: string;
}) {
  const { t, i18n } = useTranslation('catalog');
  const lang = i18n.language as Language;
  const shown = pick(text, lang);
  if (!shown.text) return <Tag className="empty-value">{t('notGiven')}</Tag>;
  return (
    <Tag className={className} lang={shown.translated ? undefined : lang === 'nb' ? 'en' : 'nb'}>
      {shown.text}
      {!shown.translated && <span className="untranslated-mark">{t('notTranslated')}</span>}
    </Tag>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The read view of one designation: every field, with related designations as links. */
export function DesignationView({ designation: d, catalog, onNavigate }: Props) {
  const { t, i18n } = useTranslation('catalog');
  const lang = i18n.language as Language;
  const nameOf = (code: string) => catalog.find((x) => x.code === code)?.officialName ?? code;
  const explanation = explanationOf(d, lang);
  const caution = pick(d.caution, lang);
  const link = (code: string) => (
    <button type="button" className="link" onClick={() => onNavigate(code)} title={nameOf(code)}>
      {code}
    </button>
  );
  const incoming = catalog.flatMap((x) =>
    x.relations.filter((r) => r.target === d.code).map((r) => ({ owner: x.code, kind: r.kind })),
  );

  return (
    <article className="designation-view" aria-labelledby="designation-title">
      <header>
        <h2 id="designation-title">
          <span className="view-code">{d.code}</span> {d.officialName}
        </h2>
        <span className={`status-badge ${d.status}`}>{t(`status.${d.status}`)}</span>
      </header>
      {explanation && <p className="explanatory-name">{explanation}</p>}
      {caution.text && (
        <section className="caution" aria-labelledby="caution-title">
          <h3 id="caution-title">{t('field.caution')}</h3>
          <Localized text={d.caution} as="p" />
        </section>
      )}
      <Localized text={d.summary} as="p" />
      <dl className="facts">
        <Fact label={t('field.issuer')}>{d.issuer}</Fact>
        <Fact label={t('field.lastVerified')}>{formatLastVerified(d.lastVerified, t, lang)}</Fact>
        <Fact label={t('field.focusArea')}>{t(`focusArea.${d.focusArea}`)}</Fact>
        <Fact label={t('field.duration')}>{formatDuration(d.durationMonths, t)}</Fact>
        <Fact label={t('field.certificateOfCompletion')}>
          {d.certificateOfCompletion === null
            ? t('unknown')
            : t(d.certificateOfCompletion ? 'yes' : 'no')}
        </Fact>
      </dl>
      <section>
        <h3>{t('field.deliveryNotes')}</h3>
        <Localized text={d.deliveryNotes} as="p" />
      </section>
      <section>
        <h3>{t('field.courses')}</h3>
        {d.courses.length === 0 ? (
          <p className="empty-value">{t('notGiven')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('course.kind')}</th>
                <th scope="col">{t('course.code')}</th>
                <th scope="col">{t('course.title')}</th>
              </tr>
            </thead>
            <tbody>
              {d.courses.map((c, i) => (
                <tr key={i}>
                  <td>{t(`courseKind.${c.kind}`)}</td>
                  <td>{c.code}</td>
                  <td>
                    <Localized text={c.title} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section>
        <h3>{t('field.relations')}</h3>
        {(d.relations.length > 0 || incoming.length > 0) && (
          <dl className="facts">
            {RELATION_KINDS.map((kind) => {
              const targets = d.relations.filter((r) => r.kind === kind);
              return targets.length === 0 ? null : (
                <Fact key={kind} label={t(`relationKind.${kind}`)}>
                  <ul className="inline-list">
                    {targets.map((r) => (
                      <li key={r.target}>{link(r.target)}</li>
                    ))}
                  </ul>
                </Fact>
              );
            })}
            {RELATION_KINDS.map((kind) => {
              const owners = incoming.filter((r) => r.kind === kind);
              return owners.length === 0 ? null : (
                <Fact key={`in-${kind}`} label={t(`incomingKind.${kind}`)}>
                  <ul className="inline-list">
                    {owners.map((r) => (
                      <li key={r.owner}>{link(r.owner)}</li>
                    ))}
                  </ul>
                </Fact>
              );
            })}
          </dl>
        )}
        {d.relations.length === 0 && incoming.length === 0 && (
          <p className="empty-value">{t('noRelations')}</p>
        )}
      </section>
      {(d.sources.nb.trim() || d.sources.en.trim()) && (
        <section>
          <h3>{t('field.sources')}</h3>
          <Localized text={d.sources} as="p" className="source-notes" />
        </section>
      )}
      <p className="timestamps">
        {t('field.createdAt')}: {formatDateTime(d.createdAt, lang)} · {t('field.updatedAt')}:{' '}
        {formatDateTime(d.updatedAt, lang)}
      </p>
    </article>
  );
}
