import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import type { Designation } from '../../shared/model';
import { syntheticDesignations } from '../support/synthetic';
import { makeTempDir } from '../support/temp';

// `credential-catalog import` tells a person at a terminal what it would do in
// a screenful, whatever the size of the file; --json gives scripts everything.

let dir: string;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli({
    argv,
    env: { LANG: 'en_GB.UTF-8', INIT_CWD: dir, XDG_CONFIG_HOME: join(dir, 'config') },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  dir = await makeTempDir();
  // The catalog with 3,000 new designations, and 25 of the 28 renamed.
  await cli('export', '--db', 'c.db', '--format', 'json', '--out', 'all.json');
  const json = JSON.parse(await readFile(join(dir, 'all.json'), 'utf8')) as {
    designations: unknown[];
  };
  (json.designations as Designation[]).slice(0, 25).forEach((d) => (d.officialName += ' (new)'));
  json.designations.push(...syntheticDesignations(3000));
  await writeFile(join(dir, 'big.json'), JSON.stringify(json));
});

describe('credential-catalog import --dry-run of 3,000 new designations', () => {
  it('names 20 codes, then how many more, in a few lines', async () => {
    const r = await cli('import', 'big.json', '--dry-run', '--db', 'c.db');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(
      `Would add 3,000: ${syntheticDesignations(20)
        .map((d) => d.code)
        .join(', ')}, … and 2,980 more`,
    );
    expect(lines.filter((l) => l.startsWith('Would change '))).toHaveLength(20);
    expect(lines).toContain('… and 5 more');
    expect(lines.at(-1)).toBe('3 unchanged');
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(r.out.length).toBeLessThan(3000);
    expect(r.err).toBe('Dry run: nothing was changed.');
  });

  it('counts in Norwegian as Norwegian writes numbers', async () => {
    const r = await cli('import', 'big.json', '--dry-run', '--db', 'c.db', '--lang', 'nb');
    expect(r.out.split('\n')[0]).toMatch(
      /^Ville blitt lagt til \(3\u00a0000\): SAAAA, .*, … og 2\u00a0980 til$/,
    );
    expect(r.out).toContain('\n… og 5 til\n');
  });

  it('gives scripts every code and every changed value with --json', async () => {
    const r = await cli('import', 'big.json', '--dry-run', '--json', '--db', 'c.db');
    const plan = JSON.parse(r.out) as {
      added: { code: string }[];
      changed: { code: string; changes: { field: string; before: unknown; after: unknown }[] }[];
      unchanged: number;
      errorCount: number;
    };
    expect(plan.added).toHaveLength(3000);
    expect(plan.added.at(-1)!.code).toBe(syntheticDesignations(3000).at(-1)!.code);
    expect(plan.changed).toHaveLength(25);
    expect(plan.changed[0]!.changes[0]).toMatchObject({ field: 'officialName' });
    expect(plan).toMatchObject({ unchanged: 3, errorCount: 0 });
  });
});
