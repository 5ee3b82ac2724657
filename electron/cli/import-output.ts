import type { TFunction } from 'i18next';
import { importErrorMessage, importFieldName } from '../../shared/import-messages';
import type { PreparedImport } from '../services/exchange/import-file';

/** How many codes (or changed designations) a summary names before it says how many more. */
export const SCREENFUL = 20;

/** "AIS, AIC, … and 2,950 more" (nb: "… og 2 950 til"), numbers as the language writes them. */
function firstOf(items: readonly string[], t: TFunction, separator: string): string {
  const shown = items.slice(0, SCREENFUL).join(separator);
  const more = items.length - SCREENFUL;
  return more > 0 ? `${shown}${separator}${t('cli:andMore', { count: more })}` : shown;
}

/**
 * What an import would do, for a person at a terminal: at most a screenful of
 * codes per list, then how many more. The errors (the first 200 by row, as the
 * preview keeps them) go to `err`, then how many more there are.
 */
export function printImportSummary(
  prepared: PreparedImport,
  t: TFunction,
  out: (text: string) => void,
  err: (text: string) => void,
): void {
  const { preview, added, changed } = prepared;
  if (preview.added > 0)
    out(
      t('cli:importAdded', {
        count: preview.added,
        codes: firstOf(
          added.map((a) => a.code),
          t,
          ', ',
        ),
      }),
    );
  for (const c of changed.slice(0, SCREENFUL)) {
    const fields = c.changes.map((f) => t(`history:field.${f.field}`, { defaultValue: f.field }));
    out(t('cli:importChanged', { code: c.code, fields: fields.join(', ') }));
  }
  if (changed.length > SCREENFUL) out(t('cli:andMore', { count: changed.length - SCREENFUL }));
  out(t('cli:importUnchanged', { count: preview.unchanged }));
  if (preview.ignored.length > 0)
    out(t('cli:importIgnored', { columns: preview.ignored.join(', ') }));
  for (const e of preview.errors)
    err(
      t('cli:importError', {
        row: e.row,
        field: importFieldName(t, e.field),
        message: importErrorMessage(t, e),
      }),
    );
  if (preview.errorCount > preview.errors.length)
    err(t('cli:andMore', { count: preview.errorCount - preview.errors.length }));
}

/** The whole plan for scripts (--json): every added and changed designation, with values. */
export function importJson(prepared: PreparedImport): string {
  const { preview, added, changed } = prepared;
  return JSON.stringify(
    {
      format: preview.format,
      added,
      changed,
      unchanged: preview.unchanged,
      errors: preview.errors,
      errorCount: preview.errorCount,
      ignored: preview.ignored,
    },
    null,
    2,
  );
}
