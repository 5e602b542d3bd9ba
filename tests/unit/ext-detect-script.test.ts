import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The detector itself is ENGINE-META's (tested in detect-*.test.ts); here it is replaced so the test
// is about the content script: what it sends, when, and that it never throws into the page.
const detector = vi.hoisted(() => ({
  isProbablyArticle: vi.fn((_doc: Document, _options?: { url?: string }) => ({
    isArticle: true,
    score: 0.9,
    reason: 'test',
  })),
}));
vi.mock('../../src/core/detect/is-probably-article', () => detector);

type Sent = { type: string; url: string; result: unknown };

function installPage(url: string, sendMessage: (message: Sent) => Promise<unknown> | undefined) {
  const dom = new JSDOM('<!doctype html><html><body><p>Text</p></body></html>', { url });
  const scope = globalThis as Record<string, unknown>;
  scope.window = dom.window;
  scope.document = dom.window.document;
  scope.location = dom.window.location;
  scope.history = dom.window.history;
  scope.addEventListener = dom.window.addEventListener.bind(dom.window);
  scope.removeEventListener = dom.window.removeEventListener.bind(dom.window);
  scope.chrome = { runtime: { id: 'folio', sendMessage } };
  return dom;
}

describe('detection content script', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetModules();
    detector.isProbablyArticle.mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
    for (const key of [
      'window',
      'document',
      'location',
      'history',
      'addEventListener',
      'removeEventListener',
      'chrome',
    ]) {
      delete (globalThis as Record<string, unknown>)[key];
    }
  });

  it('sends the verdict for the page once, then again after a client-side navigation', async () => {
    const sent: Sent[] = [];
    const dom = installPage('https://news.example/a', (message) => {
      sent.push(message);
      return Promise.resolve();
    });
    await import('../../src/extension/content/detect');
    expect(sent).toEqual([
      {
        type: 'folio/detection',
        url: 'https://news.example/a',
        result: { isArticle: true, score: 0.9, reason: 'test' },
      },
    ]);
    // A jump to an anchor is not a new page.
    dom.window.history.pushState({}, '', '/a#comments');
    await vi.advanceTimersByTimeAsync(3000);
    expect(sent).toHaveLength(1);
    dom.window.history.pushState({}, '', '/b');
    await vi.advanceTimersByTimeAsync(3000);
    expect(sent.map((message) => message.url)).toEqual(['https://news.example/a', 'https://news.example/b']);
  });

  it('swallows every failure: detector errors, rejected or throwing sends', async () => {
    detector.isProbablyArticle.mockImplementationOnce(() => {
      throw new Error('boom');
    });
    installPage('https://news.example/a', () => Promise.reject(new Error('no receiver')));
    await expect(import('../../src/extension/content/detect')).resolves.toBeDefined();
    vi.resetModules();
    installPage('https://news.example/b', () => {
      throw new Error('context invalidated');
    });
    await expect(import('../../src/extension/content/detect')).resolves.toBeDefined();
  });

  it('listens to nothing the page can post', async () => {
    const dom = installPage('https://news.example/a', () => Promise.resolve());
    const added: string[] = [];
    const original = dom.window.addEventListener.bind(dom.window);
    (globalThis as Record<string, unknown>).addEventListener = (type: string, ...rest: [EventListener]) => {
      added.push(type);
      original(type, ...rest);
    };
    await import('../../src/extension/content/detect');
    expect(added).not.toContain('message');
  });
});
