import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create as openFont } from 'fontkit';

/**
 * The fonts every report embeds: Roboto (Latin, æøå, the minus sign and the
 * no-break spaces Intl prints) and Noto Emoji, in black and white, for emoji.
 * Characters neither covers are printed as their code point, [U+4E2D], with
 * the real character kept as the text a reader copies or hears (ActualText).
 */
export type FontName = 'regular' | 'bold' | 'emoji';

const FILES: Record<FontName, [pkg: string, file: string]> = {
  regular: ['@expo-google-fonts/roboto', '400Regular/Roboto_400Regular.ttf'],
  bold: ['@expo-google-fonts/roboto', '500Medium/Roboto_500Medium.ttf'],
  emoji: ['@expo-google-fonts/noto-emoji', '400Regular/NotoEmoji_400Regular.ttf'],
};

let loaded: Record<FontName, Uint8Array> | undefined;
let coverage:
  | { latin: Uint8Array; emoji: Set<number>; advances: Record<'regular' | 'bold', Float64Array> }
  | undefined;

/** The font files' bytes, read once per process (a worker thread reads its own). */
export function fontBytes(): Record<FontName, Uint8Array> {
  if (!loaded) {
    const require = createRequire(__filename);
    const read = ([pkg, file]: [string, string]) =>
      readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file));
    loaded = { regular: read(FILES.regular), bold: read(FILES.bold), emoji: read(FILES.emoji) };
  }
  return loaded;
}

function covered() {
  if (!coverage) {
    const bytes = fontBytes();
    const open = (b: Uint8Array) => openFont(Buffer.from(b));
    const latin = new Uint8Array(0x10000);
    const regular = open(bytes.regular);
    for (const c of regular.characterSet) if (c < 0x10000) latin[c] = 1;
    const advancesOf = (font: ReturnType<typeof open>) => {
      const table = new Float64Array(0x10000).fill(NaN);
      for (const c of font.characterSet)
        if (c < 0x10000) table[c] = font.glyphForCodePoint(c).advanceWidth / font.unitsPerEm;
      return table;
    };
    coverage = {
      latin,
      emoji: new Set(open(bytes.emoji).characterSet),
      advances: { regular: advancesOf(regular), bold: advancesOf(open(bytes.bold)) },
    };
  }
  return coverage;
}

/**
 * The width of `text` in Roboto at `size`, without kerning (which in Roboto
 * narrows, never widens, noticeably), or NaN where a character is not in Roboto.
 * Much cheaper than shaping: it decides whether a cell fits on one line.
 */
export function plainWidth(text: string, font: 'regular' | 'bold', size: number): number {
  const table = covered().advances[font];
  let width = 0;
  for (let i = 0; i < text.length; i++) width += table[text.charCodeAt(i)]!;
  return width * size;
}

/** A piece of text in one font; `actual` is what it stands for when it is a placeholder. */
export interface Run {
  text: string;
  font: 'text' | 'emoji';
  actual?: string;
}

// Joiners, variation selectors and skin tones belong to the emoji before them.
const isJoiner = (code: number) =>
  code === 0x200d ||
  code === 0xfe0e ||
  code === 0xfe0f ||
  code === 0x20e3 ||
  (code >= 0x1f3fb && code <= 0x1f3ff) ||
  (code >= 0xe0020 && code <= 0xe007f);
// Narrow no-break space (Intl's French-style grouping) prints as a no-break space.
const SUBSTITUTES: Record<string, string> = { '\u202f': '\u00a0' };
// Invisible controls and formatting marks (bell, bidi overrides) are dropped from print.
const INVISIBLE = /^[\p{Cc}\p{Cf}]$/u;

/** Splits text into runs Roboto and Noto Emoji can print; most text is one run. */
export function runsOf(text: string): Run[] {
  const { latin, emoji } = covered();
  let simple = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!latin[c] && c !== 10) {
      simple = false;
      break;
    }
  }
  if (simple) return [{ text, font: 'text' }];
  const runs: Run[] = [];
  const push = (piece: string, font: Run['font'], actual?: string) => {
    const last = runs.at(-1);
    if (last && last.font === font && !last.actual && !actual) last.text += piece;
    else runs.push({ text: piece, font, ...(actual ? { actual } : {}) });
  };
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\n' || (code < 0x10000 && latin[code])) push(char, 'text');
    else if (SUBSTITUTES[char]) push(SUBSTITUTES[char], 'text');
    else if (runs.at(-1)?.font === 'emoji' && isJoiner(code)) push(char, 'emoji');
    else if (emoji.has(code) && code > 0xff) push(char, 'emoji');
    else if (INVISIBLE.test(char)) continue;
    else push(`[U+${code.toString(16).toUpperCase().padStart(4, '0')}]`, 'text', char);
  }
  return runs;
}

/**
 * `text` broken into the lines it prints as at `width` in Roboto at `size` (without
 * kerning: Flow checks each line as printed): at spaces,
 * after a hyphen or slash inside a word, and inside a word only where the word alone is
 * wider than the line. Undefined where a character is not in Roboto: then pdfkit lays the
 * text out. Measured and drawn by the same lines, a text's height is always the height it
 * prints at, and it is laid out once instead of twice.
 */
export function linesOf(
  text: string,
  font: 'regular' | 'bold',
  size: number,
  width: number,
): string[] | undefined {
  const advances = covered().advances[font];
  const widthOf = (s: string) => {
    let w = 0;
    for (let i = 0; i < s.length; i++) w += advances[s.charCodeAt(i)]!;
    return w * size;
  };
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0; // with its trailing spaces, which do not count against the width
    for (const piece of piecesOf(paragraph)) {
      const ink = piece.trimEnd();
      const inkWidth = widthOf(ink);
      // A character Roboto lacks (a tab, a line separator): pdfkit lays the text out.
      if (Number.isNaN(inkWidth) || Number.isNaN(widthOf(piece))) return undefined;
      if (line && lineWidth + inkWidth <= width) {
        line += piece;
        lineWidth += widthOf(piece);
        continue;
      }
      // The space a line ends at is printed (text read aloud or copied keeps its words apart).
      if (line) lines.push(line);
      line = '';
      lineWidth = 0;
      if (inkWidth <= width) {
        line = piece;
        lineWidth = widthOf(piece);
        continue;
      }
      // Wider than a line by itself (a long address): as many characters as fit, then on.
      for (const char of piece) {
        const charWidth = widthOf(char);
        if (line && lineWidth + charWidth > width && char !== ' ') {
          lines.push(line);
          line = '';
          lineWidth = 0;
        }
        line += char;
        lineWidth += charWidth;
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Words with the spaces after them; a hyphen or slash inside a word ends a piece too. Only
 * the plain space breaks: no-break spaces (1 800 USD) keep their neighbours together.
 */
function piecesOf(paragraph: string): string[] {
  return paragraph.match(/[^ /-]*(?:[/-]+(?=[^ ])|[ ]+|[/-]+[ ]*|$)/g)?.filter(Boolean) ?? [];
}
