// A heading or a lead-in label at the very end of the cleaned article heads nothing: what it
// introduced (a teaser list, a map, a booking widget, a contact form) was taken out as clutter or
// never had text ("News" over an empty list, "Die Karte zum Abspeichern:" over an embedded map:
// trafilatura-dev pages of several publishers; tests/fixtures/clutter-heading-with-nothing-under.html).

import { FIGURE_ATTR } from '../canonical-figure';
import { collapse, hasText } from '../dom/text';
import { isHeading } from '../dom/walk';
import type { RemovedBlock } from '../types';

// A line that announces what follows ("Weitere Infos:", "Mehr dazu:") is a label, not a sentence.
const LEAD_IN_RE = /[:：]$/;
const LEAD_IN_MAX_CHARS = 80;
// A heading is a line or two (tests/stress tag-soup: an unclosed <h1> around the whole story).
const HEADING_MAX_CHARS = 200;
// Text in these never shows; a photo or a player is content a heading may stand over.
export const SILENT_TAGS = new Set(['script', 'style', 'template', 'noscript']);
const MEDIA_TAGS = new Set(['img', 'picture', 'video', 'audio', 'svg', 'canvas']);
// Headings and labels stacked at the end ("Mehr zum Thema" over "Links:") go one after another.
const MAX_DROPPED = 3;

export const isMediaShown = (el: Element): boolean =>
  MEDIA_TAGS.has(el.localName) || (el.localName === 'figure' && el.hasAttribute(FIGURE_ATTR));

/**
 * The last node of `root` a reader would see: a text node with text, or an element `shown` takes
 * for a thing seen whole (a media element by default).
 */
export function lastShown(root: Node, shown: (el: Element) => boolean = isMediaShown): Node | null {
  for (let c = root.lastChild; c; c = c.previousSibling) {
    if (c.nodeType === 3) {
      if (hasText(c.nodeValue ?? '')) return c;
      continue;
    }
    if (c.nodeType !== 1) continue;
    const el = c as Element;
    if (SILENT_TAGS.has(el.localName)) continue;
    if (shown(el)) return el;
    const found = lastShown(el, shown);
    if (found) return found;
  }
  return null;
}

// A box's heading made of a <div> or <p> says so in its name ("card-header", "box-title").
const HEADING_NAME_RE = /(?:^|[-_\s])(?:header|heading|headline|title)(?:$|[-_\s])/i;
const SENTENCE_END_RE = /[.!?]$/;

/** The heading, or the short lead-in or box-heading block, that holds `node`; else null. */
function endLabel(node: Node, container: Element): Element | null {
  let block: Element | null = null;
  for (let el = node.parentElement; el && el !== container; el = el.parentElement) {
    // A heading holding the story (tag soup that never closed its <h1>) is no label.
    if (isHeading(el)) return collapse(el.textContent).length <= HEADING_MAX_CHARS ? el : null;
    if (!block && (el.localName === 'p' || el.localName === 'div')) block = el;
  }
  if (!block || node.nodeType !== 3) return null;
  const text = collapse(block.textContent);
  if (text.length > LEAD_IN_MAX_CHARS) return null;
  const named = HEADING_NAME_RE.test(block.getAttribute('class') ?? '') && !SENTENCE_END_RE.test(text);
  return LEAD_IN_RE.test(text) || named ? block : null;
}

/** Takes out headings and lead-in labels left at the end of the article with nothing under them. */
export function dropEndHeadings(
  container: Element,
  record: (kind: RemovedBlock['kind'], el: Element, reason: string) => void,
): void {
  for (let i = 0; i < MAX_DROPPED; i++) {
    const last = lastShown(container);
    const label = last && endLabel(last, container);
    if (!label) return;
    record('other', label, 'heading with nothing under it');
    label.remove();
  }
}
