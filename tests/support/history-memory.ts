// Lists a catalog's whole history as the CLI does, then prints it with this process's peak
// memory: the history-bomb test's second process.
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { peakRssBytes } from './peak-memory';

void CatalogStore.open({ path: process.argv[2]!, readOnly: true }).then(async (store) => {
  const entries = store.history(null, 1000);
  await store.close();
  const maxRssMb = Math.round(peakRssBytes() / 1024 / 1024);
  process.stdout.write(`${JSON.stringify({ maxRssMb, entries })}\n`);
});
