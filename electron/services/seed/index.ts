import type { Database } from 'sql.js';
import { insertRow, replaceCourses, replaceRelations } from '../catalog-queries';
import { resolveRelations } from '../catalog-rules';
import type { DesignationInput } from '../../../shared/model';
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

/** Fills an empty catalog in one transaction: rows first, then relations between them. */
export function seedCatalog(db: Database, now: string): void {
  db.run('BEGIN');
  try {
    const ids = SEED_DESIGNATIONS.map((d) => {
      const id = insertRow(db, d, now);
      replaceCourses(db, id, d.courses);
      return id;
    });
    SEED_DESIGNATIONS.forEach((d, i) => replaceRelations(db, ids[i]!, resolveRelations(db, d)));
    db.run('COMMIT');
  } catch (e) {
    db.run('ROLLBACK');
    throw e;
  }
}
