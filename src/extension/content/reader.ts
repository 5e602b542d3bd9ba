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
import { createReaderRepair } from '../repair/reader-repair';
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
  // Site fixes: after each one the open reader shows the new article.
  const redraw = () => {
    if (reader.open) reader.update(articleOnPage(document, location.href, repair.rules()), repair.host());
  };
  const repair = createReaderRepair(document, window, redraw, async () => {
    if (reader.open) redraw();
    else await setReader(true);
  });

  function report(open: boolean): void {
    browser.runtime.sendMessage(readerChangedMessage(open)).catch(() => undefined);
  }

  async function openReader(): Promise<void> {
    await Promise.all([settingsReady, repair.ready]);
    const result = articleOnPage(document, location.href, repair.rules());
    reader.show(result, settings, repair.host());
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
      case 'folio/get-article':
      case 'folio/repair': {
        if (message.type === 'folio/repair') await repair.handle(message.op);
        await repair.ready;
        const result = articleOnPage(document, location.href, repair.rules());
        const response: GetArticleResponse = { ...result, readerOpen: reader.open, repair: repair.status() };
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
