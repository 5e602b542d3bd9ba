// The walk up from an image to its own box: wrappers climbed while they hold no other image and
// little stray text, stopping at the first caption or credit; then the captions and credits found,
// loose caption lines beside it, or a caption right after it.
import { FIGURE_ATTR } from '../canonical-figure';
import { BOILERPLATE_RE } from '../content/phrases/site-info';
import { hasBlockChild } from '../content/text-stats';
import { CJK_RE, collapse, ENDS_SENTENCE_RE, showsText } from '../dom/text';
import { closestBy, closestLink, findElements, isHeadingTag, isLink, someElement } from '../dom/walk';
import { describedCaption } from './described-caption';
import {
  isCaptionElement,
  isControlElement,
  isCreditElement,
  isFigureElement,
  isHiddenLabel,
  isMediaElement,
  isPageLink,
  isScreenReaderOnly,
  isSourceCreditElement,
  isStrictCreditElement,
} from './element-roles';
import type { ImageCounts } from './image-counts';
import { breakLineCaption, looseSiblings } from './loose-captions';
import { hasLabelledCredit, namesPosition, opensAsCaption, splitCredit, wholeCredit } from './split-credit';

// How far up from an image a caption may sit (fundus: DerStandard, Stern wrap images 3-4 deep).
const MAX_WRAPPER_LEVELS = 5;
// Text besides captions a wrapper may hold and still be the image's own box ("Bild vergrößern",
// "1 / 12", "Zoom").
const MAX_WRAPPER_TEXT = 40;
// The last of several loose siblings, when this short, is the credit line ("Getty Images").
const MAX_LOOSE_CREDIT_CHARS = 80;
// A line repeating the alt text longer than this is a paragraph, not a caption.
const MAX_LOOSE_CAPTION_ECHO_CHARS = 400;
const SPACE_RE = /\s+/g;
// Loose lines found below the box the walk stopped at (it climbs past short lines) must say this
// much to be a caption: "Zoom" or "1 / 12" beside a photo are controls (fixture
// figures-short-loose-caption.html: "Former minister Jane Roe" under a photo, "NS" as its credit).
const MIN_INNER_LOOSE_WORDS = 3;
// A caption around a credit is a few sentences at most; longer is the story's text.
const MAX_CAPTION_AROUND_CHARS = 400;
// A line right after the photo's box that repeats its alt text is its caption (fixture
// figures-caption-echoes-alt.html); a shared start counts when it is this share of the longer text
// (an alt text that adds the site's name: "Caption - Daily Example").
const MIN_ECHO_SHARE = 0.5;
const MIN_ECHO_CHARS = 8;
// A labelled credit line ("Foto: Agency") of its own inside the photo's box is at most this long.
const MAX_CREDIT_LINE_CHARS = 120;
// A sentence beside a photo, in its box: three words or more and a closing stop (ENDS_SENTENCE_RE).
const WORDS_RE = /\p{L}+/gu;
const MIN_SENTENCE_WORDS = 3;
const ECHO_BLOCKERS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'ul', 'ol', 'table']);
const LETTER_RE = /\p{L}/u;
const WORD_RE = /\p{L}{2,}/u;
// A line right after a photo is its caption when it names the photo's source; a longer one is the
// story's (an italic dek under a lead photo).
const MAX_CREDIT_LINE_PARAGRAPH_CHARS = 300;
const ITALIC_TAGS = new Set(['em', 'i', 'small', 'cite']);
const MAX_BARE_ITALIC_CAPTION_CHARS = 100;
const WORD_PAIR_RE = /\p{L}{2,}\S*\s+\S*\p{L}{2,}/u;
const INLINE_WRAPPER_TAGS = new Set(['span', 'strong', 'b', 'font']);
const NON_TEXT_TAGS = new Set(['IMG', 'SOURCE', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'svg', 'SVG']);

const isBoxPart = (el: Element): boolean =>
  isCaptionElement(el) || isCreditElement(el) || isControlElement(el);

/**
 * The text nodes of `el` outside caption, credit and control elements and screen-reader text, in
 * order, until `take` returns false.
 */
function eachStrayText(el: Element, take: (text: string) => boolean): void {
  const stack: Node[] = [];
  for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      if (!take(n.nodeValue ?? '')) return;
    } else if (n.nodeType === 1 && !isBoxPart(n as Element) && !isScreenReaderOnly(n as Element)) {
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
}

/** Text length of `el` outside caption/credit/control elements, counted only up to `limit`. */
function strayTextLength(el: Element, limit: number): number {
  let total = 0;
  eachStrayText(el, (text) => {
    total += text.replace(SPACE_RE, '').length;
    return total <= limit;
  });
  return total;
}

/**
 * Whether the box names an item beside the photo: a heading below the headline's level after the
 * photo, outside caption and credit elements, with more text beside it. A review's product card
 * sets the product's name and its price under the photo ("<h3>Harbour Shell 2.5L</h3><p>£120</p>"),
 * short enough to pass for a photo's box, and the name is the text's (fixture
 * figures-product-card-heading.html). A heading over the photo labels a box ("Bildnachweis", a
 * sidebar's "e-edition" over its icon: trafilatura-dev), and a hero's <h1> is the walk's to reach:
 * its credit is the photo's (fixture figures-lead-hero-headline-overlay.html).
 */
function namesItem(box: Element, photo: Element): boolean {
  const stack: Element[] = [];
  for (let c = box.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    // A heading for screen readers names the file, not an item ("<h2 class="element-invisible">
    // photo.jpg</h2>", Drupal's image field: trafilatura-dev, a rights group's blog).
    if (el === photo || isBoxPart(el) || isScreenReaderOnly(el)) continue;
    if (isHeadingTag(el) && el.localName !== 'h1' && showsText(el)) {
      const after = (photo.compareDocumentPosition(el) & FOLLOWING) !== 0;
      const name = collapse(el.textContent).replace(SPACE_RE, '').length;
      return after && strayTextLength(box, name + MAX_WRAPPER_TEXT) > name;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return false;
}
// Node.DOCUMENT_POSITION_FOLLOWING, without the DOM's globals (the engine runs under Node too).
const FOLLOWING = 4;

/** The outermost caption elements inside `scope` that hold text and no kept image. */
function captionCandidates(scope: Element, counts: ImageCounts): Element[] {
  return findElements(
    scope,
    (el) => isCaptionElement(el) && !NON_TEXT_TAGS.has(el.tagName) && counts.of(el) === 0 && showsText(el),
    { outermost: true },
  );
}

// Empty boxes and <source class="…-source"> are not credits (fundus Kommersant).
const isCreditCandidate = (el: Element, counts: ImageCounts): boolean =>
  isCreditElement(el) &&
  !el.hasAttribute(FIGURE_ATTR) &&
  !NON_TEXT_TAGS.has(el.tagName) &&
  counts.of(el) === 0 &&
  showsText(el);

function creditCandidates(scope: Element, counts: ImageCounts): Element[] {
  return findElements(scope, (el) => isCreditCandidate(el, counts), { outermost: true }).map((box) =>
    soleInnerCredit(box, counts),
  );
}

/**
 * The credit inside a credit-named box of boxes, when it is the box's only one: the row that sets
 * the photo's credit beside its view counter ("<div class="image-credits-visits"><div
 * class="image-credits">Name | Agency</div><div>… visits</div></div>", trafilatura-dev: a Chilean
 * broadcaster; fixture figures-credit-box-beside-counter.html). A box with words of its own
 * between its boxes ("Photo: <span class="copyright">AP</span> / Jane Roe") is the credit whole, and
 * so is a caption line that holds the caption too (fundus Hessenschau: "captionLine copyright").
 */
function soleInnerCredit(box: Element, counts: ImageCounts): Element {
  // A caption line that sets caption and credit apart in it is read whole: its caption is the photo's.
  if (isCaptionElement(box) || someElement(box, isCaptionElement)) return box;
  if (hasOwnText(box)) return box;
  const inner = findElements(box, (el) => el !== box && isCreditCandidate(el, counts), { outermost: true });
  return inner.length === 1 ? inner[0]! : box;
}

const isLinkOrButton = (el: Element): boolean => isLink(el) || el.localName === 'button';

const isCaptionEl = (el: Element | null): el is Element =>
  !!el && isCaptionElement(el) && !someElement(el, isMediaElement) && !el.hasAttribute(FIGURE_ATTR);

/** A short box named for a photo's source (not an author box: the byline may follow), no image. */
const isCreditBox = (el: Element | null, counts: ImageCounts): el is Element =>
  !!el &&
  isSourceCreditElement(el) &&
  !el.hasAttribute(FIGURE_ATTR) &&
  counts.of(el) === 0 &&
  !someElement(el, isMediaElement) &&
  collapse(el.textContent).length <= MAX_CREDIT_LINE_CHARS &&
  showsText(el);

export interface Group {
  container: Element;
  captions: Element[];
  credits: Element[];
  /** Caption elements outside the container (next sibling) that move into the figure. */
  outside: Element[];
}

/**
 * The box around a linked image holds a caption (fundus MDR, Yomiuri: the photo links to a viewer),
 * or a credit named for the photo's source with the caption around it (fixture
 * figures-caption-around-credit.html); not a byline's "author" box, which teaser cards hold.
 */
function linkBoxHasCaption(a: Element, counts: ImageCounts, root: Element): boolean {
  const box = a.parentElement;
  if (!box || box.tagName === 'BODY' || counts.of(box) !== 1) return false;
  // A link holding a headline is a teaser card: its kicker ("<span class="text-sub-caption">",
  // fundus BerlinerZeitung) is no caption of the photo (fixture figures-teaser-link-headline.html).
  if (someElement(a, isHeadingTag)) return false;
  return (
    captionCandidates(box, counts).length > 0 ||
    creditCandidates(box, counts).some(
      (c) => isSourceCreditElement(c) && !!captionAroundCredit(c, box, counts),
    ) ||
    looseBesideLink(a, box, counts, root)
  );
}

/**
 * Unnamed caption lines beside a link that holds only the photo, which links to its own page
 * (`<div><a href="/photos/…"><img></a><div>Waves break over the wall. Jane Roe/AFP</div></div>`;
 * fixture figures-caption-beside-photo-link.html). Not a card in a row of cards: a teaser's
 * unlinked headline beside its linked picture is no caption.
 */
function looseBesideLink(a: Element, box: Element, counts: ImageCounts, root: Element): boolean {
  if (strayTextLength(a, 0) > 0) return false;
  const loose = looseSiblings(a, root);
  if (!loose) return false;
  const first = collapse(loose[0]!.textContent);
  if (first.split(' ').length < MIN_INNER_LOOSE_WORDS && !CJK_RE.test(first)) return false;
  const kind = box.localName + (box.getAttribute('class') ?? '');
  for (const side of [box.previousElementSibling, box.nextElementSibling])
    if (side && side.localName + (side.getAttribute('class') ?? '') === kind && counts.of(side) > 0)
      return false;
  return true;
}

const CAPTION_AROUND_BLOCKERS = new Set([...ECHO_BLOCKERS, 'form']);

/**
 * The block around the photo's only credit, inside its box, when the rest of that block says
 * something: "<div class="slide-text"><p>The ferry leaves at dawn.</p><span class="slide-credit">…"
 * or "<p class="photo__text">The ferry leaves. <span class="photo__source">…</span></p>" (fixture
 * figures-caption-around-credit.html). Not the photo's own wrapper, a heading's or a link's block
 * (a teaser card's headline and author), nor a counter or a control word.
 */
function captionAroundCredit(credit: Element, box: Element, counts: ImageCounts): Element | null {
  const block = credit.parentElement;
  if (!block || block === box || !box.contains(block) || counts.of(block) > 0) return null;
  if (someElement(block, (e) => isMediaElement(e) || CAPTION_AROUND_BLOCKERS.has(e.localName))) return null;
  const copy = block.cloneNode(true) as Element;
  for (const drop of findElements(copy, (e) => isCreditElement(e) || isControlElement(e), {
    outermost: true,
  }))
    drop.remove();
  const rest = collapse(copy.textContent);
  if (!LETTER_RE.test(rest) || rest.length > MAX_CAPTION_AROUND_CHARS) return null;
  // Words, not a date and time ("15 августа 2016, 13:43" in a photo's date box, a trafilatura-dev
  // sports page).
  const words = rest.split(' ').filter((w) => WORD_RE.test(w)).length;
  return words >= MIN_INNER_LOOSE_WORDS || CJK_RE.test(rest) ? block : null;
}

/** `find`, answered again without a search when asked about the same box twice in a row. */
function lastBoxMemo(find: (box: Element) => Element[]): (box: Element) => Element[] {
  let lastBox: Element | null = null;
  let found: Element[] = [];
  return (box) => {
    if (box !== lastBox) {
      lastBox = box;
      found = find(box);
    }
    return found;
  };
}

export function findGroup(
  img: Element,
  root: Element,
  counts: ImageCounts,
  described: ReadonlyMap<string, Element>,
): Group {
  // The candidates of the box the walk up stopped at were mostly found on its last step; each
  // search walks the whole box.
  const captionsIn = lastBoxMemo((box) => captionCandidates(box, counts));
  const creditsIn = lastBoxMemo((box) => creditCandidates(box, counts));
  let cur: Element = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : img;
  const fig = closestBy(img, isFigureElement);
  // A <figure> bounds the search only when it holds a caption itself (fundus DailyStar wraps the
  // bare image in a figure and puts the figcaption beside it).
  const boundary = fig && root.contains(fig) && fig !== root && captionsIn(fig).length ? fig : null;
  const chain: Element[] = [cur];
  for (let level = 0; level < MAX_WRAPPER_LEVELS; level++) {
    if (boundary && cur === boundary) break;
    const parent = cur.parentElement;
    if (!parent || parent === root || parent.tagName === 'BODY' || parent.hasAttribute(FIGURE_ATTR)) break;
    if (counts.of(parent) > 1) break;
    // A link to another page stays around the figure: it marks teasers for the content scorer and
    // the lead-image finder. Links to the full-size image are part of the figure.
    // So is a link to the photo's viewer page inside a <figure> of this photo alone whose caption is
    // further up ("<figure><p><a href="/viewer?…"><img></a></p><figcaption>…", a paper archive's
    // figures; fixture figures-caption-beside-photo-link.html).
    if (
      parent.tagName === 'A' &&
      isPageLink(parent) &&
      !linkBoxHasCaption(parent, counts, root) &&
      !(boundary && counts.of(boundary) === 1 && !someElement(parent, isHeadingTag))
    )
      break;
    if (parent !== boundary && strayTextLength(parent, MAX_WRAPPER_TEXT) > MAX_WRAPPER_TEXT) break;
    if (parent !== boundary && namesItem(parent, cur)) break;
    cur = parent;
    chain.push(cur);
    if (captionsIn(cur).length) break;
    // A credit of its own on the photo (an overlay "© Name") does not end the walk when the
    // <figure> around holds the caption (fixture figures-credit-overlay-before-caption.html).
    if (creditsIn(cur).some((c) => c !== img) && !boundary?.contains(cur)) break;
  }
  const captions = captionsIn(cur);
  // A photo box that holds a headline is a hero with the story's top laid over it: a byline or
  // author box there is the story's, and only a box named for the photo's source is its credit
  // (fixture figures-lead-hero-headline-overlay.html).
  const found = creditsIn(cur);
  const credits =
    found.some((c) => !isSourceCreditElement(c)) && someElement(cur, isHeadingTag)
      ? found.filter(isSourceCreditElement)
      : found;
  const outside: Element[] = [];
  if (captions.length && !credits.length) credits.push(...creditLines(cur, captions, counts));
  if (!captions.length && credits.length === 1) {
    const around = captionAroundCredit(credits[0]!, cur, counts);
    if (around) captions.push(around);
  }
  // A credit laid over the photo ended the walk at the photo's own box, and the caption box comes
  // right after it, with no <figure> around the two (fixture figures-credit-overlay-before-caption.html).
  const after = cur.nextElementSibling;
  if (!captions.length && credits.length && isCaptionEl(after)) {
    outside.push(after);
    captions.push(after);
  }
  if (!captions.length && !credits.length) {
    const own = describedCaption(img, root, described, counts);
    if (own) return { container: cur, captions: [own.caption], credits: own.credits, outside: [own.moves] };
    const found = looseAt(chain, root, isVectorIcon(img));
    if (found) {
      const [box, loose] = found;
      const last = collapse(loose[loose.length - 1]!.textContent);
      // A year or a score under a card's title is neither caption nor credit (fixture
      // figures-short-loose-caption.html).
      if (loose.length > 1 && !LETTER_RE.test(last)) loose.pop();
      else if (loose.length > 1 && last.length <= MAX_LOOSE_CREDIT_CHARS) credits.push(loose.pop()!);
      captions.push(...loose);
      return { container: box.parentElement!, captions, credits, outside };
    }
    const line = breakLineCaption(cur);
    if (line) return { container: cur, captions: [line], credits, outside: [line] };
    // "<p><img></p><p class="caption">…</p>": the caption is the box's next sibling.
    let next = cur.nextElementSibling;
    for (let i = 0; i < 2 && isCaptionEl(next); i++) {
      outside.push(next);
      captions.push(next);
      next = next.nextElementSibling;
    }
    // The line may follow the photo inside a box the walk climbed past (it is short).
    for (let i = chain.length - 1; i >= 0 && !captions.length; i--) {
      const after = chain[i]!.nextElementSibling;
      if (!isCreditLine(after, counts)) continue;
      outside.push(after);
      captions.push(after);
      if (after === next) next = after.nextElementSibling;
    }
    // Image, caption and credit each in a field of their own, one after another: the credit box
    // right after the caption is the photo's (fixture figures-credit-field-after-caption.html).
    // So is a credit box alone right after the photo, when its class names nothing but a credit
    // (a hero's "hero-credit" line: fixture figures-lead-background-image.html).
    if (isCreditBox(next, counts) && (captions.length || isStrictCreditElement(next))) {
      outside.push(next);
      credits.push(soleInnerCredit(next, counts));
    }
    // "<div><img alt="X"></div><div>X</div>": an unnamed line after the box (or after a box below
    // it, when the line was short enough to climb past) that repeats the alt.
    for (let i = chain.length - 1; i >= 0 && !captions.length; i--) {
      const after = chain[i]!.nextElementSibling;
      if (!after || !echoesAlt(after, img, counts)) continue;
      outside.push(after);
      captions.push(after);
      return { container: chain[i]!, captions, credits, outside };
    }
  }
  // Nothing found to caption the photo: a box the walk climbed into for its short stray text that
  // says a sentence of the page is no part of the photo, and the line stays.
  if (!captions.length && !credits.length) {
    // The walk climbed into the paragraph, or stopped below it for the line's length.
    const top = chain[chain.length - 1]!;
    const [box, photo] = chain.length > 1 ? [top, chain[chain.length - 2]!] : [top.parentElement, top];
    const line =
      box && box !== root && box.localName !== 'body' && box.localName !== 'a' && counts.of(box) === 1
        ? strayLineAfter(box, photo)
        : null;
    if (line) return { container: box!, captions: [line], credits, outside };
    // A credit alone laid over the photo, an agency or a name and agency without a label ("<div
    // class="absolute …">Agency</div>" beside the <picture>): the photo's credit, not stray text.
    const overlay = chain.length > 1 ? creditLines(top, [], counts) : [];
    if (overlay.length) return { container: top, captions, credits: overlay, outside };
    while (chain.length > 1 && saysSentence(chain[chain.length - 1]!)) chain.pop();
  }
  return { container: chain[chain.length - 1]!, captions, credits, outside };
}

/**
 * "<p><a><img></a><br>The pier at dawn. Photo: Jane Roe</p>": the text after the photo in its own
 * paragraph, loose and short, is its caption when it names the photo's source or opens as a caption
 * does; it is set in a <span> of its own to be read as one. Else the figure written in the box's
 * place would take the line with it (fixture figures-caption-text-after-photo.html). `photo` is the
 * box's child that holds the photo; text before it keeps the box the page's.
 */
function strayLineAfter(box: Element, photo: Element): Element | null {
  if (photo.parentElement !== box) return null;
  const after: Node[] = [];
  for (let n = box.firstChild; n; n = n.nextSibling) {
    if (n === photo) continue;
    const before = !(photo.compareDocumentPosition(n) & FOLLOWING);
    if (before ? showsText(n) : n.nodeType === 1 && !isInlineLine(n as Element)) return null;
    // Breaks and blanks right after the photo are no part of the line.
    if (!before && (after.length || showsText(n))) after.push(n);
  }
  const text = collapse(after.map((n) => n.textContent ?? '').join(''));
  if (!text || text.length > MAX_CREDIT_LINE_PARAGRAPH_CHARS) return null;
  if (!(hasLabelledCredit(text) || opensAsCaption(text))) return null;
  const span = box.ownerDocument.createElement('span');
  box.insertBefore(span, after[0]!);
  for (const n of after) span.appendChild(n);
  return span;
}

// What a caption line set loose in the photo's paragraph may hold: text and its inline marks.
const INLINE_LINE_TAGS = new Set([
  'em',
  'i',
  'b',
  'strong',
  'small',
  'span',
  'font',
  'br',
  'a',
  'sup',
  'sub',
]);
const isInlineLine = (el: Element): boolean =>
  INLINE_LINE_TAGS.has(el.localName) &&
  !someElement(el, (e) => e.localName === 'img' || e.localName === 'picture');

/**
 * The stray text of `el` (outside captions, credits and controls) is a sentence: a line of the text
 * or a writer's note beside the photo ("Heat the oil to 180 °C first.", fixture
 * figures-photo-beside-short-line.html), not a control's label ("Bild vergrößern", "1 / 12").
 */
function saysSentence(el: Element): boolean {
  let text = '';
  eachStrayText(el, (t) => {
    text += t;
    return text.length <= MAX_WRAPPER_TEXT * 2;
  });
  const line = collapse(text);
  return ENDS_SENTENCE_RE.test(line) && (line.match(WORDS_RE)?.length ?? 0) >= MIN_SENTENCE_WORDS;
}

/**
 * "<p><img></p><p><em>The pier at dawn. Photo: Jane Roe</em></p>" (blogs and site builders, which
 * set a caption as a paragraph of its own): a short paragraph right after the photo that names a
 * photo's source, with a label or a sign when it is set like the text around it, in any form when
 * it is wholly in italics or small print (fixture figures-caption-italic-line.html). An agency in
 * brackets at the end of a plain paragraph is a news item's source, not a credit.
 */
function isCreditLine(el: Element | null, counts: ImageCounts): el is Element {
  if (!el || counts.of(el) > 0 || el.hasAttribute(FIGURE_ATTR)) return false;
  const line = innerLine(el);
  if (line.localName !== 'p' && !(line.localName === 'div' && !hasBlockChild(line))) return false;
  if (line !== el && isCreditElement(line)) return false;
  // A box named for the credit is read as one (isCreditBox).
  if (isCreditElement(el)) return false;
  const text = collapse(el.textContent);
  if (!text || text.length > MAX_CREDIT_LINE_PARAGRAPH_CHARS) return false;
  // "<p><img></p><p>Im Bild: …</p>": a line that opens as a caption does is the photo's (fixture
  // figures-caption-in-the-picture.html).
  if (opensAsCaption(text)) return true;
  if (!isItalicLine(line)) return hasLabelledCredit(text);
  // "Top photo by Jane Roe" under a divider credits another photo.
  const split = splitCredit(text);
  if (split.credit !== '') return !namesPosition(split.caption);
  if (wholeCredit(text) !== '') return true;
  // A short line in italics says what the photo shows, with no credit ("<p><em>The old north pier
  // at low tide.</em></p>", a blog's caption; fixture figures-caption-italic-line.html); a longer
  // one is a line of the story set in italics, and a notice set in italics under the top photo
  // ("*Werbung. Dieser Beitrag enthält Werbung für …", trafilatura-dev: a lifestyle blog) is none.
  return (
    text.length <= MAX_BARE_ITALIC_CAPTION_CHARS && WORD_PAIR_RE.test(text) && !BOILERPLATE_RE.test(text)
  );
}

// A page builder sets each block of text in wrappers of its own ("<div class="rec"><div><div
// field="text">…", fixture figures-caption-builder-block.html: a Tilda page); a lone <p> is its own line.
const MAX_LINE_WRAPPERS = 6;
const LINE_WRAPPER_TAGS = new Set(['div', 'section']);

/** The block a stack of single-child wrappers holds its text in, or `el` itself. */
function innerLine(el: Element): Element {
  let cur = el;
  for (let i = 0; i < MAX_LINE_WRAPPERS && LINE_WRAPPER_TAGS.has(cur.localName); i++) {
    const only = cur.firstElementChild;
    if (!only || only !== cur.lastElementChild || hasOwnText(cur)) return cur;
    if (!LINE_WRAPPER_TAGS.has(only.localName) && only.localName !== 'p') return cur;
    cur = only;
  }
  return cur;
}

const hasOwnText = (el: Element): boolean => {
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return true;
  return false;
};

/** The paragraph's text is wholly in one italic or small-print element (inside inline wrappers). */
function isItalicLine(el: Element): boolean {
  let inner: Element = el;
  for (;;) {
    let only: Element | null = null;
    for (let n = inner.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return false;
      if (n.nodeType !== 1) continue;
      if (only) return false;
      only = n as Element;
    }
    if (!only) return false;
    if (ITALIC_TAGS.has(only.localName)) return true;
    if (!INLINE_WRAPPER_TAGS.has(only.localName)) return false;
    inner = only;
  }
}

/** Loose caption lines beside the box the walk stopped at, else beside a box below it. */
function looseAt(chain: Element[], root: Element, icon: boolean): [Element, Element[]] | null {
  for (let i = chain.length - 1; i >= 0; i--) {
    const box = chain[i]!;
    const loose = looseSiblings(box, root);
    if (!loose || !box.parentElement) continue;
    if (i === chain.length - 1) return [box, loose];
    // Nor inside a link or button: there the lines are the control's (a player's start prompt,
    // tests/fixtures/figures-player-text.html).
    if (icon || closestBy(box.parentElement, isLinkOrButton)) return null;
    // Below the stop the lines were short enough to climb past: only a caption that says something.
    const first = collapse(loose[0]!.textContent);
    if (first.split(' ').length >= MIN_INNER_LOOSE_WORDS || CJK_RE.test(first)) return [box, loose];
  }
  return null;
}

// A vector file is a tick, a logo or a badge: the short lines beside it are a list's or a label's
// text, not its caption (fixture figures-short-loose-caption.html: ticks in an ingredient list).
const SVG_FILE_RE = /\.svg(?:[?#]|$)/i;
const isVectorIcon = (img: Element): boolean => SVG_FILE_RE.test(img.getAttribute('src') ?? '');

const foldEcho = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** `el` is a short text line that repeats the image's alt text (the caption the alt was copied from). */
function echoesAlt(el: Element, img: Element, counts: ImageCounts): boolean {
  const link = closestLink(img);
  if (link && isPageLink(link)) return false;
  if (isVectorIcon(img)) return false;
  const alt = foldEcho(img.getAttribute('alt') ?? '');
  if (alt.length < MIN_ECHO_CHARS || ECHO_BLOCKERS.has(el.localName) || counts.of(el) > 0) return false;
  const text = foldEcho(el.textContent ?? '');
  if (text.length < MIN_ECHO_CHARS || text.length > MAX_LOOSE_CAPTION_ECHO_CHARS) return false;
  if (someElement(el, (e) => isMediaElement(e) || ECHO_BLOCKERS.has(e.localName))) return false;
  if (text === alt) return true;
  const [short, long] = text.length < alt.length ? [text, alt] : [alt, text];
  return long.startsWith(short) && short.length >= MIN_ECHO_SHARE * long.length;
}

/** The element's text starts with a label for screen readers only, and more text follows it. */
function opensWithHiddenLabel(el: Element): boolean {
  let first = el.firstChild;
  while (first?.nodeType === 3 && !(first.nodeValue ?? '').trim()) first = first.nextSibling;
  if (first?.nodeType !== 1 || !isHiddenLabel(first as Element)) return false;
  return collapse(el.textContent).length > collapse(first.textContent).length;
}

/**
 * Labelled credit lines of their own inside the photo's box, outside its captions ("<span>Foto:
 * Agency</span>" laid over the photo, the caption in the figcaption below: fixture
 * figures-credit-line-in-figure.html). The label may be for screen readers only ("<span
 * class="visually-hidden">Image source, </span>Agency" beside the photo): any language's label
 * then marks the line, since the caption is elsewhere (fixture figures-credit-hidden-label.html).
 * A line that is a credit whole without a label ("Agency", "Jane Roe/Agency") counts too, unless
 * the box holds a headline: a hero's byline is the story's (fixture figures-credit-overlay-bare.html).
 */
function creditLines(box: Element, captions: Element[], counts: ImageCounts): Element[] {
  const bare = !someElement(box, isHeadingTag);
  return findElements(
    box,
    (el) => {
      if (counts.of(el) > 0 || NON_TEXT_TAGS.has(el.tagName) || isControlElement(el)) return false;
      if (captions.some((c) => c.contains(el) || el.contains(c))) return false;
      const text = collapse(el.textContent);
      return (
        text.length <= MAX_CREDIT_LINE_CHARS &&
        (wholeCredit(text) !== '' || opensWithHiddenLabel(el) || (bare && isCreditWhole(text))) &&
        !someElement(el, isMediaElement)
      );
    },
    { outermost: true, limit: 1 },
  );
}

function isCreditWhole(text: string): boolean {
  const split = splitCredit(text);
  return split.caption === '' && split.credit !== '';
}
