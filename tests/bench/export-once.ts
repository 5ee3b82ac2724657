// One export in a fresh process, so its time and peak memory are its own.
// argv: catalog report format lang  → prints JSON { ms, cpuMs, peakRss, bytes }
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { peakRssBytes } from '../support/peak-memory';
import { withTempDir } from '../support/temp';
import type { ReportFormat, ReportKind } from '../../shared/model';
import type { buildReportFile as BuildReportFile } from '../../electron/services/reports/export-report';

// The report code as the app ships it (the build the report worker runs), not tsx's
// transform of the source: that adds a helper call to every function it names.
const CHUNKS = join(__dirname, '..', '..', 'out', 'main', 'chunks');
const built = readdirSync(CHUNKS).find((f) => /^export-report-.*\.js$/.test(f))!;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a built CommonJS chunk
const { buildReportFile } = require(join(CHUNKS, built)) as {
  buildReportFile: typeof BuildReportFile;
};

void (async () => {
  const [path, report, format, lang] = process.argv.slice(2) as [
    string,
    ReportKind,
    ReportFormat,
    'nb' | 'en',
  ];
  const store = await CatalogStore.open({ path, readOnly: true });
  const all = store.all();
  // Written to a file as the app does: the report is never held in memory whole.
  const { ms, cpuMs, bytes } = await withTempDir(async (dir) => {
    const out = join(dir, `report.${format}`);
    writeFileSync(out, '');
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const bytes = await buildReportFile(
      all,
      { report, format, language: lang, codes: null },
      { organisationName: 'Bench', csvDelimiter: 'auto' },
      out,
    );
    const cpu = process.cpuUsage(cpuStart);
    // CPU time beside wall time: on a shared, loaded machine wall time says little.
    return { ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000, bytes };
  });
  process.stdout.write(JSON.stringify({ ms, cpuMs, peakRss: peakRssBytes(), bytes }));
  await store.close();
})();
