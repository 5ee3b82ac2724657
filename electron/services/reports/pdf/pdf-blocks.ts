import type { PDFStructureElement } from 'pdfkit';
import { BODY, lookOf, type Flow } from './pdf-flow';
import type { HeadingBlock, ListBlock, PdfBlock, PdfText } from './pdf-model';
import { drawTable } from './pdf-table';
import { HEADING_STYLE, INK, LIST_INDENT, STYLES, type StyleSpec } from './pdf-style';

const styleOf = (block: { style?: keyof typeof STYLES }, fallback: keyof typeof STYLES) =>
  STYLES[block.style ?? fallback];
const textOf = (t: PdfText) => (typeof t === 'string' ? t : t.text);

/** How tall a block prints, to keep a section together on one page. */
export function measureBlock(flow: Flow, block: PdfBlock): number {
  switch (block.type) {
    case 'heading':
    case 'paragraph': {
      const style = styleOf(block, block.type === 'heading' ? HEADING_STYLE[block.level] : 'body');
      return style.before + flow.measure(block.text, lookOf(style), flow.width) + style.after;
    }
    case 'list':
      return (
        LIST_SPACE_BEFORE +
        block.items.reduce(
          (sum, item) => sum + flow.measure(item, BODY, flow.width - LIST_INDENT),
          0,
        )
      );
    case 'figure':
      return block.height;
    case 'section':
      return block.blocks.reduce((sum, b) => sum + measureBlock(flow, b), 0);
    case 'table':
      // Tables lay themselves out row by row; a kept-together table is measured when drawn.
      return 0;
  }
}

const LIST_SPACE_BEFORE = 2;
/** A heading is not left alone at the foot of a page: it needs room for a line after it. */
const KEEP_WITH_NEXT = 14;

/** Draws a block into the page flow, tagged under `parent`. */
export function drawBlock(flow: Flow, block: PdfBlock, parent: PDFStructureElement): void {
  switch (block.type) {
    case 'heading':
      return heading(flow, block, parent);
    case 'paragraph': {
      const style = styleOf(block, 'body');
      const height = flow.measure(block.text, lookOf(style), flow.width);
      flow.ensure(Math.min(height, 3 * 12));
      textBlock(flow, 'P', block.text, style, parent);
      return;
    }
    case 'list':
      return list(flow, block, parent);
    case 'table':
      return drawTable(flow, block, parent);
    case 'figure': {
      flow.ensure(block.height);
      const { left, y } = flow;
      const figure = flow.doc.struct('Figure', { alt: block.alt });
      parent.add(figure);
      figure.add(() => {
        block.draw(flow.doc, left, y);
        flow.colorChanged();
      });
      figure.end();
      flow.pageEmpty = false;
      flow.y = y + block.height;
      flow.restoreLook();
      return;
    }
    case 'section': {
      if (block.keepTogether) flow.ensure(measureBlock(flow, block));
      const section = flow.tag(parent, 'Sect');
      for (const child of block.blocks) drawBlock(flow, child, section);
      section.end();
      return;
    }
  }
}

function heading(flow: Flow, block: HeadingBlock, parent: PDFStructureElement) {
  const style = styleOf(block, HEADING_STYLE[block.level]);
  if (block.newPage && !flow.pageEmpty) flow.newPage();
  flow.ensure(style.before + flow.measure(block.text, lookOf(style), flow.width) + KEEP_WITH_NEXT);
  if (block.bookmark) flow.doc.outline.addItem(textOf(block.text));
  textBlock(flow, `H${block.level}`, block.text, style, parent);
}

function textBlock(
  flow: Flow,
  tag: string,
  text: PdfText,
  style: StyleSpec,
  parent: PDFStructureElement,
) {
  if (!textOf(text)) return;
  if (!flow.pageEmpty) flow.y += style.before;
  const y = flow.y;
  flow
    .tag(parent, tag, { lang: flow.langOf(text) }, () =>
      flow.draw(text, lookOf(style), flow.left, y, flow.width),
    )
    .end();
  flow.y += style.after;
}

function list(flow: Flow, block: ListBlock, parent: PDFStructureElement) {
  const { doc } = flow;
  flow.y += LIST_SPACE_BEFORE;
  const l = flow.tag(parent, 'L');
  for (const item of block.items) {
    flow.ensure(flow.measure(item, BODY, flow.width - LIST_INDENT));
    const y = flow.y;
    const li = flow.tag(l, 'LI');
    flow.artifact(() => {
      const lineHeight = doc.fontSize(BODY.size).currentLineHeight(true);
      doc.circle(flow.left + 3, y + lineHeight / 2 + 0.5, 1.6).fill(INK);
      flow.colorChanged();
    });
    flow
      .tag(li, 'LBody', { lang: flow.langOf(item) }, () =>
        flow.draw(item, BODY, flow.left + LIST_INDENT, y, flow.width - LIST_INDENT),
      )
      .end();
    li.end();
  }
  l.end();
}
