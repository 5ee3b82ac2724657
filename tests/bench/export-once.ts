// One export in a fresh process, so its time and peak memory are its own.
// argv: catalog report format lang  → prints JSON { ms, peakRss, bytes }
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { buildReport } from '../../electron/services/reports/export-report';
import type { ReportFormat, ReportKind } from '../../shared/model';

void (async () => {
  const [path, report, format, lang] = process.argv.slice(2) as [
    string,
    ReportKind,
    ReportFormat,
    'nb' | 'en',
  ];
  const store = await CatalogStore.open({ path, readOnly: true });
  const all = store.all();
  const start = performance.now();
  const bytes = await buildReport(
    all,
    { report, format, language: lang, codes: null },
    { organisationName: 'Bench', csvDelimiter: 'auto' },
  );
  const ms = performance.now() - start;
  process.stdout.write(
    JSON.stringify({ ms, peakRss: process.resourceUsage().maxRSS * 1024, bytes: bytes.length }),
  );
  await store.close();
})();
