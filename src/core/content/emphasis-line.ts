// A block whose whole text is one emphasis element: a dek set in bold above the byline, a signature
// in bold, a table of contents' bold title. The element alone holds every character of the block.
import { textOf } from '../dom/text';

const EMPHASIS_TAGS = new Set(['strong', 'b', 'em', 'i']);
const STRONG_TAGS = new Set(['strong', 'b']);

/** `el`'s only child element is one of `tags` and holds all of `text`, the block's text. */
export function isAllEmphasis(el: Element, text: string, tags: ReadonlySet<string> = EMPHASIS_TAGS): boolean {
  const only = el.firstElementChild;
  if (!only || only !== el.lastElementChild || !tags.has(only.localName)) return false;
  return textOf(only, text.length + 10).length === text.length;
}

/** The whole block set in bold: a signature is, where a name in italics is a caption or a work's title. */
export const isAllStrong = (el: Element, text: string): boolean => isAllEmphasis(el, text, STRONG_TAGS);
