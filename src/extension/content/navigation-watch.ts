// The one watcher for client-side navigation, used by the detection script (detect again) and the
// reader script (close the reader, forget the cached article). pushState cannot be patched from a
// content script's isolated world and the Navigation API is not in every browser Folio supports, so
// the URL is also compared on a timer: a string compare twice a second costs nothing.

// Often enough that a reader left open on a client-side navigation closes before anyone reads on.
const URL_POLL_MS = 500;

/** The page's URL without the fragment: jumping to #section is not a new page or a new article. */
export function pageKey(href: string): string {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}

/**
 * Calls `onNavigate` once per change of the page's URL (fragment ignored), from popstate, the
 * Navigation API's navigatesuccess where it exists, or the poll. Returns the function that stops it.
 * Never throws into the page: errors in the check or the callback are swallowed.
 */
export function watchNavigation(onNavigate: () => void): () => void {
  let lastKey = pageKey(location.href);
  const check = () => {
    try {
      const key = pageKey(location.href);
      if (key === lastKey) return;
      lastKey = key;
      onNavigate();
    } catch {
      // Best effort: the next check tries again.
    }
  };
  const navigationApi = (globalThis as { navigation?: EventTarget }).navigation;
  const poll = setInterval(check, URL_POLL_MS);
  addEventListener('popstate', check);
  navigationApi?.addEventListener('navigatesuccess', check);
  return () => {
    clearInterval(poll);
    removeEventListener('popstate', check);
    navigationApi?.removeEventListener('navigatesuccess', check);
  };
}
