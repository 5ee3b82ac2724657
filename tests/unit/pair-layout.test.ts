// Text laid out from letters and pairs (#17) must print exactly as fontkit shapes it: the
// same glyphs at the same places, for every text the catalog and the interface hold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontBytes, linesOf, plainWidth } from '../../electron/services/reports/pdf/pdf-fonts';
import {
  layOutByPairs,
  pairLayout,
  type FontLayout,
  type Run,
} from '../../electron/services/reports/pdf/pair-layout';
import { SEED_DESIGNATIONS } from '../../electron/services/seed';
import { syntheticDesignations } from '../support/synthetic';

type Name = 'regular' | 'bold';
/** pdfkit's own font for `name`, as a report makes it. */
function pdfkitFont(name: Name): FontLayout {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont(name, fontBytes()[name]);
  doc.font(name);
  return (doc as unknown as { _fontFamilies: Record<Name, FontLayout> })._fontFamilies[name];
}

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(strings)
      : [];

/** Every line of text the seed, the synthetic catalog and both languages' interface hold. */
function corpus(): string[] {
  const locales = join(__dirname, '..', '..', 'locales');
  const interfaceText = ['en', 'nb'].flatMap((lang) =>
    readdirSync(join(locales, lang)).flatMap((file) =>
      strings(JSON.parse(readFileSync(join(locales, lang, file), 'utf8'))),
    ),
  );
  // Letters, digits and punctuation in random order: pairs no real text happens to hold.
  let seed = 1;
  const random = () => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff;
  const alphabet =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅabcdefghijklmnopqrstuvwxyzæøåéüö0123456789 .,:;–-/()«»"\'&%';
  const noise = Array.from({ length: 3000 }, () =>
    Array.from({ length: 2 + Math.floor(random() * 12) }, () =>
      alphabet.charAt(Math.floor(random() * alphabet.length)),
    ).join(''),
  );
  // Combining marks, which fontkit kerns across: decomposed letters in several scripts.
  const marks = ['К\u0301ерка', 'ζ\u0301α', '\u201c\u0301T', 'e\u0301te\u0301', 'A\u030aV'];
  return [
    ...marks,
    ...strings(SEED_DESIGNATIONS),
    ...strings(syntheticDesignations(300)),
    ...interfaceText,
    ...noise,
  ]
    .flatMap((text) => text.split('\n'))
    .filter(Boolean);
}

const glyphsOf = (run: Run) => run.glyphs.map((g) => g.id);
const placesOf = (run: Run) =>
  run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, p.advanceWidth]);

describe.each(['regular', 'bold'] as Name[])('text laid out by pairs, in Roboto %s', (name) => {
  const texts = corpus();

  it('prints every text with the glyphs and places fontkit gives it', () => {
    const reference = pdfkitFont(name);
    const patched = pdfkitFont(name);
    layOutByPairs(patched);
    for (const text of texts) {
      const expected = reference.layout(text);
      const actual = patched.layout(text);
      expect(glyphsOf(actual), text).toEqual(glyphsOf(expected));
      expect(placesOf(actual), text).toEqual(placesOf(expected));
      expect(patched.layout(text, undefined, true).advanceWidth, text).toBe(expected.advanceWidth);
    }
  });

  it('lays most text out by pairs, and leaves ligatures and unknown letters to fontkit', () => {
    const font = pdfkitFont(name);
    const byPairs = pairLayout((text) => font.layoutRun(text));
    const done = texts.filter((text) => byPairs(text) !== undefined).length;
    expect(done / texts.length).toBeGreaterThan(0.5);
    expect(byPairs('Office fields')).toBeUndefined(); // fi and ff print as ligatures
    expect(byPairs('中')).toBeUndefined(); // not in Roboto
    expect(byPairs('AIS 2020')).toBeDefined();
  });
});

describe('lines broken for print (linesOf)', () => {
  it('breaks at plain spaces only: a no-break space keeps 1 800 USD together', () => {
    const width = plainWidth('1\u00a0800–2\u00a0500', 'regular', 9) + 1; // not with 'kostnad'
    const lines = linesOf('kostnad 1\u00a0800–2\u00a0500 USD', 'regular', 9, width)!;
    expect(lines.some((l) => l.includes('1\u00a0800–2\u00a0500'))).toBe(true);
    expect(lines.join('')).toBe('kostnad 1\u00a0800–2\u00a0500 USD'); // nothing lost
  });

  it('leaves text with a tab or a line separator to pdfkit', () => {
    expect(linesOf('Kolonne\tA', 'regular', 9, 500)).toBeUndefined();
    expect(linesOf('a\u2028b', 'regular', 9, 500)).toBeUndefined();
  });
});
