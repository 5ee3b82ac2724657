import type { TFunction } from 'i18next';

/** "10–25 months", "at least 12 months", or "not stated", in the reader's language. */
export function formatDuration(
  d: { min: number | null; max: number | null },
  t: TFunction,
): string {
  if (d.min !== null && d.max !== null) {
    return d.min === d.max
      ? t('catalog:durationExact', { count: d.min })
      : t('catalog:durationRange', d);
  }
  if (d.min !== null) return t('catalog:durationAtLeast', { count: d.min });
  if (d.max !== null) return t('catalog:durationAtMost', { count: d.max });
  return t('catalog:unknown');
}
