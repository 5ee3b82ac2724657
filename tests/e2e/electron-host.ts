import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from '@playwright/test';
import { COMMAND_CHANNEL } from '../../shared/contract';
import { CATALOG_FILE_NAME } from '../../electron/services/settings/app-paths';
import { findElectron } from '../support/find-browsers.cjs';
import { untilLoaded, type AppHost, type HostOptions } from './hosts';

const MAIN = join(__dirname, '..', '..', 'out', 'main', 'index.js');
type MainGlobals = {
  __answer?: string | null;
  __openAnswer?: string | null;
  __revealed: string[][];
};

/** Native dialogs and the shell cannot be driven by a test: answer them inside main. */
const stubDialogs = (app: ElectronApplication, dir: string) =>
  app.evaluate(({ dialog, shell }, exportDir) => {
    const g = globalThis as unknown as MainGlobals;
    g.__revealed = [];
    const base = (p: string) => p.split(/[\\/]/).pop() ?? p;
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      const opts = args[args.length - 1] as { defaultPath?: string };
      const filePath =
        g.__answer === undefined
          ? `${exportDir}/${base(opts.defaultPath ?? 'export')}`
          : g.__answer;
      return { canceled: filePath === null, filePath: filePath ?? undefined };
    }) as typeof dialog.showSaveDialog;
    dialog.showOpenDialog = (async () => ({
      canceled: !g.__openAnswer,
      filePaths: g.__openAnswer ? [g.__openAnswer] : [],
    })) as typeof dialog.showOpenDialog;
    shell.openPath = async (p: string) => (g.__revealed.push([p, 'open']), '');
    shell.showItemInFolder = (p: string) => void g.__revealed.push([p, 'folder']);
  }, dir);

/** Electron host: the built app in a real Electron, where a binary is present. */
export async function startElectronHost(options: HostOptions): Promise<AppHost> {
  const electron = findElectron();
  if (!electron.path) throw new Error(electron.reason);
  const exportDir = join(options.dataDir, 'exports');
  await mkdir(exportDir, { recursive: true }); // a save dialog only offers folders that exist
  const launch = async () => {
    const app = await _electron.launch({
      executablePath: electron.path,
      args: [MAIN, `--lang=${options.locale}`],
      env: { ...process.env, CREDENTIAL_CATALOG_USER_DATA: options.dataDir, LANG: options.locale },
    });
    await stubDialogs(app, exportDir);
    const page = await app.firstWindow();
    await untilLoaded(page);
    return { app, page };
  };
  let running: Awaited<ReturnType<typeof launch>> | undefined = await launch();
  const stop = async () => {
    await running?.app.close();
    running = undefined;
  };
  const start = async () => {
    running = await launch();
  };
  return {
    get page() {
      return running!.page;
    },
    dataDir: options.dataDir,
    catalogPath: join(options.dataDir, CATALOG_FILE_NAME),
    stop,
    start,
    restart: async () => {
      await stop();
      await start();
    },
    close: stop,
    sendCommand: (command) =>
      running!.app.evaluate(
        ({ BrowserWindow }, [channel, c]) => {
          BrowserWindow.getAllWindows()[0]?.webContents.send(channel, c);
        },
        [COMMAND_CHANNEL, command] as const,
      ),
    exports: {
      dir: exportDir,
      answer: (path) =>
        running!.app.evaluate((_electron, p) => {
          (globalThis as unknown as MainGlobals).__answer = p;
        }, path),
      answerOpen: (path) =>
        running!.app.evaluate((_electron, p) => {
          (globalThis as unknown as MainGlobals).__openAnswer = p;
        }, path),
      revealed: () =>
        running!.app.evaluate(() => (globalThis as unknown as MainGlobals).__revealed),
    },
  };
}
