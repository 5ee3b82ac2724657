import { mkdir, readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser } from '@playwright/test';
import { METHOD_NAMES } from '../../shared/contract';
import { CATALOG_FILE_NAME } from '../../electron/services/settings/app-paths';
import { createDispatcher, createHandlers } from '../../electron/services/contract-handlers';
import {
  openLastOrDefault,
  SETTINGS_FILE_NAME,
  type openServices,
} from '../../electron/services/open-services';
import { SettingsStore } from '../../electron/services/settings/settings-store';
import { untilLoaded, type AppHost, type HostOptions } from './hosts';
// The services load these on first use with import(). The app's bundle turns that into a
// require; Playwright's loader cannot import() a TypeScript source it has not loaded yet,
// so the host loads them up front (otherwise a spec run alone fails, depending on order).
import '../../electron/services/reports/export-report';
import '../../electron/services/reports/pdf/tagged-pdf';
import '../../electron/services/exchange/import-preview';

const RENDERER = join(__dirname, '..', '..', 'out', 'renderer');
const ORIGIN = 'http://credential-catalog.test';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * What the preload exposes in Electron, built in the page from the contract's
 * method names. Kept as source text: transpilers that rename or wrap functions
 * (tsx's keepNames) would otherwise break it on its way into the page.
 */
const bridgeScript = (names: readonly string[]) => `(() => {
  const names = ${JSON.stringify(names)};
  window.catalog = Object.fromEntries(names.map((m) => [m, (input) => window.__catalogInvoke(m, input)]));
  // Main-to-window messages arrive as DOM events here, as IPC messages in Electron.
  const on = (name) => (listener) => {
    const forward = (e) => listener(e.detail);
    window.addEventListener(name, forward);
    return () => window.removeEventListener(name, forward);
  };
  window.catalogEvents = { onCommand: on('catalog-command'), onExportProgress: on('catalog-progress') };
})();`;

/**
 * Chromium host: the built renderer served over HTTP (Chromium refuses module
 * scripts from file://), with window.catalog bridged to the real main-process
 * handlers running in this test process on a real catalog file.
 */
export async function startChromiumHost(browser: Browser, options: HostOptions): Promise<AppHost> {
  const catalogPath = join(options.dataDir, CATALOG_FILE_NAME);
  const exportDir = join(options.dataDir, 'exports');
  await mkdir(exportDir, { recursive: true }); // a save dialog only offers folders that exist
  const context = await browser.newContext({ locale: options.locale });
  let page = await context.newPage();
  let services: Awaited<ReturnType<typeof openServices>> | undefined;
  let answer: string | null | undefined;
  let openAnswer: string | null = null;
  const revealed: string[][] = [];
  const emit = (event: string, detail: unknown) =>
    void page
      .evaluate(
        ([e, d]) => window.dispatchEvent(new CustomEvent(e as string, { detail: d })),
        [event, detail],
      )
      .catch(() => {});

  const launch = async () => {
    // As the app starts: the catalog opened last, else the one in the data folder.
    const settingsPath = join(options.dataDir, SETTINGS_FILE_NAME);
    const lastOpened = (await SettingsStore.open(settingsPath)).get().recentFiles[0];
    services = await openLastOrDefault(
      lastOpened,
      catalogPath,
      {
        chooseSavePath: async (name) => (answer === undefined ? join(exportDir, name) : answer),
        reveal: async (path, how) => void revealed.push([path, how]),
        chooseImportPath: async () => openAnswer,
        // Exports run on the built worker thread, as in the app.
        reportWorkerPath: join(__dirname, '..', '..', 'out', 'main', 'report-worker.js'),
        importWorkerPath: join(__dirname, '..', '..', 'out', 'main', 'import-worker.js'),
        chooseCatalogPath: async () => openAnswer,
        onExportProgress: (progress) => emit('catalog-progress', progress),
      },
      settingsPath,
    );
    const dispatch = createDispatcher(createHandlers(services));
    page = await context.newPage();
    await page.exposeFunction('__catalogInvoke', (method: unknown, input: unknown) =>
      dispatch(method, input),
    );
    await page.addInitScript({ content: bridgeScript(METHOD_NAMES) });
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
    restart: async () => {
      await shutdown();
      await launch();
    },
    close: async () => {
      await shutdown();
      await context.close().catch(() => {}); // already gone if a test closed its page
    },
    sendCommand: async (command) => emit('catalog-command', command),
    exports: {
      dir: exportDir,
      answer: async (path) => void (answer = path),
      answerOpen: async (path) => void (openAnswer = path),
      revealed: async () => revealed,
    },
    store: () => services!.store,
  };
}
