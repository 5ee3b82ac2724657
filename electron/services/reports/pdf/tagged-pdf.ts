import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { fontBytes } from './pdf-fonts';
import { drawBlock } from './pdf-blocks';
import { Flow, type TextLook } from './pdf-flow';
import type { PdfDocumentSpec } from './pdf-model';
import { PageTotals } from './page-totals';
import { layOutByPairs, rememberGlyphCodes, type GlyphCodes } from './pair-layout';
import { ACCENT, FOOTER_OFFSET, HEADER_TOP, MARGINS, MUTED } from './pdf-style';

/** Where the PDF's bytes go, in order, as pages are finished. */
export interface PdfSink {
  write(chunk: Uint8Array): void;
}

/**
 * Renders a document as a tagged PDF (PDF/UA-minded): structure tree, /Lang,
 * the title shown in the window, bookmarks, artifacts for the running header and
 * footer. Pages go to `sink` as soon as they are full, so memory stays flat
 * whatever the length; "page X of Y" is filled in at the end (page-totals.ts).
 */
export async function renderPdf(spec: PdfDocumentSpec, sink: PdfSink): Promise<{ pages: number }> {
  const page = { size: 'A4', layout: spec.landscape ? 'landscape' : 'portrait', margins: MARGINS };
  const doc = new PDFDocument({
    ...page,
    autoFirstPage: false,
    bufferPages: false,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: spec.lang,
    info: {
      Title: spec.title,
      ...(spec.author ? { Author: spec.author } : {}),
      ...(spec.subject ? { Subject: spec.subject } : {}),
      ...(spec.creator ? { Creator: spec.creator, Producer: spec.creator } : {}),
      CreationDate: spec.createdAt ?? new Date(),
    },
  });
  writeInto(doc, sink);

  const fonts = fontBytes();
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('emoji', fonts.emoji);
  layOutWordsByPairs(doc);
  releaseWrittenObjects(doc);

  const flow = new Flow(doc);
  const totals = new PageTotals(doc);
  let pages = 0;
  doc.on('pageAdded', () => {
    pages += 1;
    if (pages % 64 === 0) forgetLayouts(doc);
    collectContent(doc);
    // A page starts in black, and text running on from the last page keeps its own look.
    const body = flow.currentLook;
    flow.colorChanged();
    drawFrame(doc, flow, spec, totals, pages);
    flow.pageEmpty = true;
    doc.x = MARGINS.left;
    doc.y = MARGINS.top;
    flow.restoreLook(body);
  });
  doc.addPage(page);

  const root = doc.struct('Document', { lang: spec.lang });
  doc.addStructure(root);
  for (const block of spec.blocks) drawBlock(flow, block, root);
  root.end();

  doc.flushPages();
  if (spec.footer) totals.fill(pages, spec.footer.pageOf, footerLook, footerY(doc));
  doc.end();
  return { pages };
}

const headerLook = (color: string): TextLook => ({ size: 9, font: 'bold', color });
const footerLook: TextLook = { size: 8, font: 'regular', color: MUTED };
const footerY = (doc: PDFDocument) => doc.page.height - MARGINS.bottom + FOOTER_OFFSET;

/** The running header and footer: artifacts, so a screen reader skips them. */
function drawFrame(
  doc: PDFDocument,
  flow: Flow,
  spec: PdfDocumentSpec,
  totals: PageTotals,
  page: number,
) {
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  const line = (text: string, look: TextLook, y: number, align: 'left' | 'right') => {
    flow.apply(look); // the font to measure in
    const x = align === 'left' ? MARGINS.left : MARGINS.left + width - doc.widthOfString(text);
    flow.line(text, look, x, y);
  };
  flow.artifact(() => {
    if (spec.header) {
      line(spec.header.left, headerLook(ACCENT), HEADER_TOP, 'left');
      if (spec.header.right)
        line(spec.header.right, { ...headerLook(MUTED), font: 'regular' }, HEADER_TOP, 'right');
    }
    if (spec.footer) {
      line(spec.footer.left, footerLook, footerY(doc), 'left');
      totals.place(page);
    }
  }, 'Pagination');
}

/**
 * pdfkit hands every line of PDF syntax to a Readable stream, one small chunk
 * at a time, converting each string byte by byte. Taking its output at the source
 * instead, in 64 KiB batches, makes a third less work and no stream buffer that
 * grows while the layout runs. Its strings are binary strings: one byte a character.
 */
function writeInto(doc: PDFDocument, sink: PdfSink) {
  let parts: string[] = [];
  let length = 0;
  const flush = () => {
    if (!parts.length) return;
    sink.write(Buffer.from(parts.join(''), 'latin1'));
    parts = [];
    length = 0;
  };
  // What the constructor wrote (the %PDF header) waits in the stream's buffer.
  for (let chunk = doc.read() as Uint8Array | null; chunk; chunk = doc.read() as Uint8Array | null)
    sink.write(chunk);
  const internal = doc as unknown as { _offset: number; _write(data: string | Uint8Array): void };
  internal._write = (data) => {
    if (typeof data === 'string') {
      parts.push(data, '\n');
      length += data.length + 1;
      internal._offset += data.length + 1;
      if (length >= 1 << 16) flush();
    } else {
      flush();
      sink.write(data);
      internal._offset += data.length;
    }
  };
  // The end of the document: pdfkit pushes null into its stream.
  (doc as unknown as { push(chunk: unknown): boolean }).push = (chunk) => {
    if (chunk === null) flush();
    return true;
  };
}

/**
 * The page's content stream: pdfkit turns every drawing operator into its own
 * small byte array and compresses the page at zlib's default level. Keeping the
 * operators as text, converting the page once and compressing it at level 1
 * (a little larger, several times faster) halves the cost of writing a page.
 */
function collectContent(doc: PDFDocument) {
  type Content = {
    compress: boolean;
    buffer: Uint8Array[];
    uncompressedLength: number;
    data: Record<string, unknown>;
    write(chunk: string | Uint8Array): void;
    end(chunk?: unknown): void;
  };
  const content = (doc.page as unknown as { content: Content }).content;
  const write = content.write.bind(content);
  const end = content.end.bind(content);
  // What pdfkit wrote before this page was announced (its coordinate flip).
  const parts = content.buffer.map((b) => Buffer.from(b).toString('latin1'));
  content.buffer = [];
  content.data.Length = 0;
  content.uncompressedLength = 0;
  content.write = (chunk) => {
    parts.push(typeof chunk === 'string' ? `${chunk}\n` : Buffer.from(chunk).toString('latin1'));
  };
  content.end = () => {
    content.compress = false; // pdfkit's own deflate: not again
    write(deflateSync(Buffer.from(parts.join(''), 'latin1'), { level: 1 }));
    content.data.Filter = 'FlateDecode';
    end();
  };
}

/** Roboto's text laid out from letters and pairs (pair-layout.ts); emoji stay with fontkit. */
function layOutWordsByPairs(doc: PDFDocument) {
  for (const name of ['regular', 'bold']) doc.font(name); // pdfkit makes a font on first use
  const families = (doc as unknown as { _fontFamilies: Record<string, GlyphCodes> })._fontFamilies;
  for (const font of [families.regular!, families.bold!]) {
    layOutByPairs(font);
    rememberGlyphCodes(font);
  }
}

/**
 * pdfkit remembers the glyph layout of every distinct word it has printed, for
 * ever: at 10,000 designations that is most of the memory. Starting afresh every
 * 64 pages keeps the words that recur on every page fast and memory flat.
 */
function forgetLayouts(doc: PDFDocument) {
  const families = (doc as unknown as { _fontFamilies: Record<string, { layoutCache?: object }> })
    ._fontFamilies;
  for (const font of Object.values(families))
    if (font.layoutCache) font.layoutCache = Object.create(null) as object;
}

/**
 * pdfkit keeps every object it has written, though the cross-reference table
 * needs only their offsets. Dropping the contents of the objects there is one of
 * per page (structure elements, pages, their resources and footer forms) once
 * written keeps memory flat. What pdfkit reads again stays: a page's StructParents
 * key (text that ran on from it is entered in the parent tree under that key when
 * it ends) and an element's parent (pdfkit checks it to see the element is done).
 */
function releaseWrittenObjects(doc: PDFDocument) {
  type Written = { data: Record<string, unknown>; buffer: unknown[] };
  const internal = doc as unknown as { _refEnd(ref: Written): void };
  const refEnd = internal._refEnd.bind(doc);
  const written = { P: true }; // all pdfkit asks of a written element: has it a parent?
  const nothing: unknown[] = [];
  internal._refEnd = (ref) => {
    refEnd(ref);
    const { data } = ref;
    ref.buffer = nothing;
    if (data.Type === 'Page') ref.data = { StructParents: data.StructParents };
    else if ('S' in data) ref.data = written;
    else if ('ProcSet' in data || data.Type === 'XObject') ref.data = {};
  };
}
