import type { Database } from 'sql.js';
import type { DesignationInput } from '../../../shared/model';
import { applyTransitions, freshSnapshot } from '../catalog/transitions';
import { BROAD_PROGRAMMES } from './broad-programmes';
import { CORE_PROGRAMMES } from './core-programmes';
import { complete } from './define';
import { SPECIALIST_PROGRAMMES } from './specialist-programmes';

/** The Institutes' 28 designations that a new catalog starts with. */
export const SEED_DESIGNATIONS: readonly DesignationInput[] = [
  ...CORE_PROGRAMMES,
  ...BROAD_PROGRAMMES,
  ...SPECIALIST_PROGRAMMES,
].map(complete);

/** Fills an empty catalog in one transaction, through the engine every change uses (no history: nothing to undo). */
export function seedCatalog(db: Database, now: string): void {
  db.run('BEGIN');
  try {
    applyTransitions(
      db,
      SEED_DESIGNATIONS.map((d) => ({ before: null, after: freshSnapshot(d, now) })),
    );
    db.run('COMMIT');
  } catch (e) {
    db.run('ROLLBACK');
    throw e;
  }
}
