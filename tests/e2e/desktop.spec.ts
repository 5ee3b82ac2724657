import { expect, test } from './fixtures';
import { choose, detailTitle, form, listbox } from './ui';

test.describe('the window, as the desktop shell drives it', () => {
  test('editing never trips the Content-Security-Policy (zod runs without eval)', async ({
    app,
  }) => {
    const { page } = app;
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content Security Policy violation: ${e.violatedDirective}`),
      );
    });
    await page.reload();
    await expect(listbox(page)).toBeVisible();
    await choose(page, 'AIS');
    await page.getByRole('button', { name: 'Edit' }).click();
    await form(page).getByLabel('Official name').fill('AIS, checked');
    await page.keyboard.press('Control+s');
    await expect(detailTitle(page)).toContainText('AIS, checked');
    expect(violations).toEqual([]);
  });

  test('menu commands wait while a dialog is open; the language switch does not', async ({
    app,
  }, testInfo) => {
    const { page } = app;
    await choose(page, 'AIS');
    await page.getByRole('button', { name: 'Edit' }).click();
    await form(page).getByLabel('Official name').fill('AIS, kept');
    await page.keyboard.press('Control+s');
    await expect(detailTitle(page)).toContainText('AIS, kept');

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText('Delete AIS?');
    // Ctrl+Z, Ctrl+N, Ctrl+E from the menu behind "Delete?": nothing happens.
    await app.sendCommand('undo');
    await app.sendCommand('new');
    await app.sendCommand('export');
    // The language switch runs: the page behind the dialog speaks Norwegian now.
    await app.sendCommand('language:nb');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await page.screenshot({ path: testInfo.outputPath('commands-behind-dialog.png') });
    await expect(page.getByRole('dialog')).toHaveCount(1); // no export dialog behind it
    await page.keyboard.press('Escape'); // "Delete?" answered with Cancel
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ny', exact: true })).toBeVisible();

    // Commands run again once the dialog is closed; the undo above did not.
    await app.sendCommand('find');
    await expect(page.getByRole('searchbox')).toBeFocused();
    await app.sendCommand('language:en');
    await expect(detailTitle(page)).toContainText('AIS, kept');
    if (app.store) expect(app.store().get('AIS').officialName).toBe('AIS, kept');
  });
});
