import type { PDFStructureElement } from 'pdfkit';
import { BODY, type Flow, type TextLook } from './pdf-flow';
import type { CellText, PdfText, TableBlock } from './pdf-model';
import { CELL_GAP, CELL_PADDING_Y, HEADER_FILL, HEADER_RULE, MUTED, ROW_RULE } from './pdf-style';

interface Cell {
  text: PdfText;
  look: TextLook;
  note?: PdfText;
}

const NOTE_LOOK: TextLook = { ...BODY, color: MUTED };

const HEADER_LOOK: TextLook = { ...BODY, font: 'bold' };

function cellOf(cell: CellText): Cell {
  if (typeof cell === 'object' && ('bold' in cell || 'muted' in cell || 'note' in cell)) {
    const c = cell as { text: PdfText; bold?: boolean; muted?: boolean; note?: PdfText };
    return {
      text: c.text,
      look: { ...BODY, font: c.bold ? 'bold' : 'regular', color: c.muted ? MUTED : BODY.color },
      note: c.note,
    };
  }
  return { text: cell as PdfText, look: BODY };
}

/** Column widths and left edges: fixed widths as given, '*' columns share what is left. */
function columnsOf(t: TableBlock, left: number, width: number) {
  const gap = CELL_GAP[t.rules ?? 'lines'];
  const fixed = t.columns.reduce((sum, c) => sum + (c.width === '*' ? 0 : c.width), 0);
  const stars = t.columns.filter((c) => c.width === '*').length;
  const star = stars ? Math.max(0, (width - fixed - gap * (t.columns.length - 1)) / stars) : 0;
  let x = left;
  return t.columns.map((c) => {
    const w = c.width === '*' ? star : c.width;
    const column = { x, width: w };
    x += w + gap;
    return column;
  });
}

/**
 * A table: THead with the column headers (TH, scope Column), TBody with the rows,
 * the first cell a row header (TH, scope Row) where asked. A row never splits;
 * when the next one does not fit, the page ends and the header row is drawn again
 * on the next page as an artifact, so a screen reader hears it once.
 */
export function drawTable(flow: Flow, t: TableBlock, parent: PDFStructureElement): void {
  const { doc } = flow;
  const columns = columnsOf(t, flow.left, flow.width);
  const lines = (t.rules ?? 'lines') === 'lines';
  const span = { x: flow.left, width: columns.at(-1)!.x + columns.at(-1)!.width - flow.left };
  const headers = t.columns.some((c) => c.header)
    ? t.columns.map((c) => ({ text: c.header ?? '', look: HEADER_LOOK }))
    : null;

  const cellHeight = (c: Cell, width: number) =>
    flow.measure(c.text, c.look, width) + (c.note ? flow.measure(c.note, NOTE_LOOK, width) : 0);
  const heightOf = (cells: Cell[]) =>
    Math.max(0, ...cells.map((c, i) => cellHeight(c, columns[i]!.width))) + 2 * CELL_PADDING_Y;
  const rule = (y: number, r: { width: number; color: string }) =>
    flow.artifact(() => {
      doc.save().lineWidth(r.width).strokeColor(r.color);
      doc
        .moveTo(span.x, y + r.width / 2)
        .lineTo(span.x + span.width, y + r.width / 2)
        .stroke();
      doc.restore();
    });

  const drawRow = (
    cells: Cell[],
    row: PDFStructureElement | null,
    kinds: CellKind[],
    height = heightOf(cells), // measured once: laying text out is most of a table's cost
  ) => {
    const top = flow.y;
    if (kinds[0] === 'column') {
      flow.artifact(() => {
        doc.rect(span.x, top, span.width, height).fill(HEADER_FILL);
        flow.colorChanged();
      });
    }
    cells.forEach((cell, i) => {
      const column = columns[i]!;
      const y = top + CELL_PADDING_Y;
      const paint = () => flow.draw(cell.text, cell.look, column.x, y, column.width);
      if (!row) return flow.artifact(paint, 'Pagination');
      const kind = kinds[i]!;
      const scope = kind === 'data' ? undefined : scopeOf(kind);
      const type = kind === 'data' ? 'TD' : 'TH';
      if (!cell.note) {
        flow.tag(row, type, { lang: flow.langOf(cell.text), scope }, paint).end();
        return;
      }
      // Two lines that may be in two languages (an English name, its Norwegian explanation).
      const { note } = cell;
      const below = y + flow.measure(cell.text, cell.look, column.width);
      const td = flow.tag(row, type, { scope });
      flow.tag(td, 'Span', { lang: flow.langOf(cell.text) }, paint).end();
      flow
        .tag(td, 'Span', { lang: flow.langOf(note) }, () =>
          flow.draw(note, NOTE_LOOK, column.x, below, column.width),
        )
        .end();
      td.end();
    });
    flow.pageEmpty = false;
    flow.y = top + height;
  };

  const table = flow.tag(parent, 'Table');
  const header = () => {
    if (!headers) return;
    drawRow(
      headers,
      null,
      headers.map(() => 'column'),
    );
    if (lines) flow.y += HEADER_RULE.width;
  };
  if (headers) {
    flow.ensure(heightOf(headers) + 2 * HEADER_RULE.width + 24);
    const head = flow.tag(table, 'THead');
    const tr = flow.tag(head, 'TR');
    drawRow(
      headers,
      tr,
      headers.map(() => 'column'),
    );
    tr.end();
    head.end();
    if (lines) {
      rule(flow.y, HEADER_RULE);
      flow.y += HEADER_RULE.width;
    }
  }
  const body = flow.tag(table, 'TBody');
  let first = true;
  for (const raw of t.rows) {
    const cells = raw.map(cellOf);
    const cellsHeight = heightOf(cells);
    const height = cellsHeight + (lines && !first ? ROW_RULE.width : 0);
    if (flow.y + height > flow.bottom && !flow.pageEmpty) {
      if (lines && !first) rule(flow.y, ROW_RULE); // closes the table at the foot of the page
      flow.newPage();
      if (headers) {
        header();
        if (lines) rule(flow.y - HEADER_RULE.width, HEADER_RULE);
      }
      first = true;
    }
    if (lines && !first) {
      rule(flow.y, ROW_RULE);
      flow.y += ROW_RULE.width;
    }
    const tr = flow.tag(body, 'TR');
    drawRow(
      cells,
      tr,
      cells.map((_, i) => (i === 0 && t.rowHeaders ? 'row' : 'data')),
      cellsHeight,
    );
    tr.end();
    first = false;
  }
  body.end();
  table.end();
}

type CellKind = 'column' | 'row' | 'data';
const scopeOf = (kind: CellKind) => (kind === 'column' ? 'Column' : 'Row');
