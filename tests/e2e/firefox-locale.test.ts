// The UI in the reader's language in Firefox ESR: with Arabic as the browser's locale the popup and
// the reader's chrome are Arabic and right to left around an English article; with English, an
// Arabic article is set right to left in left-to-right chrome, its source line in reading order.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWith } from './harness/browsers';
import { firefoxInLocale } from './harness/firefox-langpack';
import { type FirefoxWithAddon, launchFirefoxWithAddon, poll } from './harness/firefox-pages';
import { DIST_FIREFOX } from './harness/paths';
import { saveScreenshot } from './harness/screenshots';

const HOST = '[data-folio-reader]';
const SOURCE_PARTS = ['site', 'domain', 'authors', 'date', 'reading-time'];

const button = (name: string) =>
  `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)})`;

/** lang/dir of the chrome and the article, and their computed directions, in the popup or reader. */
const DIRECTIONS = (reader: boolean) => `(() => {
  const scope = ${reader} ? document.querySelector(${JSON.stringify(HOST)})?.shadowRoot : document;
  const chrome = ${reader} ? scope?.querySelector('.folio-root') : document.documentElement;
  const article = scope?.querySelector('article.folio-article');
  const toolbar = scope?.querySelector(${reader} ? '.folio-toolbar' : '.toolbar');
  const paragraph = scope?.querySelector('.folio-body p');
  return [chrome?.lang, chrome?.dir, article?.lang, article?.dir,
    toolbar ? getComputedStyle(toolbar).direction : '', paragraph ? getComputedStyle(paragraph).direction : ''];
})()`;

/** The source line's parts line by line, along each line in `dir` (see chromium-locale.test.ts). */
const READING_ORDER = (dir: 'ltr' | 'rtl') => `(() => {
  const boxes = ${JSON.stringify(SOURCE_PARTS)}.flatMap((name) => {
    const part = document.querySelector('.folio-source .folio-' + name);
    if (!part) return [];
    const box = part.getBoundingClientRect();
    return [{ name, top: Math.round(box.top), left: box.left, right: box.right }];
  });
  boxes.sort((a, b) => Math.abs(a.top - b.top) > 4 ? a.top - b.top
    : ${dir === 'ltr'} ? a.left - b.left : b.right - a.right);
  return boxes.map((box) => box.name);
})()`;

async function popupOn(ff: FirefoxWithAddon, fixture: string, readerLabel: string) {
  const url = ff.server.url(fixture);
  const page = await ff.openTab(url);
  const lookup = await ff.openExtensionTab('popup.html');
  const tabId = await ff.tabIdOf(lookup, url);
  await ff.firefox.send('browsingContext.close', { context: lookup });
  const popup = await ff.openExtensionTab(`popup.html?tab=${tabId}`);
  const ready = await poll(
    () => ff.evaluate<boolean>(popup, `${button(readerLabel)}?.disabled === false`),
    (value) => value,
  );
  expect(ready, `the popup offers "${readerLabel}"`).toBe(true);
  return { page, popup };
}

async function openReader(ff: FirefoxWithAddon, page: string, popup: string, label: string): Promise<void> {
  await ff.evaluate(popup, `${button(label)}.click()`);
  const open = await poll(
    () => ff.evaluate<boolean>(page, `document.querySelector(${JSON.stringify(HOST)}) !== null`),
    (value) => value,
  );
  expect(open).toBe(true);
  await ff.firefox.send('browsingContext.activate', { context: page });
}

async function screenshot(ff: FirefoxWithAddon, context: string, name: string): Promise<void> {
  const shot = (await ff.firefox.send('browsingContext.captureScreenshot', { context })) as { data: string };
  await saveScreenshot(name, Buffer.from(shot.data, 'base64'));
}

describeWith({ browser: 'firefox', build: DIST_FIREFOX })('Arabic UI in Firefox', () => {
  let ff: FirefoxWithAddon;
  let langpack: string | undefined;
  beforeAll(async () => {
    const options = await firefoxInLocale('ar');
    langpack = options.installFirst[0];
    ff = await launchFirefoxWithAddon(options);
  });
  afterAll(async () => {
    await ff?.close();
    if (langpack) await rm(langpack, { recursive: true, force: true });
  });

  it('draws the popup and the reader right to left in Arabic around an English article', async () => {
    const { page, popup } = await popupOn(ff, 'e2e-article.html', 'عرض القراءة');
    expect(await ff.evaluate(popup, DIRECTIONS(false))).toEqual(['ar', 'rtl', 'en', 'auto', 'rtl', 'ltr']);
    expect(await ff.evaluate(popup, `document.querySelector('.folio-reading-time')?.textContent`)).toContain(
      'قراءة',
    );
    expect(await ff.evaluate(popup, READING_ORDER('ltr'))).toEqual(SOURCE_PARTS);
    await screenshot(ff, popup, 'firefox-locale-ar-ui-popup');

    await openReader(ff, page, popup, 'عرض القراءة');
    expect(await ff.evaluate(page, DIRECTIONS(true))).toEqual(['ar', 'rtl', 'en', 'auto', 'rtl', 'ltr']);
    await screenshot(ff, page, 'firefox-locale-ar-ui-reader');
  });
});

describeWith({ browser: 'firefox', build: DIST_FIREFOX })('English UI, Arabic article in Firefox', () => {
  let ff: FirefoxWithAddon;
  beforeAll(async () => {
    ff = await launchFirefoxWithAddon({ prefs: { 'intl.locale.requested': 'en-US' } });
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('sets the Arabic article right to left in left-to-right chrome, the source line in reading order', async () => {
    const { page, popup } = await popupOn(ff, 'e2e-rtl-article.html', 'Reader view');
    expect(await ff.evaluate(popup, DIRECTIONS(false))).toEqual(['en', 'ltr', 'ar', 'rtl', 'ltr', 'rtl']);
    expect(await ff.evaluate(popup, READING_ORDER('rtl'))).toEqual(SOURCE_PARTS);
    expect(await ff.evaluate(popup, `document.querySelector('.folio-reading-time')?.textContent`)).toMatch(
      /^\d+ min read$/,
    );
    await screenshot(ff, popup, 'firefox-locale-en-ui-rtl-article-popup');

    await openReader(ff, page, popup, 'Reader view');
    expect(await ff.evaluate(page, DIRECTIONS(true))).toEqual(['en', 'ltr', 'ar', 'rtl', 'ltr', 'rtl']);
    await screenshot(ff, page, 'firefox-locale-en-ui-rtl-article-reader');
  });
});
