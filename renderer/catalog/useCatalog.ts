import { useCallback, useEffect, useState } from 'react';
import type { CatalogInfo, DesignationSummary } from '../../shared/model';
import { api } from '../app/api';

export type CatalogState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; info: CatalogInfo; designations: DesignationSummary[] };

/** Loads the catalog's info and list through the contract; `reload` fetches them again. */
export function useCatalog(): CatalogState & { reload: () => void } {
  const [state, setState] = useState<CatalogState>({ status: 'loading' });
  const reload = useCallback(() => {
    Promise.all([api.getCatalogInfo({}), api.listDesignations({})]).then(
      ([info, designations]) => setState({ status: 'ready', info, designations }),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  }, []);
  useEffect(reload, [reload]);
  return { ...state, reload };
}
