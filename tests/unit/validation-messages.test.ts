import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../shared/contract';
import { createI18n, describeFieldIssue, INTL_LOCALE } from '../../shared/i18n';
import * as model from '../../shared/model';
import { describeIssue, toFieldIssues } from '../../shared/validation';
import { sampleDesignation } from '../support/designations';

/**
 * Walks every schema the app has (shared/model.ts and every contract method's
 * input and output), breaks each of its limits, and reads the message in both
 * languages: always words, never a raw key, and the limit stated.
 */

interface Probe {
  where: string;
  value: unknown;
  schema: z.ZodType;
  /** The limit the message must state, when the probe breaks one. */
  limit?: number;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- zod's internal definitions are untyped here */
type Def = any;
const defOf = (s: z.ZodType): Def => (s as any)._zod.def;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Strings our own refinements (the code rule) refuse, each for a different reason. */
const BAD_CODES = ['', 'ais', 'ÆØÅ', 'A', 'CPCU2', 'A B', 'AU--M', 'AU-', 'AU-MMMMM', 'A.B', '-AU'];

function probesOf(root: z.ZodType, name: string): Probe[] {
  const probes: Probe[] = [];
  const seen = new Set<z.ZodType>();
  const walk = (schema: z.ZodType, where: string): void => {
    if (seen.has(schema)) return;
    seen.add(schema);
    const def = defOf(schema);
    const add = (value: unknown, limit?: number) => probes.push({ where, value, schema, limit });
    const checks: Def[] = (def.checks ?? []).map((c: Def) => c._zod.def);
    for (const c of checks) {
      if (c.check === 'max_length')
        add(
          def.type === 'array' ? Array(c.maximum + 1).fill(undefined) : 'x'.repeat(c.maximum + 1),
          c.maximum,
        );
      else if (c.check === 'min_length')
        add(def.type === 'array' ? [] : 'x'.repeat(c.minimum - 1), c.minimum);
      else if (c.check === 'less_than') add(c.value + 1, c.value);
      else if (c.check === 'greater_than') add(c.value - 1, c.value);
      else if (c.check === 'number_format') add(0.5);
      else if (c.check === 'string_format') add('%% not this form %%');
      else if (c.check === 'custom' && def.type === 'string') BAD_CODES.forEach((v) => add(v));
    }
    if (def.check === 'string_format') add('%% not this form %%'); // z.iso.datetime() and the like
    switch (def.type) {
      case 'string':
      case 'number':
      case 'boolean':
        add(def.type === 'string' ? 42 : 'forty-two');
        break;
      case 'enum':
      case 'literal':
        add('not-one-of-these');
        break;
      case 'object':
        add(null);
        if (defOf(def.catchall ?? z.unknown()).type === 'never') add({ notAField: true }); // .strict()
        for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>))
          walk(field, `${where}.${key}`);
        break;
      case 'array':
        add('not a list');
        walk(def.element, `${where}[]`);
        break;
      case 'record':
        add({ key: Symbol('not a value') });
        walk(def.keyType, `${where}{key}`);
        walk(def.valueType, `${where}{}`);
        break;
      case 'union':
        add({ status: 'none of them' });
        (def.options as z.ZodType[]).forEach((o, i) => walk(o, `${where}|${i}`));
        break;
      case 'nullable':
      case 'optional':
      case 'default':
      case 'readonly':
        walk(def.innerType, where);
        break;
      case 'pipe':
        walk(def.in, where);
        walk(def.out, where);
        break;
    }
  };
  walk(root, name);
  return probes;
}

const isSchema = (v: unknown): v is z.ZodType => v instanceof z.ZodType;
const roots: [string, z.ZodType][] = [
  ...Object.entries(model as Record<string, unknown>).flatMap(([name, v]): [string, z.ZodType][] =>
    isSchema(v) ? [[name, v]] : [],
  ),
  ...Object.entries(contract).flatMap(([method, spec]): [string, z.ZodType][] => [
    [`${method}.input`, spec.input],
    [`${method}.output`, spec.output],
  ]),
];
const probes = roots.flatMap(([name, schema]) => probesOf(schema, name));

// The rules that span fields need a whole designation to break.
const designationProbes: Probe[] = [
  { officialName: ' ' },
  { issuer: ' ' },
  { lastVerified: '2020-13' },
  { durationMonths: { min: 20, max: 10 } },
  { code: 'TST', relations: [{ kind: 'credit' as const, target: 'TST' }] },
  {
    relations: [
      { kind: 'credit' as const, target: 'CPCU' },
      { kind: 'credit' as const, target: 'CPCU' },
    ],
  },
  { durationMonths: { min: 0, max: 300 } },
  { courses: Array(101).fill({ code: 'C', kind: 'core', title: { nb: 'K', en: 'C' } }) },
  {
    relations: Array(201)
      .fill(0)
      .map((_, i) => ({
        kind: 'credit' as const,
        target: `Z${String.fromCharCode(65 + (i % 26))}`,
      })),
  },
].map((overrides) => ({
  where: `DesignationInput ${JSON.stringify(overrides).slice(0, 60)}`,
  schema: model.DesignationInput,
  value: sampleDesignation(overrides),
}));

const UNTRANSLATED = /\b(?:field|zod|errors?)[.:]|\{\{|\b[a-z]+\.[a-z][a-zA-Z_]+\b/;

describe('every validation message', () => {
  it('finds the limits the app has (the walk reaches them)', () => {
    const limits = new Set(probes.map((p) => `${p.where.split('.').pop()}:${p.limit ?? ''}`));
    for (const expected of [
      'min:240', // durationMonths (one schema for both ends)
      'code:20', // a course code
      'nb:20000', // any LocalizedText
      'issuer:200',
      'officialName:500',
      'courses:100',
      'relations:200',
      'organisationName:200',
      'limit:1000', // listHistory
      'limit:1',
    ])
      expect(limits, expected).toContain(expected);
    expect(probes.length).toBeGreaterThan(300);
  });

  for (const lang of ['nb', 'en'] as const) {
    const i18n = createI18n(lang);
    const number = (n: number) => new Intl.NumberFormat(INTL_LOCALE[lang]).format(n);

    it(`in ${lang}: each broken limit of each schema reads as words and states the limit`, () => {
      const bad: string[] = [];
      for (const probe of [...probes, ...designationProbes]) {
        const parsed = probe.schema.safeParse(probe.value);
        if (parsed.success) {
          bad.push(`${probe.where}: ${JSON.stringify(probe.value)?.slice(0, 40)} was accepted`);
          continue;
        }
        for (const issue of toFieldIssues(parsed.error)) {
          const text = describeFieldIssue(i18n.t, issue);
          const where = `${probe.where} (${issue.message}): “${text}”`;
          if (!i18n.exists(`errors:field.${issue.message}`, issue.params))
            bad.push(`no text: ${where}`);
          if (UNTRANSLATED.test(text)) bad.push(`raw key: ${where}`);
          const size = parsed.error.issues.some(
            (i) => i.code === 'too_big' || i.code === 'too_small',
          );
          if (
            probe.limit !== undefined &&
            size &&
            issue.params?.count === probe.limit &&
            !text.includes(number(probe.limit))
          )
            bad.push(`limit not stated: ${where}`);
        }
      }
      expect(bad).toEqual([]);
    });

    it(`in ${lang}: every kind of zod issue has a message`, () => {
      const issues: z.core.$ZodIssue[] = [
        { code: 'invalid_type', expected: 'string', input: 1, path: [], message: '' },
        { code: 'invalid_type', expected: 'int', input: 0.5, path: [], message: '' },
        { code: 'too_big', origin: 'string', maximum: 20, inclusive: true, path: [], message: '' },
        { code: 'too_big', origin: 'array', maximum: 3, path: [], message: '' },
        { code: 'too_big', origin: 'number', maximum: 9, inclusive: false, path: [], message: '' },
        { code: 'too_small', origin: 'string', minimum: 2, inclusive: true, path: [], message: '' },
        { code: 'too_small', origin: 'set', minimum: 1, path: [], message: '' },
        {
          code: 'too_small',
          origin: 'number',
          minimum: 0,
          inclusive: false,
          path: [],
          message: '',
        },
        { code: 'invalid_format', format: 'datetime', path: [], message: '' },
        { code: 'invalid_format', format: 'email', path: [], message: '' },
        { code: 'not_multiple_of', divisor: 5, path: [], message: '' },
        { code: 'unrecognized_keys', keys: ['x', 'y'], path: [], message: '' },
        { code: 'invalid_union', errors: [], path: [], message: '' },
        { code: 'invalid_key', origin: 'record', issues: [], path: [], message: '' },
        { code: 'invalid_element', origin: 'map', key: 'k', issues: [], path: [], message: '' },
        { code: 'invalid_value', values: ['a', 'b'], path: [], message: '' },
        { code: 'custom', path: [], message: 'Something zod wrote' },
      ] as z.core.$ZodIssue[];
      const texts = issues.map((i) => describeFieldIssue(i18n.t, describeIssue(i)));
      expect(texts.filter((t) => UNTRANSLATED.test(t))).toEqual([]);
      expect(texts[2]).toContain('20');
      expect(texts[4]).toContain('9');
      expect(texts[15]).toContain('a, b');
    });
  }

  it('say the limits in Norwegian as a coordinator reads them', () => {
    const t = createI18n('nb').t;
    const say = (schema: z.ZodType, value: unknown) => {
      const r = schema.safeParse(value);
      return r.success ? '' : describeFieldIssue(t, toFieldIssues(r.error)[0]!);
    };
    expect(
      say(model.DesignationInput, sampleDesignation({ durationMonths: { min: 1, max: 300 } })),
    ).toBe('Skriv høyst 240 måneder.');
    expect(
      say(model.Course, { code: 'x'.repeat(21), kind: 'core', title: { nb: '', en: '' } }),
    ).toBe('Skriv høyst 20 tegn.');
    expect(say(model.LocalizedText, { nb: 'x'.repeat(20_001), en: '' })).toBe(
      'Skriv høyst 20\u00a0000 tegn.',
    );
    expect(say(model.DesignationCode, 'ÆØÅ')).toBe(
      'Bare bokstavene A–Z kan brukes i en kode, ikke Æ, Ø, Å.',
    );
  });
});

describe('an import preview', () => {
  it('states the limit a row breaks, in both languages', async () => {
    const { parseJson } = await import('../../electron/services/exchange/import-rows');
    const { planImport } = await import('../../electron/services/exchange/import-plan');
    const tooLong = sampleDesignation({
      courses: [{ code: 'X'.repeat(21), kind: 'core', title: { nb: 'K', en: 'C' } }],
      durationMonths: { min: 1, max: 300 },
    });
    const { errors } = planImport(
      parseJson(
        JSON.stringify({
          format: 'credential-catalog',
          version: 2,
          exportedAt: '2026-01-01T00:00:00.000Z',
          designations: [tooLong],
        }),
      ),
      [],
    ).preview;
    const say = (lang: 'nb' | 'en') =>
      errors.map((e) => describeFieldIssue(createI18n(lang).t, e)).sort();
    expect(say('nb')).toEqual(['Skriv høyst 20 tegn.', 'Skriv høyst 240 måneder.']);
    expect(say('en')).toEqual(['Write at most 20 characters.', 'Write at most 240 months.']);
  });
});
