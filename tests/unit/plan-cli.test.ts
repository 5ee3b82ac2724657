import { execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import type { Plan } from '../../shared/plan';
import { readPdf } from '../support/pdf-text';
import { makeTempDir } from '../support/temp';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli({
    argv: [...argv, '--db', 'catalog.db'],
    env: { LANG: 'en_US.UTF-8', INIT_CWD: dir, XDG_CONFIG_HOME: join(dir, 'config') },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const planOf = async (...argv: string[]) => {
  const r = await cli('plan', '--json', ...argv);
  expect([r.code, r.err]).toEqual([0, expect.any(String)]);
  return JSON.parse(r.out) as Plan;
};

describe('credential-catalog plan', () => {
  it('--target AIS --holds ARM --json: prerequisite waived by ARM, the core course remains, 10–25 months, then ASLI', async () => {
    const plan = await planOf('--target', 'AIS', '--holds', 'ARM');
    const [ais, ...others] = plan.steps;
    expect(others).toEqual([]);
    expect(ais).toMatchObject({ code: 'AIS', state: 'required' });
    const programme = ais!.courses.filter((c) => c.kind === 'prerequisite-programme');
    expect(programme.map((c) => [c.state, c.waivedBy])).toEqual([['waived', ['ARM']]]);
    // Nothing else remains but the core course and an ethics requirement the catalog lists.
    const remaining = ais!.courses.filter((c) => c.state === 'remaining');
    expect(remaining.filter((c) => c.kind !== 'ethics').map((c) => c.title.en)).toEqual([
      'Delivering Insurance Services',
    ]);
    expect(plan.duration).toMatchObject({ min: 10, max: 25, notStated: [] });
    expect(plan.next).toContainEqual({ code: 'ASLI', kind: 'credit' });
  });

  it('without --holds: the prerequisite programme is required', async () => {
    const plan = await planOf('--target', 'ais');
    expect(
      plan.steps[0]!.courses.filter((c) => c.state === 'remaining').map((c) => c.kind),
    ).toContain('prerequisite-programme');
  });

  it('takes a passed course whose title holds commas as one course', async () => {
    const plan = await planOf(
      '--target',
      'ARe',
      '--passed',
      'One elective: finance and accounting, risk financing, or insurance regulation',
      '--passed',
      'Ethics exam,Contemporary reinsurance issues',
    );
    const passed = plan.steps[0]!.courses.filter((c) => c.state === 'passed').map((c) => c.kind);
    expect(passed.sort()).toEqual(['core', 'elective', 'ethics']);
    expect(plan.unmatchedPassed).toEqual([]);
  });

  it('prints a readable checklist in Norwegian', async () => {
    const r = await cli('plan', '--target', 'AIS', '--holds', 'ARM', '--lang', 'nb');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Studieplan: AIS');
    expect(r.out).toContain('[-] Forkurs');
    expect(r.out).toContain('Fritak: har ARM');
    expect(r.out).toContain('[ ] Kjernekurs: Levere forsikringstjenester');
    expect(r.out).toContain('10–25 måneder');
    expect(r.out).toContain('AIS kan godskrives i ASLI');
  });

  it('refuses unknown codes with a clear error in the user’s language and a non-zero exit', async () => {
    const en = await cli('plan', '--target', 'AIS', '--holds', 'ARM,ZZZ,QQQ');
    expect(en.code).toBe(2);
    expect(en.err).toContain('No designation has the code ZZZ, QQQ.');
    expect(en.out).toBe('');
    const nb = await cli('plan', '--target', 'NOPE', '--lang', 'nb');
    expect(nb.code).toBe(2);
    expect(nb.err).toContain('Ingen sertifisering har koden NOPE.');
    const none = await cli('plan', '--holds', 'ARM');
    expect(none.code).toBe(2);
    expect(none.err).toContain('--target');
  });

  for (const lang of ['nb', 'en'] as const) {
    it(`--out writes a one-page PDF that reads correctly in ${lang}`, async () => {
      const r = await cli(
        'plan',
        '--target',
        'AIS',
        '--holds',
        'ARM',
        '--lang',
        lang,
        '--out',
        'plan.pdf',
      );
      expect(r.code).toBe(0);
      const path = join(dir, 'plan.pdf');
      expect((await stat(path)).size).toBeGreaterThan(1000);
      // poppler, as a reader outside the app sees it
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+1\n/);
      const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
      const pdf = await readPdf(path);
      expect(pdf.language).toBe(lang === 'nb' ? 'nb-NO' : 'en-GB');
      const expected =
        lang === 'nb'
          ? [
              'Studieplan',
              'Levere forsikringstjenester',
              'Fritak: har ARM',
              '10–25 måneder',
              'Side 1 av 1',
              'ASLI',
            ]
          : [
              'Study plan',
              'Delivering Insurance Services',
              'Waived: holds ARM',
              '10–25 months',
              'Page 1 of 1',
              'ASLI',
            ];
      for (const words of expected) expect(text).toContain(words);
      expect(pdf.info.Title).toBe(lang === 'nb' ? 'Studieplan' : 'Study plan');
      // read-only: the catalog file was created, not changed, by planning
      expect((await readFile(join(dir, 'catalog.db'))).length).toBeGreaterThan(0);
    });
  }
});
