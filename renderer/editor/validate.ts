import type { FieldIssue } from '../../shared/errors';
import { codeKey, DesignationInput, type DesignationSummary } from '../../shared/model';
import { findPrerequisiteCycle } from '../../shared/prerequisites';
import { toFieldIssues } from '../../shared/validation';
import { fromDraft, type Draft } from './draft';

/** A field's problem: an i18n key under errors:field. and what it states. */
export type FieldError = Pick<FieldIssue, 'message' | 'params'>;
/** Field path ("code", "durationMonths.min", "relations.2.target") → its first problem. */
export type FieldErrors = Record<string, FieldError>;
export const pathKey = (path: readonly (string | number)[]) => path.join('.');

/**
 * Every rule the store will apply, checked as the user types: the schema's
 * (formats, min ≤ max, no self-relation) and the catalog's (code free,
 * targets exist, no prerequisite cycle). The store checks them all again.
 */
export function validateDraft(
  draft: Draft,
  catalog: readonly DesignationSummary[],
  originalCode: string | null,
): FieldErrors {
  const errors: FieldErrors = {};
  const add = (path: (string | number)[], message: string, params?: FieldIssue['params']) => {
    errors[pathKey(path)] ??= params ? { message, params } : { message };
  };
  const input = fromDraft(draft);
  (['min', 'max'] as const).forEach((end) => {
    if (Number.isNaN(input.durationMonths[end])) add(['durationMonths', end], 'duration.number');
  });
  const parsed = DesignationInput.safeParse({
    ...input,
    durationMonths: {
      min: Number.isNaN(input.durationMonths.min) ? null : input.durationMonths.min,
      max: Number.isNaN(input.durationMonths.max) ? null : input.durationMonths.max,
    },
  });
  if (!parsed.success) {
    for (const issue of toFieldIssues(parsed.error)) add(issue.path, issue.message, issue.params);
  }

  const own = originalCode === null ? null : codeKey(originalCode);
  const byKey = new Map(catalog.map((d) => [codeKey(d.code), d]));
  const key = codeKey(input.code);
  if (input.code && key !== own && byKey.has(key)) add(['code'], 'code.taken');
  input.relations.forEach((r, i) => {
    const target = codeKey(r.target);
    // Pointing at its own old code after a rename is still pointing at itself.
    if (own !== null && target === own && target !== key)
      add(['relations', i, 'target'], 'relation.self');
    else if (target !== key && !byKey.has(target))
      add(['relations', i, 'target'], 'relation.unknown');
  });

  const edges = new Map<string, string[]>();
  for (const d of catalog) {
    const k = codeKey(d.code);
    if (k === own) continue;
    edges.set(
      k,
      d.relations
        .filter((r) => r.kind === 'prerequisite')
        .map((r) => (codeKey(r.target) === own ? key : codeKey(r.target))),
    );
  }
  const mine = input.relations
    .filter((r) => r.kind === 'prerequisite')
    .map((r) => codeKey(r.target));
  edges.set(key, mine);
  const cycle = findPrerequisiteCycle(edges, key);
  if (cycle) {
    const i = input.relations.findIndex(
      (r) => r.kind === 'prerequisite' && codeKey(r.target) === cycle[1],
    );
    add(['relations', Math.max(i, 0), 'target'], 'relation.cycle');
  }
  return errors;
}

/** Server issues point into the contract's input ({ designation: … }); the form's paths start inside it. */
export function formPath(path: readonly (string | number)[]): string {
  return pathKey(path[0] === 'designation' ? path.slice(1) : path);
}

/** The first problem at `path` or inside it ("summary" finds "summary.en"). */
export function firstUnder(errors: FieldErrors, path: string): FieldError | undefined {
  const key = Object.keys(errors).find((k) => k === path || k.startsWith(`${path}.`));
  return key === undefined ? undefined : errors[key];
}
