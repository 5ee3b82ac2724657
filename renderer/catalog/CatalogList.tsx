import { useTranslation } from 'react-i18next';
import { pick } from '../../shared/localize';
import type { DesignationSummary, Language } from '../../shared/model';
import './catalog.css';

export function CatalogList({ designations }: { designations: DesignationSummary[] }) {
  const { t, i18n } = useTranslation('catalog');
  const lang = i18n.language as Language;
  if (designations.length === 0) return <p className="catalog-empty">{t('empty')}</p>;
  return (
    <ul className="catalog-list" aria-label={t('listLabel')}>
      {designations.map((d) => {
        const name = pick(d.name, lang);
        return (
          <li key={d.code} className="catalog-row">
            <span className="catalog-code">{d.code}</span>
            <span className="catalog-name" lang={name.translated ? lang : undefined}>
              {name.text}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
