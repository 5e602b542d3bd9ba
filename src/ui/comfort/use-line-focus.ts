// Line focus in the live reader: measures the lines, follows the pointer and ↑/↓, and keeps the
// band in view. The arrows are taken only while line focus is on; otherwise they scroll as usual
// (and stay free for other features' keys).
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type FocusBand,
  firstLineFrom,
  focusBand,
  LINE_FOCUS_SIZES,
  type LineFocusMode,
  lineAt,
  type Span,
  stepLine,
} from './line-geometry';
import { measureLines, topInset } from './measure-lines';

// Room kept between the band and the edges of the view when the keyboard moves it.
const KEEP_IN_VIEW_PX = 48;
const TEXT_PARTS = '.folio-header, .folio-body';
const EDITABLE = new Set(['input', 'select', 'textarea']);

function typingIn(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0] as HTMLElement | undefined;
  return target !== undefined && (EDITABLE.has(target.localName ?? '') || target.isContentEditable === true);
}

export function useLineFocus(scroller: HTMLElement | null, mode: LineFocusMode): FocusBand | null {
  const size = LINE_FOCUS_SIZES[mode];
  const [lines, setLines] = useState<Span[]>([]);
  const [index, setIndex] = useState(-1);
  const state = useRef({ lines, index, pointerY: Number.NaN });
  state.current.lines = lines;
  state.current.index = index;

  useEffect(() => {
    if (!scroller || size === 0) return;
    const measure = () => {
      const parts = Array.from(scroller.querySelectorAll(TEXT_PARTS));
      const next = measureLines(parts, scroller);
      setLines(next);
      setIndex((current) =>
        current >= 0
          ? Math.min(current, next.length - 1)
          : firstLineFrom(next, scroller.scrollTop + topInset(scroller)),
      );
    };
    measure();
    // Fonts, images, window size and settings all move the lines: re-measure when the text resizes.
    const article = scroller.querySelector('.folio-article');
    const view = scroller.ownerDocument.defaultView;
    const observer = view && 'ResizeObserver' in view ? new view.ResizeObserver(() => measure()) : null;
    if (article) observer?.observe(article);

    const follow = (clientY: number) => {
      const origin = scroller.getBoundingClientRect().top - scroller.scrollTop;
      const next = lineAt(state.current.lines, clientY - origin);
      if (next !== state.current.index) setIndex(next);
    };
    const onPointer = (event: PointerEvent) => {
      state.current.pointerY = event.clientY;
      follow(event.clientY);
    };
    // The wheel scrolls the text under a still pointer: the band follows the line now under it.
    const onScroll = () => {
      if (!Number.isNaN(state.current.pointerY)) follow(state.current.pointerY);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      if (typingIn(event)) return;
      event.preventDefault();
      state.current.pointerY = Number.NaN;
      const { lines: current, index: at } = state.current;
      const next = stepLine(current.length, at, event.key === 'ArrowDown' ? 1 : -1);
      setIndex(next);
      keepInView(scroller, focusBand(current, next, size));
    };
    scroller.addEventListener('pointermove', onPointer, { passive: true });
    scroller.addEventListener('scroll', onScroll, { passive: true });
    scroller.addEventListener('keydown', onKey);
    return () => {
      observer?.disconnect();
      scroller.removeEventListener('pointermove', onPointer);
      scroller.removeEventListener('scroll', onScroll);
      scroller.removeEventListener('keydown', onKey);
    };
  }, [scroller, size]);

  return size === 0 ? null : focusBand(lines, index, size);
}

function keepInView(scroller: HTMLElement, band: FocusBand | null): void {
  if (!band) return;
  const top = scroller.scrollTop + topInset(scroller);
  const bottom = scroller.scrollTop + scroller.clientHeight;
  if (band.top < top + KEEP_IN_VIEW_PX) scroller.scrollTop -= top + KEEP_IN_VIEW_PX - band.top;
  else if (band.bottom > bottom - KEEP_IN_VIEW_PX)
    scroller.scrollTop += band.bottom - (bottom - KEEP_IN_VIEW_PX);
}
