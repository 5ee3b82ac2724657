import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../electron/services/reports/export-report';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { createI18n } from '../../shared/i18n';
import type { Language, ReportKind } from '../../shared/model';
import { sampleDesignation } from '../support/designations';
import { readWithLibreOffice, readWithPython, SOFFICE } from '../support/strict-csv';
import { makeTempDir } from '../support/temp';

// Every CSV report, read by programs that split records the way Excel does.
// csv-parse forgives a bare line break in an unquoted cell; these do not.

let dir: string;
let count: number;
const files = new Map<string, string>();

// Line breaks of every kind (LF, CRLF, a lone CR) in cells of every report, a
// formula on a cell's second line, and values that look like formulas but are not.
const TRICKY = sampleDesignation({
  code: 'TRICKY',
  // No delimiter or quote in these: only the line break can make a reader quote them.
  officialName: 'Two lines\nwith a line feed',
  explanatoryName: { nb: 'Ærlig «sitat»\nny linje', en: '' },
  summary: {
    nb: 'Første linje\n=HYPERLINK("http://evil.example")',
    en: 'CRLF\r\nand a lone CR\rhere',
  },
  deliveryNotes: { nb: '-1234,50', en: '+47 22 00 00 00' },
  courses: [
    { kind: 'core', code: 'T 1', title: { nb: 'Kurs', en: 'Course' } },
    { kind: 'elective', code: '', title: { nb: 'Valgfritt', en: 'Optional' } },
  ],
  relations: [{ kind: 'prerequisite', target: 'AIS' }],
  sources: { nb: '=1+2', en: 'Investopedia\n=2+3' },
});

const KINDS: ReportKind[] = ['overview', 'sheets', 'pathways'];
const LANGUAGES: [Language, string][] = [
  ['nb', ';'],
  ['en', ','],
];

beforeAll(async () => {
  dir = await makeTempDir();
  const store = await CatalogStore.open({ path: join(dir, 'catalog.db') });
  await store.create(TRICKY);
  count = store.list().length;
  for (const kind of KINDS) {
    for (const [language] of LANGUAGES) {
      const file = join(dir, `${kind}-${language}.csv`);
      await writeReport(store.all(), { report: kind, format: 'csv', language, codes: null }, file, {
        organisationName: '',
        csvDelimiter: 'auto',
      });
      files.set(`${kind}-${language}`, file);
    }
  }
  await store.close();
});

/** The cells of TRICKY that hold line breaks, by column label, as each report writes them. */
function expectedCells(kind: ReportKind, language: Language): Record<string, string> {
  const t = createI18n(language).t;
  const col = (key: string) => t(`reports:column.${key}`);
  if (kind === 'overview') return { [col('officialName')]: TRICKY.officialName };
  if (kind === 'pathways') return { [col('officialName')]: TRICKY.officialName };
  const courseKind = (k: 'core' | 'elective') => t(`catalog:courseKind.${k}`);
  return {
    [col('officialName')]: TRICKY.officialName,
    [col('explanatoryNb')]: TRICKY.explanatoryName.nb,
    [col('summaryNb')]: TRICKY.summary.nb,
    [col('summaryEn')]: TRICKY.summary.en,
    [col('courses')]:
      `${courseKind('core')} | T 1 | Kurs | Course\n${courseKind('elective')} |  | Valgfritt | Optional`,
    // Numbers and phone numbers stay as they are; a formula gets an apostrophe.
    [col('deliveryNb')]: '-1234,50',
    [col('deliveryEn')]: '+47 22 00 00 00',
    [col('sourcesNb')]: "'=1+2",
    [col('sourcesEn')]: 'Investopedia\n=2+3',
  };
}

describe.each(LANGUAGES)('CSV reports in %s (delimiter %j)', (language, delimiter) => {
  it.each(KINDS)(
    '%s: Python’s csv module reads a header and one row per designation',
    async (kind) => {
      const rows = await readWithPython(files.get(`${kind}-${language}`)!, delimiter);
      expect(rows).toHaveLength(1 + count);
      const width = rows[0]!.length;
      expect(rows.filter((r) => r.length !== width)).toEqual([]);
      expect(rows.slice(1).filter((r) => !/^[A-Z]/.test(r[0]!))).toEqual([]);
      const tricky = rows.find((r) => r[0] === 'TRICKY')!;
      for (const [label, value] of Object.entries(expectedCells(kind, language))) {
        expect([label, tricky[rows[0]!.indexOf(label)]]).toEqual([label, value]);
      }
    },
  );
});

describe.skipIf(!SOFFICE)('CSV reports opened in LibreOffice (headless)', () => {
  it.each(LANGUAGES)(
    'in %s: every report is a header and one row per designation, multi-line cells intact, no formulas',
    async (language, delimiter) => {
      const sheets = await readWithLibreOffice(
        KINDS.map((kind) => files.get(`${kind}-${language}`)!),
        delimiter,
      );
      // LibreOffice keeps a line break inside a cell as a line feed.
      const asShown = (s: string) => s.replace(/\r\n?/g, '\n');
      KINDS.forEach((kind, i) => {
        const { rows, formulas } = sheets[i]!;
        expect([kind, rows.length]).toEqual([kind, 1 + count]);
        const width = rows[0]!.length;
        // .xlsx leaves out trailing empty cells: no row is wider, and each starts with a code.
        expect(rows.filter((r) => r.length > width)).toEqual([]);
        expect(rows.slice(1).filter((r) => !/^[A-Z]/.test(r[0]!))).toEqual([]);
        expect([kind, formulas]).toEqual([kind, 0]);
        const tricky = rows.find((r) => r[0] === 'TRICKY')!;
        for (const [label, value] of Object.entries(expectedCells(kind, language))) {
          if (/^[+-]\d/.test(value)) continue; // a number to LibreOffice; its value is its business
          expect([label, tricky[rows[0]!.indexOf(label)]]).toEqual([label, asShown(value)]);
        }
      });
    },
    600_000,
  );
});

if (!SOFFICE) {
  describe('CSV reports opened in LibreOffice', () => {
    it.skip('skipped: LibreOffice (soffice) is not installed on this machine', () => {});
  });
}
