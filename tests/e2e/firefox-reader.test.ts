// The reader view in Firefox ESR (headless, WebDriver BiDi): opened from the popup, the article in
// it and the page hidden, Escape restoring the page exactly (a focused form field included);
// settings that persist and restyle the open reader; the context-menu entry on pages.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWith } from './harness/browsers';
import { type FirefoxWithAddon, launchFirefoxWithAddon, poll } from './harness/firefox-pages';
import { DIST_FIREFOX } from './harness/paths';
import { saveScreenshot } from './harness/screenshots';
import {
  expectTypeset,
  INLINE_IMAGES,
  LOADED_INLINE_IMAGES,
  TYPESETTING_PROBE,
  type Typesetting,
} from './harness/typesetting-probe';

const HOST = '[data-folio-reader]';
const MENU_ID = 'folio-open-reader';
const SCROLL_Y = 300;
const TYPED = 'ingrid@example.com';

interface PageState {
  html: string;
  x: number;
  y: number;
  active: string;
  typed: string;
}

const PAGE_STATE = `({ html: document.documentElement.outerHTML, x: scrollX, y: scrollY,
  active: document.activeElement?.id ?? '', typed: document.querySelector('#signup-email')?.value ?? '' })`;
const READER_OPEN = `document.querySelector(${JSON.stringify(HOST)}) !== null`;
const READER_TEXT = `document.querySelector(${JSON.stringify(HOST)})?.shadowRoot?.textContent ?? ''`;
const READER_BACKGROUND = `(() => {
  const root = document.querySelector(${JSON.stringify(HOST)})?.shadowRoot?.querySelector('.folio-root');
  return root ? getComputedStyle(root).backgroundColor : '';
})()`;

/** Finds a popup control by what a person reads on it: a button's text or a field's label. */
const button = (name: string) =>
  `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)})`;
const labelled = (name: string) =>
  `[...document.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(name)})?.control`;

/** Selects `value` in the popup's field labelled `name`, as a person's choice would. */
const choose = (name: string, value: string) => `(() => {
  const field = ${labelled(name)};
  field.value = ${JSON.stringify(value)};
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return field.value;
})()`;

/** Presses a real Escape in `page` and tells whether the reader then closed. */
async function escapeCloses(ff: FirefoxWithAddon, page: string): Promise<boolean> {
  await ff.pressEscape(page);
  const open = await poll(
    () => ff.evaluate<boolean>(page, READER_OPEN),
    (isOpen) => !isOpen,
  );
  return !open;
}

describeWith({ browser: 'firefox', build: DIST_FIREFOX })('reader view in Firefox', () => {
  let ff: FirefoxWithAddon;

  beforeAll(async () => {
    ff = await launchFirefoxWithAddon();
  });
  afterAll(async () => {
    await ff?.close();
  });

  /** A fixture in a new tab, with the popup (as a tab) opened on it and its Reader view ready. */
  async function pageWithPopup(fixture: string): Promise<{ page: string; popup: string; url: string }> {
    const url = ff.server.url(fixture);
    const page = await ff.openTab(url);
    const lookup = await ff.openExtensionTab('popup.html');
    const tabId = await ff.tabIdOf(lookup, url);
    await ff.firefox.send('browsingContext.close', { context: lookup });
    const popup = await ff.openExtensionTab(`popup.html?tab=${tabId}`);
    const ready = await poll(
      () => ff.evaluate<boolean>(popup, `${button('Reader view')}?.disabled === false`),
      (value) => value,
    );
    expect(ready, 'the popup offers "Reader view"').toBe(true);
    return { page, popup, url };
  }

  async function openReader(page: string, popup: string): Promise<void> {
    await ff.evaluate(popup, `${button('Reader view')}.click()`);
    expect(
      await poll(
        () => ff.evaluate<boolean>(page, READER_OPEN),
        (open) => open,
      ),
    ).toBe(true);
    await ff.firefox.send('browsingContext.activate', { context: page });
  }

  it('"Reader view" shows the article over the hidden page; Escape restores it exactly, focus and text kept', async () => {
    const { page, popup } = await pageWithPopup('e2e-article-with-forms.html');
    await ff.firefox.send('browsingContext.activate', { context: page });
    await ff.evaluate(page, `scrollTo(0, ${SCROLL_Y}); document.querySelector('#signup-email').focus()`);
    await ff.firefox.send('input.performActions', {
      context: page,
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [...TYPED].flatMap((c) => [
            { type: 'keyDown', value: c },
            { type: 'keyUp', value: c },
          ]),
        },
      ],
    });
    const before = await ff.evaluate<PageState>(page, PAGE_STATE);
    expect(before).toMatchObject({ y: SCROLL_Y, active: 'signup-email', typed: TYPED });

    await openReader(page, popup);
    const text = await poll(
      () => ff.evaluate<string>(page, READER_TEXT),
      (value) => value.includes('For the first time in eleven winters'),
    );
    expect(text).toContain('Night ferries return to the northern islands');
    expect(text).toContain('For the first time in eleven winters');
    expect(text).not.toContain('Leave a comment');
    expect(await ff.evaluate<string>(page, 'getComputedStyle(document.body).visibility')).toBe('hidden');
    const shot = (await ff.firefox.send('browsingContext.captureScreenshot', { context: page })) as {
      data: string;
    };
    await saveScreenshot('firefox-reader', Buffer.from(shot.data, 'base64'));

    expect(await escapeCloses(ff, page)).toBe(true);
    const after = await ff.evaluate<PageState>(page, PAGE_STATE);
    expect(after.html).toBe(before.html);
    expect(after).toEqual(before);
    await ff.firefox.send('browsingContext.close', { context: popup });
    await ff.firefox.send('browsingContext.close', { context: page });
  });

  it('draws a formula as mathematics, a ruby reading over its characters and in-line images in their lines', async () => {
    const { page, popup } = await pageWithPopup('e2e-typesetting.html');
    await openReader(page, popup);
    expect(
      await poll(
        () => ff.evaluate<number>(page, LOADED_INLINE_IMAGES(HOST)),
        (n) => n === INLINE_IMAGES,
      ),
    ).toBe(INLINE_IMAGES);
    expectTypeset(await ff.evaluate<Typesetting | null>(page, TYPESETTING_PROBE(HOST)));
    const shot = (await ff.firefox.send('browsingContext.captureScreenshot', { context: page })) as {
      data: string;
    };
    await saveScreenshot('firefox-reader-typesetting', Buffer.from(shot.data, 'base64'));
    expect(await escapeCloses(ff, page)).toBe(true);
    await ff.firefox.send('browsingContext.close', { context: popup });
    await ff.firefox.send('browsingContext.close', { context: page });
  });

  it('settings restyle the open reader and survive reopening the popup', async () => {
    const { page, popup } = await pageWithPopup('e2e-article.html');
    await openReader(page, popup);
    const light = await poll(
      () => ff.evaluate<string>(page, READER_BACKGROUND),
      (value) => value !== '',
    );

    await ff.evaluate(popup, `${button('Settings')}.click()`);
    await poll(
      () => ff.evaluate<boolean>(popup, `${labelled('Theme')} != null`),
      (value) => value,
    );
    expect(await ff.evaluate<string>(popup, choose('Theme', 'dark'))).toBe('dark');
    const dark = await poll(
      () => ff.evaluate<string>(page, READER_BACKGROUND),
      (value) => value !== '' && value !== light,
    );
    // Dark means dark: every channel of the background is low.
    const channels = (dark?.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    expect(channels).toHaveLength(3);
    expect(Math.max(...channels)).toBeLessThan(60);
    await ff.firefox.send('browsingContext.close', { context: popup });

    const lookup = await ff.openExtensionTab('popup.html');
    const tabId = await ff.tabIdOf(lookup, ff.server.url('e2e-article.html'));
    await ff.firefox.send('browsingContext.close', { context: lookup });
    const reopened = await ff.openExtensionTab(`popup.html?tab=${tabId}`);
    await poll(
      () => ff.evaluate<boolean>(reopened, `${button('Settings')} != null`),
      (value) => value,
    );
    await ff.evaluate(reopened, `${button('Settings')}.click()`);
    const theme = await poll(
      () => ff.evaluate<string>(reopened, `${labelled('Theme')}?.value ?? ''`),
      (value) => value !== '',
    );
    expect(theme).toBe('dark');
    // Back to light for the next test, and the reader follows.
    await ff.evaluate(reopened, choose('Theme', 'light'));
    expect(
      await poll(
        () => ff.evaluate<string>(page, READER_BACKGROUND),
        (value) => value === light,
      ),
    ).toBe(light);
    expect(await escapeCloses(ff, page)).toBe(true);
    await ff.firefox.send('browsingContext.close', { context: reopened });
    await ff.firefox.send('browsingContext.close', { context: page });
  });

  it('right-clicking a page shows the "Open in reader view" entry', async () => {
    const url = ff.server.url('e2e-article.html');
    const page = await ff.openTab(url);
    // contextMenus.onShown (Firefox's menus API) reaches every page of the add-on: an extension tab records what the menu held.
    const watcher = await ff.openExtensionTab('popup.html');
    await ff.evaluate(
      watcher,
      `(globalThis.shownMenus = [], browser.contextMenus.onShown.addListener((info) =>
         globalThis.shownMenus.push({ ids: info.menuIds, contexts: info.contexts, url: info.pageUrl })), true)`,
    );
    await ff.firefox.send('browsingContext.activate', { context: page });
    // On the headline's text: a "page" context (an image or a link would give another menu).
    const at = await ff.evaluate<{ x: number; y: number }>(
      page,
      `(() => { const r = document.querySelector('h1').getBoundingClientRect();
         return { x: Math.round(r.left + 20), y: Math.round(r.top + r.height / 2) }; })()`,
    );
    await ff.firefox.send('input.performActions', {
      context: page,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [
            { type: 'pointerMove', x: at.x, y: at.y },
            { type: 'pointerDown', button: 2 },
            { type: 'pointerUp', button: 2 },
          ],
        },
      ],
    });
    const shown = await poll(
      () =>
        ff.evaluate<Array<{ ids: string[]; contexts: string[]; url: string }>>(
          watcher,
          'globalThis.shownMenus',
        ),
      (value) => value.length > 0,
    );
    expect(shown?.[0]?.ids).toContain(MENU_ID);
    expect(shown?.[0]?.contexts).toContain('page');
    expect(shown?.[0]?.url).toBe(url);
    await ff.pressEscape(page);
    await ff.firefox.send('browsingContext.close', { context: watcher });
    await ff.firefox.send('browsingContext.close', { context: page });
  });
});
