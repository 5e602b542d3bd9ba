// A pull quote repeats a sentence of the story in large type beside it: in a reader, where the
// story is read straight through, the sentence then comes twice. A quotation box whose words are
// found again in the running text is that repeat, and goes (fixture core-pull-quote-repeated.html;
// bench:dump: pull quotes of eight publishers showed twice once figures without a photo were kept).
// Two kinds of box stay: a quotation the writer sets twice on purpose (the repeat is in another
// box, not in the running text: readability-pages medium-3), and a forum reply's quote of an
// earlier post, which names its source in a header ("Name said:") and is the reply's context.
import { collapse, preview, QUOTE_MARKS } from '../dom/text';
import { closestTag, findElements, isLink, someElement, withTag } from '../dom/walk';
import type { RemovedBlock } from '../types';

// A story has a few pull quotes; a page with more quotation boxes than this is a forum thread or a
// quote collection, and comparing each box with the whole text would grow with their product.
const MAX_QUOTE_BOXES = 30;
// Shorter quotes are phrases ("Never again") that a story may well say twice on purpose.
const MIN_QUOTE_CHARS = 40;
// The boxes a page sets a quotation in; a class naming a pull quote, or one that ends in "quote"
// ("section-quote": trafilatura-dev, an Austrian weekly's quote sections with their tweet buttons),
// marks a plain <div> too; not a quote's parts ("quote-content", "quote-header"). Found by a tag and
// class test per element: an attribute-substring selector list is slow under jsdom.
const QUOTE_BOX_TAGS = new Set(['blockquote', 'aside']);
const PULL_QUOTE_CLASS_RE = /pull[-_]?quote|(?:^|[-_\s])quotes?(?=$|\s)/i;
// Attribution lines inside the box say who spoke, which the story says its own way.
const isAttribution = withTag('cite', 'figcaption', 'footer');
// A forum quote's header: "Name said:", "Zitat von Name:", "Originally posted by Name".
const HEADER_MAX_CHARS = 80;
const HEADER_END_RE = /[:：]\s*$/;
const QUOTE_MARK_RE = new RegExp(`[${QUOTE_MARKS}]`, 'g');
const EDGE_PUNCT_RE = /^[\s\p{P}]+|[\s\p{P}]+$/gu;
const isMedia = withTag('img', 'picture', 'video', 'iframe');

const isQuoteBox = (el: Element): boolean =>
  QUOTE_BOX_TAGS.has(el.localName) || PULL_QUOTE_CLASS_RE.test(el.getAttribute('class') ?? '');

/** Folded for comparison: quote marks out, spaces collapsed, case and space before punctuation ignored. */
const fold = (text: string): string =>
  collapse(text.replace(QUOTE_MARK_RE, ' '))
    .toLowerCase()
    .replace(/\s+([,.;:!?])/g, '$1');

/** The box opens with a header naming its source: a line ending in a colon, or a link. */
function namesItsSource(box: Element): boolean {
  const first = box.firstElementChild;
  if (!first || first.localName === 'p') return false;
  const text = collapse(first.textContent);
  return (text.length <= HEADER_MAX_CHARS && HEADER_END_RE.test(text)) || someElement(first, isLink);
}

export interface QuoteBoxes {
  /** Every quotation box: the running text is read outside all of them. */
  all: Element[];
  /** Those that may be pull quotes: no photo or player, no header naming a source. */
  pullable: Element[];
}

/**
 * The quotation boxes of `container`, read before cleaning (which takes a forum quote's linked
 * header away as a teaser); none when there are more than MAX_QUOTE_BOXES.
 */
export function findQuoteBoxes(container: Element): QuoteBoxes {
  const all = findElements(container, isQuoteBox, { limit: MAX_QUOTE_BOXES + 1 });
  if (all.length > MAX_QUOTE_BOXES) return { all: [], pullable: [] };
  return { all, pullable: all.filter((box) => !someElement(box, isMedia) && !namesItsSource(box)) };
}

function quoteText(box: Element): string {
  const copy = box.cloneNode(true) as Element;
  for (const a of findElements(copy, isAttribution)) a.remove();
  return fold(copy.textContent ?? '').replace(EDGE_PUNCT_RE, '');
}

/** The text of `root` outside every quotation box, blocks kept apart. */
function runningText(root: Element, skip: ReadonlySet<Element>): string {
  const parts: string[] = [];
  const visit = (el: Element): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
      else if (n.nodeType === 1 && !skip.has(n as Element)) {
        parts.push(' ');
        visit(n as Element);
      }
    }
  };
  visit(root);
  return fold(parts.join(''));
}

/** Removes the boxes (from findQuoteBoxes) whose words come again in the running text of `container`. */
export function removeRepeatedQuotes(container: Element, boxes: QuoteBoxes, removed: RemovedBlock[]): void {
  if (!boxes.pullable.some((box) => container.contains(box))) return;
  const story = runningText(container, new Set(boxes.all));
  for (const found of boxes.pullable) {
    // Taken out by the cleaning, or inside a box removed before it.
    if (!container.contains(found)) continue;
    const quote = quoteText(found);
    if (quote.length < MIN_QUOTE_CHARS || !story.includes(quote)) continue;
    // The box's own figure goes with it: a figure holding only the quote and its caption.
    const figure = found.parentElement && closestTag(found.parentElement, 'figure');
    const box = figure && !someElement(figure, isMedia) && container.contains(figure) ? figure : found;
    removed.push({
      kind: 'other',
      text: preview(box.textContent ?? ''),
      reason: 'pull quote repeating the text',
    });
    box.remove();
  }
}
