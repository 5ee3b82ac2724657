// The parts of pdfkit 0.20 this app uses (@types/pdfkit describes 0.17, without
// the tagging calls). Kept to what the engine calls; see pdfkit.org/docs/accessibility.html.
declare module 'pdfkit' {
  import type { Readable } from 'node:stream';

  export interface TextOptions {
    width?: number;
    height?: number;
    align?: 'left' | 'right' | 'center' | 'justify';
    lineGap?: number;
    lineBreak?: boolean;
    continued?: boolean;
  }
  export interface StructOptions {
    title?: string;
    lang?: string;
    alt?: string;
    actual?: string;
    scope?: 'Row' | 'Column' | 'Both';
  }
  export type StructChild = PDFStructureElement | (() => void);
  export class PDFStructureElement {
    dictionary: { data: Record<string, unknown> };
    add(child: StructChild): this;
    end(): void;
  }
  export interface PDFReference {
    id: number;
    data: Record<string, unknown>;
    /** Deflate the stream when it ends (pdfkit's default for every stream). */
    compress: boolean;
    write(chunk: string | Uint8Array): void;
    end(chunk?: string | Uint8Array): void;
  }
  export interface PDFPage {
    width: number;
    height: number;
    margins: { top: number; right: number; bottom: number; left: number };
    xobjects: Record<string, PDFReference>;
    maxY(): number;
  }
  export interface Outline {
    addItem(title: string): Outline;
  }

  class PDFDocument extends Readable {
    constructor(options?: Record<string, unknown>);
    page: PDFPage;
    x: number;
    y: number;
    outline: Outline;
    registerFont(name: string, src: string | Uint8Array): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    lineWidth(width: number): this;
    addPage(options?: Record<string, unknown>): this;
    /** A new page that carries on the marked content open on this one. */
    continueOnNewPage(options?: Record<string, unknown>): this;
    flushPages(): void;
    text(text: string, x?: number, y?: number, options?: TextOptions): this;
    text(text: string, options?: TextOptions): this;
    heightOfString(text: string, options?: TextOptions): number;
    widthOfString(text: string): number;
    currentLineHeight(includeGap?: boolean): number;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    rect(x: number, y: number, w: number, h: number): this;
    roundedRect(x: number, y: number, w: number, h: number, r?: number): this;
    polygon(...points: [number, number][]): this;
    closePath(): this;
    dash(length: number, options?: { space?: number }): this;
    undash(): this;
    fillAndStroke(fill?: string, stroke?: string): this;
    circle(x: number, y: number, r: number): this;
    fill(color?: string): this;
    stroke(color?: string): this;
    save(): this;
    restore(): this;
    addContent(content: string): this;
    ref(data?: Record<string, unknown>): PDFReference;
    struct(type: string, options?: StructOptions, children?: StructChild[]): PDFStructureElement;
    addStructure(element: PDFStructureElement): this;
    markContent(tag: string, options?: Record<string, unknown>): this;
    endMarkedContent(): this;
    end(): void;
  }
  export default PDFDocument;
}

// fontkit (pdfkit's own font reader): only the character set is read, to choose a font per character.
declare module 'fontkit' {
  interface Font {
    characterSet: number[];
    unitsPerEm: number;
    glyphForCodePoint(codePoint: number): { advanceWidth: number };
  }
  export function create(buffer: Buffer): Font;
}
