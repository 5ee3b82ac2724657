import { readFile } from 'node:fs/promises';

export interface PdfContent {
  pages: string[];
  outline: string[];
  info: Record<string, unknown>;
  language: string | undefined;
}

/** The text of every page, the bookmarks and the metadata, as a PDF reader sees them. */
export async function readPdf(path: string): Promise<PdfContent> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(await readFile(path)),
    useSystemFonts: false,
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
        .join('')
        .replace(/[ \t]+/g, ' '),
    );
  }
  const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
  const meta = await doc.getMetadata();
  await doc.destroy();
  // The document's language sits in its catalog (/Lang), which pdf.js does not expose;
  // other /Lang entries mark spans in another language.
  const bytes = (await readFile(path)).toString('latin1');
  const catalog = /<<\s*\/Type \/Catalog\b([^]*?)>>\s*endobj/.exec(bytes)?.[1] ?? '';
  const language = /\/Lang \(([^)]*)\)/.exec(catalog)?.[1];
  return { pages, outline, info: meta.info as Record<string, unknown>, language };
}
