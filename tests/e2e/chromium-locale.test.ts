// The UI in the reader's language, in real Chromium: an Arabic browser gets Arabic, right-to-left
// chrome around a left-to-right English article, and an English browser keeps its left-to-right
// chrome around a right-to-left Arabic article; in both the source line keeps each part whole.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWith } from './harness/browsers';
import { type ExtensionBrowser, launchExtension, openPopupTab, tabIdOf } from './harness/chromium';
import { screenshotPage } from './harness/screenshots';

const HOST = '[data-folio-reader]';

interface Directions {
  uiLang: string;
  uiDir: string;
  articleLang: string;
  articleDir: string;
  /** Computed directions, so the attributes are known to take effect. */
  chromeComputed: string;
  bodyComputed: string;
}

/** Directions in the popup (document) or the reader (its shadow root's .folio-root). */
function readDirections(page: Page, inReader: boolean): Promise<Directions> {
  return page.evaluate(
    ({ host, reader }) => {
      const scope: Document | ShadowRoot | null = reader
        ? (document.querySelector(host)?.shadowRoot ?? null)
        : document;
      const chrome = reader ? scope?.querySelector<HTMLElement>('.folio-root') : document.documentElement;
      const article = scope?.querySelector<HTMLElement>('article.folio-article');
      const firstParagraph = scope?.querySelector<HTMLElement>('.folio-body p');
      const toolbar = scope?.querySelector<HTMLElement>(reader ? '.folio-toolbar' : '.toolbar');
      return {
        uiLang: chrome?.lang ?? '',
        uiDir: chrome?.dir ?? '',
        articleLang: article?.lang ?? '',
        articleDir: article?.dir ?? '',
        chromeComputed: toolbar ? getComputedStyle(toolbar).direction : '',
        bodyComputed: firstParagraph ? getComputedStyle(firstParagraph).direction : '',
      };
    },
    { host: HOST, reader: inReader },
  );
}

const SOURCE_PARTS = ['site', 'domain', 'authors', 'date', 'reading-time'];

/**
 * The source line's parts (site, domain, authors, date, reading time) in the order a reader meets
 * them: line by line, and along each line in `dir`. Isolated parts keep their DOM order this way.
 */
async function sourceReadingOrder(page: Page, inReader: boolean, dir: 'ltr' | 'rtl'): Promise<string[]> {
  const boxes = await page.evaluate(
    ({ host, reader, names }) => {
      const scope = reader ? document.querySelector(host)?.shadowRoot : document;
      return names.flatMap((name) => {
        const part = scope?.querySelector(`.folio-source .folio-${name}`);
        if (!part) return [];
        const box = part.getBoundingClientRect();
        return [{ name, top: Math.round(box.top), left: box.left, right: box.right }];
      });
    },
    { host: HOST, reader: inReader, names: SOURCE_PARTS },
  );
  return boxes
    .sort((a, b) => {
      if (Math.abs(a.top - b.top) > 4) return a.top - b.top;
      return dir === 'ltr' ? a.left - b.left : b.right - a.right;
    })
    .map((box) => box.name);
}

async function openReaderFromPopup(popup: Page, page: Page, label: string): Promise<void> {
  const toggle = popup.getByRole('button', { name: label, exact: true });
  await toggle.waitFor();
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
  await page.bringToFront();
  await expect.poll(() => page.evaluate((sel) => document.querySelector(sel) !== null, HOST)).toBe(true);
}

async function openFixture(ext: ExtensionBrowser, name: string): Promise<{ page: Page; popup: Page }> {
  const page = await ext.context.newPage();
  await page.goto(ext.server.url(name));
  const popup = await openPopupTab(ext, await tabIdOf(ext, page));
  await popup.locator('article.folio-article').waitFor();
  return { page, popup };
}

describeWith({ browser: 'chromium' })('Arabic UI, English article (Chromium)', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchExtension({ locale: 'ar' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('draws the popup and the reader right to left in Arabic, the article left to right', async () => {
    const { page, popup } = await openFixture(ext, 'e2e-article.html');
    expect(await popup.getByRole('button', { name: 'الإعدادات' }).isVisible()).toBe(true);
    expect(await readDirections(popup, false)).toEqual({
      uiLang: 'ar',
      uiDir: 'rtl',
      articleLang: 'en',
      // The fixture declares no direction: the article sets itself by its letters.
      articleDir: 'auto',
      chromeComputed: 'rtl',
      bodyComputed: 'ltr',
    });
    const reading = popup.locator('.folio-reading-time');
    expect(await reading.getAttribute('lang')).toBe('ar');
    expect(await reading.textContent()).toContain('قراءة');
    // The English line runs left to right, the Arabic date and reading time in it kept in place.
    expect(await sourceReadingOrder(popup, false, 'ltr')).toEqual(SOURCE_PARTS);
    await screenshotPage(popup, 'locale-ar-ui-popup');
    // The settings, labels and options included, are Arabic too; numbers through Intl.
    await popup.getByRole('button', { name: 'الإعدادات' }).click();
    expect(await popup.getByLabel('السمة').isVisible()).toBe(true);
    expect(await popup.getByRole('option', { name: 'داكنة', exact: true }).count()).toBe(1);
    expect(await popup.getByLabel('إظهار الصور').isChecked()).toBe(true);
    await screenshotPage(popup, 'locale-ar-ui-settings');
    await popup.getByRole('button', { name: 'الإعدادات' }).click();
    await popup.locator('article.folio-article').waitFor();

    await openReaderFromPopup(popup, page, 'عرض القراءة');
    expect(await readDirections(page, true)).toEqual({
      uiLang: 'ar',
      uiDir: 'rtl',
      articleLang: 'en',
      articleDir: 'auto',
      chromeComputed: 'rtl',
      bodyComputed: 'ltr',
    });
    expect(await page.locator(HOST).getByRole('button', { name: 'إغلاق عرض القراءة' }).isVisible()).toBe(
      true,
    );
    await screenshotPage(page, 'locale-ar-ui-reader');
  });
});

describeWith({ browser: 'chromium' })('English UI, Arabic article (Chromium)', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchExtension({ locale: 'en' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('keeps the chrome left to right and sets the Arabic article right to left, its source line in order', async () => {
    const { page, popup } = await openFixture(ext, 'e2e-rtl-article.html');
    expect(await readDirections(popup, false)).toEqual({
      uiLang: 'en',
      uiDir: 'ltr',
      articleLang: 'ar',
      articleDir: 'rtl',
      chromeComputed: 'ltr',
      bodyComputed: 'rtl',
    });
    // Right to left: the Arabic site name rightmost, then the domain, the author, the date, and
    // the English reading time leftmost, whole ("8 min read", not "min read 8").
    expect(await sourceReadingOrder(popup, false, 'rtl')).toEqual(SOURCE_PARTS);
    expect(await popup.locator('.folio-reading-time').textContent()).toMatch(/^\d+ min read$/);
    expect(await popup.locator('.folio-date').getAttribute('lang')).toBe('en');
    await screenshotPage(popup, 'locale-en-ui-rtl-article-popup');

    await openReaderFromPopup(popup, page, 'Reader view');
    expect(await readDirections(page, true)).toEqual({
      uiLang: 'en',
      uiDir: 'ltr',
      articleLang: 'ar',
      articleDir: 'rtl',
      chromeComputed: 'ltr',
      bodyComputed: 'rtl',
    });
    expect(await sourceReadingOrder(page, true, 'rtl')).toEqual(SOURCE_PARTS);
    await screenshotPage(page, 'locale-en-ui-rtl-article-reader');
  });

  it('breaks Korean between words and Japanese by its strict rules, in faces for the script', async () => {
    const typeset = (popup: Page) =>
      popup.evaluate(() => {
        const paragraph = document.querySelector('.folio-body p');
        const style = paragraph ? getComputedStyle(paragraph) : null;
        return { wordBreak: style?.wordBreak, lineBreak: style?.lineBreak, font: style?.fontFamily ?? '' };
      });
    const korean = await typeset((await openFixture(ext, 'e2e-ko-article.html')).popup);
    expect(korean.wordBreak).toBe('keep-all');
    expect(korean.font).toContain('Noto Serif CJK KR');
    const japanese = await openFixture(ext, 'e2e-ja-article.html');
    const ja = await typeset(japanese.popup);
    expect(ja.lineBreak).toBe('strict');
    expect(ja.wordBreak).toBe('normal');
    expect(ja.font.indexOf('Noto Serif CJK JP')).toBeLessThan(ja.font.indexOf('Noto Serif CJK SC'));
    await screenshotPage(japanese.popup, 'locale-ja-article-popup');
    const english = await typeset((await openFixture(ext, 'e2e-article.html')).popup);
    expect([english.wordBreak, english.lineBreak]).toEqual(['normal', 'auto']);
    expect(english.font).toMatch(
      /Noto Naskh Arabic.*Noto Serif Hebrew.*Noto Serif Thai.*Noto Serif Devanagari/,
    );
  });
});
