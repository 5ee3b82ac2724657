import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channelOf, METHOD_NAMES } from '../../shared/contract';
import { makeTempDir } from '../support/temp';

// A mocked Electron: enough of app, session and BrowserWindow to start the real main module.
const fake = vi.hoisted(() => {
  const listeners = new Map<string, (event: { preventDefault: () => void }) => void>();
  const state = {
    userData: '',
    handlers: new Map<string, unknown>(),
    listeners,
    windows: [] as { options: Record<string, unknown> }[],
    permissionAnswers: [] as boolean[],
    permissionCheck: undefined as undefined | (() => boolean),
    deviceCheck: undefined as undefined | (() => boolean),
    quits: 0,
    errors: [] as string[],
    sent: [] as [string, string][],
    menus: [] as { label: string; submenu?: { label?: string; click?: () => void }[] }[][],
    titles: [] as string[],
    schemes: [] as unknown[],
    order: [] as string[],
  };
  class BrowserWindow {
    listeners = new Map<string, () => void>();
    destroyed = false;
    mainFrame = { url: 'app://catalog/index.html', processId: 1, frameToken: 'main' };
    webContents = {
      setWindowOpenHandler: () => {},
      on: () => {},
      send: (channel: string, command: string) => state.sent.push([channel, command]),
      isDestroyed: () => false,
      mainFrame: this.mainFrame,
    };
    constructor(public options: Record<string, unknown>) {
      state.windows.push(this);
    }
    on(name: string, fn: () => void) {
      this.listeners.set(name, fn);
    }
    once() {}
    isDestroyed() {
      return this.destroyed;
    }
    setTitle(title: string) {
      state.titles.push(title);
    }
    loadURL() {
      return Promise.resolve();
    }
  }
  const app = {
    isPackaged: false,
    setPath: (_: string, p: string) => (state.userData = p),
    getPath: () => state.userData,
    getLocale: () => 'nb-NO',
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: () => (state.order.push('lock'), true),
    whenReady: () => (state.order.push('ready'), Promise.resolve()),
    on: (name: string, fn: (event: { preventDefault: () => void }) => void) => {
      state.order.push(name);
      listeners.set(name, fn);
    },
    quit: () => state.quits++,
    exit: () => {},
  };
  const electron = {
    app,
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: unknown) => state.handlers.set(channel, fn) },
    dialog: {
      showErrorBox: (_t: string, m: string) => state.errors.push(m),
      showMessageBox: () => Promise.resolve({ response: 0 }),
      showMessageBoxSync: () => 1,
    },
    Menu: {
      buildFromTemplate: (template: never) => template,
      setApplicationMenu: (menu: (typeof state.menus)[number]) => state.menus.push(menu),
    },
    shell: { openExternal: () => {} },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes),
    },
    session: {
      defaultSession: {
        protocol: { handle: () => state.order.push('protocol') },
        setSpellCheckerEnabled: () => {},
        setPermissionRequestHandler: (
          h: (c: unknown, p: string, cb: (ok: boolean) => void) => void,
        ) => h(null, 'geolocation', (ok) => state.permissionAnswers.push(ok)),
        setPermissionCheckHandler: (h: () => boolean) => (state.permissionCheck = h),
        setDevicePermissionHandler: (h: () => boolean) => (state.deviceCheck = h),
      },
    },
  };
  return { state, electron };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

describe('the main process', () => {
  it('opens the catalog in userData, registers the contract, opens one secure window, and quits cleanly', async () => {
    const dir = await makeTempDir();
    process.env.CREDENTIAL_CATALOG_USER_DATA = dir;
    process.argv = ['/opt/Credential Catalog/credential-catalog']; // started from the desktop
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1), { timeout: 10_000 });

    // The window opens while the catalog opens: its first call waits for the catalog.
    expect([...fake.state.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
    const win = fake.state.windows[0] as unknown as { webContents: unknown; mainFrame: unknown };
    const list = fake.state.handlers.get(channelOf('listDesignations')) as (
      e: unknown,
      i: unknown,
    ) => Promise<{ ok: boolean; value: unknown[] }>;
    const first = await list({ sender: win.webContents, senderFrame: win.mainFrame }, {});
    expect(first.ok).toBe(true);
    expect(first.value).toHaveLength(28);
    expect(existsSync(join(dir, 'catalog.db'))).toBe(true);
    await vi.waitFor(() => expect(fake.state.menus.length).toBeGreaterThan(0));
    expect(fake.state.windows[0]!.options).toMatchObject({
      title: 'Sertifiseringskatalog',
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(fake.state.permissionAnswers).toEqual([false]);
    expect(fake.state.permissionCheck?.()).toBe(false);
    expect(fake.state.deviceCheck?.()).toBe(false);
    expect(existsSync(join(dir, 'catalog.db.lock'))).toBe(true);
    // The app's origin is privileged before Electron is ready; a second start is
    // handled from the moment the lock is taken, before the catalog opens.
    expect(fake.state.schemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
    const order = fake.state.order;
    expect(order.indexOf('lock')).toBeLessThan(order.indexOf('second-instance'));
    expect(order.indexOf('second-instance')).toBeLessThan(order.indexOf('ready'));
    expect(order).toContain('protocol');

    // The menu speaks the system's language (nb here) and sends its commands to the window.
    const menu = fake.state.menus.at(-1)!;
    expect(menu.map((m) => m.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Hjelp']);
    menu[0]!.submenu!.find((i) => i.label === 'Ny sertifisering')!.click!();
    expect(fake.state.sent).toEqual([['catalog:command', 'new']]);

    // Switching the language in the window renames the menus and the window.
    const window = fake.state.windows[0] as unknown as { webContents: unknown; mainFrame: unknown };
    const fromWindow = { sender: window.webContents, senderFrame: window.mainFrame };
    const update = fake.state.handlers.get('catalog:updateSettings') as (
      e: unknown,
      i: unknown,
    ) => Promise<{ ok: boolean }>;
    expect(await update(fromWindow, { settings: { language: 'en' } })).toMatchObject({ ok: true });
    expect(fake.state.menus.at(-1)!.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(fake.state.titles.at(-1)).toBe('Credential Catalog');
    await update(fromWindow, { settings: { language: 'nb' } });
    expect(fake.state.titles.at(-1)).toBe('Sertifiseringskatalog');
    // Another frame's call is refused.
    const other = { sender: {}, senderFrame: window.mainFrame };
    expect(await update(other, { settings: { language: 'en' } })).toMatchObject({ ok: false });

    const willQuit = fake.state.listeners.get('will-quit')!;
    const event = { preventDefault: vi.fn() };
    willQuit(event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.state.quits).toBe(1));
    expect(existsSync(join(dir, 'catalog.db.lock'))).toBe(false);
    expect(fake.state.errors).toEqual([]);
  });

  it('keeps running on a Mac with no window, and closes the catalog when Windows ends the session', async () => {
    const dir = await makeTempDir();
    process.env.CREDENTIAL_CATALOG_USER_DATA = dir;
    fake.state.windows.length = 0;
    vi.resetModules(); // a fresh start of the app
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1), { timeout: 10_000 });
    type Window = { destroyed: boolean; listeners: Map<string, () => void> };
    const windows = fake.state.windows as unknown as Window[];
    const quits = fake.state.quits;
    const allClosed = fake.state.listeners.get('window-all-closed') as () => void;
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    try {
      windows[0]!.destroyed = true;
      allClosed();
      expect(fake.state.quits).toBe(quits);
      (fake.state.listeners.get('activate') as () => void)(); // the Dock icon
      expect(windows).toHaveLength(2);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
    // Windows shuts down: no quit events follow, the window's session-end closes the catalog.
    expect(existsSync(join(dir, 'catalog.db.lock'))).toBe(true);
    windows[1]!.listeners.get('session-end')!();
    await vi.waitFor(() => expect(existsSync(join(dir, 'catalog.db.lock'))).toBe(false));
    allClosed();
    expect(fake.state.quits).toBe(quits + 1); // elsewhere the last window quits the app
  });
});
