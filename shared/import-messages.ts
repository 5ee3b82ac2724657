import type { TFunction } from 'i18next';
import { describeError } from './i18n';
import type { ImportPreview } from './model';

/** A column or field of an import as the reader knows it ("Status", "Kode"), not its key. */
export function importFieldName(t: TFunction, field: string): string {
  const key = field.split('.')[0]!;
  if (!key) return '–';
  return t(`reports:column.${key}`, {
    defaultValue: t(`history:field.${key}`, { defaultValue: key }),
  });
}

/** One row error of an import preview, in the reader's language. */
export function importErrorMessage(t: TFunction, e: ImportPreview['errors'][number]): string {
  return e.message === 'import.rule'
    ? describeError(t, { code: e.params.code as never, params: e.params })
    : t(`errors:field.${e.message}`, e.params);
}
