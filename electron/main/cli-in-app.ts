import type { App } from 'electron';
import { join } from 'node:path';
import { CATALOG_FILE_NAME } from '../services/settings/app-paths';
import { isCliInvocation, runCli } from '../cli/run';

/**
 * The CLI's arguments when the app was started as a command, else undefined.
 * The installed binary sees [binary, …arguments]; `electron . list` (development,
 * process.defaultApp) also has the app's path, the first argument that is not a switch.
 */
export function cliArguments(argv: readonly string[], defaultApp: boolean): string[] | undefined {
  const args = argv.slice(1);
  if (defaultApp) {
    const appPath = args.findIndex((a) => !a.startsWith('-'));
    if (appPath >= 0) args.splice(appPath, 1);
  }
  return isCliInvocation(args) ? args : undefined;
}

const flushed = (stream: NodeJS.WriteStream) =>
  new Promise<void>((resolve) => stream.write('', () => resolve()));

/**
 * The installed app's binary as the command line (`credential-catalog list`): runs
 * before the single-instance lock, opens no window, and exits with the CLI's code.
 * On Windows, Electron attaches a GUI binary to the parent console for this output
 * (unless ELECTRON_NO_ATTACH_CONSOLE is set).
 */
export async function runCliInApp(app: Pick<App, 'exit' | 'dock' | 'getPath'>, argv: string[]) {
  app.dock?.hide(); // macOS: no Dock icon for a terminal command
  const code = await runCli({
    argv,
    env: process.env,
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    // The app's own data folder (chooseDataFolder): a development build's, from a checkout.
    defaultDb: join(app.getPath('userData'), CATALOG_FILE_NAME),
  }).catch((e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    return 1;
  });
  // Pipes are asynchronous on macOS: let the output reach the reader before exiting.
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  app.exit(code);
}
