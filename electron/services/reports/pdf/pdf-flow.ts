import type PDFDocument from 'pdfkit';
import type { PDFStructureElement } from 'pdfkit';
import { linesOf, plainWidth, runsOf } from './pdf-fonts';
import type { PdfText } from './pdf-model';
import { LINE_HEIGHT, MARGINS, STYLES, type StyleSpec } from './pdf-style';

export type Font = 'regular' | 'bold';
export interface TextLook {
  size: number;
  font: Font;
  color: string;
}
export const lookOf = (style: StyleSpec): TextLook => ({
  size: style.size,
  font: style.bold ? 'bold' : 'regular',
  color: style.color,
});
export const BODY = lookOf(STYLES.body);

const split = (text: PdfText) => (typeof text === 'string' ? { text, lang: undefined } : text);

/**
 * The page as it fills: where the next block goes, whether anything is on the
 * page yet, and how text is drawn and measured in the house fonts. Everything a
 * block draws goes through here, so the font pdfkit uses is always ours, even when
 * text runs onto a new page in the middle of a paragraph.
 */
export class Flow {
  /** Nothing but the running header and footer on this page yet. */
  pageEmpty = true;
  private look: TextLook = BODY;

  constructor(readonly doc: PDFDocument) {}

  get left() {
    return MARGINS.left;
  }
  get width() {
    return this.doc.page.width - MARGINS.left - MARGINS.right;
  }
  get bottom() {
    return this.doc.page.height - MARGINS.bottom;
  }
  get y() {
    return this.doc.y;
  }
  set y(value: number) {
    this.doc.y = value;
  }

  /** Starts a new page unless `height` more points fit on this one (or it is still empty). */
  ensure(height: number): void {
    if (!this.pageEmpty && this.doc.y + height > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** Called by the frame after it drew on a new page: pdfkit carries on in our font. */
  restoreLook(look: TextLook = this.look): void {
    this.colorChanged(); // a page starts in black
    this.fontChanged();
    this.apply(look);
  }

  get currentLook(): TextLook {
    return this.look;
  }

  apply(look: TextLook): void {
    this.look = look;
    this.setFont(look);
    if (look.color === this.color) return;
    this.doc.fillColor(look.color);
    this.color = look.color;
  }

  private color: string | undefined;
  /** Forgets which colour text is in: after something filled in another (a bullet, a table's header, a figure). */
  colorChanged(): void {
    this.color = undefined;
  }

  private fontKey = '';
  private setFont(look: TextLook): void {
    const key = `${look.font}/${look.size}`;
    if (key === this.fontKey) return;
    this.fontKey = key;
    this.doc.font(look.font).fontSize(look.size);
  }
  /** Forgets which font is set: after pdfkit drew in another (the emoji font, a new page). */
  private fontChanged(): void {
    this.fontKey = '';
  }

  private readonly metrics = new Map<string, { line: number; gap: number }>();
  /** One line's height in `look`, and the gap added below each line (line height 1.15). */
  private metricsOf(look: TextLook) {
    const key = `${look.font}/${look.size}`;
    let m = this.metrics.get(key);
    if (!m) {
      this.setFont(look);
      const height = this.doc.currentLineHeight(true);
      m = { line: height * LINE_HEIGHT, gap: height * (LINE_HEIGHT - 1) };
      this.metrics.set(key, m);
    }
    return m;
  }

  /** Text that prints on one line at `width` in Roboto alone: pdfkit need not wrap it. */
  private oneLine(value: string, look: TextLook, width: number): boolean {
    // NaN (a character Roboto lacks, or a line break) is not <=: such text takes the long way.
    if (!(plainWidth(value, look.font, look.size) <= width + 5) || value.includes('\n'))
      return false;
    this.setFont(look);
    return this.doc.widthOfString(value) <= width; // as printed, kerning and all
  }

  /** How tall `text` is in `look` at `width`, as `draw` will print it. */
  measure(text: PdfText, look: TextLook, width: number): number {
    const { text: value } = split(text);
    if (!value) return 0;
    const { line, gap } = this.metricsOf(look);
    if (this.oneLine(value, look, width)) return line;
    const lines = this.linesAt(value, look, width);
    if (lines) return lines.length * line;
    // Emoji are measured as two wide letters: never narrower than Noto Emoji prints them.
    const printable = runsOf(value)
      .map((r) => (r.font === 'emoji' ? 'WW'.repeat([...r.text].length) : r.text))
      .join('');
    this.setFont(look);
    return this.doc.heightOfString(printable, { width, lineGap: gap });
  }

  /**
   * Draws text at (x, y) within `width`, in Roboto and, for emoji, Noto Emoji;
   * a character neither has is printed as its code point with the real one as ActualText.
   * Long text runs onto the next page by itself. Leaves `y` below the text.
   */
  draw(text: PdfText, look: TextLook, x: number, y: number, width: number): void {
    const { text: value } = split(text);
    if (!value) return;
    const { line, gap } = this.metricsOf(look);
    this.apply(look);
    this.pageEmpty = false;
    const { doc } = this;
    if (this.oneLine(value, look, width)) {
      this.printLine(value, x, y);
      doc.x = x;
      doc.y = y + line;
      return;
    }
    const lines = this.linesAt(value, look, width);
    if (lines) {
      this.drawLines(lines, x, y, line);
      return;
    }
    const runs = runsOf(value);
    runs.forEach((run, i) => {
      const continued = i < runs.length - 1;
      doc.font(run.font === 'emoji' ? 'emoji' : look.font);
      if (run.actual) doc.markContent('Span', { actual: run.actual });
      if (i === 0) doc.text(run.text, x, y, { width, lineGap: gap, continued });
      else doc.text(run.text, { continued });
      if (run.actual) doc.endMarkedContent();
    });
    this.fontChanged();
    this.setFont(look);
    doc.x = x;
  }

  private lastLines: { key: string; lines: string[] | undefined } | undefined;
  /**
   * `value` broken into lines at `width` (linesOf), each checked as printed: kerning widens
   * some pairs a little (Roboto's "rt"), so a line that does not fit is broken again a little
   * narrower. Measured, then drawn: the second ask is the first answer.
   */
  private linesAt(value: string, look: TextLook, width: number): string[] | undefined {
    const key = `${look.font}/${look.size}/${width}/${value}`;
    if (this.lastLines?.key === key) return this.lastLines.lines;
    this.setFont(look);
    let lines: string[] | undefined;
    for (let narrower = 0, tries = 0; tries < 4; tries++) {
      lines = linesOf(value, look.font, look.size, width - narrower);
      const widest = lines ? Math.max(...lines.map((l) => this.doc.widthOfString(l.trimEnd()))) : 0;
      if (widest <= width) break;
      narrower += widest - width + 0.01;
      if (tries === 3) lines = undefined; // pdfkit lays it out, as it did
    }
    this.lastLines = { key, lines };
    return lines;
  }

  /**
   * Lines broken by `linesOf`, one below the other; a line that does not fit on the page
   * goes on the next, inside the same tagged content (pdfkit's continueOnNewPage ends
   * the page's marked content and opens it again on the new one).
   */
  private drawLines(lines: string[], x: number, y: number, line: number): void {
    const { doc } = this;
    let top = y;
    for (const text of lines) {
      if (top + line > this.bottom && top > MARGINS.top) {
        doc.continueOnNewPage();
        top = doc.y;
      }
      if (text) this.printLine(text, x, top);
      top += line;
    }
    doc.x = x;
    doc.y = top;
  }

  /** One line that is never broken (a running header or footer) at (x, y). */
  line(text: string, look: TextLook, x: number, y: number): void {
    if (look !== this.look) this.apply(look);
    // NaN: a character Roboto lacks (or a line break): pdfkit picks the way.
    if (Number.isNaN(plainWidth(text, look.font, look.size)))
      this.doc.text(text, x, y, { lineBreak: false });
    else this.printLine(text, x, y);
  }

  /**
   * One line of Roboto text at (x, y), in the font and colour set. pdfkit's text() lays a
   * line out three times: to align it, to print it, and to move x past it. A line we placed
   * ourselves needs only the printing (the width it is told is used for links and underlines,
   * which reports do not draw).
   */
  private printLine(text: string, x: number, y: number): void {
    (this.doc as unknown as PrintsFragments)._fragment(text, x, y, { textWidth: 0, wordCount: 1 });
  }

  /** A tagged element under `parent`, its content drawn by `paint` inside it. */
  tag(
    parent: PDFStructureElement,
    type: string,
    options: { lang?: string; alt?: string; scope?: 'Row' | 'Column' } = {},
    paint?: () => void,
  ): PDFStructureElement {
    const element = this.doc.struct(type, definedOnly(options));
    parent.add(element);
    if (paint) element.add(paint);
    return element;
  }

  /** Decoration and repeated material: drawn, but skipped by screen readers. */
  artifact(paint: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    paint();
    this.doc.endMarkedContent();
  }

  langOf(text: PdfText): string | undefined {
    return split(text).lang;
  }
}

/** pdfkit's own step that prints one line of text in the current font: see printLine. */
export interface PrintsFragments {
  _fragment(
    text: string,
    x: number,
    y: number,
    options: { textWidth: number; wordCount: number },
  ): void;
}

/** Options without the ones left undefined (pdfkit would write them out). Once per tag: kept cheap. */
function definedOnly<T extends object>(o: T): T {
  let all = true;
  for (const key in o) if (o[key] === undefined) all = false;
  if (all) return o;
  const kept = {} as T;
  for (const key in o) if (o[key] !== undefined) kept[key] = o[key];
  return kept;
}
