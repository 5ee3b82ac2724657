import { expect, type Page } from '@playwright/test';

/** Ways to reach the app's parts as a user (or a screen reader) would. */
export const listbox = (page: Page) =>
  page.getByRole('listbox', { name: /^(Designations|Sertifiseringer)$/ });
export const option = (page: Page, code: string) =>
  listbox(page)
    .getByRole('option')
    .filter({ has: page.locator('.catalog-code', { hasText: new RegExp(`^${code}$`) }) });
export const shownCodes = async (page: Page) =>
  listbox(page).locator('.catalog-code').allTextContents();
export const detailTitle = (page: Page) => page.locator('#designation-title');
export const form = (page: Page) => page.getByRole('form');

export async function choose(page: Page, code: string) {
  await page.getByRole('searchbox').fill(code);
  await option(page, code).click();
  await expect(detailTitle(page)).toContainText(code);
  await page.getByRole('searchbox').fill('');
}

export async function shot(page: Page, path: string) {
  await page.screenshot({ path });
}

/** A fieldset by its legend ("Name", "Summary"). */
export const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** Untranslated i18n keys or placeholders anywhere on screen, in text or in labels. */
export async function rawKeysOnScreen(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      for (const a of ['aria-label', 'title', 'placeholder']) parts.push(el.getAttribute(a) ?? '');
    return parts.join('\n');
  });
  return text.match(/\b(?:field|zod|errors?)[.:][\w.]+|\{\{\s*\w+|\$t\(/g) ?? [];
}
