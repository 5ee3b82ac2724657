import type { Language, LocalizedText } from './model';

export interface Shown {
  text: string;
  /** False when the text is borrowed from the other language (or missing in both). */
  translated: boolean;
}

/** The text in `lang`, or else the other language's text, marked as not translated. */
export function pick(text: LocalizedText, lang: Language): Shown {
  const own = text[lang].trim();
  if (own) return { text: text[lang], translated: true };
  const other = lang === 'nb' ? text.en : text.nb;
  return { text: other, translated: false };
}

/**
 * The explanatory name in `lang`, where it adds something to the official name; '' where
 * there is none in that language (it never falls back: an English reader needs no
 * Norwegian description of an English name).
 */
export function explanationOf(
  d: { officialName: string; explanatoryName: LocalizedText },
  lang: Language,
): string {
  const explanation = d.explanatoryName[lang].trim();
  const same = explanation.toLocaleLowerCase() === d.officialName.trim().toLocaleLowerCase();
  return same ? '' : explanation;
}
