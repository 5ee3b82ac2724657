import { createI18n, pickLanguage } from '../../shared/i18n';
import type { Language } from '../../shared/model';

/** One i18next instance for the whole renderer, starting in the system's language. */
export const i18n = createI18n(pickLanguage(navigator.language));

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

/** The saved choice wins; with none, the system's language stays. */
export async function applyLanguage(saved: Language | null): Promise<void> {
  const lng = saved ?? pickLanguage(navigator.language);
  if (i18n.language !== lng) await i18n.changeLanguage(lng);
}
