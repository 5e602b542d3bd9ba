// What an extension page (the popup) calls to steer the reader in a tab: each function sends one
// typed message and validates nothing it does not need to (the answers come from our own scripts).
// Asking for the article is popup/article-request.ts: the popup's boot script runs it without the
// polyfill.
import browser from 'webextension-polyfill';
import {
  listenMessage,
  pickArticleMessage,
  type ReaderInTabResponse,
  type ReaderStateResponse,
  readerInTabMessage,
  toggleReaderMessage,
} from './messages';

/** Sent through the background in one message: it arrives even if the popup closes at once. */
async function readerInTab(tabId: number, request: Parameters<typeof readerInTabMessage>[1]) {
  const answer = (await browser.runtime.sendMessage(
    readerInTabMessage(tabId, request),
  )) as ReaderInTabResponse;
  if (!answer.ok) throw new Error(answer.error);
  return answer;
}

/** Opens/closes the in-page reader (toggles when `open` is omitted); resolves with the new state. */
export async function toggleReader(tabId: number, open?: boolean): Promise<ReaderStateResponse> {
  const { open: nowOpen } = await readerInTab(tabId, toggleReaderMessage(open));
  return { open: nowOpen };
}

/** Starts the article picker in the tab (it opens the reader on the block picked). */
export async function pickInTab(tabId: number): Promise<void> {
  await readerInTab(tabId, pickArticleMessage());
}

/** Opens the reader in the tab and starts reading aloud there (speech lives in the tab, not the popup). */
export async function listenInTab(tabId: number): Promise<void> {
  await readerInTab(tabId, listenMessage());
}
