// What an extension page (the popup) calls to talk to a tab: each function sends one typed message
// and validates nothing it does not need to (the answers come from our own scripts). Kept here so
// the popup never builds message objects by hand.
import browser from 'webextension-polyfill';
import {
  type EnsureReaderResponse,
  ensureReaderMessage,
  type GetArticleResponse,
  getArticleMessage,
  listenMessage,
  type ReaderInTabResponse,
  type ReaderStateResponse,
  readerInTabMessage,
  toggleReaderMessage,
} from './messages';

/** Injects the engine + reader script into the tab if it is not there yet. */
export async function ensureReaderScript(tabId: number): Promise<EnsureReaderResponse> {
  try {
    return (await browser.runtime.sendMessage(ensureReaderMessage(tabId))) as EnsureReaderResponse;
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

/** The article in the tab (injecting the reader script first). Rejects when the tab cannot be reached. */
export async function getArticle(tabId: number): Promise<GetArticleResponse> {
  const injected = await ensureReaderScript(tabId);
  if (!injected.ok) throw new Error(injected.error);
  return (await browser.tabs.sendMessage(tabId, getArticleMessage())) as GetArticleResponse;
}

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

/** Opens the reader in the tab and starts reading aloud there (speech lives in the tab, not the popup). */
export async function listenInTab(tabId: number): Promise<void> {
  await readerInTab(tabId, listenMessage());
}
