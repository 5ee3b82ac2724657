import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesignationInput, ExportRequest, Language } from '../../shared/model';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { neutraliseFormula } from '../../electron/services/reports/csv';
import { suggestedFileName, writeReport } from '../../electron/services/reports/export-report';
import { sampleDesignation } from '../support/designations';
import { readPdf } from '../support/pdf-text';
import { makeTempDir } from '../support/temp';

let dir: string;
let store: CatalogStore;

// Names that break naive CSV and PDF code, and values Excel would run as formulas.
const TRICKY: DesignationInput[] = [
  sampleDesignation({
    code: 'QUOTE',
    officialName: 'Honest "quote", comma; semicolon',
    explanatoryName: { nb: 'Ærlig «sitat» og "anførsel"; semikolon', en: 'Plain, "quoted"; too' },
    summary: { nb: 'Første linje\nandre linje med åøæ', en: 'First line\nsecond line' },
    relations: [],
  }),
  sampleDesignation({
    code: 'FORMULA',
    officialName: '+SUM(A1:A9)',
    explanatoryName: { nb: '=HYPERLINK("http://evil.example","klikk")', en: '@SUM(B1)' },
    summary: { nb: '@cmd', en: '-2+3' },
    relations: [],
  }),
  sampleDesignation({
    code: 'NUMBER',
    officialName: '+47 22 00 00 00',
    explanatoryName: { nb: '-1234,50', en: '-99' },
    relations: [],
  }),
];

beforeAll(async () => {
  dir = await makeTempDir();
  store = await CatalogStore.open({ path: join(dir, 'catalog.db') });
  await store.createMany(TRICKY);
});
afterAll(() => store.close());

const exportTo = async (
  request: Omit<ExportRequest, 'codes'> & { codes?: string[] | null },
  name: string,
) => {
  const out = join(dir, name);
  await writeReport(store.all(), { codes: null, ...request }, out, {
    organisationName: 'Forsikringsskolen Øst',
    csvDelimiter: 'auto',
    now: new Date('2026-11-26T10:00:00Z'),
  });
  return out;
};

describe('formula neutralising', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['-1234,50', '-1234,50'],
    ['+47 22 00 00 00', '+47 22 00 00 00'],
    ['Associate', 'Associate'],
    ['', ''],
  ])('%j becomes %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
});

describe.each([
  ['nb', ';'],
  ['en', ','],
] as [Language, string][])('the CSV overview in %s', (language, delimiter) => {
  let text: string;
  let rows: string[][];
  beforeAll(async () => {
    text = await readFile(
      await exportTo({ report: 'overview', format: 'csv', language }, `overview-${language}.csv`),
      'utf8',
    );
    rows = parse(text.replace(/^\uFEFF/, ''), {
      delimiter,
      relax_column_count: false,
    }) as string[][];
  });

  it('starts with a BOM, uses CRLF and the language’s delimiter', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThan(30);
    expect(rows[0]![0]).toBe(language === 'nb' ? 'Kode' : 'Code');
    expect(rows[0]).toHaveLength(9);
  });

  it('has one row per designation: the official name, and the explanatory one in the report’s language', () => {
    const all = store.all();
    expect(rows.slice(1).map((r) => r[0])).toEqual(all.map((d) => d.code));
    for (const d of all) {
      const row = rows.find((r) => r[0] === d.code)!;
      if (d.code === 'FORMULA') continue; // neutralised below
      expect([row[1], row[2]]).toEqual([d.officialName, d.explanatoryName[language]]);
    }
    expect(rows.find((r) => r[0] === 'AIS')!.slice(1, 3)).toEqual([
      'Associate in Insurance Services',
      language === 'nb' ? 'Grunnleggende forsikringsfag' : '',
    ]);
  });

  it('says when each was last verified, and which are unconfirmed', () => {
    const ais = rows.find((r) => r[0] === 'AIS')!;
    expect([ais[4], ais[5]]).toEqual(
      language === 'nb' ? ['Tilbys', 'september 2014'] : ['Offered', 'September 2014'],
    );
    const alcm = rows.find((r) => r[0] === 'ALCM')!;
    expect([alcm[4], alcm[5]]).toEqual(
      language === 'nb'
        ? ['Ikke bekreftet', 'Ingen datert kilde']
        : ['Unconfirmed', 'No dated source'],
    );
  });

  it('keeps æ, ø, å, quotes, semicolons and line breaks intact', () => {
    const row = rows.find((r) => r[0] === 'QUOTE')!;
    expect(row[1]).toBe('Honest "quote", comma; semicolon');
    expect(row[2]).toBe(
      language === 'nb' ? 'Ærlig «sitat» og "anførsel"; semikolon' : 'Plain, "quoted"; too',
    );
  });

  it('neutralises formulas but not numbers', () => {
    const formula = rows.find((r) => r[0] === 'FORMULA')!;
    expect(formula[1]).toBe("'+SUM(A1:A9)");
    expect(formula[2]).toBe(
      language === 'nb' ? '\'=HYPERLINK("http://evil.example","klikk")' : "'@SUM(B1)",
    );
    const numbers = rows.find((r) => r[0] === 'NUMBER')!;
    expect([numbers[1], numbers[2]]).toEqual([
      '+47 22 00 00 00',
      language === 'nb' ? '-1234,50' : '-99',
    ]);
  });

  it('writes the relations as codes', () => {
    const ains = rows.find((r) => r[0] === 'AINS')!;
    expect(ains[8]).toBe('CPCU, AIC, AU, API, AAI, AIS');
  });
});

describe('CSV for fact sheets and pathways', () => {
  it('carries every field of a sheet, and each pathway', async () => {
    const sheets = parse(
      (
        await readFile(
          await exportTo({ report: 'sheets', format: 'csv', language: 'en' }, 's.csv'),
          'utf8',
        )
      ).slice(1),
      { delimiter: ',' },
    ) as string[][];
    const ais = sheets.find((r) => r[0] === 'AIS')!;
    // Every field, both languages, in values an import can read back.
    expect(sheets[0]).toEqual([
      'Code',
      'Issuer',
      'Official name',
      'Explanatory name (Norwegian)',
      'Explanatory name (English)',
      'Summary (Norwegian)',
      'Summary (English)',
      'Focus area',
      'Status',
      'Last verified (year-month)',
      'Caution (Norwegian)',
      'Caution (English)',
      'Shortest duration (months)',
      'Longest duration (months)',
      'Delivery (Norwegian)',
      'Delivery (English)',
      'Certificate of completion',
      'Courses',
      'Requires',
      'Prerequisite waived for holders of',
      'Gives credit toward (codes)',
      'Sources (Norwegian)',
      'Sources (English)',
    ]);
    expect(ais.slice(0, 5)).toEqual([
      'AIS',
      'The Institutes',
      'Associate in Insurance Services',
      'Grunnleggende forsikringsfag',
      '',
    ]);
    expect(ais[9]).toBe('2014-09');
    expect(ais.slice(12, 14)).toEqual(['10', '25']);
    expect(ais[17]!.split('\n')).toContain(
      'Core |  | Levere forsikringstjenester | Delivering Insurance Services',
    );
    expect(sheets.find((r) => r[0] === 'ALCM')![9]).toBe('');
    const pathways = parse(
      (
        await readFile(
          await exportTo({ report: 'pathways', format: 'csv', language: 'nb' }, 'p.csv'),
          'utf8',
        )
      ).slice(1),
      { delimiter: ';' },
    ) as string[][];
    expect(pathways[0]).toEqual([
      'Kode',
      'Offisielt navn',
      'Forkunnskapskrav',
      'Fritak for kravet gis innehavere av',
      'Godskriver kurs fra',
      'Kan godskrives i',
      'Kreves av',
    ]);
    expect(pathways.find((r) => r[0] === 'AIS')!.slice(3)).toEqual([
      'ARe, AIC, ARM',
      'AINS, ARe',
      'ASLI',
      '',
    ]);
  });
});

describe.each(['nb', 'en'] as Language[])('the PDF reports in %s', (language) => {
  const nb = language === 'nb';

  it('overview: title, organisation, date, every code and name, page X of Y, metadata', async () => {
    const pdf = await readPdf(
      await exportTo({ report: 'overview', format: 'pdf', language }, `o-${language}.pdf`),
    );
    const all = pdf.pages.join('\n');
    expect(all).toContain(nb ? 'Katalogoversikt' : 'Catalog overview');
    expect(all).toContain('Forsikringsskolen Øst');
    expect(all).toContain(nb ? 'Generert 26. november 2026' : 'Generated 26 November 2026');
    // Table cells wrap, so compare without white space.
    const squeezed = all.replace(/\s+/g, '');
    for (const d of store.all()) {
      expect(squeezed).toContain(d.code);
      expect(squeezed).toContain(d.officialName.replace(/\s+/g, ''));
    }
    expect(all).toContain(nb ? 'Sist bekreftet' : 'Last verified');
    expect(squeezed).toContain(nb ? 'juli2020' : 'July2020');
    expect(squeezed).toContain(nb ? 'Grunnleggendeforsikringsfag' : 'AssociateinInsuranceServices');
    pdf.pages.forEach((page, i) =>
      expect(page).toContain(
        nb ? `Side ${i + 1} av ${pdf.pages.length}` : `Page ${i + 1} of ${pdf.pages.length}`,
      ),
    );
    expect(pdf.pages.length).toBeGreaterThan(1);
    // The header row repeats on every page of the table.
    for (const page of pdf.pages)
      expect(page).toContain(nb ? 'Kan godskrives i' : 'Gives credit toward');
    expect(pdf.info.Title).toBe(nb ? 'Katalogoversikt' : 'Catalog overview');
    expect(pdf.info.Creator).toBe(nb ? 'Sertifiseringskatalog' : 'Credential Catalog');
    expect(pdf.language).toBe(nb ? 'nb-NO' : 'en-GB');
  });

  it('fact sheets: a page and a bookmark per designation, with courses', async () => {
    const pdf = await readPdf(
      await exportTo({ report: 'sheets', format: 'pdf', language }, `s-${language}.pdf`),
    );
    const count = store.all().length;
    expect(pdf.outline).toHaveLength(count);
    // The official name in both languages; the Norwegian sheet explains it below.
    expect(pdf.outline).toContain('AIS – Associate in Insurance Services');
    expect(pdf.pages.length).toBeGreaterThanOrEqual(count);
    const sheet = (code: string) =>
      pdf.pages.find((p) => p.includes(`${code} – `))!.replace(/\s+/g, ' ');
    const ais = sheet('AIS');
    expect(ais).toContain('AIS – Associate in Insurance Services');
    if (nb) expect(ais).toContain('Grunnleggende forsikringsfag');
    expect(ais).toContain(nb ? 'Levere forsikringstjenester' : 'Delivering Insurance Services');
    expect(ais).toContain(nb ? '10–25 måneder' : '10–25 months');
    expect(ais).toContain(nb ? 'Sist bekreftet september 2014' : 'Last verified September 2014');
    expect(ais).toContain(nb ? 'Utsteder The Institutes' : 'Issuer The Institutes');
    expect(ais).toContain(
      nb
        ? 'Investopedia, «Associate in Insurance Services (AIS)» (opplysningene er hentet fra en kopi av artikkelen)'
        : 'Investopedia, "Associate in Insurance Services (AIS)" (facts taken from a copy of this article)',
    );
    // ALCM's conflict is on its sheet, not only among the sources.
    const alcm = sheet('ALCM');
    expect(alcm).toContain(
      nb
        ? 'Forbehold: Kildene er uenige om ALCM fortsatt tilbys.'
        : 'Caution: The sources conflict on whether ALCM is still offered.',
    );
    expect(alcm).toContain(
      nb ? 'Sist bekreftet Ingen datert kilde' : 'Last verified No dated source',
    );
  });

  it('pathways: what each requires, what waives it and what it leads to', async () => {
    const pdf = await readPdf(
      await exportTo({ report: 'pathways', format: 'pdf', language }, `p-${language}.pdf`),
    );
    const all = pdf.pages.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain(
      nb
        ? 'Innehavere av ARe, AIC, ARM får fritak for dette kravet.'
        : 'Holders of ARe, AIC, ARM are excused that prerequisite.',
    );
    expect(all).toContain(
      nb ? 'Videre: den kan godskrives i ASLI.' : 'Next: it gives credit toward ASLI.',
    );
    expect(all).toContain(nb ? 'Før AU-M: AU-kursene.' : 'Before AU-M: The AU courses.');
  });
});

describe('exports', () => {
  it('cover only the chosen designations when given a scope', async () => {
    const out = await exportTo(
      { report: 'overview', format: 'csv', language: 'en', codes: ['AIS', 'arm'] },
      'scoped.csv',
    );
    const rows = parse((await readFile(out, 'utf8')).slice(1), { delimiter: ',' }) as string[][];
    expect(rows.slice(1).map((r) => r[0])).toEqual(['AIS', 'ARM']);
  });

  it('suggest a file name in the report’s language', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    expect(suggestedFileName({ report: 'overview', format: 'pdf', language: 'nb' }, now)).toBe(
      'katalogoversikt-2026-11-26.pdf',
    );
    expect(suggestedFileName({ report: 'sheets', format: 'csv', language: 'en' }, now)).toBe(
      'fact-sheets-2026-11-26.csv',
    );
  });

  it('leave nothing at the target when the folder cannot be written', async () => {
    const out = join(dir, 'missing-folder', 'x.pdf');
    await expect(
      writeReport(
        store.all(),
        { report: 'overview', format: 'pdf', language: 'en', codes: null },
        out,
        {
          organisationName: '',
          csvDelimiter: 'auto',
        },
      ),
    ).rejects.toMatchObject({ code: 'EXPORT_FAILED', params: { reason: 'folder-missing' } });
  });
});
