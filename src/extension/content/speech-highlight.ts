// The spoken sentence and word, highlighted with the CSS Custom Highlight API (named ranges styled by
// ::highlight() in reader.css): the article's text is never wrapped in elements. The view follows the
// sentence unless the person scrolled in the last few seconds.
import { pointAt, type TextBlock } from '../../ui/speech/text-blocks';

export const SENTENCE_HIGHLIGHT = 'folio-speech-sentence';
export const WORD_HIGHLIGHT = 'folio-speech-word';
/** After a wheel, touch or scroll key, the view stays where the person put it this long. */
const FOLLOW_PAUSE_MS = 4000;
/** Where a sentence brought into view lands: this share of the view's height from its top. */
const FOLLOW_AT = 0.3;
/** A sentence this close to the view's edge counts as out of view. */
const EDGE_MARGIN_PX = 48;
// Space and the arrows are read aloud's own keys while it speaks (speech-keys.ts).
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End']);

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

export interface SpeechHighlighter {
  show(
    block: TextBlock,
    sentence: { start: number; end: number },
    word: { start: number; end: number } | null,
  ): Range | null;
  follow(range: Range): void;
  clear(): void;
  dispose(): void;
}

export function rangeFor(doc: Document, block: TextBlock, start: number, end: number): Range | null {
  const range = doc.createRange();
  if (block.pieces.length === 0) {
    range.selectNodeContents(block.element);
    return range;
  }
  const from = pointAt(block, start);
  const to = pointAt(block, end, true);
  if (!from || !to) return null;
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range;
}

export function createHighlighter(
  doc: Document,
  win: Window,
  scroller: () => HTMLElement | null,
): SpeechHighlighter {
  const scope = win as Window & {
    CSS?: { highlights?: HighlightRegistry };
    Highlight?: HighlightConstructor;
  };
  const registry = scope.CSS?.highlights;
  const Highlight = scope.Highlight;
  let userScrolledAt = Number.NEGATIVE_INFINITY;
  const noteUserScroll = () => {
    userScrolledAt = win.performance.now();
  };
  const onKey = (event: KeyboardEvent) => {
    if (SCROLL_KEYS.has(event.key)) noteUserScroll();
  };
  win.addEventListener('wheel', noteUserScroll, { capture: true, passive: true });
  win.addEventListener('touchmove', noteUserScroll, { capture: true, passive: true });
  win.addEventListener('keydown', onKey, true);

  const set = (name: string, range: Range | null) => {
    if (!registry || !Highlight) return;
    try {
      if (range) registry.set(name, new Highlight(range));
      else registry.delete(name);
    } catch {
      // A browser without the API (or a page that replaced it) reads on without the highlight.
    }
  };

  return {
    show(block, sentence, word) {
      const range = rangeFor(doc, block, sentence.start, sentence.end);
      set(SENTENCE_HIGHLIGHT, range);
      set(WORD_HIGHLIGHT, word ? rangeFor(doc, block, word.start, word.end) : null);
      return range;
    },
    follow(range) {
      const view = scroller();
      if (!view || win.performance.now() - userScrolledAt < FOLLOW_PAUSE_MS) return;
      const box = range.getBoundingClientRect();
      const frame = view.getBoundingClientRect();
      if (box.top >= frame.top + EDGE_MARGIN_PX && box.bottom <= frame.bottom - EDGE_MARGIN_PX) return;
      const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      view.scrollBy({
        top: box.top - frame.top - frame.height * FOLLOW_AT,
        behavior: reduce ? 'auto' : 'smooth',
      });
    },
    clear() {
      set(SENTENCE_HIGHLIGHT, null);
      set(WORD_HIGHLIGHT, null);
    },
    dispose() {
      this.clear();
      win.removeEventListener('wheel', noteUserScroll, true);
      win.removeEventListener('touchmove', noteUserScroll, true);
      win.removeEventListener('keydown', onKey, true);
    },
  };
}
