import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { _electron, type Browser, type Page } from '@playwright/test';
import { COMMAND_CHANNEL, METHOD_NAMES, type Command } from '../../shared/contract';
import type { CatalogStore } from '../../electron/services/catalog-store';
import { openServices } from '../../electron/services/open-services';
import { createDispatcher, createHandlers } from '../../electron/services/contract-handlers';
import { CATALOG_FILE_NAME } from '../../electron/services/app-paths';
import { findElectron } from '../support/find-browsers.cjs';

const ROOT = join(__dirname, '..', '..');
const RENDERER = join(ROOT, 'out', 'renderer');
const ORIGIN = 'http://credential-catalog.test';

/** The app as a test sees it, whichever host runs it. */
export interface AppHost {
  page: Page;
  /** The folder that holds catalog.db (Electron's userData). */
  dataDir: string;
  catalogPath: string;
  /** Quits the app, releasing its catalog; `start` brings it back on the same folder. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Sends a menu command, as the application menu would. */
  sendCommand(command: Command): Promise<void>;
  /**
   * The live catalog store behind the page (Chromium host only): lets a test
   * change the catalog as another window would, without the page knowing.
   */
  store?: () => CatalogStore;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface HostOptions {
  dataDir: string;
  /** The OS language the app starts in. */
  locale: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * Chromium host: the built renderer served over HTTP (Chromium refuses module
 * scripts from file://), with window.catalog bridged to the real main-process
 * handlers running in this test process on a real catalog file.
 */
export async function startChromiumHost(browser: Browser, options: HostOptions): Promise<AppHost> {
  const catalogPath = join(options.dataDir, CATALOG_FILE_NAME);
  let services: Awaited<ReturnType<typeof openServices>> | undefined;
  const context = await browser.newContext({ locale: options.locale });
  let page = await context.newPage();

  const launch = async () => {
    services = await openServices({ path: catalogPath });
    const dispatch = createDispatcher(createHandlers(services));
    page = await context.newPage();
    await page.exposeFunction('__catalogInvoke', (method: unknown, input: unknown) =>
      dispatch(method, input),
    );
    await page.addInitScript((names: string[]) => {
      const w = window as unknown as Record<string, unknown> & {
        __catalogInvoke: (m: string, i: unknown) => Promise<unknown>;
      };
      w.catalog = Object.fromEntries(
        names.map((m) => [m, (input: unknown) => w.__catalogInvoke(m, input)]),
      );
      // Menu commands arrive as DOM events here, as IPC messages in Electron.
      w.catalogEvents = {
        onCommand(listener: (command: unknown) => void) {
          const forward = (e: Event) => listener((e as CustomEvent).detail);
          window.addEventListener('catalog-command', forward);
          return () => window.removeEventListener('catalog-command', forward);
        },
      };
    }, METHOD_NAMES);
    await page.route(`${ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      const file = normalize(join(RENDERER, decodeURIComponent(url.pathname)));
      if (!file.startsWith(RENDERER + sep)) return route.fulfill({ status: 403 });
      const body = await readFile(file).catch(() => undefined);
      if (!body) return route.fulfill({ status: 404 });
      return route.fulfill({
        body,
        contentType: TYPES[extname(file)] ?? 'application/octet-stream',
      });
    });
    await page.goto(`${ORIGIN}/index.html`);
    await untilLoaded(page);
  };
  const shutdown = async () => {
    if (!page.isClosed()) await page.close();
    await services?.close();
    services = undefined;
  };
  await page.close();
  await launch();
  return {
    get page() {
      return page;
    },
    dataDir: options.dataDir,
    catalogPath,
    stop: shutdown,
    start: launch,
    sendCommand: (command) =>
      page.evaluate(
        (c) => void window.dispatchEvent(new CustomEvent('catalog-command', { detail: c })),
        command,
      ),
    store: () => services!.store,
    restart: async () => {
      await shutdown();
      await launch();
    },
    close: async () => {
      await shutdown();
      await context.close().catch(() => {}); // already gone if a test closed its page
    },
  };
}

/** The catalog is on screen (or the reason it is not). */
const untilLoaded = (page: Page) => page.locator('.app, [role="alert"]').first().waitFor();

/** Electron host: the built app in a real Electron, where a binary is present. */
export async function startElectronHost(options: HostOptions): Promise<AppHost> {
  const electron = findElectron();
  if (!electron.path) throw new Error(electron.reason);
  const launch = () =>
    _electron.launch({
      executablePath: electron.path,
      args: [join(ROOT, 'out', 'main', 'index.js'), `--lang=${options.locale}`],
      env: { ...process.env, CREDENTIAL_CATALOG_USER_DATA: options.dataDir, LANG: options.locale },
    });
  let app = await launch();
  let page = await app.firstWindow();
  await untilLoaded(page);
  let running = true;
  const stop = async () => {
    if (running) await app.close();
    running = false;
  };
  const start = async () => {
    app = await launch();
    page = await app.firstWindow();
    await untilLoaded(page);
    running = true;
  };
  return {
    get page() {
      return page;
    },
    dataDir: options.dataDir,
    catalogPath: join(options.dataDir, CATALOG_FILE_NAME),
    stop,
    start,
    sendCommand: (command) =>
      app.evaluate(
        ({ BrowserWindow }, [channel, c]) => {
          BrowserWindow.getAllWindows()[0]?.webContents.send(channel, c);
        },
        [COMMAND_CHANNEL, command] as const,
      ),
    restart: async () => {
      await stop();
      await start();
    },
    close: stop,
  };
}
