// Saves new designations one after another, printing each acknowledged save,
// until it is killed. Used by the crash test.
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { sampleDesignation } from './designations';

export const crashCode = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return `K${s}`;
};

async function main(path: string, first: number): Promise<void> {
  // A small log limit: every few saves the whole file is rewritten, so kills land in those too.
  const store = await CatalogStore.open({ path, lock: { waitMs: 10_000 }, logLimitBytes: 16_000 });
  process.stdout.write('ready\n');
  for (let n = first; ; n++) {
    await store.create(sampleDesignation({ code: crashCode(n), relations: [] }));
    process.stdout.write(`saved ${n}\n`);
  }
}

if (process.argv[2]) void main(process.argv[2], Number(process.argv[3] ?? 1));
