// Runs saves while the process's file-size limit makes the disk take only
// part of a write (as a nearly full disk can), prints what the store
// answered to each, then exits without closing, as a crash would.
//   log:        the limit falls inside the next change-log record
//   checkpoint: every save folds the log into the file, whose temp copy does not fit
// Used by change-log.test.ts.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { CatalogStore } from '../../electron/services/store/catalog-store';
import { changeLogPathOf } from '../../electron/services/storage/change-log';
import { sampleDesignation } from './designations';

function limitFileSize(bytes: number): void {
  // Past the limit the kernel also sends SIGXFSZ, which a full disk does not: only the failed write matters here.
  process.on('SIGXFSZ', () => {});
  const limited = spawnSync('prlimit', ['--pid', String(process.pid), `--fsize=${bytes}`]);
  if (limited.status !== 0) throw new Error(`prlimit failed: ${String(limited.stderr)}`);
}

async function main(path: string, mode: string): Promise<void> {
  const store = await CatalogStore.open({
    path,
    logLimitBytes: mode === 'checkpoint' ? 1 : undefined,
  });
  await store.create(sampleDesignation({ code: 'FIRST', relations: [] }));
  limitFileSize(
    mode === 'checkpoint' ? statSync(path).size / 2 : statSync(changeLogPathOf(path)).size + 100,
  );
  for (const code of mode === 'checkpoint' ? ['SECOND', 'THIRD'] : ['PARTIAL']) {
    const answer = await store.create(sampleDesignation({ code, relations: [] })).then(
      () => 'acknowledged',
      (e: { code?: string }) => `refused ${e.code}`,
    );
    process.stdout.write(`${code} ${answer}\n`);
  }
  process.stdout.write('done\n');
  process.exit(0);
}

if (process.argv[2]) void main(process.argv[2], process.argv[3] ?? 'log');
