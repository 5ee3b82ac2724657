// Opens a catalog for writing and holds it until killed: another process, as the app would be.
import { CatalogStore } from '../../electron/services/store/catalog-store';

void CatalogStore.open({ path: process.argv[2]! }).then((store) => {
  process.stdout.write(`holding ${store.info().designationCount}\n`);
  setInterval(() => {}, 1000);
});
