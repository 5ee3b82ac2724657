import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A built worker script beside the entry script that runs (out/main/index.js for
 * the app, out/main/cli.js for the CLI: the code asking may sit in a chunk folder
 * below them); none when running from the sources, where the work stays in-thread.
 */
export function builtWorker(fileName: string): string | undefined {
  const entry = typeof require === 'undefined' ? undefined : require.main?.filename;
  const path = entry && join(dirname(entry), fileName);
  return path && existsSync(path) ? path : undefined;
}
