import { useEffect, useState } from 'preact/hooks';

/** Width of the side list (CSS reads it from reader.css's --folio-toc-width: keep both equal). */
export const TOC_SIDE_WIDTH = 220;
// The side list needs the margin beside the text to hold it with some air on both sides.
const SIDE_GUTTER = 16;

export type TocLayout = 'side' | 'menu';

/** A side list when the margin beside the article can hold it, otherwise a menu in the toolbar. */
export function useTocLayout(scroller: HTMLElement | null): TocLayout {
  const [layout, setLayout] = useState<TocLayout>('menu');
  useEffect(() => {
    const view = scroller?.ownerDocument.defaultView;
    const article = scroller?.querySelector('.folio-article');
    if (!scroller || !view || !article) return;
    const decide = () => {
      const margin = article.getBoundingClientRect().left - scroller.getBoundingClientRect().left;
      setLayout(margin >= TOC_SIDE_WIDTH + 2 * SIDE_GUTTER ? 'side' : 'menu');
    };
    decide();
    if (!('ResizeObserver' in view)) return;
    const observer = new view.ResizeObserver(decide);
    observer.observe(scroller);
    observer.observe(article);
    return () => observer.disconnect();
  }, [scroller]);
  return layout;
}
