// The caption an image names itself: `aria-describedby` on the <img> points at the text that
// describes it, wherever the layout put that text (a caption box beside the photo's box, with no
// class a caption search would know). The page's own markup ties the two, so no guess is needed.
import { isCanonicalFigure } from '../canonical-figure';
import { collapse, showsText } from '../dom/text';
import { closestBy, findElements, someElement } from '../dom/walk';
import { isCreditElement, isMediaElement, isScreenReaderOnly } from './element-roles';
import type { ImageCounts } from './image-counts';

// A box around the described text is the caption's own when, besides the caption and its credit
// elements, it holds no more text than a label or two (fixture figures-caption-described-by.html: a
// paragraph beside the caption keeps the box in the article).
const MAX_OTHER_BOX_CHARS = 40;
// The described text itself: longer is a description of the page or a paragraph, not a caption.
const MAX_DESCRIBED_CHARS = 600;
const ID_LIST_RE = /\S+/g;

const length = (el: Element): number => collapse(el.textContent).length;

export interface DescribedCaption {
  caption: Element;
  credits: Element[];
  /** What moves into the figure: the caption's own box, or the caption alone. */
  moves: Element;
}

/** The ids images name in `aria-describedby`, and the elements under `root` holding them. */
export function describedTargets(root: Element, images: Iterable<Element>): Map<string, Element> {
  const wanted = new Set<string>();
  for (const img of images)
    for (const id of img.getAttribute('aria-describedby')?.match(ID_LIST_RE) ?? []) wanted.add(id);
  const found = new Map<string, Element>();
  if (!wanted.size) return found;
  // Detached work copy: getElementById does not reach it. One walk, first holder of each id.
  for (const el of findElements(root, (e) => wanted.has(e.id) && !found.has(e.id))) found.set(el.id, el);
  return found;
}

export function describedCaption(
  img: Element,
  root: Element,
  targets: ReadonlyMap<string, Element>,
  counts: ImageCounts,
): DescribedCaption | null {
  for (const id of img.getAttribute('aria-describedby')?.match(ID_LIST_RE) ?? []) {
    const target = targets.get(id);
    if (!target || !root.contains(target) || target.contains(img) || closestBy(target, isCanonicalFigure))
      continue;
    // A description for screen readers only is the image's long alt text, not a caption to show.
    if (isScreenReaderOnly(target)) continue;
    if (counts.of(target) > 0 || someElement(target, isMediaElement) || !showsText(target)) continue;
    const own = length(target);
    if (own > MAX_DESCRIBED_CHARS) continue;
    const box = target.parentElement;
    if (!box || box === root || box.contains(img) || counts.of(box) > 0 || someElement(box, isMediaElement))
      return { caption: target, credits: [], moves: target };
    const credits = findElements(
      box,
      (e) => isCreditElement(e) && !target.contains(e) && !e.contains(target),
      {
        outermost: true,
      },
    );
    const other = length(box) - own - credits.reduce((sum, c) => sum + length(c), 0);
    return other <= MAX_OTHER_BOX_CHARS
      ? { caption: target, credits, moves: box }
      : { caption: target, credits: [], moves: target };
  }
  return null;
}
