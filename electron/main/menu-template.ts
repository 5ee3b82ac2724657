// The application menu as plain data, in the user's language and the platform's
// conventions. menu.ts turns it into an Electron Menu; kept free of `electron`
// so it is tested directly, for every platform, on any machine.
import type { TFunction } from 'i18next';
import { openRecentCommand, type Command } from '../../shared/contract';
import type { Language } from '../../shared/model';

/** Electron's menu roles this menu uses (Electron's own names). */
export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'quit'
  | 'minimize'
  | 'togglefullscreen'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  // macOS: the app menu and its system items, the Window menu, the Help menu.
  | 'appMenu'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'windowMenu'
  | 'zoom'
  | 'front'
  | 'close'
  | 'help';

export interface MenuEntry {
  label?: string;
  accelerator?: string;
  role?: MenuRole;
  command?: Command;
  type?: 'separator' | 'radio';
  enabled?: boolean;
  checked?: boolean;
  submenu?: MenuEntry[];
}

const sep: MenuEntry = { type: 'separator' };

/** The catalogs for File > Open Recent: the settings' list, and the one open now (left out). */
export interface RecentCatalogs {
  files: readonly string[];
  current: string;
}

export function menuTemplate(
  t: TFunction,
  language: Language,
  recent: RecentCatalogs = { files: [], current: '' },
  platform: NodeJS.Platform = process.platform,
): MenuEntry[] {
  const mac = platform === 'darwin';
  const item = (key: string, extra: Omit<MenuEntry, 'label'>): MenuEntry => ({
    label: t(`menu:${key}`, { app: t('common:appName') }),
    ...extra,
  });
  // The command names the file by its place in the list, which the window holds too.
  const recentItems: MenuEntry[] = recent.files.flatMap((path, index) =>
    path === recent.current
      ? []
      : [{ label: path.replace(/&/g, '&&'), command: openRecentCommand(index) }],
  );
  // macOS puts About, Settings and Quit in the app menu; elsewhere they sit in Help and File.
  const about = item('about', { command: 'about' });
  const settings = item('settings', { command: 'settings', accelerator: 'CmdOrCtrl+,' });
  const helpItems: MenuEntry[] = mac ? [] : [about];

  const appMenu: MenuEntry = {
    role: 'appMenu',
    label: t('common:appName'),
    submenu: [
      about,
      sep,
      settings,
      sep,
      item('services', { role: 'services' }),
      sep,
      item('hide', { role: 'hide' }),
      item('hideOthers', { role: 'hideOthers' }),
      item('unhide', { role: 'unhide' }),
      sep,
      item('quitApp', { role: 'quit' }),
    ],
  };
  const file: MenuEntry = {
    label: t('menu:file'),
    submenu: [
      item('new', { command: 'new', accelerator: 'CmdOrCtrl+N' }),
      item('save', { command: 'save', accelerator: 'CmdOrCtrl+S' }),
      sep,
      item('open', { command: 'open', accelerator: 'CmdOrCtrl+O' }),
      item('openRecent', {
        submenu: recentItems.length > 0 ? recentItems : [item('noRecent', { enabled: false })],
      }),
      item('saveCopy', { command: 'save-copy' }),
      item('export', { command: 'export', accelerator: 'CmdOrCtrl+E' }),
      item('import', { command: 'import', accelerator: 'CmdOrCtrl+I' }),
      item('backups', { command: 'backups' }),
      sep,
      ...(mac
        ? [item('closeWindow', { role: 'close' })]
        : [settings, sep, item('quit', { role: 'quit' })]),
    ],
  };
  const edit: MenuEntry = {
    label: t('menu:edit'),
    submenu: [
      // The window decides: text undo in a field, catalog undo elsewhere.
      item('undo', { command: 'undo', accelerator: 'CmdOrCtrl+Z' }),
      item('redo', { command: 'redo', accelerator: 'Shift+CmdOrCtrl+Z' }),
      sep,
      item('cut', { role: 'cut' }),
      item('copy', { role: 'copy' }),
      item('paste', { role: 'paste' }),
      item('selectAll', { role: 'selectAll' }),
      sep,
      item('find', { command: 'find', accelerator: 'CmdOrCtrl+F' }),
      item('delete', { command: 'delete' }),
      // Cmd+H hides the app on macOS.
      item('history', { command: 'history', accelerator: mac ? 'Shift+Cmd+H' : 'Ctrl+H' }),
    ],
  };
  const view: MenuEntry = {
    label: t('menu:view'),
    submenu: [
      item('viewCatalog', { command: 'view:catalog', accelerator: 'CmdOrCtrl+1' }),
      item('viewPlan', { command: 'view:plan', accelerator: 'CmdOrCtrl+2' }),
      item('viewMap', { command: 'view:map', accelerator: 'CmdOrCtrl+3' }),
      sep,
      {
        label: t('menu:language'),
        submenu: (['nb', 'en'] as const).map((lng) => ({
          label: t(`common:language.${lng}`),
          type: 'radio' as const,
          checked: lng === language,
          command: `language:${lng}` as const,
        })),
      },
      sep,
      item('zoomIn', { role: 'zoomIn' }),
      item('zoomOut', { role: 'zoomOut' }),
      item('resetZoom', { role: 'resetZoom' }),
      item('fullScreen', { role: 'togglefullscreen' }),
    ],
  };
  // macOS lists the open windows here itself; Cmd+M minimises, Cmd+W (File) closes.
  const windowMenu: MenuEntry = {
    role: 'windowMenu',
    label: t('menu:window'),
    submenu: [
      item('minimize', { role: 'minimize' }),
      item('zoomWindow', { role: 'zoom' }),
      sep,
      item('front', { role: 'front' }),
    ],
  };
  // Kept even while it is empty on macOS: Help items other than About go here.
  const help: MenuEntry = {
    label: t('menu:help'),
    ...(mac ? { role: 'help' as const } : {}),
    submenu: helpItems,
  };
  const withHelp = (menus: MenuEntry[]) => (help.submenu!.length > 0 ? [...menus, help] : menus);
  return mac ? withHelp([appMenu, file, edit, view, windowMenu]) : withHelp([file, edit, view]);
}
