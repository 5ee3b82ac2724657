// Saves once normally, then once with the process's file-size limit set just
// past the end of the change log, so the disk takes only part of the record
// (as a nearly full disk can). Prints what the store answered, then exits
// without closing, as a crash would. Used by change-log.test.ts.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { CatalogStore } from '../../electron/services/catalog-store';
import { changeLogPathOf } from '../../electron/services/change-log';
import { sampleDesignation } from './designations';

async function main(path: string): Promise<void> {
  const store = await CatalogStore.open({ path });
  await store.create(sampleDesignation({ code: 'FIRST', relations: [] }));
  const end = statSync(changeLogPathOf(path)).size;
  const limited = spawnSync('prlimit', ['--pid', String(process.pid), `--fsize=${end + 100}`]);
  if (limited.status !== 0) throw new Error(`prlimit failed: ${String(limited.stderr)}`);
  const answer = await store.create(sampleDesignation({ code: 'PARTIAL', relations: [] })).then(
    () => 'acknowledged',
    (e: { code?: string }) => `refused ${e.code}`,
  );
  process.stdout.write(`${answer}\n`);
  process.exit(0);
}

if (process.argv[2]) void main(process.argv[2]);
