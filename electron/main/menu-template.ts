// The application menu as plain data, in the user's language. menu.ts turns it
// into an Electron Menu; kept free of `electron` so it is tested directly.
import type { TFunction } from 'i18next';
import { openRecentCommand, type Command } from '../../shared/contract';
import type { Language } from '../../shared/model';

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
  | 'zoomOut';

export interface MenuEntry {
  label?: string;
  accelerator?: string;
  role?: MenuRole;
  command?: Command;
  /** For the About box: handled by the main process itself. */
  action?: 'about';
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
): MenuEntry[] {
  const item = (key: string, extra: Omit<MenuEntry, 'label'>): MenuEntry => ({
    label: t(`menu:${key}`),
    ...extra,
  });
  // The command names the file by its place in the list, which the window holds too.
  const recentItems: MenuEntry[] = recent.files.flatMap((path, index) =>
    path === recent.current
      ? []
      : [{ label: path.replace(/&/g, '&&'), command: openRecentCommand(index) }],
  );
  return [
    {
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
        item('settings', { command: 'settings', accelerator: 'CmdOrCtrl+,' }),
        sep,
        item('quit', { role: 'quit' }),
      ],
    },
    {
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
        item('history', { command: 'history', accelerator: 'CmdOrCtrl+H' }),
      ],
    },
    {
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
    },
    {
      label: t('menu:help'),
      submenu: [item('about', { action: 'about' })],
    },
  ];
}
