import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Readers that split records the way spreadsheets do, unlike csv-parse, which
 * forgives a bare line break inside an unquoted cell. Each returns the cells
 * of every row as the other program sees them.
 */

// Python's csv module, as on every machine here: utf-8-sig drops the BOM, newline=''
// keeps line breaks inside quoted cells as they are.
const PYTHON_READER = `
import csv, json, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2], strict=True))))
`;

export async function readWithPython(file: string, delimiter: string): Promise<string[][]> {
  const { stdout } = await run('python3', ['-c', PYTHON_READER, file, delimiter], {
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(stdout) as string[][];
}

export const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));

// Reads the first sheet of an .xlsx: every row's cells as text (shared strings,
// inline strings, numbers), and how many cells hold a formula.
const XLSX_READER = `
import json, re, sys, zipfile
from xml.etree import ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
z = zipfile.ZipFile(sys.argv[1])
shared = []
if 'xl/sharedStrings.xml' in z.namelist():
    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns):
        shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])))
sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))
rows, formulas = [], 0
def col(ref):
    n = 0
    for ch in re.match('[A-Z]+', ref).group(0):
        n = n * 26 + ord(ch) - 64
    return n - 1
for row in sheet.iter('{%s}row' % ns['m']):
    cells = {}
    for c in row.findall('m:c', ns):
        if c.find('m:f', ns) is not None:
            formulas += 1
        v = c.find('m:v', ns)
        t = c.get('t')
        if t == 's':
            text = shared[int(v.text)]
        elif t == 'inlineStr':
            text = ''.join(x.text or '' for x in c.iter('{%s}t' % ns['m']))
        else:
            text = v.text if v is not None else ''
        cells[col(c.get('r'))] = text
    width = max(cells) + 1 if cells else 0
    rows.append([cells.get(i, '') for i in range(width)])
print(json.dumps({'rows': rows, 'formulas': formulas}))
`;

/**
 * LibreOffice headless opens each CSV as a user would (UTF-8, the given field
 * separator, '"' around text) and saves it as .xlsx; the sheets are read back.
 * One LibreOffice start for all the files. Trailing empty cells are not stored
 * in .xlsx, so rows may be shorter than the header.
 */
export async function readWithLibreOffice(
  files: string[],
  delimiter: string,
): Promise<{ rows: string[][]; formulas: number }[]> {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) is not installed');
  const work = await mkdtemp(join(tmpdir(), 'lo-'));
  try {
    // Its own profile, so parallel tests and a running LibreOffice do not collide.
    const profile = `file://${join(work, 'profile')}`;
    // CSV filter: field separator, text delimiter ("), UTF-8 (76), from line 1.
    const filter = `CSV:${delimiter.charCodeAt(0)},34,76,1`;
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        `--infilter=${filter}`,
        '--convert-to',
        'xlsx',
        '--outdir',
        work,
        ...files,
      ],
      { timeout: 300_000 },
    );
    const made = await readdir(work);
    const sheets = [];
    for (const file of files) {
      const xlsx = basename(file).replace(/\.[^.]+$/, '.xlsx');
      if (!made.includes(xlsx)) throw new Error(`LibreOffice did not convert ${file}`);
      const { stdout } = await run('python3', ['-c', XLSX_READER, join(work, xlsx)], {
        maxBuffer: 256 * 1024 * 1024,
      });
      sheets.push(JSON.parse(stdout) as { rows: string[][]; formulas: number });
    }
    return sheets;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
