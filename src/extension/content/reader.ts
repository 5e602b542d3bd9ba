// The reader script: the engine and the reader view, injected into a tab only when asked
// (scripting.executeScript from the background: popup, keyboard command, context menu, or a site in
// "open automatically"). It answers the popup's get-article, opens and closes the in-page reader,
// follows settings changes live, and closes the reader when the page navigates client-side.
import browser, { type Runtime } from 'webextension-polyfill';
import {
  type GetArticleResponse,
  isFromExtensionPage,
  parseToContent,
  type ReaderStateResponse,
  readerChangedMessage,
  type ToContentMessage,
} from '../messages';
import { settingsStore } from '../settings/browser-store';
import { defaultSettings, type Settings } from '../settings/definitions';
import { watchNavigation } from './navigation-watch';
import { articleOnPage, forgetArticle } from './page-article';
import { createReaderView } from './reader-view';
import { readingPositions } from './reading-positions';

/** Set on the isolated world's global so a second injection into the same page does nothing. */
const LOADED_FLAG = '__folioReaderLoaded';

function start(): void {
  let settings: Settings = defaultSettings();
  const settingsReady = settingsStore.load().then(
    (loaded) => {
      settings = loaded;
      return loaded;
    },
    () => settings,
  );

  const reader = createReaderView(document, window, () => report(false), readingPositions);

  function report(open: boolean): void {
    browser.runtime.sendMessage(readerChangedMessage(open)).catch(() => undefined);
  }

  async function openReader(): Promise<void> {
    await settingsReady;
    const result = articleOnPage(document, location.href);
    reader.show(result, settings);
    report(true);
  }

  async function setReader(open: boolean | undefined): Promise<ReaderStateResponse> {
    const wanted = open ?? !reader.open;
    if (wanted && !reader.open) await openReader();
    else if (!wanted && reader.open) reader.close();
    return { open: reader.open };
  }

  async function handle(message: ToContentMessage): Promise<unknown> {
    switch (message.type) {
      case 'folio/get-article': {
        const result = articleOnPage(document, location.href);
        const response: GetArticleResponse = { ...result, readerOpen: reader.open };
        return response;
      }
      case 'folio/toggle-reader':
        return setReader(message.open);
      case 'folio/open-reader':
        return setReader(true);
      case 'folio/reader-state':
        return { open: reader.open } satisfies ReaderStateResponse;
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    // Only the popup and the background may steer the reader; a message from any tab is refused.
    if (!isFromExtensionPage(sender, browser.runtime.id)) return undefined;
    const message = parseToContent(raw);
    if (message === null) return undefined;
    return handle(message).catch((error: unknown) => ({ error: String(error) }));
  });

  settingsStore.subscribe((next) => {
    settings = next;
    try {
      reader.applySettings(next);
    } catch {
      // Never throw into the page.
    }
  });

  // The article on screen belongs to the previous URL: close it and forget it. The detection script
  // re-runs detection, and the background reopens on auto-open sites.
  watchNavigation(() => {
    forgetArticle();
    if (reader.open) reader.close();
  });
}

const scope = globalThis as Record<string, unknown>;
if (!scope[LOADED_FLAG]) {
  scope[LOADED_FLAG] = true;
  try {
    start();
  } catch {
    // Never throw into the page's console.
  }
}
