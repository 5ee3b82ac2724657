import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_PATTERN, codeProblem } from '../../shared/code-rule';
import { createI18n, describeFieldIssue } from '../../shared/i18n';
import { DesignationCode } from '../../shared/model';

describe('the code rule', () => {
  it('accepts the codes The Institutes use, small letters as typed', () => {
    for (const code of ['AIS', 'ARe', 'AU-M', 'ARM-E', 'CPCU', 'AAI-M', 'WCCP', 'ZZq-b']) {
      expect([code, codeProblem(code)]).toEqual([code, null]);
      expect(DesignationCode.parse(code)).toBe(code); // not upper-cased
    }
  });

  it.each([
    ['', 'code.required', undefined],
    ['ais', 'code.capital', undefined],
    ['ÆØÅ', 'code.letters', 'Æ, Ø, Å'],
    ['Bøk', 'code.letters', 'ø'],
    ['A', 'code.length', undefined],
    ['ABCDEFGHIJK', 'code.length', undefined],
    ['CPCU2', 'code.digit', undefined],
    ['AU M', 'code.space', undefined],
    ['AU--M', 'code.hyphen', undefined],
    ['-AU', 'code.hyphen', undefined],
    ['AU-', 'code.suffix', undefined],
    ['AU-MMMMM', 'code.suffix', undefined],
    ['A.B', 'code.character', '.'],
    ['A/B_C', 'code.character', '/, _'],
  ])('explains %j as %s', (code, message, chars) => {
    expect(codeProblem(code)).toEqual(chars ? { message, params: { chars } } : { message });
  });

  it('refuses exactly what the pattern refuses, with a specific reason', () => {
    const codeLike = fc.oneof(
      fc.string({ maxLength: 16 }),
      fc.stringMatching(/^[A-Za-zÆØÅæøå0-9 .-]{0,14}$/),
    );
    fc.assert(
      fc.property(codeLike, (code) => {
        const problem = codeProblem(code);
        expect(problem === null).toBe(CODE_PATTERN.test(code));
        if (problem) expect(problem.message).not.toBe('code.format');
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the same reason in both languages', () => {
    for (const lang of ['nb', 'en'] as const) {
      const t = createI18n(lang).t;
      const result = DesignationCode.safeParse('ÆØÅ');
      expect(result.success).toBe(false);
      const text = describeFieldIssue(t, {
        message: result.error!.issues[0]!.message,
        params: { chars: 'Æ, Ø, Å' },
      });
      expect(text).toMatch(
        lang === 'nb'
          ? /^Bare bokstavene A–Z .* Æ, Ø, Å\.$/
          : /^Only the letters A–Z .* Æ, Ø, Å\.$/,
      );
    }
  });
});
