// A second program writing the same catalog, for the two-writer tests. Modes:
//   loop FIRST      saves designations W<n> from FIRST on, printing each acknowledged save,
//                   until a save is refused (prints "refused CODE" and stops)
//   one CODE        saves one designation and closes
//   busy CODE MS    takes the catalog, keeps its main thread busy for MS ms (as a large
//                   import's parse does), then saves one designation and closes
// The last argument is JSON lock options ({ machine, staleMs, beatMs, waitMs }): a process
// can present itself as another computer on a shared drive. With "barrier": FILE it waits
// for that file before it opens the catalog, so that two processes open at the same instant.
import { existsSync } from 'node:fs';
import { CatalogError } from '../../shared/errors';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { sampleDesignation } from './designations';

const [path, mode, arg, third, options] = process.argv.slice(2);
/** W1, W2 … as letters, which codes allow: WA, WB … WZ, WBA … */
const loopCode = (n: number) =>
  `W${n.toString(26).replace(/./g, (c) => String.fromCharCode(65 + parseInt(c, 26)))}`;
const say = (line: string) => process.stdout.write(`${line}\n`);
const create = (store: CatalogStore, code: string) =>
  store.create(sampleDesignation({ code, relations: [] }));

async function main(): Promise<void> {
  const { barrier, ...lock } = JSON.parse((mode === 'busy' ? options : third) ?? '{}') as {
    barrier?: string;
  };
  say('started');
  while (barrier && !existsSync(barrier)) await new Promise((r) => setTimeout(r, 1));
  const store = await CatalogStore.open({ path: path!, lock }).catch((e: unknown) => {
    say(`refused ${e instanceof CatalogError ? e.code : String(e)}`);
    return undefined;
  });
  if (!store) return;
  say('holding');
  try {
    if (mode === 'loop') {
      for (let n = Number(arg); ; n++) {
        await create(store, loopCode(n));
        say(`saved ${loopCode(n)}`);
      }
    }
    if (mode === 'busy') {
      const until = Date.now() + Number(third);
      while (Date.now() < until); // a parse that keeps the main thread from its timers
    }
    await create(store, arg!);
    say(`saved ${arg}`);
  } catch (e) {
    say(`refused ${e instanceof CatalogError ? e.code : String(e)}`);
  } finally {
    await store.close();
  }
}

void main().then(() => process.exit(0));
