import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planStudy, type PlannerEntry } from '../../electron/services/planner/plan';
import { SEED_DESIGNATIONS } from '../../electron/services/seed';
import { CatalogError } from '../../shared/errors';
import { codeKey, COURSE_KINDS, type Course, type RelationKind } from '../../shared/model';
import type { Plan } from '../../shared/plan';

const SEED: PlannerEntry[] = [...SEED_DESIGNATIONS];
const plan = (target: string, holds: string[] = [], passed: string[] = [], catalog = SEED) =>
  planStudy(catalog, { target, holds, passed });
const stepOf = (p: Plan, code: string) => p.steps.find((s) => s.code === code);
const remainingTitles = (p: Plan, code: string) =>
  stepOf(p, code)!
    .courses.filter((c) => c.state === 'remaining')
    .map((c) => c.title.en);

describe('the study plan for AIS (the article’s case, from the seeded facts)', () => {
  it('holding ARM: the prerequisite is waived by ARM, the core course remains, 10–25 months, then credit toward ASLI', () => {
    const p = plan('AIS', ['ARM']);
    const ais = stepOf(p, 'AIS')!;
    expect(ais).toMatchObject({ role: 'target', state: 'required' });
    const programme = ais.courses.find((c) => c.kind === 'prerequisite-programme')!;
    expect(programme).toMatchObject({ state: 'waived', waivedBy: ['ARM'] });
    // What remains: the core course, and an ethics row only if the catalog lists one for AIS.
    const ethics = ais.courses.filter((c) => c.kind === 'ethics').map((c) => c.title.en);
    expect(remainingTitles(p, 'AIS')).toEqual(['Delivering Insurance Services', ...ethics]);
    expect(ais.courses.find((c) => c.kind === 'core')!.title.nb).toBe(
      'Levere forsikringstjenester',
    );
    expect(p.steps.map((s) => s.code)).toEqual(['AIS']); // AIS names no designation as prerequisite
    expect(p.duration).toEqual({ min: 10, max: 25, counted: ['AIS'], notStated: [] });
    expect(p.next).toContainEqual({ code: 'ASLI', kind: 'credit' });
    expect(p.credits).toEqual([]); // ARM gives no credit toward AIS in the catalog
  });

  it('holding nothing: the prerequisite programme is required too', () => {
    const p = plan('AIS');
    expect(
      stepOf(p, 'AIS')!
        .courses.filter((c) => c.state === 'remaining')
        .map((c) => c.kind),
    ).toEqual(expect.arrayContaining(['prerequisite-programme', 'core']));
    expect(remainingTitles(p, 'AIS')[0]).toBe(
      'One of The Institutes’ prerequisite designation programmes',
    );
  });

  it('leaves out courses marked as passed, in either language or with odd spacing and case', () => {
    const p = plan('AIS', ['ARM'], ['  levere   FORSIKRINGSTJENESTER ']);
    expect(stepOf(p, 'AIS')!.courses.find((c) => c.kind === 'core')!.state).toBe('passed');
    expect(p.unmatchedPassed).toEqual([]);
    expect(plan('AIS', [], ['Underwater basket weaving']).unmatchedPassed).toEqual([
      'Underwater basket weaving',
    ]);
  });

  it('states credit from a held designation as courses that may be credited, in the catalog’s words', () => {
    // ARe gives credit toward AIS in the catalog (and also waives its prerequisite).
    const p = plan('AIS', ['ARe']);
    expect(p.credits).toHaveLength(1);
    const note = p.credits[0]!;
    expect(note).toMatchObject({ from: 'ARe', toward: 'AIS' });
    const are = SEED.find((d) => d.code === 'ARe')!;
    expect(note.courses.map((c) => c.title)).toEqual(
      are.courses.filter((c) => c.kind !== 'prerequisite-programme').map((c) => c.title),
    );
    // The plan itself never drops a course on the strength of credit: that is not a certainty.
    expect(remainingTitles(p, 'AIS')).toContain('Delivering Insurance Services');
  });

  it('accepts codes in any case and refuses unknown ones with NOT_FOUND naming them all', () => {
    expect(plan('ais', ['arm']).target).toBe('AIS');
    expect(plan('ais', ['arm']).holds).toEqual(['ARM']);
    const error = (() => {
      try {
        plan('AIS', ['ZZZ', 'ARM', 'QQQ']);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).code).toBe('NOT_FOUND');
    expect((error as CatalogError).params.code).toBe('QQQ, ZZZ');
    expect(() => plan('NOPE')).toThrow(CatalogError);
  });

  it('has nothing left when the target is held', () => {
    const p = plan('AIS', ['AIS']);
    expect(p.steps).toEqual([expect.objectContaining({ code: 'AIS', state: 'held', courses: [] })]);
    expect(p.duration).toEqual({ min: null, max: null, counted: [], notStated: [] });
  });
});

describe('prerequisites to any depth', () => {
  it('AU-M requiring AU: required when not held, held when held', () => {
    // The seed gives AU-M the AU courses as a course row (audit row 4); here it requires AU itself.
    const catalog = SEED.map((e) =>
      e.code === 'AU-M'
        ? { ...e, relations: [...e.relations, { kind: 'prerequisite' as const, target: 'AU' }] }
        : e,
    );
    const none = plan('AU-M', [], [], catalog);
    expect(none.steps.map((s) => [s.code, s.state])).toEqual([
      ['AU', 'required'],
      ['AU-M', 'required'],
    ]);
    expect(stepOf(none, 'AU')!.requiredBy).toEqual(['AU-M']);
    const withAu = plan('AU-M', ['AU'], [], catalog);
    expect(withAu.steps.map((s) => [s.code, s.state])).toEqual([
      ['AU', 'held'],
      ['AU-M', 'required'],
    ]);
  });

  const d = (
    code: string,
    relations: [RelationKind, string][] = [],
    months: [number | null, number | null] = [null, null],
  ): PlannerEntry => ({
    code,
    status: 'offered',
    durationMonths: { min: months[0], max: months[1] },
    courses: [
      { code: '', kind: 'ethics', title: { en: `${code} ethics`, nb: `${code} etikk` } },
      { code: `${code} 1`, kind: 'core', title: { en: `${code} core`, nb: `${code} kjerne` } },
      { code: '', kind: 'prerequisite-programme', title: { en: 'Programme', nb: 'Forkurs' } },
    ],
    relations: relations.map(([kind, target]) => ({ kind, target })),
  });

  it('follows a chain, orders prerequisites first and sums only stated durations', () => {
    const catalog = [
      d('TOP', [['prerequisite', 'MID']], [6, 12]),
      d('MID', [['prerequisite', 'LOW']], [null, null]),
      d('LOW', [], [3, 4]),
    ];
    const p = plan('TOP', [], [], catalog);
    expect(p.steps.map((s) => s.code)).toEqual(['LOW', 'MID', 'TOP']);
    expect(p.duration).toEqual({ min: 9, max: 16, counted: ['LOW', 'TOP'], notStated: ['MID'] });
    // Courses in the order they are taken, whatever the catalog's order.
    expect(stepOf(p, 'TOP')!.courses.map((c) => c.kind)).toEqual([
      'prerequisite-programme',
      'core',
      'ethics',
    ]);
  });

  it('a waiver held excuses the whole branch below the step that names it', () => {
    const catalog = [
      d('TOP', [
        ['prerequisite', 'MID'],
        ['waiver', 'W'],
      ]),
      d('MID', [['prerequisite', 'LOW']]),
      d('LOW'),
      d('W'),
    ];
    const p = plan('TOP', ['W'], [], catalog);
    expect(p.steps.map((s) => [s.code, s.state, s.waivedBy])).toEqual([
      ['MID', 'waived', ['W']],
      ['TOP', 'required', []],
    ]);
  });

  it('a prerequisite excused by one step but needed by another stays required', () => {
    const catalog = [
      d('TOP', [
        ['prerequisite', 'A'],
        ['prerequisite', 'B'],
      ]),
      d('A', [
        ['prerequisite', 'SHARED'],
        ['waiver', 'W'],
      ]),
      d('B', [['prerequisite', 'SHARED']]),
      d('SHARED'),
      d('W'),
    ];
    const p = plan('TOP', ['W'], [], catalog);
    expect(stepOf(p, 'SHARED')).toMatchObject({ state: 'required', requiredBy: ['A', 'B'] });
  });

  it('follows a loop in the data once and reports it', () => {
    const catalog = [
      d('A', [['prerequisite', 'B']]),
      d('B', [['prerequisite', 'C']]),
      d('C', [['prerequisite', 'A']]),
    ];
    const p = plan('A', [], [], catalog);
    expect(p.steps.map((s) => s.code).sort()).toEqual(['A', 'B', 'C']);
    expect(p.cycles).toEqual([['A', 'B', 'C', 'A']]);
  });

  it('walks a chain of 20,000 prerequisites without running out of stack', () => {
    const catalog = Array.from({ length: 20_000 }, (_, i) =>
      d(`C${i}`, i + 1 < 20_000 ? [['prerequisite', `C${i + 1}`]] : []),
    );
    expect(plan('C0', [], [], catalog).steps).toHaveLength(20_000);
  });
});

describe('a plan over random catalogs', () => {
  const CODES = ['AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG', 'HH', 'II', 'JJ'];
  const course = fc.record<Course>({
    code: fc.constantFrom('', 'X 1', 'X 2'),
    kind: fc.constantFrom(...COURSE_KINDS),
    title: fc.record({
      en: fc.constantFrom('Ethics', 'Core', 'Law', 'Programme'),
      nb: fc.constantFrom('Etikk', 'Kjerne', 'Jus', 'Forkurs'),
    }),
  });
  const months = fc.option(fc.integer({ min: 0, max: 60 }), { nil: null });
  // Relations may point anywhere, loops and all: imports and old files do not always obey the rules.
  const catalogArb = fc.integer({ min: 1, max: CODES.length }).chain((n) =>
    fc.tuple(
      ...CODES.slice(0, n).map((code) =>
        fc.record<PlannerEntry>({
          code: fc.constant(code),
          status: fc.constantFrom('offered', 'retired'),
          durationMonths: fc.record({ min: months, max: months }),
          courses: fc.array(course, { maxLength: 4 }),
          relations: fc.uniqueArray(
            fc.record({
              kind: fc.constantFrom<RelationKind>('prerequisite', 'waiver', 'credit'),
              target: fc.constantFrom(...CODES.slice(0, n)),
            }),
            { maxLength: 6, selector: (r) => `${r.kind}:${r.target}` },
          ),
        }),
      ),
    ),
  );
  const scenario = catalogArb.chain((catalog) =>
    fc.record({
      catalog: fc.constant(catalog),
      target: fc.constantFrom(...catalog.map((c) => c.code)),
      holds: fc.subarray(catalog.map((c) => c.code)),
      passed: fc.subarray(['Ethics', 'kjerne', 'X 1', 'Nothing']),
    }),
  );

  it('never asks for something held or waived, never loops, and ignores the order of holdings', () => {
    fc.assert(
      fc.property(scenario, fc.integer(), ({ catalog, target, holds, passed }, seed) => {
        const p = planStudy(catalog, { target, holds, passed });
        const held = new Set(holds.map(codeKey));
        const byCode = new Map(catalog.map((d) => [d.code, d]));
        const required = p.steps.filter((s) => s.state === 'required');

        // The target is there, held or still to earn (never "waived" for lying on a loop).
        expect(p.steps.find((s) => s.role === 'target')!.state).toBe(
          held.has(target) ? 'held' : 'required',
        );
        // Each designation once; nothing held is required.
        expect(new Set(p.steps.map((s) => s.code)).size).toBe(p.steps.length);
        for (const s of required) expect(held.has(s.code)).toBe(false);
        for (const s of p.steps.filter((x) => x.state === 'held'))
          expect(held.has(s.code)).toBe(true);

        const heldWaiver = (code: string) =>
          byCode.get(code)!.relations.some((r) => r.kind === 'waiver' && held.has(r.target));
        for (const s of required) {
          // A step whose prerequisites a held designation excuses has no prerequisite programme left …
          if (heldWaiver(s.code))
            expect(
              s.courses.filter(
                (c) => c.kind === 'prerequisite-programme' && c.state === 'remaining',
              ),
            ).toEqual([]);
          // … and a required prerequisite is needed by some required step that does not excuse it.
          if (s.role === 'prerequisite')
            expect(
              s.requiredBy.some((r) => !heldWaiver(r) && required.some((x) => x.code === r)),
            ).toBe(true);
        }
        // Only required steps count toward the duration, each once.
        expect([...p.duration.counted, ...p.duration.notStated].sort()).toEqual(
          required.map((s) => s.code).sort(),
        );
        // The same plan whatever the order of the holdings (and with duplicates).
        const shuffled = fc.sample(
          fc.shuffledSubarray(holds, { minLength: holds.length, maxLength: holds.length }),
          {
            seed,
            numRuns: 1,
          },
        )[0]!;
        expect(planStudy(catalog, { target, holds: [...shuffled, ...holds], passed })).toEqual(p);
      }),
      { numRuns: 500 },
    );
  });
});
