// Finding the popup's tab and asking it for its article, over the few extension calls this needs:
// boot.ts runs it with the browser's own namespace before the stylesheet and popup.js load (no
// polyfill, so the request leaves within milliseconds of the popup opening); extension-client.ts
// runs it with the polyfill for any later request.
import {
  type ArticleInTabResponse,
  articleInTabMessage,
  type GetArticleResponse,
  getArticleMessage,
} from '../src/extension/messages';
import type { TargetTab } from './popup-client';
import { tabIdFromSearch } from './target-tab';

/** The slice of `browser` / `chrome` used here; both namespaces return promises in Manifest V3. */
export interface TabsApi {
  tabs: {
    get(tabId: number): Promise<{ url?: string }>;
    query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** `?tab=ID` when given (the print view, tests), else the active tab of the last focused window. */
export async function resolveTarget(api: TabsApi, search: string): Promise<TargetTab | null> {
  const fromUrl = tabIdFromSearch(search);
  if (fromUrl !== null) {
    try {
      const tab = await api.tabs.get(fromUrl);
      return { id: fromUrl, url: tab.url ?? '' };
    } catch {
      return null;
    }
  }
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  // Without host access the URL is hidden until activeTab is granted; '' means "ask the page".
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? '' };
}

const isArticleAnswer = (answer: unknown): answer is GetArticleResponse =>
  typeof answer === 'object' &&
  answer !== null &&
  typeof (answer as { isArticle?: unknown }).isArticle === 'boolean';

/**
 * The tab's article. The tab first: when the reader script is there already (a second click on the
 * same page) that skips the background, which may be asleep. When it is not, the message finds no
 * receiver and the background injects the script and asks in one hop. Rejects with the browser's
 * message when the tab cannot be reached (classify-failure.ts reads it), and with no message for an
 * answer of the wrong shape: the popup then says "unknown error" in its own language, whose strings
 * this file must not pull into the boot script.
 */
export async function requestArticle(api: TabsApi, tabId: number): Promise<GetArticleResponse> {
  try {
    const answer = await api.tabs.sendMessage(tabId, getArticleMessage());
    if (isArticleAnswer(answer)) return answer;
  } catch {
    // No reader script in the tab yet.
  }
  const reply = (await api.runtime.sendMessage(articleInTabMessage(tabId))) as
    | ArticleInTabResponse
    | undefined;
  if (reply?.ok === false) throw new Error(reply.error);
  if (!reply?.ok || !isArticleAnswer(reply.article)) throw null;
  return reply.article;
}
