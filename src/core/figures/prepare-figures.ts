// Rewrites the work copy's images into Folio's canonical figures (canonical-figure.ts) before content
// scoring: lazy images promoted (noscript-images.ts), placeholders and tracking pixels dropped
// (read-image.ts), each image's box found (photo-box.ts), its caption and credit read
// (caption-text.ts) and the figure written in its place (build-figure.ts); captions left without an
// image are removed and reported (orphan-captions.ts). Only ever called on the work copy.
import { isCanonicalFigure } from '../canonical-figure';
import type { Deadline } from '../dom/deadline';
import type { MarkupParser } from '../dom/parse-markup';
import { closestBy } from '../dom/walk';
import type { RemovedBlock } from '../types';
import { altCredit, attributeCaption } from './attribute-caption';
import { becomeFigure, buildFigure } from './build-figure';
import { readCaption, titleCredit } from './caption-text';
import { promoteAmpImages, promoteCustomImages } from './custom-element-images';
import { describedTargets } from './described-caption';
import { isFigureElement } from './element-roles';
import { ImageCounts } from './image-counts';
import { promoteNoscripts } from './noscript-images';
import { removeOrphanCaptions } from './orphan-captions';
import { findGroup } from './photo-box';
import { type ImageInfo, isControlImage, isEnlargeIcon, isIcon, readImage } from './read-image';

// Pairing work per image is small but not constant; past this many images (stress pages with
// thousands) the rest are left as they are.
const MAX_IMAGES = 1500;

/**
 * `deadline` (optional) is ticked in every loop that grows with the page; `parse` reads <noscript>
 * fallbacks held as text (dom/parse-markup.ts).
 */
export function prepareFigures(
  root: Element,
  baseUrl: string,
  deadline?: Deadline,
  parse: MarkupParser | null = null,
): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  const doc = root.ownerDocument;
  promoteNoscripts(root, parse, deadline);
  promoteAmpImages(root, deadline);
  promoteCustomImages(root, deadline);
  const infos = new Map<Element, ImageInfo>();
  const kept = new Set<Element>();
  const imgs = Array.from(root.getElementsByTagName('img')).slice(0, MAX_IMAGES);
  for (const img of imgs) {
    deadline?.tick();
    const info = readImage(img, baseUrl);
    if (!info || isEnlargeIcon(img, info) || isControlImage(img)) {
      img.remove();
      continue;
    }
    infos.set(img, info);
    kept.add(img);
  }
  // <picture> sources are folded into the img's srcset; the elements themselves go.
  const counts = new ImageCounts(kept);
  const described = describedTargets(root, kept);
  for (const img of kept) {
    deadline?.tick();
    if (!root.contains(img) || closestBy(img, isCanonicalFigure)) continue;
    const info = infos.get(img)!;
    if (isIcon(info) && !closestBy(img, isFigureElement)) continue;
    const group = findGroup(img, root, counts, described);
    const read = readCaption(group);
    // Text beside the photo wins; the image's own attributes fill what it lacks.
    const attrs = read.caption && read.credit ? null : attributeCaption(img, counts);
    const caption = read.caption || attrs?.caption || '';
    const credit = read.credit || attrs?.credit || titleCredit(img) || altCredit(img);
    const figure = buildFigure(doc, info, caption, credit);
    for (const o of group.outside) o.remove();
    // Gallery figures: captions outside this image's own box stay for the next image or are dropped.
    for (const c of group.captions) if (root.contains(c) && !group.container.contains(c)) c.remove();
    counts.release(group.container);
    counts.addFigure(becomeFigure(group.container, figure));
    kept.delete(img);
  }
  removeOrphanCaptions(root, removed, deadline);
  return removed;
}
