import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeArticleFragment } from '../sanitize-article-html';
import { attachBlockRemover } from './block-remover';

const BROKEN_CLASS = 'folio-broken';

/**
 * The article's text, headings, lists, quotes and figures. The engine's HTML is sanitized again here,
 * right before it is shown, into nodes of this document that are appended as they are: nothing
 * unsanitized reaches the page or the popup, and no markup string is ever assigned.
 */
export function ArticleBody({
  html,
  lang,
  dir,
  onRemoveBlock,
}: {
  html: string;
  lang: string;
  dir: 'ltr' | 'rtl' | '';
  /** The reader's per-block "Remove" (site fixes), by the block's data-folio-block number. */
  onRemoveBlock?: ((index: number) => void) | undefined;
}) {
  const root = useRef<HTMLDivElement>(null);
  // The latest handler without redrawing the body: a new function each render is not a new article.
  const removeRef = useRef(onRemoveBlock);
  removeRef.current = onRemoveBlock;
  const removable = onRemoveBlock !== undefined;
  useLayoutEffect(() => {
    const container = root.current;
    const win = container?.ownerDocument.defaultView;
    if (!container || !win) return;
    container.replaceChildren(sanitizeArticleFragment(html, win));
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
    const detach = removable ? attachBlockRemover(container, (index) => removeRef.current?.(index)) : null;
    return () => {
      container.removeEventListener('error', onError, true);
      detach?.();
    };
  }, [html, removable]);
  return <div ref={root} class="folio-body" lang={lang || undefined} dir={dir || undefined} />;
}
