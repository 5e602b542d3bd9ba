// Captions left without an image once the figures are built: removed and reported, with the
// <figure> shells they leave empty.
import { FIGURE_ATTR, isCanonicalFigure } from '../canonical-figure';
import type { Deadline } from '../dom/deadline';
import { collapse } from '../dom/text';
import { closestBy, closestTag, findElements, someElement, withTag } from '../dom/walk';
import type { RemovedBlock } from '../types';
import { MAX_CAPTION_CHARS } from './caption-text';
import {
  holdsFigureContent,
  isFigureElement,
  isMediaElement,
  isOrphanCaptionElement,
  isStrictCreditElement,
} from './element-roles';

const PREVIEW_CHARS = 120;

// What a caption box never holds (the selector 'p p, h1, h2, h3, ul, ol, table'): a paragraph inside a
// paragraph, a heading, a list, a table.
const isParagraph = withTag('p');
const NOT_CAPTION_TAGS = new Set(['h1', 'h2', 'h3', 'ul', 'ol', 'table']);
const isNotCaptionPart = (el: Element): boolean =>
  NOT_CAPTION_TAGS.has(el.localName) ||
  (el.localName === 'p' && !!el.parentElement && !!closestTag(el.parentElement, 'p'));

function hasMediaNear(el: Element): boolean {
  const box = closestBy(el, isFigureElement) ?? el.parentElement;
  return !!box && box !== el && someElement(box, isMediaElement);
}

/** The caption of a figure that holds a table, a quotation or a listing, not a photo. */
function captionsContent(el: Element): boolean {
  const fig = closestBy(el, isFigureElement);
  return !!fig && holdsFigureContent(fig);
}

/**
 * A box named for the credit inside a <figure>, or beside a caption box: a photo's credit line. With
 * no photo left it is a stray name in the text ("Francesco Carta Fotografo | Moment | Getty Images"
 * under a business network's image embed whose photo the page loads by script; fundus-dev).
 */
function isPhotoCreditBox(el: Element): boolean {
  if (!isStrictCreditElement(el)) return false;
  if (closestBy(el, isFigureElement)) return true;
  const prev = el.previousElementSibling;
  const next = el.nextElementSibling;
  return (!!prev && isOrphanCaptionElement(prev)) || (!!next && isOrphanCaptionElement(next));
}

const isCaptionOrCredit = (el: Element): boolean => isOrphanCaptionElement(el) || isPhotoCreditBox(el);

export function removeOrphanCaptions(root: Element, removed: RemovedBlock[], deadline?: Deadline): void {
  const els = findElements(root, isCaptionOrCredit, { deadline });
  for (const el of els) {
    deadline?.tick();
    if (!root.contains(el) || closestBy(el, isCanonicalFigure)) continue;
    if (someElement(el, isMediaElement) || hasMediaNear(el) || captionsContent(el)) continue;
    // Only real caption boxes: figcaption anywhere, class-named ones when short and paragraph-free.
    const text = collapse(el.textContent);
    if (el.tagName !== 'FIGCAPTION' && (text.length > MAX_CAPTION_CHARS || someElement(el, isNotCaptionPart)))
      continue;
    if (
      el.tagName !== 'FIGCAPTION' &&
      !closestBy(el, isFigureElement) &&
      findElements(el, isParagraph, { limit: 2 }).length > 1
    )
      continue;
    el.remove();
    if (text)
      removed.push({
        kind: 'caption',
        text: text.slice(0, PREVIEW_CHARS),
        reason: isOrphanCaptionElement(el) ? 'caption without its image' : 'credit without its image',
      });
  }
  // A <figure> left with nothing but whitespace after its image was dropped goes too.
  const figs = Array.from(root.getElementsByTagName('figure'));
  for (const f of figs) {
    deadline?.tick();
    if (
      root.contains(f) &&
      !f.hasAttribute(FIGURE_ATTR) &&
      !someElement(f, isMediaElement) &&
      !collapse(f.textContent)
    )
      f.remove();
  }
}
