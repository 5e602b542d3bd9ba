// Extraction in the page, with a time budget and a cache per page URL: the popup asks for the
// article, then the reader shows the same one without extracting twice.
import { isProbablyArticle } from '../../core/detect/is-probably-article';
import { extractArticle } from '../../core/extract-article';
import type { ExtractResult } from '../../core/types';

// Past this much work the tab would feel frozen: Folio says the page is too large instead
// (issue 4: 5 MB, 20,000-deep and 200,000-child stress pages).
export const EXTRACTION_BUDGET_MS = 2500;

const NOT_AN_ARTICLE = 'Folio found no article on this page.';

/** The page's URL without the fragment: #section links do not make a new article. */
export function pageKey(href: string): string {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}

let cached: { key: string; result: ExtractResult; tried: boolean } | null = null;

/** Forgets the cached article (client-side navigation changed the page). */
export function forgetArticle(): void {
  cached = null;
}

/**
 * The article on this page. Without `tryAnyway` a page the detector rejects is answered at once
 * with "no article"; with it, extraction runs whatever the detector thinks.
 */
export function articleOnPage(doc: Document, href: string, tryAnyway: boolean): ExtractResult {
  const key = pageKey(href);
  // A verdict reached without trying anyway does not answer a request to try anyway.
  if (cached?.key === key && (cached.tried || cached.result.isArticle || !tryAnyway)) return cached.result;
  let result: ExtractResult;
  try {
    if (!tryAnyway && !isProbablyArticle(doc, { url: href }).isArticle) {
      result = { isArticle: false, reason: 'not-an-article', message: NOT_AN_ARTICLE };
    } else {
      result = extractArticle(doc, { url: href, timeBudgetMs: EXTRACTION_BUDGET_MS });
    }
  } catch (error) {
    result = {
      isArticle: false,
      reason: 'error',
      message: `Folio could not read this page (${String(error)}).`,
    };
  }
  cached = { key, result, tried: tryAnyway };
  return result;
}
