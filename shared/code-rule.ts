/**
 * What a designation code may be, and what is wrong with one that is not.
 *
 * The Institutes' codes are English abbreviations: 2–10 letters A–Z beginning
 * with a capital, optionally a hyphen and a suffix of 1–4 letters (AIS, ARe,
 * AU-M, ARM-E). Small letters are kept as typed, not upper-cased: real codes
 * mix case (ARe), and uniqueness ignores case anyway (see `codeKey`).
 */
export const CODE_PATTERN = /^[A-Z][A-Za-z]{1,9}(-[A-Za-z]{1,4})?$/;

/** An i18n key under `errors:field.` with its parameters. */
export interface CodeProblem {
  message: string;
  params?: Record<string, string>;
}

/** The characters of `code` that `unwanted` matches, each once, in order ("Æ, Ø, Å"). */
const listOf = (code: string, unwanted: RegExp): string =>
  [...new Set(code.match(unwanted) ?? [])].join(', ');

/** Why `code` (already trimmed) breaks the rule, the first reason a reader can act on; null when it does not. */
export function codeProblem(code: string): CodeProblem | null {
  if (CODE_PATTERN.test(code)) return null;
  if (code === '') return { message: 'code.required' };
  if (/\s/u.test(code)) return { message: 'code.space' };
  if (/\p{N}/u.test(code)) return { message: 'code.digit' };
  const letters = listOf(code, /[^\P{L}A-Za-z]/gu); // letters outside A–Z: æ, ø, å, é …
  if (letters) return { message: 'code.letters', params: { chars: letters } };
  const others = listOf(code, /[^A-Za-z-]/gu);
  if (others) return { message: 'code.character', params: { chars: others } };
  const [main = '', suffix, ...more] = code.split('-');
  if (more.length > 0 || main === '') return { message: 'code.hyphen' };
  if (main.length < 2 || main.length > 10) return { message: 'code.length' };
  if (suffix !== undefined && (suffix.length < 1 || suffix.length > 4))
    return { message: 'code.suffix' };
  if (!/^[A-Z]/.test(main)) return { message: 'code.capital' };
  return { message: 'code.format' }; // unreachable while the checks above cover the pattern
}
