// The article's text lines as the browser laid them out, for line focus: one box per text run per
// line (Range.getClientRects), merged into lines by line-geometry.ts.
import { mergeLineBoxes, type Span } from './line-geometry';

// A hostile or enormous article must not stall the reader: past this many text runs, the lines
// already found are used (far beyond any article in the corpus).
const MAX_TEXT_NODES = 20_000;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without reaching for the page's globals

/** The lines of text inside `containers`, in the scrolled content coordinates of `scroller`. */
export function measureLines(containers: readonly Element[], scroller: HTMLElement): Span[] {
  const doc = scroller.ownerDocument;
  const origin = scroller.getBoundingClientRect().top - scroller.scrollTop;
  const range = doc.createRange();
  const boxes: Span[] = [];
  let visited = 0;
  for (const container of containers) {
    const walker = doc.createTreeWalker(container, SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null && visited < MAX_TEXT_NODES; node = walker.nextNode()) {
      visited++;
      if (!node.nodeValue?.trim()) continue;
      range.selectNodeContents(node);
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width > 0 && rect.height > 0)
          boxes.push({ top: rect.top - origin, bottom: rect.bottom - origin });
      }
    }
  }
  return mergeLineBoxes(boxes);
}

/** Height of what stays on top of the scrolled text (the reader's sticky toolbar). */
export function topInset(scroller: HTMLElement): number {
  const bar = scroller.querySelector('.folio-toolbar');
  return bar ? bar.getBoundingClientRect().height : 0;
}
