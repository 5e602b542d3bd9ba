// The popup's first script, loaded before its stylesheet and popup.js: it finds the tab and sends
// the article request at once, so injecting the reader script and extracting in the tab overlap
// with loading popup.js (~100 KB) and drawing (bench:browser, "popup time to content, first
// open"). It uses the browser's own namespace, not the polyfill, to stay a few kilobytes.
import { requestArticle, resolveTarget, type TabsApi } from './article-request';
import { type BootRequests, bootKey } from './boot-requests';
import { isRestrictedUrl } from './restricted-url';

const scope = globalThis as typeof globalThis & { browser?: TabsApi; chrome?: TabsApi };
const api = scope.browser ?? scope.chrome;
if (api) {
  const target = resolveTarget(api, location.search);
  const article = target.then((tab) =>
    tab && !isRestrictedUrl(tab.url) ? { tabId: tab.id, answer: requestArticle(api, tab.id) } : null,
  );
  // popup.js takes these over; until then a rejection must not surface as unhandled.
  void target.catch(() => undefined);
  void article.then((started) => started?.answer.catch(() => undefined)).catch(() => undefined);
  const requests: BootRequests = { target, article };
  (globalThis as Record<string, unknown>)[bootKey] = requests;
}
