// A photo the page shows twice in the story's column, in its lead gallery and again in the text or
// as the lead and again under a caption, comes twice in a reader that shows both straight through.
// The same picture under the same caption, or once without one, is kept once, where it is captioned
// (readability-pages: a newspaper's lead slide repeated in the text; trafilatura-dev: a blog's lead
// photo captioned further down; fixture figures-repeated-photo.html). Different captions under one
// picture are the writer's choice (fundus: a gallery's photo reused with another caption), and
// pictures with no caption at all may be words of the text (a formula's image, twice in a sentence's
// worth of maths on an encyclopedia page): both stay.
import { canonicalFigures, figureCaption, figureImage } from '../canonical-figure';
import { collapse, preview } from '../dom/text';
import type { RemovedBlock } from '../types';

const captionOf = (fig: Element): string => collapse(figureCaption(fig)?.textContent);
const srcOf = (fig: Element): string => figureImage(fig)?.getAttribute('src') ?? '';

export function removeRepeatedPhotos(container: Element, removed: RemovedBlock[]): void {
  const first = new Map<string, Element>();
  const figs = canonicalFigures(container);
  for (const fig of figs) {
    const src = srcOf(fig);
    if (!src) continue;
    const earlier = first.get(src);
    if (!earlier) {
      first.set(src, fig);
      continue;
    }
    const caption = captionOf(fig);
    const earlierCaption = captionOf(earlier);
    // Two uncaptioned copies, or two different captions: both stay.
    if (caption === '' && earlierCaption === '') continue;
    if (caption !== '' && earlierCaption !== '' && caption !== earlierCaption) continue;
    // The captioned copy stays: the earlier one, unless only the later is captioned.
    const drop = earlierCaption === '' ? earlier : fig;
    if (drop === earlier) first.set(src, fig);
    // As the page names it: imageFileName() is a comparison key, lower-cased and without its size.
    const label = captionOf(drop) || src.split(/[?#]/)[0]!.split('/').pop() || src;
    removed.push({ kind: 'other', text: preview(label), reason: 'photo shown again' });
    drop.remove();
  }
}
