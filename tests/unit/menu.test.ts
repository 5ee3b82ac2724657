import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuEntry } from '../../electron/main/menu-template';
import { COMMANDS, RECENT_FILES_KEPT } from '../../shared/contract';
import { createI18n } from '../../shared/i18n';

const flatten = (entries: MenuEntry[]): MenuEntry[] =>
  entries.flatMap((e) => [e, ...flatten(e.submenu ?? [])]);

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;
const LANGUAGES = ['nb', 'en'] as const;
const combos = LANGUAGES.flatMap((lang) => PLATFORMS.map((platform) => [lang, platform] as const));

describe.each(combos)('the application menu in %s on %s', (lang, platform) => {
  const none = { files: [], current: '' };
  const entries = flatten(menuTemplate(createI18n(lang).t, lang, none, platform));

  it('has a translated label on every item', () => {
    for (const e of entries.filter((x) => x.type !== 'separator')) {
      expect(e.label).toBeTruthy();
      expect(e.label).not.toMatch(/^(menu|common):/);
    }
  });

  it('sends only commands the window knows', () => {
    for (const e of entries) if (e.command) expect(COMMANDS).toContain(e.command);
  });

  it('marks the current language', () => {
    const checked = entries.filter((e) => e.type === 'radio' && e.checked);
    expect(checked.map((e) => e.command)).toEqual([`language:${lang}`]);
  });

  it('gives each shortcut to one item only', () => {
    const keys = entries.flatMap((e) => (e.accelerator ? [e.accelerator.toLowerCase()] : []));
    expect(keys.length).toBeGreaterThan(5);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has exactly one About, one Settings (Ctrl/Cmd+,) and one Quit', () => {
    expect(entries.filter((e) => e.command === 'about')).toHaveLength(1);
    const settings = entries.filter((e) => e.command === 'settings');
    expect(settings.map((e) => e.accelerator)).toEqual(['CmdOrCtrl+,']);
    expect(entries.filter((e) => e.role === 'quit')).toHaveLength(1);
  });
});

describe('macOS conventions', () => {
  const t = createI18n('en').t;
  const menus = menuTemplate(t, 'en', { files: [], current: '' }, 'darwin');
  const named = (label: string) => menus.find((m) => m.label === label)!;

  it('starts with the app menu: About, Settings, Services, Hide, Quit', () => {
    const appMenu = menus[0]!;
    expect(appMenu.role).toBe('appMenu');
    const items = appMenu.submenu!.filter((e) => e.type !== 'separator');
    expect(items.map((e) => e.role ?? e.command)).toEqual([
      'about',
      'settings',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(items.map((e) => e.label)).toContain('Quit Credential Catalog');
  });

  it('keeps File, Edit and View, and adds the Window menu', () => {
    expect(menus.map((m) => m.label)).toEqual([
      'Credential Catalog',
      'File',
      'Edit',
      'View',
      'Window',
    ]);
    expect(named('Window').role).toBe('windowMenu');
    expect(named('Window').submenu!.map((e) => e.role)).toContain('minimize'); // Cmd+M
    expect(named('File').submenu!.map((e) => e.role)).toContain('close'); // Cmd+W
  });

  it('leaves Cmd+H to Hide: History moves to Shift+Cmd+H', () => {
    const all = flatten(menus);
    expect(all.find((e) => e.command === 'history')!.accelerator).toBe('Shift+Cmd+H');
    expect(all.filter((e) => /^(CmdOrCtrl|Cmd|Command)\+H$/i.test(e.accelerator ?? ''))).toEqual(
      [],
    );
    // Settings and Quit are not repeated in File.
    expect(named('File').submenu!.some((e) => e.command === 'settings' || e.role === 'quit')).toBe(
      false,
    );
  });

  it('names the app menu in Norwegian too', () => {
    const nb = menuTemplate(createI18n('nb').t, 'nb', { files: [], current: '' }, 'darwin');
    expect(nb.map((m) => m.label)).toEqual([
      'Sertifiseringskatalog',
      'Fil',
      'Rediger',
      'Vis',
      'Vindu',
    ]);
    expect(flatten(nb).map((e) => e.label)).toContain('Skjul Sertifiseringskatalog');
  });
});

describe.each(['win32', 'linux'] as const)('%s conventions', (platform) => {
  const menus = menuTemplate(createI18n('en').t, 'en', { files: [], current: '' }, platform);

  it('has no app or Window menu; Settings and Quit end File, About is in Help', () => {
    expect(flatten(menus).some((e) => e.role === 'appMenu' || e.role === 'windowMenu')).toBe(false);
    const file = menus[0]!.submenu!.filter((e) => e.type !== 'separator');
    expect(file.slice(-2).map((e) => e.command ?? e.role)).toEqual(['settings', 'quit']);
    expect(menus.at(-1)!.submenu!.map((e) => e.command)).toEqual(['about']);
    expect(flatten(menus).find((e) => e.command === 'history')!.accelerator).toBe('Ctrl+H');
  });
});

it('names the menus in Norwegian and English', () => {
  expect(menuTemplate(createI18n('nb').t, 'nb', undefined, 'linux').map((m) => m.label)).toEqual([
    'Fil',
    'Rediger',
    'Vis',
    'Hjelp',
  ]);
  expect(menuTemplate(createI18n('en').t, 'en', undefined, 'win32').map((m) => m.label)).toEqual([
    'File',
    'Edit',
    'View',
    'Help',
  ]);
});

describe('File > Open Recent', () => {
  const recentMenu = (lang: 'nb' | 'en', files: string[], current: string) =>
    flatten(menuTemplate(createI18n(lang).t, lang, { files, current })).find(
      (e) => e.label === createI18n(lang).t('menu:openRecent'),
    )!.submenu!;

  it('lists the other recent catalogs, each opening its place in the list', () => {
    const files = ['/data/now.db', '/data/R&D/older.db', '/data/oldest.db'];
    expect(recentMenu('en', files, '/data/now.db')).toEqual([
      { label: '/data/R&&D/older.db', command: 'open-recent:1' }, // & shown, not a mnemonic
      { label: '/data/oldest.db', command: 'open-recent:2' },
    ]);
  });

  it('says so, greyed out, when no other catalog has been opened', () => {
    expect(recentMenu('nb', ['/data/now.db'], '/data/now.db')).toEqual([
      { label: 'Ingen annen katalog åpnet ennå', enabled: false },
    ]);
  });

  it('has a command for as many catalogs as are remembered', () => {
    const files = Array.from({ length: RECENT_FILES_KEPT }, (_, i) => `/c/${i}.db`);
    for (const e of recentMenu('en', files, '')) expect(COMMANDS).toContain(e.command);
  });
});
