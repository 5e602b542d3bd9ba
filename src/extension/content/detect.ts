// The detection content script: runs at document_idle on every http(s) page, asks the engine's
// small detector whether this is an article and tells the background (which sets the toolbar icon).
// It must be tiny and cheap, and it must never disturb the page: everything is wrapped, nothing is
// added to the DOM, and it listens to nothing the page can send (no window "message" listener).
//
// No webextension-polyfill here: it would double the script's size, and the one call made
// (runtime.sendMessage) exists natively in both browsers (`browser` in Firefox, promise-returning
// `chrome` in Chrome MV3).
import { isProbablyArticle } from '../../core/detect/is-probably-article';
import type { DetectionMessage } from '../messages';

// How often the URL is compared for client-side navigation. pushState cannot be patched from the
// content script's isolated world, and the Navigation API is not everywhere: a string compare per
// second costs nothing.
const URL_POLL_MS = 1000;
// After a client-side navigation the new content arrives after the URL changes; detecting at once
// would judge the old page (measured on React/Next.js demo sites: 200–600 ms to render).
const SETTLE_MS = 800;

interface RuntimeLike {
  runtime?: { id?: string; sendMessage(message: unknown): Promise<unknown> | undefined };
}

function extensionApi(): RuntimeLike['runtime'] {
  const scope = globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike };
  return scope.browser?.runtime ?? scope.chrome?.runtime;
}

/** The URL without its fragment: jumping to #section is not a new page. */
function pageKey(href: string): string {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}

let lastKey = '';
let settleTimer: ReturnType<typeof setTimeout> | undefined;

function detectNow(): void {
  try {
    const runtime = extensionApi();
    // The extension was reloaded or removed: this orphaned script stops quietly.
    if (!runtime?.id) {
      stop();
      return;
    }
    const url = location.href;
    lastKey = pageKey(url);
    const result = isProbablyArticle(document, { url });
    const message: DetectionMessage = { type: 'folio/detection', url, result };
    runtime.sendMessage(message)?.catch(() => undefined);
  } catch {
    // Never throw into the page's console.
  }
}

function onPossibleNavigation(): void {
  try {
    if (pageKey(location.href) === lastKey) return;
    lastKey = pageKey(location.href);
    clearTimeout(settleTimer);
    settleTimer = setTimeout(detectNow, SETTLE_MS);
  } catch {
    // Ignore: detection is best effort.
  }
}

const poll = setInterval(onPossibleNavigation, URL_POLL_MS);

// The Navigation API (where it exists) reports same-document navigations at once; the poll above
// covers the browsers without it.
const navigationApi = (globalThis as { navigation?: EventTarget }).navigation;

function stop(): void {
  clearInterval(poll);
  clearTimeout(settleTimer);
  removeEventListener('popstate', onPossibleNavigation);
  navigationApi?.removeEventListener('navigatesuccess', onPossibleNavigation);
}

try {
  addEventListener('popstate', onPossibleNavigation);
  navigationApi?.addEventListener('navigatesuccess', onPossibleNavigation);
  detectNow();
} catch {
  // Never throw into the page's console.
}
