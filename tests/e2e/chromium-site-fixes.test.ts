// Site fixes in real Chromium (issue 12): put back a removed newsletter box, remove a paragraph in
// the reader, undo, reload with the fixes applied, pick the article where the engine chooses wrongly,
// and delete, export and import fixes in the settings. Screenshots of each step in test-results/.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWith } from './harness/browsers';
import { type ExtensionBrowser, launchExtension, openPopupTab, tabIdOf } from './harness/chromium';
import { screenshotPage } from './harness/screenshots';

const NEWSLETTER = 'Sign up for our free newsletter';
const ASIDE = 'Our reporter travelled';
const TERMS = 'By using this website';
const STORY = 'The town council voted';
const HOST = '[data-folio-reader]';

const bodyText = (page: Page) =>
  page
    .locator('.folio-body')
    .first()
    .textContent()
    .then((t) => t ?? '');
const readerText = (page: Page) =>
  page.evaluate(
    (sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.folio-body')?.textContent ?? '',
    HOST,
  );

/** Opens the "Removed N blocks" list (a click on its summary would close it when already open). */
async function openRemovedList(popup: Page): Promise<void> {
  await popup.locator('details.folio-removed').evaluate((d) => {
    (d as HTMLDetailsElement).open = true;
  });
}

/** The Put back button of the removed block whose preview matches: named "Put back", described by it. */
function putBackButton(page: Page, preview: RegExp) {
  return page
    .locator('.folio-removed li', { has: page.locator('.folio-removed-text', { hasText: preview }) })
    .getByRole('button', { name: 'Put back', exact: true });
}

describeWith({ browser: 'chromium' })('site fixes in Chromium', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function open(fixture: string): Promise<{ page: Page; popup: Page }> {
    const page = await ext.context.newPage();
    await page.goto(ext.server.url(fixture));
    const popup = await openPopupTab(ext, await tabIdOf(ext, page));
    await popup.locator('.folio-body').waitFor();
    return { page, popup };
  }

  it('puts back a removed newsletter box, saves it for the site, and undoes', async () => {
    const { page, popup } = await open('repair-newsletter-box.html');
    expect(await bodyText(popup)).not.toContain(NEWSLETTER);
    await openRemovedList(popup);
    await putBackButton(popup, /^Get the Courier/).click();
    await expect.poll(() => bodyText(popup)).toContain(NEWSLETTER);
    await expect
      .poll(() =>
        popup
          .locator('.folio-repair-note')
          .textContent()
          .then((t) => t ?? ''),
      )
      .toContain('Put back in this view');
    await screenshotPage(popup, 'site-fixes-1-put-back');

    await popup.getByRole('button', { name: 'Always for this site' }).click();
    await expect
      .poll(() =>
        popup
          .locator('.folio-repair-fixes')
          .textContent()
          .then((t) => t ?? ''),
      )
      .toContain('1 fix for this site');
    // Undo takes the saved fix away, a second Undo the put-back itself.
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => popup.locator('.folio-repair-fixes').count()).toBe(0);
    expect(await bodyText(popup)).toContain(NEWSLETTER);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => bodyText(popup)).not.toContain(NEWSLETTER);
    await screenshotPage(popup, 'site-fixes-2-undone');

    // Again, kept this time.
    await openRemovedList(popup);
    await putBackButton(popup, /^Get the Courier/).click();
    await popup.getByRole('button', { name: 'Always for this site' }).click();
    await expect
      .poll(() =>
        popup
          .locator('.folio-repair-fixes')
          .textContent()
          .then((t) => t ?? ''),
      )
      .toContain('1 fix for this site');
    await popup.close();
    await page.close();
  });

  it('removes a paragraph from the reader, and both fixes apply after a reload', async () => {
    const { page, popup } = await open('repair-newsletter-box.html');
    expect(await bodyText(popup)).toContain(NEWSLETTER);
    await popup.getByRole('button', { name: 'Reader view', exact: true }).click();
    await page.locator(HOST).waitFor({ state: 'attached' });
    await page.bringToFront();
    const paragraph = page.locator('.folio-body p', { hasText: ASIDE });
    await paragraph.hover();
    await screenshotPage(page, 'site-fixes-3-remove-control');
    await page.getByRole('button', { name: 'Remove this block' }).click();
    await expect.poll(() => readerText(page)).not.toContain(ASIDE);
    const removedKinds = await page.locator('.folio-removed-kind').allTextContents();
    expect(removedKinds.map((k) => k.toLowerCase())).toContain('removed by you');
    await screenshotPage(page, 'site-fixes-4-removed');
    await popup.close();

    await page.reload();
    const again = await openPopupTab(ext, await tabIdOf(ext, page));
    await again.locator('.folio-body').waitFor();
    const text = await bodyText(again);
    expect(text).toContain(NEWSLETTER);
    expect(text).not.toContain(ASIDE);
    expect(
      await again
        .locator('.folio-repair-fixes')
        .textContent()
        .then((t) => t ?? ''),
    ).toContain('2 fixes for this site');
    await screenshotPage(again, 'site-fixes-5-after-reload');
    // Turned off for this view: the engine's own article.
    await again.getByRole('button', { name: 'Turn off for this view' }).click();
    await expect.poll(() => bodyText(again)).toContain(ASIDE);
    expect(await bodyText(again)).not.toContain(NEWSLETTER);
    await again.close();
    await page.close();
  });

  it('picks the article on the live page where the engine chose the wrong block', async () => {
    const { page, popup } = await open('repair-wrong-article.html');
    expect(await bodyText(popup)).toContain(TERMS);
    await popup.getByRole('button', { name: 'Pick the article' }).click();
    await page.bringToFront();
    await page.locator('[data-folio-picker]').first().waitFor({ state: 'attached' });
    await page.getByText(STORY).hover();
    // From the paragraph one step wider: the story's box.
    await page.keyboard.press('ArrowUp');
    await screenshotPage(page, 'site-fixes-6-picking');
    await page.keyboard.press('Enter');
    await page.locator(HOST).waitFor({ state: 'attached' });
    await expect.poll(() => readerText(page)).toContain(STORY);
    expect(await readerText(page)).not.toContain(TERMS);
    await screenshotPage(page, 'site-fixes-7-picked');
    expect(await page.locator('[data-folio-picker]').count()).toBe(0);
    await page.close();
  });

  it('lists, deletes, exports and imports fixes in the settings', async () => {
    const { page, popup } = await open('repair-newsletter-box.html');
    await popup.getByRole('button', { name: 'Settings' }).click();
    const items = popup.locator('.site-fixes-list li li');
    await expect.poll(() => items.count()).toBe(3);
    await screenshotPage(popup, 'site-fixes-8-settings', true);

    const downloading = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'Export…' }).click();
    const file = await (await downloading).path();
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported.folio).toBe('site-fixes');
    expect(exported.rules).toHaveLength(3);

    await items
      .first()
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect.poll(() => items.count()).toBe(2);
    const chooser = popup.waitForEvent('filechooser');
    await popup.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(file);
    await expect.poll(() => items.count()).toBe(3);
    expect(await popup.getByRole('status').allInnerTexts()).toContain('Fixes imported: 3.');
    await popup.close();
    await page.close();
  });
});
