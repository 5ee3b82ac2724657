import i18next, { type i18n, type TFunction } from 'i18next';
import enCatalog from '../locales/en/catalog.json';
import enCli from '../locales/en/cli.json';
import enCommon from '../locales/en/common.json';
import enEditor from '../locales/en/editor.json';
import enErrors from '../locales/en/errors.json';
import enExchange from '../locales/en/exchange.json';
import enHistory from '../locales/en/history.json';
import enMap from '../locales/en/map.json';
import enMenu from '../locales/en/menu.json';
import enPathway from '../locales/en/pathway.json';
import enPlan from '../locales/en/plan.json';
import enReports from '../locales/en/reports.json';
import nbCatalog from '../locales/nb/catalog.json';
import nbCli from '../locales/nb/cli.json';
import nbCommon from '../locales/nb/common.json';
import nbEditor from '../locales/nb/editor.json';
import nbErrors from '../locales/nb/errors.json';
import nbExchange from '../locales/nb/exchange.json';
import nbHistory from '../locales/nb/history.json';
import nbMap from '../locales/nb/map.json';
import nbMenu from '../locales/nb/menu.json';
import nbPathway from '../locales/nb/pathway.json';
import nbPlan from '../locales/nb/plan.json';
import nbReports from '../locales/nb/reports.json';
import type { ErrorCode, ErrorPayload, FieldIssue } from './errors';
import type { CatalogNotice, Language } from './model';

export const resources = {
  en: {
    common: enCommon,
    catalog: enCatalog,
    editor: enEditor,
    pathway: enPathway,
    errors: enErrors,
    cli: enCli,
    menu: enMenu,
    reports: enReports,
    history: enHistory,
    exchange: enExchange,
    plan: enPlan,
    map: enMap,
  },
  nb: {
    common: nbCommon,
    catalog: nbCatalog,
    editor: nbEditor,
    pathway: nbPathway,
    errors: nbErrors,
    cli: nbCli,
    menu: nbMenu,
    reports: nbReports,
    history: nbHistory,
    exchange: nbExchange,
    plan: nbPlan,
    map: nbMap,
  },
} as const;
export const NAMESPACES = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];

/**
 * Norwegian for any Norwegian locale (nb, nn, no, nb-NO…), English otherwise.
 * i18next's own matching would send `no` and `nn` to English.
 */
export function pickLanguage(locale: string | undefined | null): Language {
  const primary = (locale ?? '').toLowerCase().split(/[-_.@]/)[0];
  return primary === 'nb' || primary === 'nn' || primary === 'no' ? 'nb' : 'en';
}

/** The Intl locale for each language: en-GB for day-month dates and 24-hour time. */
export const INTL_LOCALE: Record<Language, string> = { nb: 'nb-NO', en: 'en-GB' };

/** A ready i18next instance; resources are bundled, so it initialises synchronously. */
export function createI18n(lng: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    fallbackLng: false,
    supportedLngs: ['nb', 'en'],
    ns: NAMESPACES,
    defaultNS: 'common',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false }, // React and the terminal escape on their own
    returnNull: false,
  });
  return instance;
}

/** A typed error from the main process, in the reader's language. */
export function describeError(t: TFunction, error: Pick<ErrorPayload, 'code' | 'params'>): string {
  const params: Record<string, unknown> = { ...error.params };
  const groups: Partial<Record<ErrorPayload['code'], string>> = {
    SAVE_FAILED: 'saveReason',
    CATALOG_OPEN_FAILED: 'openReason',
    EXPORT_FAILED: 'exportReason',
    IMPORT_INVALID: 'importReason',
  };
  const group = groups[error.code];
  if (group) {
    // The reason may name things itself (the missing columns, a line): same params.
    params.reason = t(`errors:${group}.${String(error.params.reason ?? 'io')}`, error.params);
  }
  return t(`errors:code.${error.code}`, params);
}

/** One field's problem (a key under errors:field. and what it states) in the reader's language. */
export function describeFieldIssue(
  t: TFunction,
  issue: Pick<FieldIssue, 'message' | 'params'>,
): string {
  return t(`errors:field.${issue.message}`, issue.params ?? {});
}

export function formatDate(iso: string, lng: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[lng], { dateStyle: 'long' }).format(new Date(iso));
}

/** "30. nov. 2025 kl. 14:05" / "30 Nov 2025, 14:05": Intl's comma would break a Norwegian sentence. */
export function formatDateTime(iso: string, lng: Language): string {
  const at = new Date(iso);
  const part = (style: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(INTL_LOCALE[lng], style).format(at);
  return resources[lng].common.dateTime
    .replace('{{date}}', () => part({ dateStyle: 'medium' }))
    .replace('{{time}}', () => part({ timeStyle: 'short' }));
}

/** A notice about the catalog file, with its times in the reader's format. */
export function describeNotice(t: TFunction, notice: CatalogNotice, lng: Language): string {
  const params: Record<string, string | number> = { ...notice.params };
  if (notice.params.takenAt) params.takenAt = formatDateTime(notice.params.takenAt, lng);
  if (notice.params.count) params.count = Number(notice.params.count); // plural forms need a number
  if (notice.params.errorCode) {
    const code = notice.params.errorCode as ErrorCode;
    // The notice names the file; an open failure's own sentence would name it again.
    params.why =
      code === 'CATALOG_OPEN_FAILED'
        ? t(`errors:openReason.${notice.params.reason}`)
        : describeError(t, { code, params: notice.params });
  }
  return t(`common:notice.${notice.code}`, params);
}
