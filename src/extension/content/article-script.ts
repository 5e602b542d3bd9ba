// The article script: the engine and the site fixes, injected into a tab only when asked (the
// popup's first request goes to the background, which injects this alone: page-engine.ts). It
// answers get-article and the popup's site fixes, forgets its article when the page navigates
// client-side, and publishes the engine for the reader script.
import browser, { type Runtime } from 'webextension-polyfill';
import {
  type GetArticleMessage,
  type GetArticleResponse,
  isFromExtensionPage,
  parseToContent,
  type SiteFixMessage,
} from '../messages';
import { createPageRepair } from '../repair/page-repair';
import { fixesStore } from '../site-fixes/browser-fixes';
import { watchNavigation } from './navigation-watch';
import { articleOnPage, forgetArticle } from './page-article';
import { type AttachedReader, isForArticleScript, pageEngine, publishEngine } from './page-engine';

function start(): void {
  const repair = createPageRepair(document, () => location.href, fixesStore);
  let reader: AttachedReader | null = null;
  const article = () => articleOnPage(document, location.href, repair.rules());
  publishEngine({
    article,
    repair,
    attach: (attached) => {
      reader = attached;
    },
  });

  async function answer(message: GetArticleMessage | SiteFixMessage): Promise<GetArticleResponse> {
    if (message.type === 'folio/repair') {
      await repair.run(message.op);
      reader?.redraw();
    }
    await repair.ready;
    return { ...article(), readerOpen: reader?.open === true, repair: repair.status() };
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    // Only the popup and the background may ask; a message from any tab is refused.
    if (!isFromExtensionPage(sender, browser.runtime.id)) return undefined;
    const message = parseToContent(raw);
    if (message === null || !isForArticleScript(message)) return undefined;
    return answer(message).catch((error: unknown) => ({ error: String(error) }));
  });

  // The article belongs to the previous URL: forget it, and the open reader closes. The detection
  // script re-runs detection, and the background reopens on auto-open sites.
  watchNavigation(() => {
    forgetArticle();
    reader?.pageChanged();
  });
}

// A second injection into the same page finds the engine published and does nothing.
if (pageEngine() === null) {
  try {
    start();
  } catch {
    // Never throw into the page's console.
  }
}
