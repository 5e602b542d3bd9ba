// The detection content script: runs at document_idle on every http(s) page, asks the engine's
// small detector whether this is an article and tells the background (which sets the toolbar icon).
// It must be tiny and cheap, and it must never disturb the page: everything is wrapped, nothing is
// added to the DOM, and it listens to nothing the page can send (no window "message" listener).
//
// No webextension-polyfill here: it would double the script's size, and the one call made
// (runtime.sendMessage) exists natively in both browsers (`browser` in Firefox, promise-returning
// `chrome` in Chrome MV3).
import { isProbablyArticle } from '../../core/detect/is-probably-article';
import { detectionMessage } from '../messages';
import { watchNavigation } from './navigation-watch';

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

let settleTimer: ReturnType<typeof setTimeout> | undefined;
let stopWatching: (() => void) | undefined;

function detectNow(): void {
  try {
    const runtime = extensionApi();
    // The extension was reloaded or removed: this orphaned script stops quietly.
    if (!runtime?.id) {
      stop();
      return;
    }
    const url = location.href;
    runtime.sendMessage(detectionMessage(url, isProbablyArticle(document, { url })))?.catch(() => undefined);
  } catch {
    // Never throw into the page's console.
  }
}

function stop(): void {
  stopWatching?.();
  clearTimeout(settleTimer);
}

try {
  stopWatching = watchNavigation(() => {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(detectNow, SETTLE_MS);
  });
  detectNow();
} catch {
  // Never throw into the page's console.
}
