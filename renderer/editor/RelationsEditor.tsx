import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  codeKey,
  RELATION_KINDS,
  type DesignationSummary,
  type Relation,
  type RelationKind,
} from '../../shared/model';
import { flaggedBy } from '../kit/FormFields';
import { RelationPicker } from './RelationPicker';

interface Props {
  code: string;
  relations: Relation[];
  catalog: readonly DesignationSummary[];
  onChange: (next: Relation[]) => void;
  /** The problem at a path ("relations"), in the reader's language. */
  errorAt: (path: string) => string | undefined;
  /** The first problem at or inside a path ("relations.2"). */
  errorUnder: (path: string) => string | undefined;
}

/** Prerequisites, waivers and credit, each chosen from the catalog. */
export function RelationsEditor({
  code,
  relations,
  catalog,
  onChange,
  errorAt,
  errorUnder,
}: Props) {
  const { t } = useTranslation('editor');
  const box = useRef<HTMLFieldSetElement>(null);
  // After a removal: the next chip of that kind, else the one before, else its picker.
  const focusNext = useRef<{ kind: RelationKind; target: string | null } | null>(null);
  useLayoutEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    focusNext.current = null;
    const group = box.current?.querySelector(`[data-kind="${next.kind}"]`);
    const chip = next.target && group?.querySelector<HTMLElement>(`[data-target="${next.target}"]`);
    (chip || group?.querySelector<HTMLElement>('[role="combobox"]'))?.focus();
  }, [relations]);

  const remove = (i: number) => {
    const kind = relations[i]!.kind;
    const same = relations.map((r, j) => [r, j] as const).filter(([r]) => r.kind === kind);
    const at = same.findIndex(([, j]) => j === i);
    const neighbour = same[at + 1] ?? same[at - 1];
    focusNext.current = { kind, target: neighbour ? neighbour[0].target : null };
    onChange(relations.filter((_, j) => j !== i));
  };

  return (
    <fieldset className="field relations" ref={box}>
      <legend>{t('catalog:field.relations')}</legend>
      {RELATION_KINDS.map((kind) => {
        const taken = new Set(
          relations.filter((r) => r.kind === kind).map((r) => codeKey(r.target)),
        );
        const candidates = catalog.filter(
          (d) => !taken.has(codeKey(d.code)) && codeKey(d.code) !== codeKey(code),
        );
        const kindName = t(`catalog:relationKind.${kind}`);
        return (
          <div
            key={kind}
            className="relation-group"
            role="group"
            aria-labelledby={`relation-kind-${kind}`}
            data-kind={kind}
          >
            <h4 id={`relation-kind-${kind}`}>{kindName}</h4>
            <div>
              <ul className="chips">
                {relations.map((r, i) =>
                  r.kind !== kind ? null : (
                    <li
                      key={`${r.target}-${i}`}
                      className={errorUnder(`relations.${i}`) ? 'chip invalid' : 'chip'}
                    >
                      <span>{r.target}</span>
                      <button
                        type="button"
                        className="chip-remove"
                        data-target={r.target}
                        aria-label={t('relations.remove', { code: r.target, kind: kindName })}
                        {...flaggedBy(`relation-${i}`, errorUnder(`relations.${i}`))}
                        onClick={() => remove(i)}
                      >
                        <span aria-hidden="true">{'\u00d7'}</span>
                      </button>
                    </li>
                  ),
                )}
              </ul>
              {/* Below the chips, each problem after the code it belongs to. */}
              <ul className="relation-errors">
                {relations.map((r, i) => {
                  const error = r.kind === kind ? errorUnder(`relations.${i}`) : undefined;
                  return error ? (
                    <li key={`${r.target}-${i}`} className="field-error" role="alert">
                      <strong>{r.target}</strong>: <span id={`relation-${i}-error`}>{error}</span>
                    </li>
                  ) : null;
                })}
              </ul>
            </div>
            <RelationPicker
              label={t('relations.add', { kind: kindName })}
              candidates={candidates}
              onPick={(target) => onChange([...relations, { kind, target }])}
              // Too many relations: the first picker is where the problem is focused and read.
              problemId={
                kind === RELATION_KINDS[0] && errorAt('relations')
                  ? 'relations-list-error'
                  : undefined
              }
            />
          </div>
        );
      })}
      {errorAt('relations') && (
        <p id="relations-list-error" className="field-error" role="alert">
          {errorAt('relations')}
        </p>
      )}
    </fieldset>
  );
}
