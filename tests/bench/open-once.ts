// From process start to a ready catalog: read, open, migrate check, first query.
// Prints JSON { ms (since process start), rss }.
import { CatalogStore } from '../../electron/services/store/catalog-store';

void (async () => {
  const store = await CatalogStore.open({ path: process.argv[2]!, readOnly: true });
  const count = store.list().length;
  const ms = performance.now(); // performance.now() counts from process start
  process.stdout.write(JSON.stringify({ ms, count, rss: process.memoryUsage().rss }));
  await store.close();
})();
