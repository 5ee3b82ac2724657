import type { TextStyle } from './pdf-model';

/** The look of every report: A4, Roboto 9 pt, the accent blue for titles. */
export const ACCENT = '#1d5a85';
export const MUTED = '#56626b';
export const INK = '#000000';
export const HEADER_FILL = '#e8eef3';
export const RULE = '#aaaaaa';

export const MARGINS = { top: 56, right: 40, bottom: 48, left: 40 };
/** Running header and footer: their distance from the top edge, and from the bottom margin. */
export const HEADER_TOP = 24;
export const FOOTER_OFFSET = 16;
export const LINE_HEIGHT = 1.15;

export interface StyleSpec {
  size: number;
  bold?: boolean;
  color: string;
  /** Space above and below, in points. */
  before: number;
  after: number;
}

export const STYLES: Record<TextStyle, StyleSpec> = {
  body: { size: 9, color: INK, before: 0, after: 0 },
  intro: { size: 9, color: INK, before: 0, after: 8 },
  title: { size: 18, bold: true, color: ACCENT, before: 0, after: 2 },
  subtitle: { size: 10, color: MUTED, before: 0, after: 12 },
  sheetTitle: { size: 15, bold: true, color: ACCENT, before: 0, after: 4 },
  sectionTitle: { size: 10, bold: true, color: MUTED, before: 10, after: 3 },
  pathwayTitle: { size: 11, bold: true, color: ACCENT, before: 10, after: 2 },
  small: { size: 8, color: MUTED, before: 0, after: 0 },
  explanatoryName: { size: 11, color: MUTED, before: 0, after: 6 },
  /** Cautions stand out from the facts around them (dark amber: 7:1 on white). */
  caution: { size: 9, bold: true, color: '#7a4100', before: 0, after: 8 },
};

export const HEADING_STYLE: Record<1 | 2 | 3, TextStyle> = {
  1: 'title',
  2: 'sheetTitle',
  3: 'sectionTitle',
};

/** Space between table columns (none at the table's edges) and above and below cell text. */
export const CELL_GAP = { lines: 16, plain: 8 } as const;
export const CELL_PADDING_Y = 2;
/** The rule under a table's header row, and between rows. */
export const HEADER_RULE = { width: 2, color: INK };
export const ROW_RULE = { width: 1, color: RULE };
export const LIST_INDENT = 12;
