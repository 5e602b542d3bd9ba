import { useEffect, useMemo, useRef } from 'preact/hooks';
import { sanitizeArticleHtml } from '../../src/ui/sanitize-article-html';

/**
 * The article's text, headings, lists, quotes and figures. The engine's HTML is sanitized again here,
 * in the privileged popup, right before innerHTML: nothing unsanitized ever reaches the popup's DOM.
 */
export function ArticleBody({ html, lang, dir }: { html: string; lang: string; dir: 'ltr' | 'rtl' | '' }) {
  const safe = useMemo(() => sanitizeArticleHtml(html, window), [html]);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = root.current;
    if (!container) return;
    // An image that cannot load (offline, blocked, gone) is hidden; its caption and credit stay.
    // A listener, not an onerror attribute: the popup's CSP forbids inline handlers, rightly.
    const onError = (event: Event) => {
      const target = event.target;
      if (target instanceof HTMLImageElement) target.classList.add('broken');
    };
    container.addEventListener('error', onError, true);
    for (const img of Array.from(container.querySelectorAll('img'))) {
      if (img.complete && img.naturalWidth === 0 && img.getAttribute('src')) img.classList.add('broken');
    }
    return () => container.removeEventListener('error', onError, true);
  }, [safe]);
  return (
    <div
      ref={root}
      class="article-body"
      lang={lang || undefined}
      dir={dir || undefined}
      dangerouslySetInnerHTML={{ __html: safe }}
    />
  );
}
