import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article, ExtractResult } from '../../src/core/types';
import { createReaderView } from '../../src/extension/content/reader-view';
import { DEFAULT_SETTINGS } from '../../src/extension/settings/definitions';

// The reader only asks the extension API for the font's URL.
vi.mock('webextension-polyfill', () => ({
  default: { runtime: { getURL: (file: string) => `chrome-extension://folio/${file}` } },
}));

// Article HTML as a buggy or hostile upstream might hand it over: the reader must not trust it.
const HOSTILE_HTML = [
  '<p>First paragraph of the story.</p>',
  '<img src="x" onerror="window.pwned = 1">',
  '<script>window.pwned = 2</script>',
  '<p><a href="javascript:window.pwned=3">bad link</a> <a href="https://ok.example/">good link</a></p>',
  '<iframe src="https://evil.example/"></iframe>',
  '<form action="https://evil.example/"><input name="password"></form>',
  '<figure data-folio-figure><img src="https://img.example/a.jpg" alt="A"><figcaption><span class="folio-caption">Caption text</span> <small class="folio-credit">Photo: Ann Lee</small></figcaption></figure>',
].join('');

function article(html: string): ExtractResult {
  const value: Article = {
    title: 'A quiet harbour',
    byline: '',
    authors: ['Ann Lee', 'Bo Chen'],
    siteName: 'The Example',
    publishedTime: '2026-03-01T10:00:00Z',
    url: 'https://news.example/story',
    lang: 'en',
    dir: 'ltr',
    excerpt: '',
    html,
    text: '',
    figures: [],
    removed: [],
    wordCount: 300,
    readingTimeMinutes: 2,
  };
  return { isArticle: true, ...value };
}

function setup() {
  const dom = new JSDOM(
    '<!doctype html><html><head></head><body style="color: red"><main><p>Page text</p><button id="b">Go</button></main></body></html>',
    { url: 'https://news.example/story', pretendToBeVisual: true },
  );
  const win = dom.window as unknown as Window & typeof globalThis;
  win.scrollTo = () => undefined;
  const doc = dom.window.document;
  // Preact creates nodes through the global document, as it does in the content script.
  vi.stubGlobal('document', doc);
  const closed = vi.fn();
  const reader = createReaderView(doc, win, closed);
  const shadow = () => doc.querySelector('[data-folio-reader]')?.shadowRoot ?? null;
  return { dom, win, doc, reader, closed, shadow };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('reader view', () => {
  it('renders title, source line and the sanitized body, with no forbidden markup', () => {
    const { reader, shadow, win } = setup();
    reader.show(article(HOSTILE_HTML), DEFAULT_SETTINGS);
    const root = shadow();
    expect(root).not.toBeNull();
    expect(root?.querySelector('.folio-title')?.textContent).toBe('A quiet harbour');
    expect(root?.querySelector('.folio-source')?.textContent).toContain('news.example');
    expect(root?.querySelector('.folio-source')?.textContent?.replace(/\u00a0/g, ' ')).toContain(
      'Ann Lee and Bo Chen',
    );
    expect(root?.querySelector('.folio-body')?.textContent).toContain('First paragraph of the story.');
    expect(root?.querySelector('.folio-credit')?.textContent).toBe('Photo: Ann Lee');
    const body = root?.querySelector('.folio-body');
    expect(body?.querySelector('script, iframe, form, input')).toBeNull();
    for (const element of Array.from(body?.querySelectorAll('*') ?? [])) {
      for (const attribute of Array.from(element.attributes)) {
        expect(attribute.name.startsWith('on'), `${element.localName}[${attribute.name}]`).toBe(false);
        expect(attribute.value.toLowerCase()).not.toContain('javascript:');
      }
    }
    expect((win as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('covers the page while open and restores its DOM exactly on close', () => {
    const { reader, doc, closed } = setup();
    const before = doc.documentElement.outerHTML;
    reader.show(article('<p>Body</p>'), DEFAULT_SETTINGS);
    expect(reader.open).toBe(true);
    expect(doc.body.hasAttribute('inert')).toBe(true);
    reader.close();
    expect(reader.open).toBe(false);
    expect(closed).toHaveBeenCalledOnce();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('closes on Escape', () => {
    const { reader, doc, win } = setup();
    const before = doc.documentElement.outerHTML;
    reader.show(article('<p>Body</p>'), DEFAULT_SETTINGS);
    win.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(reader.open).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('applies settings to the open reader', () => {
    const { reader, shadow } = setup();
    reader.show(article('<p>Body</p>'), DEFAULT_SETTINGS);
    reader.applySettings({
      ...DEFAULT_SETTINGS,
      theme: 'sepia',
      fontSize: 24,
      images: false,
      align: 'justify',
    });
    const root = shadow()?.querySelector<HTMLElement>('.folio-root');
    expect(root?.dataset.theme).toBe('sepia');
    expect(root?.dataset.images).toBe('off');
    expect(root?.dataset.align).toBe('justify');
    expect(root?.style.getPropertyValue('--folio-font-size')).toBe('24px');
  });

  it('says plainly when there is no article', () => {
    const { reader, shadow } = setup();
    reader.show(
      { isArticle: false, reason: 'too-large', message: 'This page is too large to read in time.' },
      DEFAULT_SETTINGS,
    );
    // Said in the UI's language by its reason, not with the engine's English message.
    expect(shadow()?.textContent).toContain('Reading it would freeze the tab, so Folio stopped.');
    expect(shadow()?.textContent).not.toContain('This page is too large to read in time.');
    expect(shadow()?.querySelector('button')?.textContent).toBe('Close');
    expect(shadow()?.querySelector('article')).toBeNull();
  });
});
