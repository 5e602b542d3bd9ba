// A story signed at its end ("Von Cosima Künzel" as the last line of the text) on a page whose
// metadata names only the publication or nobody: the closing line names the writer
// (trafilatura-dev: a regional paper whose JSON-LD author is the paper's initials; fixture
// meta-byline-closing-signature.html). The line itself is the author-echo rule's to judge.
import { showsText, textOf } from '../dom/text';
import { parseBylineText } from '../metadata/byline-text';
import { BLOCK_TAGS } from './text-stats';

// A signature is a name or two after its label; a longer last line is a sentence or a credit box.
const MAX_SIGNATURE_CHARS = 80;
// How deep the last block may sit in the article's wrappers.
const MAX_DEPTH = 12;
// A figure's or a box's last line is no signature. The line must open with a byline's label
// (parseBylineText): a bare name at the end may be a quote's speaker.
const SIGNATURE_TAGS = new Set(['p', 'div', 'address']);

/** The deepest last block with text: the article's closing line. */
function closingBlock(container: Element): Element | null {
  let el = container;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    let last = el.lastElementChild;
    while (last && !showsText(last)) last = last.previousElementSibling;
    if (!last || !BLOCK_TAGS.has(last.localName)) return el === container ? null : el;
    el = last;
  }
  return null;
}

/** The writers a closing "Von Name" line names; none when the last line is anything else. */
export function readClosingSignature(container: Element): string[] {
  const el = closingBlock(container);
  if (!el || !SIGNATURE_TAGS.has(el.localName)) return [];
  const text = textOf(el, MAX_SIGNATURE_CHARS + 1);
  if (text.length > MAX_SIGNATURE_CHARS) return [];
  return parseBylineText(text) ?? [];
}
