// Caption lines with no telling class names: short text boxes beside the image in its wrapper
// (`<div><picture/><div>caption</div><div>credit</div></div>`).

import { collapse, isBlankText, isLineBreak } from '../dom/text';
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
// A block named for text as well as media sets the page's text beside a picture ("<div
// class="wp-block-media-text"><figure><img></figure><div class="wp-block-media-text__content"><p>…"):
// its paragraphs are no caption, unless their box is named for one (fixture
// figures-text-beside-media.html). Not a media box whose caption sits behind an "Info" button
// ("editorial-module--image" … "info-content", trafilatura-dev: a magazine's photo essay).
const TEXT_LAYOUT_CLASS_RE = /(?:^|[^a-z])text|Text/;
const CAPTION_WORD_RE = /caption|credit|legend|overlay|desc|info/i;
const isParagraph = (e: Element): boolean => e.localName === 'p';
const isTextBeside = (el: Element): boolean =>
  !CAPTION_WORD_RE.test(el.getAttribute('class') ?? '') && someElement(el, isParagraph);
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
  const parentClass = parent.getAttribute('class') ?? '';
  const mediaBox = MEDIA_CLASS_RE.test(parentClass);
  const textLayout = mediaBox && TEXT_LAYOUT_CLASS_RE.test(parentClass);
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
    if (textLayout && isTextBeside(el)) return null;
    // The caption row's cell may set its line as a paragraph (a Vietnamese paper's "tplCaption"
    // table: fixture figures-caption-table-row.html).
    const captionRow = isOneCellRow(el) && isOneCellRow(box);
    const tagOk =
      LOOSE_TAGS.has(el.tagName) || isSmallPrint(el) || captionRow || (el.tagName === 'P' && mediaBox);
    const blocks = mediaBox || captionRow ? blocksLooseCaptionInMediaBox : blocksLooseCaption;
    if (!tagOk || someElement(el, blocks)) return null;
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

// A line in italics or small print right after a photo set on a line of its own, in a block of
// <br>-separated lines (a journal engine's post, a blog written in a plain editor: "<img><br>
// <i>The cathedral</i><br><br>Text…", fixture figures-caption-break-line.html). Longer is a line
// of the text set in italics.
const MAX_BREAK_LINE_CAPTION_CHARS = 200;
const BREAK_LINE_TAGS = new Set(['I', 'EM', 'SMALL', 'CITE']);
const LETTER_RE = /\p{L}/u;

function nextShown(n: Node): Node | null {
  let c = n.nextSibling;
  while (c && isBlankText(c)) c = c.nextSibling;
  return c;
}

function previousShown(n: Node): Node | null {
  let c = n.previousSibling;
  while (c && isBlankText(c)) c = c.previousSibling;
  return c;
}

/** The italic line after `box` (a photo on its own <br>-separated line), or null. */
export function breakLineCaption(box: Element): Element | null {
  const before = previousShown(box);
  if (before && !isLineBreak(before)) return null;
  const br = nextShown(box);
  if (!isLineBreak(br)) return null;
  const line = nextShown(br!);
  if (line?.nodeType !== 1) return null;
  const el = line as Element;
  if (!BREAK_LINE_TAGS.has(el.tagName) && !isSmallPrint(el)) return null;
  const after = nextShown(el);
  if (after && !isLineBreak(after)) return null;
  const text = collapse(el.textContent);
  if (!LETTER_RE.test(text) || text.length > MAX_BREAK_LINE_CAPTION_CHARS) return null;
  return someElement(el, blocksLooseCaption) ? null : el;
}
