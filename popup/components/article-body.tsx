import { useMemo } from 'preact/hooks';
import { sanitizeArticleHtml } from '../../src/ui/sanitize-article-html';

/**
 * The article's text, headings, lists, quotes and figures. The engine's HTML is sanitized again here,
 * in the privileged popup, before it touches innerHTML.
 */
export function ArticleBody({ html, lang, dir }: { html: string; lang: string; dir: 'ltr' | 'rtl' | '' }) {
  // Sanitized here, right before innerHTML: nothing unsanitized ever reaches the popup's DOM.
  const safe = useMemo(() => sanitizeArticleHtml(html, window), [html]);
  return (
    <div
      class="article-body"
      lang={lang || undefined}
      dir={dir || undefined}
      dangerouslySetInnerHTML={{ __html: safe }}
    />
  );
}
