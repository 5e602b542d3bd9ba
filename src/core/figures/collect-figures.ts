// Reads Folio's canonical figures (written by prepare-figures) from the final content, in order.

import { CAPTION_SELECTOR, CREDIT_SELECTOR, FIGURE_SELECTOR } from '../canonical-figure';
import { collapse } from '../dom/text';
import type { Figure } from '../types';

const text = (el: Element | null) => collapse(el?.textContent);

export function collectFigures(root: Element): Figure[] {
  const out: Figure[] = [];
  const figs = root.querySelectorAll(FIGURE_SELECTOR);
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i]!;
    const img = f.querySelector('img');
    const src = img?.getAttribute('src') ?? '';
    if (!img || !src) continue;
    const fig: Figure = {
      src,
      alt: img.getAttribute('alt') ?? '',
      caption: text(f.querySelector(CAPTION_SELECTOR)),
      credit: text(f.querySelector(CREDIT_SELECTOR)),
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
