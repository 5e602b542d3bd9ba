// The article's closing line, read for two things:
// - a signature ("Von Cosima Künzel" as the last line of the text) on a page whose metadata names
//   only the publication or nobody: it names the writer (trafilatura-dev: a regional paper whose
//   JSON-LD author is the paper's initials; fixture meta-byline-closing-signature.html). The line
//   itself is the author-echo rule's to judge;
// - a rule drawn in text ("___", "+++", "------") with nothing after it: the wire's or the blog's
//   end mark, an empty line in a reader (scrapinghub-dev: a wire story's "___"; trafilatura-dev: a
//   climbing and a psychology magazine; fixture core-closing-separators.html).
import { collapse, preview, showsText, textOf } from '../dom/text';
import { parseBylineText } from '../metadata/byline-text';
import type { RemovedBlock } from '../types';
import { BLOCK_TAGS, hasBlockChild } from './text-stats';
import { lastLine } from './trailing-lines';

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
    // A page's own tag ("<block>", "<story-body>") holding paragraphs is a wrapper like a <div>.
    if (!last || !(BLOCK_TAGS.has(last.localName) || hasBlockChild(last)))
      return el === container ? null : el;
    el = last;
  }
  return null;
}

// Signs a rule is drawn with; a line of them alone, with letters and digits nowhere (closing-bio.ts
// reads one over a writer's bio).
export const SEPARATOR_RE = /^[-_=*+~.·•#|—–\s]{1,24}$/;
// A wire item's end mark in words: Iranian agencies' "انتهای پیام/", Arabic "(انتهى)", Korean "(끝)",
// "-END-" in brackets or dashes (tests/unit/core-output.test.ts). Alone on the last line only.
const END_WORDS_RE = /^(?:انتهای پیام\s*\/?|\(?انتهى\)?|\(끝\)|[([\-–—]\s*(?:end|fin|ende)\s*[)\]\-–—])$/i;
// Closing rules removed at most: an end mark and a rule above it.
const MAX_SEPARATORS = 3;

/** Drops the rules drawn in text that end the article, listing each. */
export function removeClosingSeparators(container: Element, removed: RemovedBlock[]): void {
  for (let i = 0; i < MAX_SEPARATORS; i++) {
    const el = closingBlock(container);
    if (!el) return;
    const text = textOf(el, 25);
    const rule = SEPARATOR_RE.test(text);
    if (!rule && !END_WORDS_RE.test(text)) return;
    removed.push({ kind: 'other', text: preview(text), reason: rule ? 'rule at the end' : 'end mark' });
    el.remove();
  }
}

/** The writers a closing "Von Name" line names; none when the last line is anything else. */
export function readClosingSignature(container: Element): string[] {
  const el = closingBlock(container) ?? container;
  if (!SIGNATURE_TAGS.has(el.localName)) return [];
  // A story set as <br>-separated lines signs its last line ("…<br><br>홍길동 기자 hong@…": a Korean
  // paper's short item; fixture core-short-korean-item.html).
  const line = el.getElementsByTagName('br').length ? lastLine(el) : null;
  const text = line
    ? collapse(line.map((n) => n.textContent ?? '').join(''))
    : textOf(el, MAX_SIGNATURE_CHARS + 1);
  if (text.length > MAX_SIGNATURE_CHARS) return [];
  return parseBylineText(text) ?? [];
}
