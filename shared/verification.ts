import type { TFunction } from 'i18next';
import { INTL_LOCALE } from './i18n';
import type { Designation, Language } from './model';

const monthFormats = new Map<Language, Intl.DateTimeFormat>();

/** "July 2020", "juli 2020"; "No dated source" where none confirms it. */
export function formatLastVerified(value: string | null, t: TFunction, lang: Language): string {
  if (value === null) return t('catalog:noDatedSource');
  const [year, month] = value.split('-').map(Number);
  let format = monthFormats.get(lang); // made once: a report formats thousands
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[lang], {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    monthFormats.set(lang, format);
  }
  return format.format(Date.UTC(year!, month! - 1, 1));
}

/**
 * Whether a coordinator should check a designation with its issuer before relying on it:
 * unconfirmed, confirmed by no dated source, or last verified more than `years` ago.
 */
export function needsChecking(
  d: Pick<Designation, 'status' | 'lastVerified'>,
  years: number,
  now: Date,
): boolean {
  if (d.status === 'unconfirmed' || d.lastVerified === null) return true;
  const [year, month] = d.lastVerified.split('-').map(Number);
  const monthsAgo = (now.getUTCFullYear() - year!) * 12 + (now.getUTCMonth() + 1 - month!);
  return monthsAgo > years * 12;
}
