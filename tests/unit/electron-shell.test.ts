import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf, METHOD_NAMES } from '../../shared/contract';

// The electron module exists only inside Electron: mock the parts the shell touches.
const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  const windows: FakeWindow[] = [];
  class FakeWindow {
    options: Record<string, unknown>;
    loaded?: string;
    openHandler?: (d: { url: string }) => { action: string };
    listeners = new Map<string, (...a: unknown[]) => void>();
    webContents = {
      setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) =>
        (this.openHandler = h),
      on: (name: string, fn: (...a: unknown[]) => void) => this.listeners.set(name, fn),
    };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    once() {}
    loadFile(path: string) {
      this.loaded = path;
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

import { registerContract } from '../../electron/main/ipc';
import { appIndexUrl, createMainWindow } from '../../electron/main/window';
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
    expect(electron.windows[0]!.loaded).toMatch(/renderer[\\/]index\.html$/);
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
    const away = { preventDefault: vi.fn() };
    willNavigate(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = { preventDefault: vi.fn() };
    willNavigate(home, appIndexUrl());
    expect(home.preventDefault).not.toHaveBeenCalled();
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
      (frame) => frame?.url === 'app://ok',
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
});

describe('security policy', () => {
  const app = 'file:///opt/app/out/renderer/index.html';
  it.each([
    [app, true],
    [`${app}#/designation/AIS`, true],
    ['file:///opt/app/out/renderer/other.html', false],
    ['file:///etc/passwd', false],
    ['https://example.com/index.html', false],
    ['not a url', false],
  ])('treats %s as the app: %s', (url, expected) => {
    expect(isAppUrl(url, app)).toBe(expected);
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
