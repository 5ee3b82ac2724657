import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuEntry } from '../../electron/main/menu-template';
import { COMMANDS } from '../../shared/contract';
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
