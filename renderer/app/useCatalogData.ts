import { useCallback, useEffect, useState } from 'react';
import type { CatalogInfo, DesignationSummary, Settings } from '../../shared/model';
import { api } from '../kit/api';
import { applyLanguage } from './i18n';

export type CatalogData =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; info: CatalogInfo; designations: DesignationSummary[]; settings: Settings };

/** The catalog as the renderer holds it: loaded once, then patched as changes are saved. */
export function useCatalogData() {
  const [data, setData] = useState<CatalogData>({ status: 'loading' });

  const load = useCallback(async () => {
    try {
      const [info, designations, settings] = await Promise.all([
        api.getCatalogInfo({}),
        api.listDesignations({}),
        api.getSettings({}),
      ]);
      await applyLanguage(settings.language);
      performance.mark('catalog:data'); // the benchmark measures from here to the list's first paint
      setData({ status: 'ready', info, designations, settings });
    } catch (error) {
      setData({ status: 'failed', error });
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const update = useCallback(
    (change: (list: DesignationSummary[]) => DesignationSummary[], settings?: Settings) =>
      setData((d) =>
        d.status === 'ready'
          ? { ...d, designations: change(d.designations), settings: settings ?? d.settings }
          : d,
      ),
    [],
  );
  return { data, reload: load, update };
}
