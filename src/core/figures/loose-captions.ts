// Caption lines with no telling class names: short text boxes beside the image in its wrapper
// (`<div><picture/><div>caption</div><div>credit</div></div>`).

import { collapse } from '../dom/text';
import { someElement } from '../dom/walk';
import { isControlElement, isHeadlineNamed, isMediaElement, isPageLink } from './element-roles';

// Unclassed caption boxes next to the image (fundus EveningStandard: hashed class names): at most
// this many short text siblings, each at most this long.
const MAX_LOOSE_SIBLINGS = 3;
const MAX_LOOSE_CAPTION_CHARS = 400;
// What a loose caption line never holds.
const NOT_IN_LOOSE_CAPTION = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'table']);
const blocksLooseCaption = (e: Element): boolean =>
  isMediaElement(e) ||
  NOT_IN_LOOSE_CAPTION.has(e.localName) ||
  (e.localName === 'a' && e.hasAttribute('href'));
// In a box named for media, a caption laid over the photo may be a box of short paragraphs
// (fixture figures-caption-overlay-paragraphs.html).
const blocksLooseCaptionInMediaBox = (e: Element): boolean => e.localName !== 'p' && blocksLooseCaption(e);
const MEDIA_CLASS_RE = /image|img|photo|picture|media|figure|bild|foto/i;
const LOOSE_TAGS = new Set(['DIV', 'SPAN', 'SMALL', 'EM', 'I', 'CITE', 'FIGCAPTION']);
// A <font> set smaller than the text: the small print of pages of the 1990s and 2000s ("<img><br>
// <font size=1>…</font>", fixture figures-caption-font-line.html). A larger one is a link's label
// beside its icon (readability-pages hukumusume: "<font size=+2>いぬ</font>" beside an origami link).
const SMALL_FONT_RE = /^\s*(?:[12]|-\d)\s*$/;
// A layout table's caption row: the photo alone in its row's one cell, the caption in the next
// row's (an e-mail newsletter's caption block as its web archive shows it, news pages of the 2000s;
// fixture figures-caption-table-row.html). Rows of several cells are a data table's.
const isOneCellRow = (el: Element): boolean => el.tagName === 'TR' && el.childElementCount === 1;
const isSmallPrint = (el: Element): boolean =>
  el.tagName === 'FONT' && SMALL_FONT_RE.test(el.getAttribute('size') ?? '');

const isHeadline = (el: Element): boolean => isHeadlineNamed(el) || someElement(el, isHeadlineNamed);

/** `<div><picture/><div>caption</div><div>credit</div></div>` with no telling class names. */
export function looseSiblings(box: Element, root: Element): Element[] | null {
  const parent = box.parentElement;
  if (!parent || parent === root || parent.tagName === 'BODY') return null;
  const others: Element[] = [];
  // Paragraphs count as caption lines only in a box named for media (fundus IOL "image-widget").
  const mediaBox = MEDIA_CLASS_RE.test(parent.getAttribute('class') ?? '');
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n === box) continue;
    if (n.nodeType === 3) {
      if ((n.nodeValue ?? '').trim()) return null;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (isControlElement(el)) continue;
    // Another photo beside this one: the box is the pair's, and a caption in it is not this
    // photo's alone (fixture figures-two-photos-one-caption.html). A link holding an image is the
    // photo's zoom button (trafilatura-dev: a federal office's magnifier icon beside its map).
    if (el.localName !== 'a' && (isMediaElement(el) || someElement(el, isMediaElement))) return null;
    const text = collapse(el.textContent);
    if (!text) continue;
    const tagOk =
      LOOSE_TAGS.has(el.tagName) ||
      isSmallPrint(el) ||
      (isOneCellRow(el) && isOneCellRow(box)) ||
      (el.tagName === 'P' && mediaBox);
    if (!tagOk || someElement(el, mediaBox ? blocksLooseCaptionInMediaBox : blocksLooseCaption)) return null;
    if (text.length > MAX_LOOSE_CAPTION_CHARS) return null;
    others.push(el);
  }
  if (!others.length || others.length > MAX_LOOSE_SIBLINGS) return null;
  // A teaser: picture and headline in one link to another page (readability-pages pixnet's
  // related-post menu, ehow-1, fundus GlobalNews). The headline is not a caption, and the link
  // must stay for the content scorer and the lead-image finder to know a teaser. A photo that links
  // to its viewer page keeps its caption (readability-pages aktualne).
  if (parent.localName === 'a' && isPageLink(parent) && others.some(isHeadline)) return null;
  // The caption follows the image; something before it is a kicker or a label, not a caption.
  if ((others[0]!.compareDocumentPosition(box) & 2) === 0) return null;
  return others;
}
