// The link between the two scripts Folio injects into a tab. article.js (article-script.ts: the
// engine, the site fixes, get-article) goes in first and alone when the popup only wants the
// article; reader.js (reader.ts: the reader view, speech, the picker) goes in after it when the
// reader opens, and finds the engine here on the isolated world's global instead of carrying a
// second copy. Keeping the reader view out of the popup's first request halves what the tab
// compiles before it can extract (bench:browser, "popup time to content, first open").
import type { ExtractResult } from '../../core/types';
import { ARTICLE_SCRIPT } from '../injected-scripts';
import type { GetArticleMessage, SiteFixMessage, ToContentMessage } from '../messages';
import type { PageRepair } from '../repair/page-repair';

const ENGINE_KEY = ARTICLE_SCRIPT.flag;

/** What reader.js registers so that article.js can report and steer it. */
export interface AttachedReader {
  readonly open: boolean;
  /** A site fix changed the article: show the new one if open. */
  redraw(): void;
  /** The page moved to another URL client-side: the article on screen is stale. */
  pageChanged(): void;
}

export interface PageEngine {
  /** The article with the site's fixes, extracted once per URL and fixes (page-article.ts). */
  article(): ExtractResult;
  readonly repair: PageRepair;
  attach(reader: AttachedReader): void;
}

export function publishEngine(engine: PageEngine): void {
  (globalThis as Record<string, unknown>)[ENGINE_KEY] = engine;
}

/** The engine article.js published, or null when it is not in this page (or not yet). */
export function pageEngine(): PageEngine | null {
  return ((globalThis as Record<string, unknown>)[ENGINE_KEY] as PageEngine | undefined) ?? null;
}

/**
 * The messages the article script answers: get-article and the site fixes but the picker, which
 * needs the pointer and then the reader. The reader script answers the rest. Each listener leaves
 * the other's messages unclaimed (an answer from both would race).
 */
export const isForArticleScript = (
  message: ToContentMessage,
): message is GetArticleMessage | SiteFixMessage =>
  message.type === 'folio/repair' ? message.op.op !== 'pick' : message.type === 'folio/get-article';
