import type { z } from 'zod';
import type { ErrorParams, FieldIssue } from './errors';

/** Our own messages are i18n keys under errors:field. ("code.capital", "lastVerified.format"). */
const OWN_KEY = /^[a-z][a-zA-Z]*(\.[a-zA-Z]+)+$/;

type Issue = z.core.$ZodIssue;
type Translated = { message: string; params?: ErrorParams };

const limit = (n: number | bigint): number => Number(n);

const SIZE_KEYS = {
  text: { big: 'text.tooLong', small: 'text.tooShort' },
  list: { big: 'list.tooLong', small: 'list.tooShort' },
  number: { big: 'number.tooBig', small: 'number.tooSmall' },
} as const;

/** zod's size issues by what was measured: "at most 20 characters", "at most 240". */
function sizeMessage(issue: Issue & { code: 'too_big' | 'too_small' }): Translated {
  const big = issue.code === 'too_big';
  const params = { count: limit(big ? issue.maximum : issue.minimum) };
  const what =
    issue.origin === 'string'
      ? 'text'
      : issue.origin === 'array' || issue.origin === 'set'
        ? 'list'
        : 'number';
  // Exclusive bounds ("below 10") arise only for numbers; lengths are inclusive.
  if (what === 'number' && issue.inclusive === false)
    return { message: big ? 'number.below' : 'number.above', params };
  return { message: SIZE_KEYS[what][big ? 'big' : 'small'], params };
}

/** The generic message for each kind of zod issue, with what it needs to say the limit. */
function genericMessage(issue: Issue): Translated {
  switch (issue.code) {
    case 'too_big':
    case 'too_small':
      return sizeMessage(issue);
    case 'invalid_type':
      return issue.expected === 'int' ? { message: 'number.whole' } : { message: 'value.type' };
    case 'invalid_value':
      return {
        message: 'value.choice',
        params: { values: issue.values.map((v) => String(v)).join(', ') },
      };
    case 'invalid_format':
      return { message: issue.format === 'datetime' ? 'value.dateTime' : 'value.format' };
    case 'unrecognized_keys':
      return { message: 'value.unknownKeys', params: { keys: issue.keys.join(', ') } };
    case 'not_multiple_of':
      return { message: 'number.multipleOf', params: { count: limit(issue.divisor) } };
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return { message: 'value.invalid' };
  }
}

/** Parameters a message may state: the limit of a size issue, and what our own rules add. */
function paramsOf(issue: Issue): ErrorParams {
  const params: ErrorParams = {};
  if (issue.code === 'too_big') params.count = limit(issue.maximum);
  if (issue.code === 'too_small') params.count = limit(issue.minimum);
  if (issue.code === 'custom' && issue.params) {
    for (const [k, v] of Object.entries(issue.params)) {
      if (typeof v === 'string' || typeof v === 'number') params[k] = v;
    }
  }
  return params;
}

/**
 * One zod issue as a message key under errors:field. with its parameters.
 * Every kind of issue zod raises has a key in both languages, so no raw key
 * ever reaches the screen, and every limit is stated ("at most 240 months").
 */
export function describeIssue(issue: Issue): Translated {
  if (OWN_KEY.test(issue.message)) {
    const params = paramsOf(issue);
    return Object.keys(params).length
      ? { message: issue.message, params }
      : { message: issue.message };
  }
  return genericMessage(issue);
}

/** zod issues as field issues, for the editor, the CLI and the import preview. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    ...describeIssue(i),
  }));
}
