import type PDFDocument from 'pdfkit';
import type { PDFReference } from 'pdfkit';
import type { PrintsFragments, TextLook } from './pdf-flow';
import { MARGINS } from './pdf-style';

/**
 * "Page X of Y" on pages that were written before Y was known. Each page shows a
 * small form XObject in its footer; the page is written with a reference to it,
 * and the XObject itself, the right-aligned words, is written once the last page
 * is done. The only state kept per page is that reference.
 */
export class PageTotals {
  private readonly forms: PDFReference[] = [];

  constructor(private readonly doc: PDFDocument) {}

  /** Puts page `page`'s footer form on the current page. */
  place(page: number): void {
    const { doc } = this;
    const form = doc.ref({
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, doc.page.width, doc.page.height],
      Resources: { Font: {} },
    });
    this.forms[page - 1] = form;
    doc.page.xobjects[`Pg${page}`] = form;
    doc.addContent(`q /Pg${page} Do Q`);
  }

  /**
   * Writes every page's form: `pageOf(page, pages)` right-aligned at `y`. pdfkit
   * draws it as on a page (same font subset, same kerning) into the form's stream.
   */
  fill(
    pages: number,
    pageOf: (page: number, pages: number) => string,
    look: TextLook,
    y: number,
  ): void {
    const { doc } = this;
    const real = doc.page;
    const width = real.width - MARGINS.left - MARGINS.right;
    this.forms.forEach((form, i) => {
      const resources = form.data.Resources as { Font: Record<string, unknown> };
      // pdfkit draws into `doc.page`: a stand-in page whose content is the form.
      (doc as { page: unknown }).page = {
        width: real.width,
        height: real.height,
        margins: real.margins,
        markings: [],
        fonts: resources.Font,
        ext_gstates: {},
        colorSpaces: {},
        write: (chunk: string) => form.write(chunk),
        maxY: () => real.height,
      };
      form.compress = false; // a few dozen bytes: deflating them costs more than it saves
      doc.font(look.font).fontSize(look.size).fillColor(look.color);
      const text = pageOf(i + 1, pages);
      // Right-aligned as pdfkit aligns (its own width of the text), printed by pdfkit's
      // printing step alone: text() would wrap a line it is told not to break.
      const x = MARGINS.left + width - doc.widthOfString(text);
      (doc as unknown as PrintsFragments)._fragment(text, x, y, { textWidth: 0, wordCount: 1 });
      form.end();
    });
    (doc as { page: unknown }).page = real;
  }
}
