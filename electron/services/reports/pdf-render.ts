import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';

let ready = false;

/**
 * pdfmake with its bundled Roboto embedded (it covers æ, ø, å and the minus
 * sign Intl prints), and no access to URLs or local files from documents.
 */
function setUp(): void {
  if (ready) return;
  const dir = join(
    dirname(createRequire(__filename).resolve('pdfmake/package.json')),
    'fonts',
    'Roboto',
  );
  // Fonts go into pdfmake's in-memory file system, so documents need no disk access at all.
  const font = (name: string) => {
    const file = `Roboto-${name}.ttf`;
    pdfmake.virtualfs.writeFileSync(file, readFileSync(join(dir, file)));
    return file;
  };
  pdfmake.setFonts({
    Roboto: {
      normal: font('Regular'),
      bold: font('Medium'),
      italics: font('Italic'),
      bolditalics: font('MediumItalic'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  ready = true;
}

/** Lays out and renders a document definition; `onProgress` gets 0..1 while pages are drawn. */
export async function renderPdf(
  definition: object,
  onProgress?: (fraction: number) => void,
): Promise<Buffer> {
  setUp();
  pdfmake.setProgressCallback(onProgress);
  try {
    return await pdfmake.createPdf(definition).getBuffer();
  } finally {
    pdfmake.setProgressCallback(undefined);
  }
}
