import { useEffect, useState } from 'preact/hooks';
import { currentEntry } from './toc';

// A section is current once its heading passes this far down the view (a third: where the eye
// starts reading after scrolling).
const READING_LINE = 0.3;

/**
 * The entry whose section is being read. An IntersectionObserver watches the headings cross the
 * band above the reading line; when one does, the current entry is worked out from their positions.
 */
export function useCurrentSection(scroller: HTMLElement | null, targets: readonly HTMLElement[]): number {
  const [current, setCurrent] = useState(-1);
  useEffect(() => {
    const view = scroller?.ownerDocument.defaultView;
    if (!scroller || !view || targets.length === 0) return;
    const update = () => {
      const line = scroller.getBoundingClientRect().top + scroller.clientHeight * READING_LINE;
      setCurrent(
        currentEntry(
          targets.map((target) => target.getBoundingClientRect().top),
          line,
        ),
      );
    };
    update();
    if (!('IntersectionObserver' in view)) return;
    const bottomMargin = `-${Math.round((1 - READING_LINE) * 100)}%`;
    const observer = new view.IntersectionObserver(update, {
      root: scroller,
      rootMargin: `0px 0px ${bottomMargin} 0px`,
    });
    for (const target of targets) observer.observe(target);
    return () => observer.disconnect();
  }, [scroller, targets]);
  return current;
}
