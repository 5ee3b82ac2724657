/**
 * What a tagged PDF is made of: the engine's whole API (see README in this folder).
 *
 * A document is a title, a language and a stream of blocks. Each block becomes
 * both what is printed and what a screen reader gets: headings (H1–H3), paragraphs
 * (P), lists (L/LI), tables (Table/THead/TBody/TR/TH/TD, the header row repeated on
 * every page), figures with alternative text, and sections (Sect) that group them.
 * Running headers, footers, rules and fills are artifacts. Blocks may come from a
 * generator: the engine draws and writes them page by page and keeps none.
 */

import type PDFDocument from 'pdfkit';

/** Text, or text in another language than the document's (BCP 47, e.g. `en-GB`). */
export type PdfText = string | { text: string; lang?: string };

/** The house styles (pdf-style.ts); each names a size, weight, colour and spacing. */
export type TextStyle =
  | 'body'
  | 'intro'
  | 'title'
  | 'subtitle'
  | 'sheetTitle'
  | 'sectionTitle'
  | 'pathwayTitle'
  | 'explanatoryName'
  | 'caution'
  | 'small';

export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3;
  text: PdfText;
  style?: TextStyle;
  /** Adds a bookmark (outline entry) pointing here. */
  bookmark?: boolean;
  /** Starts a new page first (unless the page is still empty). */
  newPage?: boolean;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: PdfText;
  style?: TextStyle;
}

export interface ListBlock {
  type: 'list';
  items: PdfText[];
}

/** A cell's text; `note` is a second, muted line under it in its own language (an explanation). */
export type CellText = PdfText | { text: PdfText; bold?: boolean; muted?: boolean; note?: PdfText };

export interface TableColumn {
  /** The column's header (TH, scope Column), repeated at the top of every page the table runs onto. */
  header?: string;
  /** Points, or '*' to share what is left. */
  width: number | '*';
}

export interface TableBlock {
  type: 'table';
  columns: TableColumn[];
  /** Rows of cells; may be a generator, so a table of any length is never held at once. */
  rows: Iterable<CellText[]>;
  /** The first cell of each row heads that row (TH, scope Row). */
  rowHeaders?: boolean;
  /** 'lines': rules under the header and between rows; 'plain': none. */
  rules?: 'lines' | 'plain';
  /** A table's rows are never split across pages; `keepTogether` keeps the whole table on one. */
  keepTogether?: boolean;
}

export interface FigureBlock {
  type: 'figure';
  /** What the figure shows, for those who cannot see it (required by PDF/UA). */
  alt: string;
  width: number;
  height: number;
  /** Draws the figure with pdfkit at (x, y), top left; everything drawn is part of the figure. */
  draw: (doc: PDFDocument, x: number, y: number) => void;
}

export interface SectionBlock {
  type: 'section';
  blocks: PdfBlock[];
  /** Moves the whole section to the next page when it does not fit on this one. */
  keepTogether?: boolean;
}

export type PdfBlock =
  HeadingBlock | ParagraphBlock | ListBlock | TableBlock | FigureBlock | SectionBlock;

export interface PdfDocumentSpec {
  /** Shown in the viewer's title bar (DisplayDocTitle) and in the running header. */
  title: string;
  /** The document's language, BCP 47 (`nb-NO`, `en-GB`). */
  lang: string;
  author?: string;
  subject?: string;
  creator?: string;
  landscape?: boolean;
  /** Running header: left (the title, in the accent colour) and right (e.g. the organisation). */
  header?: { left: string; right?: string };
  /** Running footer: left text, and the right side as "page X of Y" in the document's words. */
  footer?: { left: string; pageOf: (page: number, pages: number) => string };
  createdAt?: Date;
  blocks: Iterable<PdfBlock>;
}
