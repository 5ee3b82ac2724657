import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/** One structure element as poppler's `pdfinfo -struct-text` prints it. */
export interface StructNode {
  role: string;
  /** Attribute lines (`/Scope /Column`) and the text inside the element, flattened. */
  attributes: string[];
  text: string;
  children: StructNode[];
}

/**
 * The structure tree as poppler (an independent reader) sees it: roles, attributes
 * and the text of each element. Throws if the PDF has no structure.
 */
export function popplerStructure(path: string): StructNode {
  const out = execFileSync('pdfinfo', ['-struct-text', path], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const root: StructNode = { role: 'Root', attributes: [], text: '', children: [] };
  const stack: { indent: number; node: StructNode }[] = [{ indent: -1, node: root }];
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    while (stack.length > 1 && stack.at(-1)!.indent >= indent) stack.pop();
    const parent = stack.at(-1)!.node;
    if (body.startsWith('"')) parent.text += quotedText(body);
    else if (body.startsWith('/')) parent.attributes.push(body);
    else {
      const node: StructNode = {
        role: body.replace(/[:(].*$/, '').trim(),
        attributes: [],
        text: '',
        children: [],
      };
      parent.children.push(node);
      stack.push({ indent, node });
    }
  }
  return root;
}

/** Poppler quotes each text but leaves quotes inside it unescaped. */
function quotedText(body: string): string {
  try {
    return JSON.parse(body.replace(/\\'/g, "'")) as string;
  } catch {
    return body.slice(1, -1);
  }
}

export const walk = (node: StructNode, visit: (n: StructNode) => void): void => {
  visit(node);
  node.children.forEach((c) => walk(c, visit));
};

/** Every text in an element and its descendants. */
export const allText = (node: StructNode): string =>
  node.text + node.children.map(allText).join('');

export interface PdfJsNode {
  role: string;
  lang?: string;
  alt?: string;
  children: (PdfJsNode | { type: string; id: string })[];
}

/** What pdf.js (the other reader) makes of the tagging, page by page. */
export async function pdfJsTagging(path: string) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(await readFile(path)),
    useSystemFonts: false,
  }).promise;
  const pages: { tree: PdfJsNode | null; untagged: string[]; artifacts: string[] }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const tree = (await page.getStructTree()) as PdfJsNode | null;
    const content = await page.getTextContent({ includeMarkedContent: true });
    // Marked content is a stack: text is tagged when an enclosing mark has an MCID.
    const stack: { tagged: boolean; artifact: boolean }[] = [];
    const untagged: string[] = [];
    const artifacts: string[] = [];
    for (const item of content.items as {
      type?: string;
      tag?: string;
      id?: string;
      str?: string;
    }[]) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps')
        stack.push({ tagged: Boolean(item.id), artifact: item.tag === 'Artifact' });
      else if (item.type === 'endMarkedContent') stack.pop();
      else if (item.str?.trim()) {
        if (stack.some((m) => m.artifact)) artifacts.push(item.str);
        else if (!stack.some((m) => m.tagged)) untagged.push(item.str);
      }
    }
    pages.push({ tree, untagged, artifacts });
  }
  const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
  const preferences = (await doc.getViewerPreferences()) as Record<string, unknown> | null;
  const markInfo = await doc.getMarkInfo();
  await doc.destroy();
  return { pages, outline, preferences, markInfo };
}

export function findAll(node: PdfJsNode, role: string, found: PdfJsNode[] = []): PdfJsNode[] {
  if (node.role === role) found.push(node);
  for (const c of node.children) if ('role' in c) findAll(c, role, found);
  return found;
}
