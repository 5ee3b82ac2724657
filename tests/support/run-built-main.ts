import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir } from './temp';

export interface MainRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What the app asked of Electron, in order (see fake-electron/index.cjs). */
  events: { event: string; detail?: unknown }[];
  /** The stand-in's folder for app.getPath(name): <dir>/<name>. */
  dir: string;
}

/**
 * Runs a built main process (out/main/index.js, or the one packed in app.asar)
 * in Node with a stand-in `electron` module, as a real process: its exit code,
 * its output and what it asked of Electron.
 */
export async function runBuiltMain(
  mainJs: string,
  args: string[],
  options: { packaged?: boolean; scenario?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<MainRun> {
  const dir = await makeTempDir();
  const logFile = join(dir, 'electron-calls.jsonl');
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    LANG: 'en_GB.UTF-8',
    ...options.env,
    FAKE_ELECTRON_LOG: logFile,
    FAKE_ELECTRON_DATA: dir,
    FAKE_ELECTRON_PACKAGED: options.packaged ? '1' : '0',
    FAKE_ELECTRON_SCENARIO: options.scenario ?? '',
  };
  for (const [key, value] of Object.entries(childEnv))
    if (value === undefined) delete childEnv[key];
  const child = spawn(
    process.execPath,
    ['-r', join(__dirname, 'fake-electron', 'register.cjs'), mainJs, ...args],
    { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const lines = await readFile(logFile, 'utf8').catch(() => '');
  const events = lines
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as MainRun['events'][number]);
  return { code, stdout, stderr, events, dir };
}
