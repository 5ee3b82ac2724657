/**
 * Text laid out from letters and letter pairs. pdfkit shapes every word it has not seen
 * with fontkit, and a catalog is full of words seen once (codes, numbers, names): at
 * 10,000 designations that shaping was the largest part of a report's time. Roboto's
 * shaping of Latin text is pairwise (kerning between neighbours within a word), so a line's
 * layout is its letters' layouts with each pair's kerning added. Every letter and pair is
 * shaped once by fontkit and checked: a pair that does not shape as two letters plus
 * kerning (the fi and ff ligatures, say) sends the text that holds it to fontkit, word by
 * word, as before. tests/unit/pair-layout.test.ts holds the result to fontkit's, glyph by glyph.
 */

/** What pdfkit's font makes of a text: fontkit glyphs and pdfkit-scaled positions. */
interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
export interface Run {
  glyphs: Glyph[];
  positions: Position[];
  advanceWidth: number;
}

const MARK = /\p{M}/u;
const FIELDS = ['xAdvance', 'yAdvance', 'xOffset', 'yOffset', 'advanceWidth'] as const;
const samePlace = (a: Position, b: Position, but?: 'xAdvance') =>
  FIELDS.every((f) => f === but || a[f] === b[f]);

/**
 * Lays text out from cached letters and pairs; undefined for text it cannot do exactly.
 * A glyph's position is shared by every text with the same letter before the same next
 * letter: a line costs two arrays, not an object per glyph.
 */
export function pairLayout(shape: (text: string) => Run): (text: string) => Run | undefined {
  // By character code: most lines are Latin, and an array is the quickest lookup there is.
  const letters = new Array<{ glyph: Glyph; position: Position } | null | undefined>(0x10000);

  const letter = (code: number) => {
    let found = letters[code];
    if (found === undefined) {
      const run = shape(String.fromCharCode(code));
      const [glyph] = run.glyphs;
      found =
        run.glyphs.length === 1 &&
        glyph!.id !== 0 &&
        (code < 0xd800 || code > 0xdfff) &&
        !MARK.test(String.fromCharCode(code)) // fontkit kerns across a mark: not pairwise
          ? { glyph: glyph!, position: run.positions[0]! }
          : null;
      letters[code] = found;
    }
    return found;
  };

  /** Where the first of two letters leaves the second: its own position, kerned. */
  const pairs = new Array<Map<number, Position | null> | undefined>(0x10000);
  const pair = (a: number, b: number) => {
    const after = (pairs[a] ??= new Map());
    let found = after.get(b);
    if (found === undefined) {
      const first = letter(a);
      const second = letter(b);
      const run = first && second ? shape(String.fromCharCode(a, b)) : undefined;
      const plain =
        !!run &&
        run.glyphs.length === 2 &&
        run.glyphs[0]!.id === first!.glyph.id &&
        run.glyphs[1]!.id === second!.glyph.id &&
        samePlace(run.positions[0]!, first!.position, 'xAdvance') &&
        samePlace(run.positions[1]!, second!.position);
      found = plain ? { ...first!.position, xAdvance: run.positions[0]!.xAdvance } : null;
      after.set(b, found);
    }
    return found;
  };

  return (text) => {
    const glyphs: Glyph[] = new Array(text.length);
    const positions: Position[] = new Array(text.length);
    let advanceWidth = 0;
    const last = text.length - 1;
    for (let i = 0; i <= last; i++) {
      const code = text.charCodeAt(i);
      const here = letter(code);
      if (!here) return undefined;
      // pdfkit shapes word by word, a word ending after its space: no kerning across one.
      const wordEnds = i === last || code === 32 || code === 9;
      const position = wordEnds ? here.position : pair(code, text.charCodeAt(i + 1));
      if (!position) return undefined;
      glyphs[i] = here.glyph;
      positions[i] = position;
      advanceWidth += position.xAdvance;
    }
    return { glyphs, positions, advanceWidth };
  };
}

/** The part of pdfkit's embedded font this replaces: laying out a piece of text. */
export interface FontLayout {
  layoutRun(text: string): Run;
  layoutCached(word: string): Run;
  layout(text: string, features?: unknown, onlyWidth?: boolean): Run;
}

/**
 * Has pdfkit's font lay text out by pairs where that is exact. Text with a pair that is
 * not (a ligature) goes word by word, as pdfkit goes: a word ends after a space or tab,
 * and only the words that hold such a pair are shaped by fontkit (and kept, as pdfkit keeps them).
 */
export function layOutByPairs(font: FontLayout): void {
  const byPairs = pairLayout((text) => font.layoutRun(text));
  const layout = font.layout.bind(font);
  const wordByWord = (text: string): Run => {
    const glyphs: Glyph[] = [];
    const positions: Position[] = [];
    let advanceWidth = 0;
    for (let start = 0; start < text.length;) {
      let end = start;
      while (end < text.length && text[end] !== ' ' && text[end] !== '\t') end++;
      const word = text.slice(start, end + 1); // with the space that ends it
      const run = byPairs(word) ?? font.layoutCached(word);
      for (let i = 0; i < run.glyphs.length; i++) {
        glyphs.push(run.glyphs[i]!);
        positions.push(run.positions[i]!);
      }
      advanceWidth += run.advanceWidth;
      start = end + 1;
    }
    return { glyphs, positions, advanceWidth };
  };
  // A report repeats many lines (labels, statuses, the issuer): each is laid out once per
  // few thousand lines. pdfkit only reads a layout, so one can serve every time.
  const lines = new Map<string, Run>();
  font.layout = (text, features, onlyWidth) => {
    if (features || !text) return layout(text, features, onlyWidth);
    let run = lines.get(text);
    if (!run) {
      run = byPairs(text) ?? wordByWord(text);
      if (lines.size >= 4096) lines.clear();
      lines.set(text, run);
    }
    return run;
  };
}

/** The part of pdfkit's embedded font that turns glyphs into the codes a page prints. */
export interface GlyphCodes extends FontLayout {
  encode(text: string, features?: unknown): [string[], Position[]];
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  scale: number;
}

/**
 * Encodes as pdfkit does (the glyph's number in the embedded subset, its width and its
 * text kept the first time the glyph is used), remembering each glyph's code instead of
 * building it again for every glyph of every line.
 */
export function rememberGlyphCodes(font: GlyphCodes): void {
  const codes = new Map<number, string>();
  font.encode = (text, features) => {
    const { glyphs, positions } = font.layout(text, features);
    const encoded = new Array<string>(glyphs.length);
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i]!;
      let code = codes.get(glyph.id);
      if (code === undefined) {
        const id = font.subset.includeGlyph(glyph.id);
        code = `0000${id.toString(16)}`.slice(-4);
        font.widths[id] ??= glyph.advanceWidth * font.scale;
        font.unicode[id] ??= glyph.codePoints;
        codes.set(glyph.id, code);
      }
      encoded[i] = code;
    }
    return [encoded, positions];
  };
}
