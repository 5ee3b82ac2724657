import { createI18n, pickLanguage } from '../../shared/i18n';

/** One i18next instance for the whole renderer, starting in the OS language. */
export const i18n = createI18n(pickLanguage(navigator.language));

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;
