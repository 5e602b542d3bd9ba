// Extraction in the page, with a time budget and a cache per page URL: the popup asks for the
// article, then the reader shows the same one without extracting twice.

import type { ExtractResult, SiteRule } from '../../core/types';
import { extractArticle } from '../../lib/index';
import { t } from '../../ui/i18n/catalog';
import { pageKey } from './navigation-watch';

// Past this much work the tab would feel frozen: Folio says the page is too large instead
// (issue 4: 5 MB, 20,000-deep and 200,000-child stress pages).
export const EXTRACTION_BUDGET_MS = 2500;

let cached: { key: string; result: ExtractResult } | null = null;

/** Forgets the cached article (client-side navigation changed the page). */
export function forgetArticle(): void {
  cached = null;
}

/**
 * The article on this page, extracted whatever the detector thought: someone asked for it (popup,
 * reader), and on short news items the detector misses the engine still finds the article.
 */
export function articleOnPage(doc: Document, href: string, rules: readonly SiteRule[] = []): ExtractResult {
  // New site fixes (put back, remove, pick) make a new article for the same page.
  const key = `${pageKey(href)}\n${JSON.stringify(rules)}`;
  if (cached?.key === key) return cached.result;
  let result: ExtractResult;
  try {
    result = extractArticle(doc, { url: href, timeBudgetMs: EXTRACTION_BUDGET_MS, rules });
  } catch (error) {
    result = {
      isArticle: false,
      reason: 'error',
      message: t('pageReadFailed', String(error)),
    };
  }
  cached = { key, result };
  return result;
}
