// Tagged PDFs, read back from outside: poppler's `pdfinfo -struct-text` and
// pdf.js's getStructTree(), as a screen reader's PDF library would read them.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Designation, Language, ReportKind } from '../../shared/model';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { writeReport } from '../../electron/services/reports/export-report';
import { ACCENT, HEADER_FILL, MARGINS } from '../../electron/services/reports/pdf/pdf-style';
import { renderPdf } from '../../electron/services/reports/pdf/tagged-pdf';
import type { PdfDocumentSpec } from '../../electron/services/reports/pdf/pdf-model';
import { openReportFile } from '../../electron/services/reports/report-file';
import { sampleDesignation } from '../support/designations';
import {
  allText,
  findAll,
  pdfJsTagging,
  popplerStructure,
  walk,
  type StructNode,
} from '../support/pdf-structure';
import { makeTempDir } from '../support/temp';

let dir: string;
let all: Designation[];
const EMOJI = '🎓 👩‍🎓';

beforeAll(async () => {
  dir = await makeTempDir();
  const store = await CatalogStore.open({ path: join(dir, 'catalog.db') });
  // Written in English only: the Norwegian reports borrow its name and say so (/Lang en-GB).
  await store.create(
    sampleDesignation({
      code: 'ENONLY',
      officialName: 'English-only designation',
      explanatoryName: { nb: '', en: 'Only in English' },
      summary: { nb: `Med emoji ${EMOJI} og et tegn ingen skrift har: 中.`, en: 'Plain.' },
      relations: [],
    }),
  );
  all = store.all();
  await store.close();
}, 60_000);
afterAll(() => undefined);

const exported = new Map<string, string>();
async function exportPdf(report: ReportKind, language: Language): Promise<string> {
  const key = `${report}-${language}`;
  if (!exported.has(key)) {
    const out = join(dir, `${key}.pdf`);
    await writeReport(all, { report, format: 'pdf', language, codes: null }, out, {
      organisationName: 'Forsikringsskolen Øst',
      csvDelimiter: 'auto',
      now: new Date('2026-11-26T10:00:00Z'),
    });
    exported.set(key, out);
  }
  return exported.get(key)!;
}

const roles = (nodes: StructNode[]) => nodes.map((n) => n.role);
const codeOf = (heading: string) => heading.split(' – ')[0];

describe.each(['nb', 'en'] as Language[])('tagged PDFs in %s', (language) => {
  const nb = language === 'nb';
  const lang = nb ? 'nb-NO' : 'en-GB';
  const other = nb ? 'en-GB' : 'nb-NO';

  it.each(['overview', 'sheets', 'pathways'] as ReportKind[])(
    '%s: every text is tagged or an artifact; /Lang, title shown, marked',
    async (report) => {
      const path = await exportPdf(report, language);
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      expect(info).toMatch(/Tagged:\s+yes/);
      expect((await readFile(path)).toString('latin1')).toContain(`/Lang (${lang})`);
      const tagging = await pdfJsTagging(path);
      expect(tagging.markInfo?.Marked).toBe(true);
      expect(tagging.preferences?.DisplayDocTitle).toBe(true);
      tagging.pages.forEach((page, i) => {
        expect(page.untagged, `page ${i + 1}`).toEqual([]);
        expect(page.tree, `page ${i + 1}`).not.toBeNull();
        expect(page.artifacts.join(' ')).toContain(
          nb
            ? `Side ${i + 1} av ${tagging.pages.length}`
            : `Page ${i + 1} of ${tagging.pages.length}`,
        );
      });
      const document = tagging.pages[0]!.tree!.children[0] as { role: string; lang?: string };
      expect(document.role).toBe('Document');
      expect(document.lang).toBe(lang);
    },
  );

  it('overview: H1, then one table whose header row is tagged once, a row per designation', async () => {
    const root = popplerStructure(await exportPdf('overview', language)).children[0]!;
    expect(root.role).toBe('Document');
    expect(roles(root.children)).toEqual(['H1', 'P', 'Table']);
    expect(root.children[0]!.text).toBe(nb ? 'Katalogoversikt' : 'Catalog overview');
    const [head, body] = root.children[2]!.children;
    expect(roles([head!, body!])).toEqual(['THead', 'TBody']);
    const headers = head!.children[0]!.children;
    expect(headers.map((h) => h.role)).toEqual(Array(8).fill('TH'));
    expect(headers.every((h) => h.attributes.includes('/Scope /Column'))).toBe(true);
    expect(headers.map((h) => h.text)[0]).toBe(nb ? 'Kode' : 'Code');
    // The header row repeats on page 2 as print only: the structure has it once.
    let columnHeaders = 0;
    walk(root, (n) => (columnHeaders += n.attributes.includes('/Scope /Column') ? 1 : 0));
    expect(columnHeaders).toBe(8);
    const rows = body!.children;
    expect(rows.map((r) => r.children[0]!.text)).toEqual(all.map((d) => d.code));
    expect(rows.every((r) => r.children[0]!.attributes.includes('/Scope /Row'))).toBe(true);
    expect(roles(rows[0]!.children)).toEqual(['TH', ...Array(7).fill('TD')]);
    // The official name, and in Norwegian the explanation under it, each its own span.
    const aisName = rows.find((r) => r.children[0]!.text === 'AIS')!.children[1]!;
    if (nb)
      expect(aisName.children.map((c) => [c.role, c.text])).toEqual([
        ['Span', 'Associate in Insurance Services'],
        ['Span', 'Grunnleggende forsikringsfag'],
      ]);
    else expect(aisName.text).toBe('Associate in Insurance Services');
  });

  it('fact sheets: a section per designation, H2 and bookmark, the facts as a table', async () => {
    const path = await exportPdf('sheets', language);
    const root = popplerStructure(path).children[0]!;
    expect(roles(root.children.slice(0, 2))).toEqual(['H1', 'P']);
    const sections = root.children.slice(2);
    expect(sections.every((s) => s.role === 'Sect')).toBe(true);
    expect(sections.map((s) => codeOf(s.children[0]!.text))).toEqual(all.map((d) => d.code));
    const ais = sections.find((s) => s.children[0]!.text.startsWith('AIS '))!;
    // Under the heading: what it is, then the audit's caution, then the facts.
    // (AIS's explanatory name is Norwegian only: the English name explains itself.)
    const intro = nb ? ['P', 'P', 'P'] : ['P', 'P'];
    expect(roles(ais.children)).toEqual([
      'H2',
      ...intro,
      'Table',
      'H3',
      'P',
      'H3',
      'Table',
      'H3',
      'P',
    ]);
    const table = ais.children.findIndex((c) => c.role === 'Table');
    expect(ais.children[table - 1]!.text).toMatch(nb ? /^Forbehold: / : /^Caution: /);
    const facts = ais.children[table]!.children[0]!.children;
    expect(facts[0]!.children[0]!.attributes).toContain('/Scope /Row');
    expect(facts.map(allText)).toContain(nb ? 'Varighet10–25 måneder' : 'Duration10–25 months');
    expect(facts.map(allText)).toContain(
      nb ? 'Sist bekreftetseptember 2014' : 'Last verifiedSeptember 2014',
    );
    const courses = ais.children[table + 4]!;
    expect(roles(courses.children)).toEqual(['THead', 'TBody']);
    const tagging = await pdfJsTagging(path);
    expect(tagging.outline).toEqual(sections.map((s) => s.children[0]!.text.replace(/\s+/g, ' ')));
  });

  it('pathways: a section per designation with its sentences as a list', async () => {
    const root = popplerStructure(await exportPdf('pathways', language)).children[0]!;
    const sections = root.children.slice(2);
    expect(sections.map((s) => codeOf(s.children[0]!.text))).toEqual(all.map((d) => d.code));
    for (const s of sections) {
      expect(roles(s.children)).toEqual(['H2', 'L']);
      expect(s.children[1]!.children.every((li) => li.role === 'LI')).toBe(true);
      expect(roles(s.children[1]!.children[0]!.children)).toEqual(['LBody']);
    }
  });

  it('marks text borrowed from the other language with that language', async () => {
    const tagging = await pdfJsTagging(await exportPdf('sheets', language));
    // One page per sheet here: ENONLY's sheet is the page at its place in the catalog.
    const page = tagging.pages[all.findIndex((d) => d.code === 'ENONLY')]!;
    const [h2] = findAll(page.tree!, 'H2');
    // Official names are English as the issuer writes them: in a Norwegian report every
    // heading says so; in an English one none needs to.
    expect(h2!.lang).toBe(nb ? other : undefined);
    const langs = tagging.pages.flatMap((p) => findAll(p.tree!, 'H2')).map((h) => h.lang);
    expect(langs).toEqual(Array(all.length).fill(nb ? other : undefined));
  });
});

describe('characters outside the fonts', () => {
  it('prints emoji with Noto Emoji and anything else as its code point, keeping the real text', async () => {
    const path = await exportPdf('sheets', 'nb');
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoEmoji/);
    const page = all.findIndex((d) => d.code === 'ENONLY') + 1;
    const text = execFileSync('pdftotext', ['-f', `${page}`, '-l', `${page}`, path, '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain(EMOJI);
    // Printed as [U+4E2D]; read, copied and spoken as 中 (ActualText).
    expect(text).toContain('中');
    expect(text).not.toContain('U+4E2D');
    expect(text).not.toContain('\ufffd');
  });
});

/** Renders one document of the engine's own into a new file under `dir`; returns its path and page count. */
async function rendered(
  name: string,
  spec: PdfDocumentSpec,
): Promise<{ out: string; pages: number }> {
  const out = join(dir, name);
  writeFileSync(out, '');
  const file = openReportFile(out);
  const { pages } = await renderPdf(spec, file);
  file.close();
  return { out, pages };
}

describe('the engine', () => {
  it('tags a figure with its alternative text', async () => {
    const { out } = await rendered('figure.pdf', {
      title: 'Figure',
      lang: 'en-GB',
      blocks: [
        { type: 'heading', level: 1, text: 'A map' },
        {
          type: 'figure',
          alt: 'Three boxes joined by arrows',
          width: 200,
          height: 80,
          draw: (doc, x, y) => void doc.rect(x, y, 200, 80).stroke('#1d5a85'),
        },
        { type: 'paragraph', text: 'After the figure.' },
      ],
    });
    const tagging = await pdfJsTagging(out);
    const [figure] = findAll(tagging.pages[0]!.tree!, 'Figure');
    expect(figure!.alt).toBe('Three boxes joined by arrows');
    const root = popplerStructure(out).children[0]!;
    expect(roles(root.children)).toEqual(['H1', 'Figure', 'P']);
  });

  it('runs a paragraph longer than a page onto the next: every word once, in order, inside the margins, one tagged P', async () => {
    // Kerning that widens ("rt" in Roboto) must not push a line past the margin.
    const words = Array.from({ length: 1500 }, (_, i) => (i % 3 ? `ord${i}` : `sertifisert${i}`));
    // A hyphenated word and one too wide for a line, which must break inside it.
    const text = `${words.join(' ')} ${'rt'.repeat(150)} selv-studium ${'x'.repeat(200)}`;
    const { out, pages } = await rendered('long.pdf', {
      title: 'Long',
      lang: 'nb-NO',
      header: { left: 'Running header' },
      footer: { left: 'Footer', pageOf: (page, pages) => `${page}/${pages}` },
      blocks: [
        { type: 'heading', level: 1, text: 'Lang' },
        { type: 'paragraph', text },
      ],
    });
    expect(pages).toBeGreaterThan(1);
    const printed = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).split(/\s+/);
    expect(printed.filter((w) => /^(ord|sertifisert)\d+$/.test(w))).toEqual(words);
    // Running on to page 2 in its own look: black body text, not the footer's grey.
    const page2 = colouredTexts(pageContents(out)[1]!);
    expect(page2.slice(-5)).toEqual(Array(5).fill(rgb('#000000')));
    // Read as a screen reader reads it, the words stay apart where the lines break.
    const tagged = allText(popplerStructure(out));
    expect(tagged).toContain(words.slice(0, 300).join(' '));
    // (pdftotext joins a word hyphenated at a line's end: selv-studium may read selvstudium.)
    expect(printed.join('')).toMatch(new RegExp(`selv-?studium${'x'.repeat(200)}`));
    // Every word's box, read by poppler, inside the page's margins.
    const boxes = execFileSync('pdftotext', ['-bbox', out, '-'], { encoding: 'utf8' });
    const page = /<page width="([\d.]+)" height="([\d.]+)"/.exec(boxes)!;
    const [width, height] = [Number(page[1]), Number(page[2])];
    for (const [, xMax, yMax, word] of boxes.matchAll(
      /<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g,
    )) {
      if (/^(Footer|\d+\/\d+)$/.test(word!)) continue; // the footer sits below the margin
      expect(Number(xMax), word).toBeLessThanOrEqual(width - MARGINS.right + 0.5);
      expect(Number(yMax), word).toBeLessThanOrEqual(height - MARGINS.bottom + 0.5);
    }
    const tagging = await pdfJsTagging(out);
    tagging.pages.forEach((p, i) => expect(p.untagged, `page ${i + 1}`).toEqual([]));
    expect(roles(popplerStructure(out).children[0]!.children)).toEqual(['H1', 'P']);
  });

  it('starts every page with the running header in its own colour, whatever ended the last page', async () => {
    const headings = Array.from({ length: 80 }, (_, i) => ({
      type: 'heading' as const,
      level: 2 as const,
      text: `Heading ${i}`,
    }));
    const { out } = await rendered('headings.pdf', {
      title: 'Headings',
      lang: 'en-GB',
      header: { left: 'Running header' },
      blocks: headings,
    });
    const pages = pageContents(out);
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, content] of pages.entries())
      expect(firstTextColour(content), `page ${i + 1}`).toBe(rgb(ACCENT));
  });

  it("draws text in the text's colour, never in a fill drawn before it (table headers, bullets)", async () => {
    for (const report of ['overview', 'sheets', 'pathways'] as ReportKind[]) {
      const colours = textColours(await exportPdf(report, 'nb'));
      expect(colours.size, report).toBeGreaterThan(0);
      expect([...colours], report).not.toContain(rgb(HEADER_FILL));
      expect([...colours], report).not.toContain(rgb('#ffffff'));
    }
    // Body text right before a table whose header is in the same colour as that text.
    const { out } = await rendered('colours.pdf', {
      title: 'Colours',
      lang: 'en-GB',
      blocks: [
        { type: 'paragraph', text: 'Before the table.' },
        { type: 'table', columns: [{ header: 'Code', width: '*' }], rows: [['AIS']] },
        { type: 'list', items: ['One', 'Two'] },
      ],
    });
    expect([...textColours(out)]).toEqual([rgb('#000000')]);
  });
});

const rgb = (hex: string) =>
  [1, 3, 5].map((i) => Number((parseInt(hex.slice(i, i + 2), 16) / 255).toFixed(3))).join(' ');

/** Each page's content stream, inflated (pdfkit's pages begin by flipping the y axis). */
function pageContents(path: string): string[] {
  const pdf = readFileSync(path).toString('latin1');
  const pages: string[] = [];
  for (const [, body] of pdf.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    try {
      const content = inflateSync(Buffer.from(body!, 'latin1')).toString('latin1');
      if (content.startsWith('1 0 0 -1 0 ')) pages.push(content);
    } catch {
      // not deflated: not a page
    }
  }
  return pages;
}

/** The fill colour of each text drawn on a page, in order (a page starts black; q/Q restore). */
function colouredTexts(content: string): string[] {
  const stack: string[] = [];
  const texts: string[] = [];
  let current = '0 0 0';
  for (const [op, r, g, b] of content.matchAll(
    /([\d.]+) ([\d.]+) ([\d.]+) (?:scn|rg)\b|\bBT\b|^q$|^Q$/gm,
  )) {
    if (op === 'q') stack.push(current);
    else if (op === 'Q') current = stack.pop() ?? current;
    else if (op === 'BT') texts.push(current);
    else current = [r, g, b].map((v) => Number(Number(v).toFixed(3))).join(' ');
  }
  return texts;
}

const firstTextColour = (content: string) => colouredTexts(content)[0];

/** The fill colours text is drawn in, over every page. */
function textColours(path: string): Set<string> {
  return new Set(pageContents(path).flatMap(colouredTexts));
}
