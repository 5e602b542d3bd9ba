// Restoring a page with forms exactly: a focused field, inputs, a textarea, and the page's own
// focus and blur handlers, which run when the reader takes the focus and gives it back. Opened from
// the popup as a tab and from the real toolbar popup (which takes the focus from the page).
// No page.screenshot() here: Playwright's default caret hiding writes style="" onto every <input>
// and <textarea>, with or without the extension (see harness/screenshots.ts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWith } from './harness/browsers';
import { type ExtensionBrowser, launchExtension, openPopupTab, tabIdOf } from './harness/chromium';
import { clickToolbarButton } from './harness/toolbar-popup';

const HOST = '[data-folio-reader]';
const FIRST_SENTENCE = 'For the first time in eleven winters';
const TYPED = 'ingrid@example.com';
const READER_BUTTON = `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Reader view')`;

async function readerOpen(page: Page): Promise<boolean> {
  return page.evaluate((sel) => document.querySelector(sel) !== null, HOST);
}

async function bodyHtml(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerHTML);
}

/** The fixture with the newsletter field focused and typed in; the page's body as it then is. */
async function openFormsPage(ext: ExtensionBrowser): Promise<{ page: Page; before: string }> {
  const page = await ext.context.newPage();
  await page.goto(ext.server.url('e2e-article-with-forms.html'));
  await page.locator('#signup-email').click();
  await page.keyboard.type(TYPED);
  return { page, before: await bodyHtml(page) };
}

async function escapeRestoresExactly(page: Page, before: string): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => readerOpen(page)).toBe(false);
  expect(await bodyHtml(page)).toBe(before);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('signup-email');
  expect(await page.locator('#signup-email').inputValue()).toBe(TYPED);
}

describeWith({ browser: 'chromium' })('reader view on a page with forms, in Chromium', () => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('from the popup: Escape restores the body exactly, the field focused again with its text', async () => {
    const { page, before } = await openFormsPage(ext);
    const popup = await openPopupTab(ext, await tabIdOf(ext, page));
    await popup.getByRole('button', { name: 'Reader view', exact: true }).click();
    await page.bringToFront();
    await expect.poll(() => readerOpen(page)).toBe(true);
    expect(await page.locator(HOST).getByText(FIRST_SENTENCE).isVisible()).toBe(true);
    await escapeRestoresExactly(page, before);
    await popup.close();
    await page.close();
  });

  it('from the toolbar popup: Escape restores the body exactly', async () => {
    const { page, before } = await openFormsPage(ext);
    await tabIdOf(ext, page);
    const popup = await clickToolbarButton(ext, page);
    await popup.waitFor(`${READER_BUTTON}?.disabled === false`);
    await popup.evaluate(`${READER_BUTTON}.click()`);
    await expect.poll(() => readerOpen(page)).toBe(true);
    await popup.close().catch(() => undefined);
    await page.bringToFront();
    expect(await page.locator(HOST).getByText(FIRST_SENTENCE).isVisible()).toBe(true);
    await escapeRestoresExactly(page, before);
    await page.close();
  });
});
