import { z } from 'zod';
import { type Designation } from '../../../shared/model';

/** The full-fidelity exchange file: every field of every designation. */
export const CatalogFile = z.object({
  format: z.literal('credential-catalog'),
  version: z.literal(1),
  exportedAt: z.string(),
  designations: z.array(z.unknown()),
});

export function toJson(designations: readonly Designation[], now = new Date()): string {
  return `${JSON.stringify({ format: 'credential-catalog', version: 1, exportedAt: now.toISOString(), designations }, null, 2)}\n`;
}
