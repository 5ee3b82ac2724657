import { useTranslation } from 'react-i18next';
import {
  codeKey,
  RELATION_KINDS,
  type DesignationSummary,
  type Relation,
} from '../../shared/model';
import { RelationPicker } from './RelationPicker';

interface Props {
  code: string;
  relations: Relation[];
  catalog: readonly DesignationSummary[];
  onChange: (next: Relation[]) => void;
  errorFor: (path: string) => string | undefined;
}

/** Prerequisites, waivers and credit, each chosen from the catalog. */
export function RelationsEditor({ code, relations, catalog, onChange, errorFor }: Props) {
  const { t } = useTranslation('editor');
  return (
    <fieldset className="field relations">
      <legend>{t('catalog:field.relations')}</legend>
      {RELATION_KINDS.map((kind) => {
        const taken = new Set(
          relations.filter((r) => r.kind === kind).map((r) => codeKey(r.target)),
        );
        const candidates = catalog.filter(
          (d) => !taken.has(codeKey(d.code)) && codeKey(d.code) !== codeKey(code),
        );
        return (
          <div key={kind} className="relation-group">
            <h4>{t(`catalog:relationKind.${kind}`)}</h4>
            <ul className="chips">
              {relations.map((r, i) =>
                r.kind !== kind ? null : (
                  <li
                    key={`${r.target}-${i}`}
                    className={errorFor(`relations.${i}.target`) ? 'chip invalid' : 'chip'}
                  >
                    <span>{r.target}</span>
                    <button
                      type="button"
                      className="chip-remove"
                      aria-label={t('relations.remove', { code: r.target })}
                      onClick={() => onChange(relations.filter((_, j) => j !== i))}
                    >
                      <span aria-hidden="true">{'\u00d7'}</span>
                    </button>
                    {errorFor(`relations.${i}.target`) && (
                      <span className="field-error" role="alert">
                        {t(`errors:field.${errorFor(`relations.${i}.target`)!}`)}
                      </span>
                    )}
                  </li>
                ),
              )}
            </ul>
            <RelationPicker
              label={t('relations.add', { kind: t(`catalog:relationKind.${kind}`) })}
              candidates={candidates}
              onPick={(target) => onChange([...relations, { kind, target }])}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
