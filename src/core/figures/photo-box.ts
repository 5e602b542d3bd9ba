// The walk up from an image to its own box: wrappers climbed while they hold no other image and
// little stray text, stopping at the first caption or credit; then the captions and credits found,
// loose caption lines beside it, or a caption right after it.
import { FIGURE_ATTR } from '../canonical-figure';
import { collapse, showsText } from '../dom/text';
import { closestBy, findElements, someElement } from '../dom/walk';
import {
  isCaptionElement,
  isControlElement,
  isCreditElement,
  isFigureElement,
  isMediaElement,
  isPageLink,
} from './element-roles';
import type { ImageCounts } from './image-counts';
import { looseSiblings } from './loose-captions';

// How far up from an image a caption may sit (fundus: DerStandard, Stern wrap images 3-4 deep).
const MAX_WRAPPER_LEVELS = 5;
// Text besides captions a wrapper may hold and still be the image's own box ("Bild vergrößern",
// "1 / 12", "Zoom").
const MAX_WRAPPER_TEXT = 40;
// The last of several loose siblings, when this short, is the credit line ("Getty Images").
const MAX_LOOSE_CREDIT_CHARS = 80;
const SPACE_RE = /\s+/g;
const NON_TEXT_TAGS = new Set(['IMG', 'SOURCE', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'svg', 'SVG']);

const isBoxPart = (el: Element): boolean =>
  isCaptionElement(el) || isCreditElement(el) || isControlElement(el);

/** Text length of `el` outside caption/credit/control elements, counted only up to `limit`. */
function strayTextLength(el: Element, limit: number): number {
  let total = 0;
  const stack: Node[] = [];
  for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      total += (n.nodeValue ?? '').replace(SPACE_RE, '').length;
      if (total > limit) return total;
    } else if (n.nodeType === 1 && !isBoxPart(n as Element)) {
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return total;
}

/** The outermost caption elements inside `scope` that hold text and no kept image. */
function captionCandidates(scope: Element, counts: ImageCounts): Element[] {
  return findElements(
    scope,
    (el) => isCaptionElement(el) && !NON_TEXT_TAGS.has(el.tagName) && counts.of(el) === 0 && showsText(el),
    { outermost: true },
  );
}

function creditCandidates(scope: Element, counts: ImageCounts): Element[] {
  // Empty boxes and <source class="…-source"> are not credits (fundus Kommersant).
  return findElements(
    scope,
    (el) =>
      isCreditElement(el) &&
      !el.hasAttribute(FIGURE_ATTR) &&
      !NON_TEXT_TAGS.has(el.tagName) &&
      counts.of(el) === 0 &&
      showsText(el),
    { outermost: true },
  );
}

const isCaptionEl = (el: Element | null): el is Element =>
  !!el && isCaptionElement(el) && !someElement(el, isMediaElement) && !el.hasAttribute(FIGURE_ATTR);

export interface Group {
  container: Element;
  captions: Element[];
  credits: Element[];
  /** Caption elements outside the container (next sibling) that move into the figure. */
  outside: Element[];
}

/** The box around a linked image holds a caption (fundus MDR, Yomiuri: the photo links to a viewer). */
function linkBoxHasCaption(a: Element, counts: ImageCounts): boolean {
  const box = a.parentElement;
  return !!box && box.tagName !== 'BODY' && counts.of(box) === 1 && captionCandidates(box, counts).length > 0;
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

export function findGroup(img: Element, root: Element, counts: ImageCounts): Group {
  // The candidates of the box the walk up stopped at were mostly found on its last step; each
  // search walks the whole box.
  const captionsIn = lastBoxMemo((box) => captionCandidates(box, counts));
  const creditsIn = lastBoxMemo((box) => creditCandidates(box, counts));
  let cur: Element = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : img;
  const fig = closestBy(img, isFigureElement);
  // A <figure> bounds the search only when it holds a caption itself (fundus DailyStar wraps the
  // bare image in a figure and puts the figcaption beside it).
  const boundary = fig && root.contains(fig) && fig !== root && captionsIn(fig).length ? fig : null;
  for (let level = 0; level < MAX_WRAPPER_LEVELS; level++) {
    if (boundary && cur === boundary) break;
    const parent = cur.parentElement;
    if (!parent || parent === root || parent.tagName === 'BODY' || parent.hasAttribute(FIGURE_ATTR)) break;
    if (counts.of(parent) > 1) break;
    // A link to another page stays around the figure: it marks teasers for the content scorer and
    // the lead-image finder. Links to the full-size image are part of the figure.
    if (parent.tagName === 'A' && isPageLink(parent) && !linkBoxHasCaption(parent, counts)) break;
    if (parent !== boundary && strayTextLength(parent, MAX_WRAPPER_TEXT) > MAX_WRAPPER_TEXT) break;
    cur = parent;
    if (captionsIn(cur).length || creditsIn(cur).some((c) => c !== img)) break;
  }
  const captions = captionsIn(cur);
  const credits = creditsIn(cur);
  const outside: Element[] = [];
  if (!captions.length && !credits.length) {
    const loose = looseSiblings(cur, root);
    if (loose && cur.parentElement) {
      const last = loose[loose.length - 1]!;
      if (loose.length > 1 && collapse(last.textContent).length <= MAX_LOOSE_CREDIT_CHARS)
        credits.push(loose.pop()!);
      captions.push(...loose);
      return { container: cur.parentElement, captions, credits, outside };
    }
    // "<p><img></p><p class="caption">…</p>": the caption is the box's next sibling.
    let next = cur.nextElementSibling;
    for (let i = 0; i < 2 && isCaptionEl(next); i++) {
      outside.push(next);
      captions.push(next);
      next = next.nextElementSibling;
    }
  }
  return { container: cur, captions, credits, outside };
}
