import type { DesignationSummary } from '../../shared/model';

export function CatalogMap(_: {
  catalog: readonly DesignationSummary[];
  onOpen: (code: string) => void;
}) {
  return null;
}
