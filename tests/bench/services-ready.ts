// The main process's part of a start, in Node without Electron: the services the window
// needs before its first paint (catalog, settings, the contract's handlers) and the three
// calls the window makes first. Bundled like the app (bench/start.ts), then run as a
// fresh process. Prints JSON { ms since process start, count }.
import { createDispatcher, createHandlers } from '../../electron/services/contract-handlers';
import { openServices } from '../../electron/services/open-services';

void (async () => {
  const services = await openServices({ path: process.argv[2]! });
  const dispatch = createDispatcher(createHandlers(services));
  const [, list] = await Promise.all([
    dispatch('getCatalogInfo', {}),
    dispatch('listDesignations', {}),
    dispatch('getSettings', {}),
  ]);
  const ms = performance.now(); // counts from process start
  const count = list.ok ? (list.value as unknown[]).length : -1;
  process.stdout.write(JSON.stringify({ ms, count }));
  await services.close();
})();
