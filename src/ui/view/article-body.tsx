import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeArticleFragment } from '../sanitize-article-html';
import { nestHeadings } from './heading-levels';

const BROKEN_CLASS = 'folio-broken';

/**
 * The article's text, headings, lists, quotes and figures. The engine's HTML is sanitized again here,
 * right before it is shown, into nodes of this document that are appended as they are: nothing
 * unsanitized reaches the page or the popup, and no markup string is ever assigned.
 */
export function ArticleBody({ html, lang, dir }: { html: string; lang: string; dir: 'ltr' | 'rtl' | '' }) {
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const container = root.current;
    const win = container?.ownerDocument.defaultView;
    if (!container || !win) return;
    container.replaceChildren(sanitizeArticleFragment(html, win));
    nestHeadings(container);
    // An image that cannot load (offline, blocked, gone) is hidden; its caption and credit stay.
    // A listener, not an onerror attribute: the popup's CSP forbids inline handlers, rightly.
    const onError = (event: Event) => {
      const target = event.target as Element | null;
      if (target?.localName === 'img') target.classList.add(BROKEN_CLASS);
    };
    container.addEventListener('error', onError, true);
    for (const img of Array.from(container.querySelectorAll('img'))) {
      if (img.complete && img.naturalWidth === 0 && img.getAttribute('src')) img.classList.add(BROKEN_CLASS);
    }
    return () => container.removeEventListener('error', onError, true);
  }, [html]);
  return <div ref={root} class="folio-body" lang={lang || undefined} dir={dir || undefined} />;
}
