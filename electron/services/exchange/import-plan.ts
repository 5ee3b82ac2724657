import { changedFields, type EditableField } from '../../../shared/diff';
import { codeKey, type Designation, type DesignationInput } from '../../../shared/model';
import { untouchedSeedEntry } from '../catalog/upgrade';
import type { ImportRow, ParsedImport, RowError } from './import-rows';

export interface ImportPreview {
  format: 'csv' | 'json';
  added: { code: string; officialName: string }[];
  changed: { code: string; fields: EditableField[] }[];
  unchanged: number;
  errors: RowError[];
}

/**
 * What an import would do to the catalog: added, changed (field by field) and
 * unchanged designations, and every error a row has. Only a file without
 * errors may be applied; `changes` is what the store then writes.
 */
export function planImport(parsed: ParsedImport, catalog: readonly Designation[]) {
  const errors = [...parsed.errors];
  const existing = new Map(catalog.map((d) => [codeKey(d.code), d]));
  const inFile = new Map<string, number>();
  for (const { row, input } of parsed.rows) {
    const key = codeKey(input.code);
    if (inFile.has(key)) {
      errors.push({
        row,
        field: 'code',
        message: 'import.duplicateCode',
        params: { other: inFile.get(key)! },
      });
    }
    inFile.set(key, row);
  }
  for (const { row, input } of parsed.rows) {
    input.relations.forEach((r, i) => {
      if (!existing.has(codeKey(r.target)) && !inFile.has(codeKey(r.target))) {
        errors.push({
          row,
          field: `relations.${i}.target`,
          message: 'relation.unknown',
          params: { target: r.target },
        });
      }
    });
  }
  const preview: ImportPreview = {
    format: parsed.format,
    added: [],
    changed: [],
    unchanged: 0,
    errors,
  };
  const changes: DesignationInput[] = [];
  const present = (code: string) => existing.has(codeKey(code)) || inFile.has(codeKey(code));
  for (const row of parsed.rows) {
    const input = asToday(row, present);
    const current = existing.get(codeKey(input.code));
    if (!current) {
      preview.added.push({ code: input.code, officialName: input.officialName });
      changes.push(input);
      continue;
    }
    const fields = changedFields(current, input);
    if (fields.length === 0) preview.unchanged++;
    else {
      preview.changed.push({ code: input.code, fields });
      changes.push(input);
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { preview, changes };
}

/**
 * A row as this version holds it. A seed designation that a file from before schema 4
 * carries unchanged takes the current seed's entry, as the catalog it came from would
 * have on upgrading: importing an old export does not undo the seed's corrections.
 */
function asToday(row: ImportRow, present: (code: string) => boolean): DesignationInput {
  return (row.legacy && untouchedSeedEntry(row.legacy, present)) || row.input;
}
