import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher, createHandlers } from '../../electron/services/contract-handlers';
import { openServices } from '../../electron/services/open-services';
import { DesignationInput } from '../../shared/model';
import { sampleDesignation } from '../support/designations';
import { makeTempDir } from '../support/temp';

const untidy = sampleDesignation({
  code: '  TDY ',
  officialName: '\tTidy name\n',
  explanatoryName: { nb: '  Ryddig navn ', en: '' },
  summary: { nb: ' Sammendrag. ', en: '' },
  courses: [
    { code: '', kind: 'core', title: { nb: '', en: '' } }, // an empty row
    { code: ' TDY 1 ', kind: 'core', title: { nb: ' Grunnkurs ', en: 'Basics  ' } },
    { code: '   ', kind: 'elective', title: { nb: ' ', en: '' } }, // only spaces: empty too
  ],
  sources: { nb: '  Kilde.  ', en: ' Source. ' },
});

describe('input is tidied by the schema, wherever it comes from', () => {
  it('trims every text and drops empty course rows', () => {
    const d = DesignationInput.parse(untidy);
    expect(d.code).toBe('TDY');
    expect(d.officialName).toBe('Tidy name');
    expect(d.explanatoryName).toEqual({ nb: 'Ryddig navn', en: '' });
    expect(d.summary.nb).toBe('Sammendrag.');
    expect(d.courses).toEqual([
      { code: 'TDY 1', kind: 'core', title: { nb: 'Grunnkurs', en: 'Basics' } },
    ]);
    expect(d.sources).toEqual({ nb: 'Kilde.', en: 'Source.' });
  });

  it('counts the limit after tidying: 100 courses and a few empty rows still pass', () => {
    const full = { code: 'C', kind: 'core' as const, title: { nb: 'K', en: 'C' } };
    const empty = { code: '', kind: 'core' as const, title: { nb: '', en: '' } };
    const d = sampleDesignation({ courses: [...Array(100).fill(full), empty, empty] });
    expect(DesignationInput.parse(d).courses).toHaveLength(100);
  });

  it('in the main process: what a window sends is stored tidied (read back with sqlite3)', async () => {
    const path = join(await makeTempDir(), 'catalog.db');
    const services = await openServices({ path });
    const dispatch = createDispatcher(createHandlers(services));
    const outcome = await dispatch('createDesignation', { designation: untidy });
    expect(outcome.ok).toBe(true);
    await services.close(); // the file alone is complete once the app has closed
    const sql = (q: string) => execFileSync('sqlite3', [path, q], { encoding: 'utf8' }).trim();
    expect(
      sql("SELECT explanatory_nb || '|' || official_name FROM designation WHERE code = 'TDY'"),
    ).toBe('Ryddig navn|Tidy name');
    expect(
      sql(
        "SELECT count(*) || '|' || max(title_en) FROM course c JOIN designation d ON d.id = c.designation_id WHERE d.code = 'TDY'",
      ),
    ).toBe('1|Basics');
  });
});
