// Schemas built on first use (#18): nothing is built at start, and a lazily built schema
// accepts, refuses and composes exactly as the schema it stands for.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazySchema } from '../../shared/lazy-schema';
import { contract } from '../../shared/contract';
import { Designation, FocusArea, Settings } from '../../shared/model';

describe('lazySchema', () => {
  it('builds the schema once, on first use, not before', () => {
    let builds = 0;
    const Code = lazySchema(() => {
      builds++;
      return z.string().min(2);
    });
    const List = lazySchema(() => z.array(Code).max(3)); // composing does not build either
    expect(builds).toBe(0);
    expect(List.safeParse(['AIS', 'ARM']).success).toBe(true);
    expect(Code.safeParse('A').success).toBe(false);
    expect(builds).toBe(1);
  });

  it('refuses with the same issues and paths as the schema itself', () => {
    const eager = z.object({ code: z.string().min(2), years: z.number().int() }).strict();
    const lazy = lazySchema(() =>
      z.object({ code: z.string().min(2), years: z.number().int() }).strict(),
    );
    const bad = { code: 'A', years: 1.5, extra: true };
    expect(lazy.safeParse(bad).error?.issues).toEqual(eager.safeParse(bad).error?.issues);
    expect(Object.keys(lazy.shape)).toEqual(['code', 'years']);
    expect(
      lazy.extend({ note: z.string() }).safeParse({ code: 'AIS', years: 2, note: '' }).success,
    ).toBe(true);
    expect(lazy instanceof z.ZodObject).toBe(true);
  });

  it("leaves the model's schemas working as before: defaults, enums, refinements", () => {
    expect(FocusArea.options).toContain('claims');
    expect(Settings.partial().safeParse({ verifiedWithinYears: 0 }).success).toBe(false);
    const created = Designation.safeParse({ code: 'A' });
    expect(created.success).toBe(false);
    expect(created.error?.issues.some((i) => i.path[0] === 'code')).toBe(true);
    expect(contract.getDesignation.input.safeParse({ code: 'AIS' }).success).toBe(true);
    expect(contract.getDesignation.input.safeParse({ code: 'AIS', more: 1 }).success).toBe(false);
  });
});
