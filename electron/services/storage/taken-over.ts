/**
 * Another program has the catalog now: our lock is gone ('lock'), or the file
 * or its log was changed by someone else while we held it ('file'). A writer
 * that meets this never writes again: whatever it would write would overwrite
 * changes that are not its own.
 */
export class CatalogTakenOver extends Error {
  constructor(readonly reason: 'lock' | 'file') {
    super(
      reason === 'lock'
        ? 'another program holds the catalog lock'
        : 'another program changed the catalog',
    );
    this.name = 'CatalogTakenOver';
  }
}
