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
