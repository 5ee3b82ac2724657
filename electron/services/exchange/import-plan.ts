import { createHash } from 'node:crypto';
import { changedFields, EDITABLE_FIELDS } from '../../../shared/diff';
import {
  codeKey,
  DesignationInput,
  type Designation,
  type ImportEntry,
  type ImportPreview,
} from '../../../shared/model';
import { toFieldIssues } from '../../../shared/validation';
import { untouchedSeedEntry } from '../catalog/upgrade';
import { NEW_DESIGNATION_DEFAULTS, REQUIRED_FOR_NEW } from './import-columns';
import type { ErrorList } from './import-errors';
import { findImportCycle } from './import-rules';
import type { ParsedImport } from './import-rows';

/** What importing a file would do, worked out without touching the catalog. */
export interface ImportPlan {
  preview: ImportPreview;
  /** Designations the file adds, and those it changes (field by field, before and after). */
  added: ImportEntry[];
  changed: ImportEntry[];
  /** What the store writes when the import is applied: whole designations. */
  changes: DesignationInput[];
  /** The catalog the plan was made against (catalogVersion); applying checks it still is. */
  version: string;
}

/**
 * Identifies the catalog's content: any saved change (an edit, an undo, a
 * restored backup) gives another value. Computed by the same function on the
 * same `all()`, in the worker at preview time and in the main process at apply time.
 */
export function catalogVersion(catalog: readonly Designation[]): string {
  return createHash('sha256').update(JSON.stringify(catalog)).digest('hex');
}

const editable = (d: Designation): Record<string, unknown> =>
  Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, d[f]]));

/**
 * Added, changed (field by field) and unchanged designations, and every error
 * a row has, in the order of the file. Each row's fields are laid over the
 * designation as it is (a new one: over the defaults), so a field the file
 * does not carry keeps its value. Only a file without errors may be applied.
 */
export function planImport(parsed: ParsedImport, catalog: readonly Designation[]): ImportPlan {
  const { errors } = parsed;
  const existing = new Map(catalog.map((d) => [codeKey(d.code), d]));
  const firstRowOf = new Map<string, number>();
  const valid: { row: number; input: DesignationInput; before?: Designation }[] = [];
  const inFile = new Set(
    parsed.rows.flatMap(({ fields }) =>
      typeof fields.code === 'string' ? [codeKey(fields.code)] : [],
    ),
  );
  const present = (code: string) => existing.has(codeKey(code)) || inFile.has(codeKey(code));

  for (const { row, fields, unreadable, legacy } of parsed.rows) {
    const key = typeof fields.code === 'string' ? codeKey(fields.code) : undefined;
    if (key === undefined) {
      errors.add(row, 'code', 'import.missingField');
      continue;
    }
    if (firstRowOf.has(key)) {
      errors.add(row, 'code', 'import.duplicateCode', { other: firstRowOf.get(key)! });
      continue;
    }
    firstRowOf.set(key, row);
    const before = existing.get(key);
    // A field whose cells could not be read is reported once, as that; the rest is checked.
    const reported = new Set<string>(unreadable);
    const absent = before ? [] : REQUIRED_FOR_NEW.filter((f) => !(f in fields) && !reported.has(f));
    for (const f of absent) errors.add(row, f, 'import.missingField');
    if (absent.length > 0) continue;
    const input = validate(
      { ...(before ? editable(before) : NEW_DESIGNATION_DEFAULTS), ...fields },
      row,
      errors,
      reported,
    );
    // A seed designation that a file from before schema 4 carries unchanged takes the current
    // seed's entry, as its catalog would on upgrading: an old export does not undo the corrections.
    const today = (legacy && untouchedSeedEntry(legacy, present)) || input;
    if (today && reported.size === 0) valid.push({ row, input: today, before });
  }

  for (const { row, input } of valid) {
    input.relations.forEach((r, i) => {
      const target = codeKey(r.target);
      if (!existing.has(target) && !firstRowOf.has(target))
        errors.add(row, `relations.${i}.target`, 'relation.unknown', { target: r.target });
    });
  }
  const cycle = findImportCycle(catalog, valid);
  if (cycle)
    errors.add(cycle.row, 'relations', 'import.rule', {
      code: 'PREREQUISITE_CYCLE',
      cycle: cycle.codes.join(' → '),
    });

  const added: ImportEntry[] = [];
  const changed: ImportEntry[] = [];
  const changes: DesignationInput[] = [];
  let unchanged = 0;
  for (const { input, before } of valid) {
    if (!before) {
      added.push({ code: input.code, officialName: input.officialName, changes: [] });
      changes.push(input);
      continue;
    }
    const fields = changedFields(before, input);
    if (fields.length === 0) {
      unchanged++;
      continue;
    }
    changed.push({
      code: input.code,
      officialName: input.officialName,
      changes: fields.map((field) => ({ field, before: before[field], after: input[field] })),
    });
    changes.push(input);
  }
  const preview: ImportPreview = {
    format: parsed.format,
    added: added.length,
    changed: changed.length,
    unchanged,
    errors: errors.first(),
    errorCount: errors.count,
    ignored: parsed.ignored,
  };
  return { preview, added, changed, changes, version: catalogVersion(catalog) };
}

/** The row as a designation, or its errors (none about a field already reported). */
function validate(
  candidate: Record<string, unknown>,
  row: number,
  errors: ErrorList,
  reported: ReadonlySet<string>,
): DesignationInput | undefined {
  const parsed = DesignationInput.safeParse(candidate);
  if (parsed.success) return parsed.data;
  for (const issue of toFieldIssues(parsed.error))
    if (!reported.has(String(issue.path[0])))
      errors.add(row, issue.path.join('.'), issue.message, issue.params);
  return undefined;
}
