import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { channelOf, METHOD_NAMES } from '../../shared/contract';

// The electron module exists only inside Electron: mock the parts the shell touches.
const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  const windows: FakeWindow[] = [];
  class FakeWindow {
    options: Record<string, unknown>;
    loaded?: string;
    destroyed = false;
    openHandler?: (d: { url: string }) => { action: string };
    listeners = new Map<string, (...a: unknown[]) => void>();
    windowListeners = new Map<string, (...a: unknown[]) => void>();
    sent: [string, unknown][] = [];
    webContents = {
      setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) =>
        (this.openHandler = h),
      on: (name: string, fn: (...a: unknown[]) => void) => this.listeners.set(name, fn),
      isDestroyed: () => this.destroyed,
      send: (channel: string, value: unknown) => {
        if (this.destroyed) throw new Error('Object has been destroyed'); // as Electron does
        this.sent.push([channel, value]);
      },
    };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    on(name: string, fn: (...a: unknown[]) => void) {
      this.windowListeners.set(name, fn);
    }
    once() {}
    isDestroyed() {
      return this.destroyed;
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
  }
  return {
    handlers,
    windows,
    exposed: {} as Record<string, unknown>,
    invoked: [] as [string, unknown][],
    openedExternally: [] as string[],
    module: {
      BrowserWindow: FakeWindow,
      ipcMain: { handle: (channel: string, fn: never) => handlers.set(channel, fn) },
      shell: { openExternal: (_url: string) => void 0 },
      dialog: { showMessageBoxSync: () => 1 },
      contextBridge: {} as Record<string, unknown>,
      ipcRenderer: {} as Record<string, unknown>,
    },
  };
});
vi.mock('electron', () => {
  electron.module.shell.openExternal = (url: string) => {
    electron.openedExternally.push(url);
  };
  electron.module.contextBridge.exposeInMainWorld = (key: string, api: unknown) => {
    electron.exposed[key] = api;
  };
  electron.module.ipcRenderer.invoke = (channel: string, input: unknown) => {
    electron.invoked.push([channel, input]);
    return Promise.resolve({ ok: true, value: null });
  };
  return { ...electron.module, default: electron.module };
});

import { APP_INDEX_URL } from '../../electron/main/app-protocol';
import { isFromWindow, registerContract } from '../../electron/main/ipc';
import { createMainWindow, prepareSession, sendToWindow } from '../../electron/main/window';
import { isAllowedExternalUrl, isAppUrl } from '../../electron/main/security';
import { createI18n } from '../../shared/i18n';

describe('the main window', () => {
  beforeEach(() => {
    electron.windows.length = 0;
  });

  it('is created with Electron’s security checklist applied', () => {
    createMainWindow(createI18n('en').t);
    const prefs = electron.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.js$/);
    // No spellchecker: nothing offers its suggestions, and it would download dictionaries.
    expect(prefs.spellcheck).toBe(false);
  });

  it('loads the page from the app’s own origin, not from file://', () => {
    createMainWindow(createI18n('en').t);
    expect(electron.windows[0]!.loaded).toBe('app://catalog/index.html');
  });

  it('keeps the app’s name, in the user’s language, as the title', () => {
    createMainWindow(createI18n('nb').t);
    const win = electron.windows[0]!;
    expect(win.options.title).toBe('Sertifiseringskatalog');
    const titleFromPage = { preventDefault: vi.fn() };
    win.windowListeners.get('page-title-updated')!(titleFromPage, 'Credential Catalog');
    expect(titleFromPage.preventDefault).toHaveBeenCalled();
  });

  it('denies every window.open, sending only allow-listed links to the browser', () => {
    createMainWindow(createI18n('en').t);
    const win = electron.windows[0]!;
    expect(win.openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(win.openHandler!({ url: 'https://www.theinstitutes.org/' })).toEqual({ action: 'deny' });
    expect(electron.openedExternally).toEqual(['https://www.theinstitutes.org/']);
  });

  it('stops navigation away from the app’s page', () => {
    createMainWindow(createI18n('en').t);
    const willNavigate = electron.windows[0]!.listeners.get('will-navigate')!;
    for (const url of [
      'https://evil.example/',
      'file:///opt/app/resources/app.asar/out/renderer/index.html',
      'app://catalog/assets/other.html',
      'app://evil/index.html',
    ]) {
      const away = { preventDefault: vi.fn() };
      willNavigate(away, url);
      expect(away.preventDefault, url).toHaveBeenCalled();
    }
    const home = { preventDefault: vi.fn() };
    willNavigate(home, APP_INDEX_URL);
    expect(home.preventDefault).not.toHaveBeenCalled();
  });
});

describe('messages to the window', () => {
  it('are dropped once the window is closed, instead of raising an error in main', () => {
    electron.windows.length = 0;
    const win = createMainWindow(createI18n('en').t);
    const fake = electron.windows[0]!;
    sendToWindow(win, 'catalog:export-progress', { done: 1, total: 28 });
    fake.destroyed = true;
    expect(() =>
      sendToWindow(win, 'catalog:export-progress', { done: 2, total: 28 }),
    ).not.toThrow();
    sendToWindow(undefined, 'catalog:export-progress', { done: 3, total: 28 });
    expect(fake.sent).toEqual([['catalog:export-progress', { done: 1, total: 28 }]]);
  });
});

describe('the session', () => {
  it('serves app://, denies every permission and turns the spellchecker off', async () => {
    let handler: ((r: { url: string }) => Promise<Response>) | undefined;
    const answers: boolean[] = [];
    const fakeSession = {
      protocol: {
        handle: (scheme: string, h: typeof handler) => scheme === 'app' && (handler = h),
      },
      setPermissionRequestHandler: (h: (c: null, p: string, cb: (ok: boolean) => void) => void) =>
        h(null, 'media', (ok) => answers.push(ok)),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
    };
    prepareSession(fakeSession as never, '/nonexistent');
    expect(answers).toEqual([false]);
    expect(fakeSession.setDevicePermissionHandler.mock.calls[0]![0]()).toBe(false);
    expect(fakeSession.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect((await handler!({ url: 'app://catalog/index.html' })).status).toBe(404);
    expect((await handler!({ url: 'file:///etc/passwd' })).status).toBe(403);
  });
});

describe('closing with unsaved input', () => {
  it('asks the user and leaves only on request', () => {
    electron.windows.length = 0;
    createMainWindow(createI18n('en').t);
    const willPreventUnload = electron.windows[0]!.listeners.get('will-prevent-unload')!;
    const stay = { preventDefault: vi.fn() };
    willPreventUnload(stay); // the mocked dialog answers "Keep editing"
    expect(stay.preventDefault).not.toHaveBeenCalled();
  });
});

describe('IPC registration', () => {
  it('registers every contract method and refuses frames that are not the app', async () => {
    electron.handlers.clear();
    const dispatch = vi.fn(async (_m: unknown, input: unknown) => ({
      ok: true as const,
      value: input,
    }));
    registerContract(
      electron.module.ipcMain as never,
      dispatch,
      (event) => (event.senderFrame as { url: string } | null)?.url === 'app://ok',
    );
    expect([...electron.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());

    const handle = electron.handlers.get(channelOf('getDesignation'))!;
    expect(await handle({ senderFrame: { url: 'app://ok' } }, { code: 'AIS' })).toEqual({
      ok: true,
      value: { code: 'AIS' },
    });
    expect(
      await handle({ senderFrame: { url: 'https://evil.example/' } }, { code: 'AIS' }),
    ).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER', params: {}, issues: [] },
    });
    expect(await handle({ senderFrame: null }, {})).toMatchObject({ ok: false });
    expect(dispatch).toHaveBeenCalledTimes(1);
  });
});

describe('the preload', () => {
  it('exposes exactly the contract’s methods, each invoking its channel', async () => {
    await import('../../electron/preload/index');
    const api = electron.exposed.catalog as Record<string, (i: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    await api.getDesignation!({ code: 'AIS' });
    expect(electron.invoked).toEqual([[channelOf('getDesignation'), { code: 'AIS' }]]);
  });

  it('turns zod’s eval probe off, which the page’s CSP would report', async () => {
    await import('../../electron/preload/index');
    expect(z.config().jitless).toBe(true);
  });
});

describe('the IPC sender check', () => {
  // The window's webContents and main frame, as Electron hands them to a handler.
  const frame = (url: string, processId = 4, frameToken = 'main-token') => ({
    url,
    processId,
    frameToken,
  });
  const windowContents = (mainFrame: ReturnType<typeof frame>, destroyed = false) =>
    ({ mainFrame, isDestroyed: () => destroyed }) as never;

  it('accepts the window’s main frame whatever the install path holds', () => {
    // Electron installed under a path Node's pathToFileURL and Chromium spell differently.
    const main = frame(APP_INDEX_URL);
    const contents = windowContents(main);
    expect(isFromWindow({ sender: contents, senderFrame: main } as never, contents)).toBe(true);
    // The same frame handed out as another wrapper object.
    const again = frame(`${APP_INDEX_URL}#/designation/AIS`);
    expect(isFromWindow({ sender: contents, senderFrame: again } as never, contents)).toBe(true);
  });

  it('refuses other frames, other webContents, a closed window and other pages', () => {
    const main = frame(APP_INDEX_URL);
    const contents = windowContents(main);
    const other = windowContents(frame(APP_INDEX_URL, 9, 'other'));
    const sub = frame(APP_INDEX_URL, 4, 'subframe-token');
    const cases = [
      { sender: contents, senderFrame: sub }, // a subframe of the window
      { sender: other, senderFrame: main }, // another webContents
      { sender: contents, senderFrame: null }, // a frame already gone
    ];
    for (const event of cases) expect(isFromWindow(event as never, contents)).toBe(false);
    expect(isFromWindow({ sender: contents, senderFrame: main } as never, undefined)).toBe(false);
    const closed = windowContents(main, true);
    expect(isFromWindow({ sender: closed, senderFrame: main } as never, closed)).toBe(false);
    const navigated = frame('file:///tmp/x[1]^~%25/index.html');
    const away = windowContents(navigated);
    expect(isFromWindow({ sender: away, senderFrame: navigated } as never, away)).toBe(false);
  });
});

describe('security policy', () => {
  it.each([
    ['app://catalog/index.html', true],
    ['app://catalog/index.html#/designation/AIS', true],
    ['app://catalog/assets/other.html', false],
    ['app://evil.example/index.html', false],
    ['file:///opt/app/out/renderer/index.html', false],
    ['file:///etc/passwd', false],
    ['https://example.com/index.html', false],
    ['not a url', false],
  ])('treats %s as the app: %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });

  it.each([
    ['https://www.theinstitutes.org/programs', true],
    ['http://www.theinstitutes.org/', false],
    ['https://theinstitutes.org.evil.example/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
  ])('allows %s to open in the browser: %s', (url, expected) => {
    expect(isAllowedExternalUrl(url)).toBe(expected);
  });
});
