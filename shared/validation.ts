import type { z } from 'zod';
import type { FieldIssue } from './errors';

/** zod issues as field issues; our own rules already carry an i18n key (errors:field.*) as message. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message:
      i.code === 'custom' || /^[a-z]+\.[a-z]+$/.test(i.message) ? i.message : `zod.${i.code}`,
  }));
}
