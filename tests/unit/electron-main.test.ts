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
    quits: 0,
    errors: [] as string[],
    sent: [] as [string, string][],
    menus: [] as { label: string; submenu?: { label?: string; click?: () => void }[] }[][],
  };
  class BrowserWindow {
    webContents = {
      setWindowOpenHandler: () => {},
      on: () => {},
      send: (channel: string, command: string) => state.sent.push([channel, command]),
    };
    constructor(public options: Record<string, unknown>) {
      state.windows.push(this);
    }
    once() {}
    loadFile() {
      return Promise.resolve();
    }
  }
  const app = {
    setPath: (_: string, p: string) => (state.userData = p),
    getPath: () => state.userData,
    getLocale: () => 'nb-NO',
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    on: (name: string, fn: (event: { preventDefault: () => void }) => void) =>
      listeners.set(name, fn),
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
    session: {
      defaultSession: {
        setPermissionRequestHandler: (
          h: (c: unknown, p: string, cb: (ok: boolean) => void) => void,
        ) => h(null, 'geolocation', (ok) => state.permissionAnswers.push(ok)),
        setPermissionCheckHandler: (h: () => boolean) => (state.permissionCheck = h),
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
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1), { timeout: 10_000 });

    expect(existsSync(join(dir, 'catalog.db'))).toBe(true);
    expect([...fake.state.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
    expect(fake.state.windows[0]!.options).toMatchObject({
      title: 'Sertifiseringskatalog',
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(fake.state.permissionAnswers).toEqual([false]);
    expect(fake.state.permissionCheck?.()).toBe(false);
    expect(existsSync(join(dir, 'catalog.db.lock'))).toBe(true);

    // The menu speaks the system's language (nb here) and sends its commands to the window.
    const menu = fake.state.menus.at(-1)!;
    expect(menu.map((m) => m.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Hjelp']);
    menu[0]!.submenu!.find((i) => i.label === 'Ny sertifisering')!.click!();
    expect(fake.state.sent).toEqual([['catalog:command', 'new']]);

    const willQuit = fake.state.listeners.get('will-quit')!;
    const event = { preventDefault: vi.fn() };
    willQuit(event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.state.quits).toBe(1));
    expect(existsSync(join(dir, 'catalog.db.lock'))).toBe(false);
    expect(fake.state.errors).toEqual([]);
  });
});
