import { describe, expect, it } from 'vitest';
import {
  articleInTabMessage,
  detectionMessage,
  getArticleMessage,
  isFromExtensionPage,
  isFromOwnContentScript,
  listenMessage,
  openReaderMessage,
  parseBackgroundInbound,
  parseContentToBackground,
  parseDetectionResult,
  parsePopupToBackground,
  parsePopupToContent,
  parseToContent,
  pickArticleMessage,
  readerChangedMessage,
  readerInTabMessage,
  toggleReaderMessage,
} from '../../src/extension/messages';

const OUR_ID = 'folio-extension-id';
const popupSender = { id: OUR_ID, url: `chrome-extension://${OUR_ID}/popup.html` };
const tabSender = { id: OUR_ID, tab: { id: 7 }, url: 'https://news.example/story' };
const detection = { isArticle: true, score: 0.9, reason: 'json-ld NewsArticle' };

// Shapes a hostile page or a confused caller might send.
const MALFORMED: unknown[] = [
  null,
  undefined,
  'folio/get-article',
  42,
  [],
  { type: 'get-article', tryAnyway: true },
  { type: 'folio/unknown' },
  { type: 'folio/close-reader' },
  { type: 'folio/apply-settings' },
  { type: 'folio/toggle-reader', open: 'true' },
  { type: 'folio/article-in-tab', tabId: -1 },
  { type: 'folio/article-in-tab', tabId: 1.5 },
  { type: 'folio/article-in-tab', tabId: '3' },
  { type: 'folio/reader-in-tab', tabId: 3 },
  { type: 'folio/reader-in-tab', tabId: -3, request: { type: 'folio/listen' } },
  { type: 'folio/reader-in-tab', tabId: 3, request: { type: 'folio/toggle-reader', open: 'yes' } },
  { type: 'folio/reader-in-tab', tabId: 3, request: { type: 'folio/get-article' } },
  { type: 'folio/reader-in-tab', tabId: 3, request: { type: 'folio/repair', op: { kind: 'undo' } } },
  // Only the picker goes through the background; the other fixes go to the tab's article script.
  { type: 'folio/reader-in-tab', tabId: 3, request: { type: 'folio/repair', op: { op: 'undo' } } },
  { type: 'folio/detection', url: 'javascript:alert(1)', result: detection },
  { type: 'folio/detection', url: 'https://x.example/', result: { ...detection, score: 7 } },
  { type: 'folio/detection', url: 'https://x.example/', result: { ...detection, isArticle: 'yes' } },
  { type: 'folio/detection', url: 'https://x.example/', result: { ...detection, reason: 'x'.repeat(1000) } },
  Object.create({ type: 'folio/reader-state' }),
];

describe('message validators', () => {
  it('accept each well-formed message and return exactly its fields', () => {
    expect(
      parsePopupToContent({ type: 'folio/get-article', tryAnyway: false, extra: '<img onerror>' }),
    ).toEqual({ type: 'folio/get-article' });
    expect(parsePopupToContent({ type: 'folio/toggle-reader' })).toEqual({ type: 'folio/toggle-reader' });
    expect(parsePopupToContent({ type: 'folio/toggle-reader', open: true })).toEqual({
      type: 'folio/toggle-reader',
      open: true,
    });
    expect(parseToContent({ type: 'folio/open-reader' })).toEqual({ type: 'folio/open-reader' });
    expect(parsePopupToBackground({ type: 'folio/article-in-tab', tabId: 12 })).toEqual({
      type: 'folio/article-in-tab',
      tabId: 12,
    });
    expect(
      parseContentToBackground({ type: 'folio/detection', url: 'https://x.example/a', result: detection }),
    ).toEqual({ type: 'folio/detection', url: 'https://x.example/a', result: detection });
    expect(parseDetectionResult({ ...detection, extra: 1 })).toEqual(detection);
  });

  it('reject malformed messages in every direction', () => {
    for (const value of MALFORMED) {
      expect(parseToContent(value)).toBeNull();
      expect(parsePopupToBackground(value)).toBeNull();
      expect(parseContentToBackground(value)).toBeNull();
    }
  });

  it('accept every message the builders make, unchanged, in its own direction only', () => {
    const toContent = [
      getArticleMessage(),
      toggleReaderMessage(),
      toggleReaderMessage(false),
      openReaderMessage(),
    ];
    for (const message of toContent) expect(parseToContent(message)).toEqual(message);
    for (const message of [
      articleInTabMessage(4),
      readerInTabMessage(4, toggleReaderMessage()),
      readerInTabMessage(4, toggleReaderMessage(true)),
      readerInTabMessage(4, listenMessage()),
      readerInTabMessage(4, pickArticleMessage()),
    ]) {
      expect(parsePopupToBackground(message)).toEqual(message);
      expect(parseToContent(message)).toBeNull();
    }
    for (const message of [detectionMessage('https://x.example/', detection), readerChangedMessage(true)]) {
      expect(parseContentToBackground(message)).toEqual(message);
      expect(parseToContent(message)).toBeNull();
    }
  });

  it('keep directions apart: a content message is not a popup message', () => {
    const detectionMessage = { type: 'folio/detection', url: 'https://x.example/', result: detection };
    expect(parsePopupToBackground(detectionMessage)).toBeNull();
    expect(parseToContent(detectionMessage)).toBeNull();
    expect(parseContentToBackground({ type: 'folio/article-in-tab', tabId: 1 })).toBeNull();
    expect(parseContentToBackground(readerInTabMessage(1, listenMessage()))).toBeNull();
  });
});

describe('sender checks', () => {
  it('let content scripts hear only the extension pages', () => {
    expect(isFromExtensionPage(popupSender, OUR_ID)).toBe(true);
    expect(isFromExtensionPage(tabSender, OUR_ID)).toBe(false);
    expect(isFromExtensionPage({ id: 'another-extension' }, OUR_ID)).toBe(false);
    expect(isFromExtensionPage({}, OUR_ID)).toBe(false);
    expect(isFromExtensionPage(undefined, OUR_ID)).toBe(false);
  });

  it('let the background take content messages only from our scripts in a tab', () => {
    expect(isFromOwnContentScript(tabSender, OUR_ID)).toBe(true);
    expect(isFromOwnContentScript({ ...tabSender, id: 'evil' }, OUR_ID)).toBe(false);
    expect(isFromOwnContentScript(popupSender, OUR_ID)).toBe(false);
    expect(isFromOwnContentScript({ id: OUR_ID, tab: {} }, OUR_ID)).toBe(false);
  });

  it('route background messages by who sent them', () => {
    const ensure = { type: 'folio/article-in-tab', tabId: 3 };
    const detected = { type: 'folio/detection', url: 'https://x.example/', result: detection };
    expect(parseBackgroundInbound(ensure, popupSender, OUR_ID)).toEqual({ from: 'popup', message: ensure });
    expect(parseBackgroundInbound(detected, tabSender, OUR_ID)).toEqual({
      from: 'content',
      message: detected,
      tabId: 7,
    });
    // A tab cannot ask the background to inject scripts or read tab state.
    expect(parseBackgroundInbound(ensure, tabSender, OUR_ID)).toBeNull();
    // The popup cannot forge a detection verdict.
    expect(parseBackgroundInbound(detected, popupSender, OUR_ID)).toBeNull();
    expect(parseBackgroundInbound(ensure, { id: 'other' }, OUR_ID)).toBeNull();
  });
});
