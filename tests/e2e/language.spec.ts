import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SEED_DESIGNATIONS } from '../../electron/services/seed';
import { expect, test } from './fixtures';
import { choose, form, option } from './ui';

const LOCALES = join(__dirname, '..', '..', 'locales');
const RENDERER_NAMESPACES = [
  'common',
  'catalog',
  'editor',
  'pathway',
  'errors',
  'history',
  'reports',
];

/** The interface's own words in one language: every locale string, cut at its {{variables}}. */
function interfaceWords(lang: 'en' | 'nb'): Set<string> {
  const words = new Set<string>();
  const walk = (node: unknown) => {
    if (typeof node === 'string') {
      for (const part of node.split(/\{\{[^}]+\}\}/)) {
        const fragment = part.trim().replace(/[.:,;…]+$/, '');
        if ((fragment.match(/\p{L}/gu) ?? []).length >= 4) words.add(fragment);
      }
    } else for (const v of Object.values(node as object)) walk(v);
  };
  for (const file of readdirSync(join(LOCALES, lang))) {
    if (RENDERER_NAMESPACES.includes(file.replace('.json', ''))) {
      walk(JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')));
    }
  }
  return words;
}

/** The other language's words that are not also this language's ("Status", "English"…). */
function foreignWords(lang: 'en' | 'nb'): string[] {
  const own = interfaceWords(lang);
  return [...interfaceWords(lang === 'en' ? 'nb' : 'en')].filter((w) => !own.has(w));
}

/** All interface text on screen: visible text and the labels a screen reader reads. */
async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    // Source notes are catalog data kept in one language; [lang] marks text shown in the other.
    const skip = (el: Element | null) => !!el?.closest('.source-notes, [lang]:not(html)');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!skip(n.parentElement)) parts.push(n.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (skip(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder']) parts.push(el.getAttribute(a) ?? '');
    }
    return parts.join('\n');
  });
}

async function expectNoForeignWords(page: Page, lang: 'en' | 'nb', where: string) {
  // Official names are the issuer's words, the same in both languages ("Associate in Claims").
  const text = SEED_DESIGNATIONS.map((d) => d.officialName)
    .sort((a, b) => b.length - a.length) // "Associate in Claims—Management" before "Associate in Claims"
    .reduce((rest, name) => rest.split(name).join(' '), await screenText(page));
  const left = foreignWords(lang).filter((w) =>
    new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(
      text,
    ),
  );
  expect(left, `${where}: words of the other language`).toEqual([]);
}

/** Visits the main screens and checks each in `lang`. */
async function visitScreens(page: Page, lang: 'en' | 'nb') {
  const nb = lang === 'nb';
  await choose(page, 'AIS');
  await expectNoForeignWords(page, lang, 'list and details');
  await page.getByRole('tab', { name: nb ? 'Studievei' : 'Pathway' }).click();
  await expectNoForeignWords(page, lang, 'pathway');
  await page.getByRole('button', { name: nb ? 'Rediger' : 'Edit' }).click();
  await expect(form(page)).toBeVisible();
  await expectNoForeignWords(page, lang, 'editor');
  await page.getByLabel(nb ? 'Kode' : 'Code', { exact: true }).fill('x y');
  await page.getByRole('button', { name: nb ? 'Lagre' : 'Save', exact: true }).click();
  await expectNoForeignWords(page, lang, 'editor with errors');
  await page.getByRole('button', { name: nb ? 'Avbryt' : 'Cancel', exact: true }).click();
  await expectNoForeignWords(page, lang, 'unsaved-changes dialog');
  await page.getByRole('button', { name: nb ? 'Forkast endringene' : 'Discard changes' }).click();
  await page.getByRole('button', { name: nb ? 'Innstillinger' : 'Settings' }).click();
  await expectNoForeignWords(page, lang, 'settings dialog');
  await page.keyboard.press('Escape');
}

test.describe('languages', () => {
  test('in Norwegian, no English interface text is left on the main screens', async ({ app }) => {
    await app.page.getByLabel('Language').selectOption('nb');
    await visitScreens(app.page, 'nb');
  });

  test.describe('on a Norwegian system', () => {
    test.use({ osLocale: 'nb-NO' });
    test('in English, no Norwegian interface text is left on the main screens', async ({ app }) => {
      await app.page.getByLabel('Språk').selectOption('en');
      await visitScreens(app.page, 'en');
    });
  });

  for (const locale of ['nn-NO', 'no']) {
    test.describe(`on a system set to ${locale}`, () => {
      test.use({ osLocale: locale });
      test('the first start is in Norwegian', async ({ app }) => {
        await expect(
          app.page.getByRole('heading', { name: 'Sertifiseringskatalog' }),
        ).toBeVisible();
      });
    });
  }

  test('the choice survives a restart', async ({ app }) => {
    await app.page.getByLabel('Language').selectOption('nb');
    await expect(app.page.getByRole('heading', { name: 'Sertifiseringskatalog' })).toBeVisible();
    const settings = join(app.dataDir, 'settings.json');
    await expect
      .poll(() => (existsSync(settings) ? readFileSync(settings, 'utf8') : ''))
      .toContain('"language": "nb"');
    await app.restart();
    await expect(app.page.getByRole('heading', { name: 'Sertifiseringskatalog' })).toBeVisible();
    await expect(app.page.getByLabel('Språk')).toHaveValue('nb');
  });

  test('switching from the menu keeps what is typed in the form', async ({ app }) => {
    const { page } = app;
    await choose(page, 'API');
    await page.getByRole('button', { name: 'Edit' }).click();
    await page
      .getByRole('group', { name: 'Summary', exact: true })
      .getByLabel('English')
      .fill('Typed, not saved');
    await app.sendCommand('language:nb');
    await expect(page.getByRole('form', { name: 'Rediger API' })).toBeVisible();
    await expect(
      page.getByRole('group', { name: 'Sammendrag', exact: true }).getByLabel('Engelsk'),
    ).toHaveValue('Typed, not saved');
    await expect(page.getByRole('contentinfo')).toContainText('Ulagrede endringer');
  });

  test('text missing in the reader’s language is shown in the other, marked', async ({ app }) => {
    test.skip(!app.store, 'prepares data on the live store (Chromium host only)');
    const ais = app.store!().get('AIS');
    await app.store!().update('AIS', { ...ais, summary: { ...ais.summary, nb: '' } });
    await app.restart();
    await app.page.getByLabel('Language').selectOption('nb');
    await choose(app.page, 'AIS');
    const summary = app.page.getByRole('article').locator('p[lang="en"]').first();
    await expect(summary).toContainText('General knowledge of the insurance industry');
    await expect(summary).toContainText('ikke oversatt');
    await app.page.getByLabel('Bare manglende oversettelser').check();
    await expect(option(app.page, 'AIS')).toHaveCount(1);
  });
});
