import { z } from 'zod';
import { type Designation } from '../../../shared/model';

/**
 * The full-fidelity exchange file: every field of every designation. Version 2 (schema 4)
 * names designations as their issuers do; version 1 files are still read.
 */
export const CatalogFile = z.object({
  format: z.literal('credential-catalog'),
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.string(),
  designations: z.array(z.unknown()),
});

export function toJson(designations: readonly Designation[], now = new Date()): string {
  return `${JSON.stringify({ format: 'credential-catalog', version: 2, exportedAt: now.toISOString(), designations }, null, 2)}\n`;
}
