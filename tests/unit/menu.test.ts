import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuEntry } from '../../electron/main/menu-template';
import { COMMANDS, RECENT_FILES_KEPT } from '../../shared/contract';
import { createI18n } from '../../shared/i18n';

const flatten = (entries: MenuEntry[]): MenuEntry[] =>
  entries.flatMap((e) => [e, ...flatten(e.submenu ?? [])]);

describe.each(['nb', 'en'] as const)('the application menu in %s', (lang) => {
  const entries = flatten(menuTemplate(createI18n(lang).t, lang));

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
});

it('names the menus in Norwegian and English', () => {
  expect(menuTemplate(createI18n('nb').t, 'nb').map((m) => m.label)).toEqual([
    'Fil',
    'Rediger',
    'Vis',
    'Hjelp',
  ]);
  expect(menuTemplate(createI18n('en').t, 'en').map((m) => m.label)).toEqual([
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
