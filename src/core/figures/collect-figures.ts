// Reads Folio's canonical figures (written by prepare-figures) from the final content, in order.

import { canonicalFigures, figureCaption, figureCredit, figureImage } from '../canonical-figure';
import { collapse } from '../dom/text';
import type { Figure } from '../types';
import { isVideoFigure } from './embedded-video';

const text = (el: Element | null) => collapse(el?.textContent);

export function collectFigures(root: Element): Figure[] {
  const out: Figure[] = [];
  for (const f of canonicalFigures(root)) {
    // A video is linked from the text, not one of the article's pictures.
    if (isVideoFigure(f)) continue;
    const img = figureImage(f);
    const src = img?.getAttribute('src') ?? '';
    if (!img || !src) continue;
    const fig: Figure = {
      src,
      alt: img.getAttribute('alt') ?? '',
      caption: text(figureCaption(f)),
      credit: text(figureCredit(f)),
    };
    const srcset = img.getAttribute('srcset');
    if (srcset) fig.srcset = srcset;
    const w = Number(img.getAttribute('width'));
    const h = Number(img.getAttribute('height'));
    if (w > 0) fig.width = w;
    if (h > 0) fig.height = h;
    out.push(fig);
  }
  return out;
}
