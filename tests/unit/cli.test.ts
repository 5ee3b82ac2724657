import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { makeTempDir } from '../support/temp';
import { fileValue } from '../support/sqlite-file';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli({
    argv,
    env: { LANG: 'en_US.UTF-8', INIT_CWD: dir, XDG_CONFIG_HOME: join(dir, 'config') },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('credential-catalog list', () => {
  it('creates a missing catalog with the 28 designations and prints them as JSON', async () => {
    const r = await cli('list', '--db', 'new.db', '--json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { code: string }[];
    expect(list).toHaveLength(28);
    expect(list.map((d) => d.code)).toContain('AU-M');
    expect(r.err).toContain(join(dir, 'new.db'));
    expect(await fileValue(join(dir, 'new.db'), 'PRAGMA integrity_check')).toBe('ok');
  });

  it('uses the desktop app’s catalog when no --db is given', async () => {
    const r = await cli('list');
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'config', 'Credential Catalog', 'catalog.db'))).toBe(true);
    expect(r.out).toMatch(/^28 designations in /);
  });

  it('prints official names, explained in the chosen language', async () => {
    const nb = await cli('list', '--db', 'c.db', '--lang', 'nb');
    expect(nb.out).toMatch(/^28 sertifiseringer i /);
    expect(nb.out).toMatch(/API\s+Associate in Personal Insurance – Privatforsikring$/m);
    const en = await cli('list', '--db', 'c.db', '--lang', 'en');
    expect(en.out).toMatch(/API\s+Associate in Personal Insurance$/m);
  });

  it('shows the audit’s unconfirmed designations as unconfirmed in JSON', async () => {
    const list = JSON.parse((await cli('list', '--db', 'c.db', '--json')).out) as {
      code: string;
      status: string;
    }[];
    const unconfirmed = list.filter((d) => d.status === 'unconfirmed').map((d) => d.code);
    expect(unconfirmed.sort()).toEqual(
      // seed-audit.md row 1, and ALCM (row 3: its sources conflict)
      [
        'AIC-M',
        'ARM-P',
        'ARM-E',
        'AU-M',
        'AAI-M',
        'AMIM',
        'APA',
        'ANFI',
        'ARC',
        'AIT',
        'WCCP',
        'ALCM',
      ].sort(),
    );
  });
});

describe('credential-catalog show', () => {
  it('prints AIS with Norwegian labels and text under --lang nb', async () => {
    const r = await cli('show', 'AIS', '--db', 'c.db', '--lang', 'nb');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Offisielt navn\s+Associate in Insurance Services$/m);
    expect(r.out).toMatch(/Forklarende navn\s+Grunnleggende forsikringsfag$/m);
    expect(r.out).toMatch(/Utsteder\s+The Institutes$/m);
    expect(r.out).toMatch(/Sist bekreftet\s+september 2014$/m);
    expect(r.out).toMatch(/Vanlig varighet\s+10–25 måneder/);
    expect(r.out).toContain('Kjernekurs: Levere forsikringstjenester');
    expect(r.out).toContain('Fritak for kravet gis innehavere av: ARe, AIC, ARM');
  });

  it('prints AIS with English labels and text under --lang en', async () => {
    const r = await cli('show', 'ais', '--db', 'c.db', '--lang', 'en');
    expect(r.out).toMatch(/Official name\s+Associate in Insurance Services$/m);
    expect(r.out).not.toContain('Explanatory name');
    expect(r.out).toMatch(/Last verified\s+September 2014$/m);
    expect(r.out).toContain('Core: Delivering Insurance Services');
    expect(r.out).toContain('Gives credit toward: ASLI');
  });

  it('gives AIS’s issuer, official name, last verified and status in JSON', async () => {
    const r = await cli('show', 'AIS', '--db', 'c.db', '--json');
    expect(JSON.parse(r.out)).toMatchObject({
      code: 'AIS',
      issuer: 'The Institutes',
      officialName: 'Associate in Insurance Services',
      lastVerified: expect.stringMatching(/^\d{4}-(0[1-9]|1[0-2])$/),
      status: 'offered',
    });
  });

  it('names related designations by code in JSON', async () => {
    const r = await cli('show', 'AINS', '--db', 'c.db', '--json');
    const d = JSON.parse(r.out) as { relations: { kind: string; target: string }[] };
    expect(d.relations.map((x) => x.target)).toEqual(['CPCU', 'AIC', 'AU', 'API', 'AAI', 'AIS']);
  });
});

describe('credential-catalog export', () => {
  it('writes a Norwegian CSV overview with ; and a BOM', async () => {
    const r = await cli(
      'export',
      '--report',
      'overview',
      '--format',
      'csv',
      '--lang',
      'nb',
      '--out',
      'o.csv',
      '--db',
      'c.db',
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain(`Skrev 28 sertifiseringer til ${join(dir, 'o.csv')}.`);
    const text = await readFile(join(dir, 'o.csv'), 'utf8');
    expect(text.startsWith('\uFEFFKode;Offisielt navn;Forklarende navn;')).toBe(true);
  });

  it('writes an English PDF', async () => {
    const r = await cli(
      'export',
      '--report',
      'pathways',
      '--format',
      'pdf',
      '--lang',
      'en',
      '--out',
      'p.pdf',
      '--db',
      'c.db',
    );
    expect(r.code).toBe(0);
    expect((await readFile(join(dir, 'p.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes the HTML catalog, without --report, opening in the chosen language', async () => {
    const r = await cli(
      'export',
      '--format',
      'html',
      '--lang',
      'nb',
      '--out',
      'k.html',
      '--db',
      'c.db',
    );
    expect(r.code).toBe(0);
    const html = await readFile(join(dir, 'k.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="nb" data-lang="nb"/);
    expect(html).toContain(
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';',
    );
    expect(html.match(/<article /g)).toHaveLength(28);
  });

  it.each([
    [['export', '--format', 'pdf', '--out', 'x.pdf'], 'Unknown report “”'],
    [
      ['export', '--report', 'sheets', '--format', 'docx', '--out', 'x'],
      'Unknown format “docx”: use pdf, csv, json or html.',
    ],
    [
      ['export', '--report', 'sheets', '--format', 'pdf'],
      'Name the file to write with --out FILE.',
    ],
  ])('%j is refused with exit 2', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

describe('credential-catalog import, backup, restore and history', () => {
  it('imports a JSON export after a dry run, records it, and restores a backup', async () => {
    expect(
      (await cli('export', '--format', 'json', '--out', 'all.json', '--db', 'c.db')).code,
    ).toBe(0);
    const file = join(dir, 'all.json');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(
        '"Associate in Claims"',
        '"Associate in Claims (new)"',
      ),
    );

    const dry = await cli('import', 'all.json', '--dry-run', '--db', 'c.db');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Would change AIC: official name');
    expect(dry.out).toContain('27 unchanged');
    expect(dry.err).toContain('Dry run: nothing was changed.');

    const backup = await cli('backup', '--db', 'c.db');
    const name = /Backed up as (\S+)\.$/.exec(backup.err)![1]!;
    const real = await cli('import', 'all.json', '--db', 'c.db', '--lang', 'nb');
    expect(real.err).toContain('Importert: 0 lagt til, 1 endret.');
    expect((await cli('history', 'AIC', '--db', 'c.db')).out).toContain('Imported AIC');

    const restored = await cli('restore', name, '--db', 'c.db');
    expect(restored.err).toContain(`Restored ${name}.`);
    expect((await cli('show', 'AIC', '--db', 'c.db')).out).toMatch(
      /Official name\s+Associate in Claims\n/,
    );
  });

  it('refuses an import with errors, naming the row, and changes nothing', async () => {
    // A full fact sheet with a new row 2 (GOOD) and a bad code on row 3.
    await cli(
      'export',
      '--db',
      'c.db',
      '--lang',
      'nb',
      '--report',
      'sheets',
      '--format',
      'csv',
      '--out',
      'bad.csv',
    );
    const lines = (await readFile(join(dir, 'bad.csv'), 'utf8')).split('\r\n');
    lines.splice(
      1,
      1,
      lines[1]!.replace(/^\w+;/, 'GOOD;'),
      lines[1]!.replace(/^\w+;/, 'bad code;'),
    );
    await writeFile(join(dir, 'bad.csv'), lines.join('\r\n'));
    const r = await cli('import', 'bad.csv', '--db', 'c.db', '--lang', 'nb');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Rad 3, Kode: En kode har ingen mellomrom'); // the column as the file names it
    expect(r.err).toContain('Ingenting ble importert');
    expect((await cli('list', '--db', 'c.db', '--json')).out).not.toContain('GOOD');
  });
});

describe('mistakes', () => {
  it.each([
    [['show', 'NOPE', '--db', 'c.db'], 1, 'There is no designation with the code NOPE.'],
    [['show', '--db', 'c.db'], 2, 'Name the designation to show'],
    [['frobnicate'], 2, 'Unknown command: frobnicate'],
    [[], 2, 'Name a command.'],
    [['list', '--colour'], 2, 'Unknown option: --colour'],
    [['list', '--db'], 2, 'The option --db needs a value.'],
    [['list', '--lang', 'de'], 2, 'Unknown language de: use nb or en.'],
  ])('%j exits %i with a clear message', async (argv, code, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
  });

  it('are explained in Norwegian too', async () => {
    const r = await cli('show', 'NOPE', '--db', 'c.db', '--lang', 'nb');
    expect(r.err).toContain('Feil: Det finnes ingen sertifisering med koden NOPE.');
  });

  it('a file that is not a catalog is refused and left untouched', async () => {
    const { writeFile, readFile, readdir } = await import('node:fs/promises');
    await writeFile(join(dir, 'notes.txt'), 'Shopping list: milk, bread');
    const r = await cli('list', '--db', 'notes.txt');
    expect(r.code).toBe(1);
    expect(r.err).toBe('Error: This file is not a Credential Catalog file. It was left untouched.');
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('Shopping list: milk, bread');
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });

  it('--help lists the commands and the default catalog path', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('show CODE');
    expect(r.out).toContain(join(dir, 'config', 'Credential Catalog', 'catalog.db'));
  });
});
