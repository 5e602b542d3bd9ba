// Asking the page for its article and turning every possible answer into what the popup shows.
// Started by main.tsx before the first render: the request to the page is the slow part, so it
// leaves while Preact is still drawing the empty popup.
import type { GetArticleResponse } from '../src/extension/messages';
import { STRINGS } from '../src/ui/strings';
import { classifyFailure, errorMessage } from './classify-failure';
import type { PopupClient, TargetTab } from './popup-client';
import type { PopupState } from './popup-state';
import { isRestrictedUrl } from './restricted-url';

/** What the popup shows for the page's answer (to get-article, or to a site fix). */
export function stateOfResponse(result: GetArticleResponse): PopupState {
  if (result.isArticle) {
    const { readerOpen, repair, isArticle: _, ...article } = result;
    return repair
      ? { kind: 'article', article, readerOpen, repair }
      : { kind: 'article', article, readerOpen };
  }
  if (result.reason === 'error') return { kind: 'error', message: result.message };
  return { kind: 'no-article', reason: result.reason, message: result.message };
}

export async function loadArticle(client: PopupClient, tab: TargetTab): Promise<PopupState> {
  if (isRestrictedUrl(tab.url)) return { kind: 'restricted', url: tab.url };
  try {
    return stateOfResponse(await client.getArticle(tab.id));
  } catch (error) {
    const message = errorMessage(error);
    return classifyFailure(message) === 'restricted'
      ? { kind: 'restricted', url: tab.url }
      : { kind: 'error', message };
  }
}

export interface Opening {
  target: Promise<TargetTab | null>;
  state: Promise<PopupState>;
}

/** Resolves the target tab and asks it for its article; never rejects. */
export function openPopup(client: PopupClient): Opening {
  const resolving = client.resolveTarget();
  const target = resolving.catch(() => null);
  const state = resolving
    .then((tab): Promise<PopupState> | PopupState =>
      tab === null ? { kind: 'error', message: STRINGS.noTab } : loadArticle(client, tab),
    )
    .catch((error: unknown): PopupState => ({ kind: 'error', message: errorMessage(error) }));
  return { target, state };
}
