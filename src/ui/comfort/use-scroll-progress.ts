import { useEffect, useState } from 'preact/hooks';
import { scrollProgress } from './reading-progress';

/** How far `scroller` is scrolled (0–1), updated at most once a frame. */
export function useScrollProgress(scroller: HTMLElement | null): number {
  const [progress, setProgress] = useState(0);
  useEffect(() => {
    if (!scroller) return;
    const view = scroller.ownerDocument.defaultView;
    let frame = 0;
    const read = () => {
      frame = 0;
      setProgress(scrollProgress(scroller.scrollTop, scroller.scrollHeight, scroller.clientHeight));
    };
    const onScroll = () => {
      if (frame === 0) frame = view?.requestAnimationFrame(read) ?? 0;
    };
    read();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      if (frame !== 0) view?.cancelAnimationFrame(frame);
    };
  }, [scroller]);
  return progress;
}
