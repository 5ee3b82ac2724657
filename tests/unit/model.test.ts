import { describe, expect, it } from 'vitest';
import { codeKey, DesignationInput } from '../../shared/model';
import { SEED_DESIGNATIONS } from '../../electron/services/seed';
import { sampleDesignation } from '../support/designations';

const issuesOf = (value: unknown) => {
  const result = DesignationInput.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
};

describe('designation schema', () => {
  it('accepts a complete designation', () => {
    expect(issuesOf(sampleDesignation())).toEqual([]);
  });

  it.each(['AIS', 'ARe', 'AU-M', 'ARM-E', 'CPCU'])('accepts the code %s', (code) => {
    expect(issuesOf(sampleDesignation({ code, relations: [] }))).toEqual([]);
  });

  it.each([
    ['', 'code.required'],
    ['a', 'code.length'],
    ['ais', 'code.capital'],
    ['1AB', 'code.digit'],
    ['A B', 'code.space'],
    ['AU--M', 'code.hyphen'],
    ['ÆØÅ', 'code.letters'],
    ['TOOLONGCODEX', 'code.length'],
  ])('rejects the code %j, saying why (%s)', (code, message) => {
    expect(issuesOf(sampleDesignation({ code }))).toContainEqual({ path: ['code'], message });
  });

  it('rejects a shortest duration longer than the longest, pointing at the minimum', () => {
    expect(issuesOf(sampleDesignation({ durationMonths: { min: 20, max: 10 } }))).toEqual([
      { path: ['durationMonths', 'min'], message: 'duration.order' },
    ]);
  });

  it('allows an unknown duration at either end', () => {
    expect(issuesOf(sampleDesignation({ durationMonths: { min: null, max: 12 } }))).toEqual([]);
  });

  it('rejects a relation to itself, whatever the case', () => {
    const d = sampleDesignation({ relations: [{ kind: 'prerequisite', target: 'TST' }] });
    expect(issuesOf({ ...d, code: 'Tst' })).toContainEqual({
      path: ['relations', 0, 'target'],
      message: 'relation.self',
    });
  });

  it('rejects the same relation twice', () => {
    const relations = [
      { kind: 'credit' as const, target: 'CPCU' },
      { kind: 'credit' as const, target: 'CPCU' },
    ];
    expect(issuesOf(sampleDesignation({ relations }))).toEqual([
      { path: ['relations', 1, 'target'], message: 'relation.duplicate' },
    ]);
  });

  it('requires the official name and the issuer, but no explanatory name', () => {
    expect(issuesOf(sampleDesignation({ officialName: ' ', issuer: '' }))).toEqual([
      { path: ['officialName'], message: 'officialName.required' },
      { path: ['issuer'], message: 'issuer.required' },
    ]);
    expect(issuesOf(sampleDesignation({ explanatoryName: { nb: '', en: '' } }))).toEqual([]);
  });

  it('takes last verified as a year and month, or null for no dated source', () => {
    expect(issuesOf(sampleDesignation({ lastVerified: null }))).toEqual([]);
    for (const bad of ['2020', '2020-13', '2020-7', '07.2020', '']) {
      expect([bad, issuesOf(sampleDesignation({ lastVerified: bad }))]).toEqual([
        bad,
        [{ path: ['lastVerified'], message: 'lastVerified.format' }],
      ]);
    }
  });

  it('knows the status unconfirmed', () => {
    expect(issuesOf(sampleDesignation({ status: 'unconfirmed' }))).toEqual([]);
  });

  it('rejects unknown focus areas, statuses and course kinds', () => {
    const bad = { ...sampleDesignation(), focusArea: 'astrology', status: 'maybe' };
    expect(issuesOf(bad).map((i) => i.path[0])).toEqual(['focusArea', 'status']);
  });
});

describe('the seed', () => {
  it('holds The Institutes’ 28 designations with unique codes', () => {
    expect(SEED_DESIGNATIONS).toHaveLength(28);
    expect(new Set(SEED_DESIGNATIONS.map((d) => codeKey(d.code))).size).toBe(28);
  });

  it('passes the schema, entry by entry', () => {
    for (const d of SEED_DESIGNATIONS) expect([d.code, issuesOf(d)]).toEqual([d.code, []]);
  });

  it('summarises every designation in both languages', () => {
    for (const d of SEED_DESIGNATIONS) {
      expect([d.code, Boolean(d.summary.nb && d.summary.en)]).toEqual([d.code, true]);
    }
  });

  it('records the AIS facts from the source article', () => {
    const ais = SEED_DESIGNATIONS.find((d) => d.code === 'AIS')!;
    expect(ais.durationMonths).toEqual({ min: 10, max: 25 });
    expect(ais.certificateOfCompletion).toBe(true);
    expect(ais.courses.map((c) => [c.kind, c.title.en, c.title.nb])).toContainEqual([
      'core',
      'Delivering Insurance Services',
      'Levere forsikringstjenester',
    ]);
    expect(ais.relations).toEqual([
      { kind: 'waiver', target: 'ARe' },
      { kind: 'waiver', target: 'AIC' },
      { kind: 'waiver', target: 'ARM' },
      { kind: 'credit', target: 'ASLI' },
    ]);
    const ains = SEED_DESIGNATIONS.find((d) => d.code === 'AINS')!;
    expect(ains.relations.map((r) => r.target)).toEqual(['CPCU', 'AIC', 'AU', 'API', 'AAI', 'AIS']);
  });

  it('relates only to designations that are in the seed', () => {
    const codes = new Set(SEED_DESIGNATIONS.map((d) => d.code));
    for (const d of SEED_DESIGNATIONS) {
      for (const r of d.relations) expect([d.code, codes.has(r.target)]).toEqual([d.code, true]);
    }
  });
});
