// A gallery's own caption that credits its photos: "<figure class="gallery"><figure><img>
// <figcaption>The quarry</figcaption></figure><figure><img>…</figure><figcaption>Photos: Jane Roe
// </figcaption></figure>", the shape of the gallery blocks of the common blog and news editors. Each
// photo's box holds its own caption or none, and the walk up from a photo stops below the gallery,
// so the gallery's line is no photo's: as a lone credit it went as a "credit without image", and a
// caption ending in one kept the credit in its text.
import { canonicalFigures, figureCredit, isCanonicalFigure } from '../canonical-figure';
import { galleryName } from '../content/class-signals';
import type { Deadline } from '../dom/deadline';
import { collapse } from '../dom/text';
import { addCredit } from './build-figure';
import { isVideoFigure } from './embedded-video';
import { splitCredit } from './split-credit';

// A gallery shows two photos or more; one photo's figure is read by its own walk (photo-box.ts).
const MIN_GALLERY_PHOTOS = 2;

/**
 * Gives the credit of each gallery's own caption to every photo of the gallery that has none, and
 * leaves the gallery's caption, if any, in place without it (fixture figures-gallery-credit.html).
 */
export function creditGalleries(root: Element, deadline?: Deadline): void {
  for (const gallery of Array.from(root.getElementsByTagName('figure'))) {
    deadline?.tick();
    const own = ownCaption(gallery);
    if (!own) continue;
    const photos = canonicalFigures(gallery).filter((f) => !isVideoFigure(f));
    if (photos.length < MIN_GALLERY_PHOTOS) continue;
    const { caption, credit } = splitCredit(collapse(own.textContent));
    if (!credit) continue;
    for (const photo of photos) if (!figureCredit(photo)) addCredit(photo, credit);
    if (caption) own.textContent = caption;
    else own.remove();
  }
  creditSliders(root, deadline);
}

// How far above a slide its slider's box may be (slide, track, slider).
const MAX_SLIDER_LEVELS = 4;

/**
 * A slider's own credit line under its slides, in a box named for the gallery ("<div class=swiper>
 * <div class=swiper-wrapper>…slides…</div><div class=gallery-caption>Photos: Jane Roe</div></div>",
 * fixture figures-gallery-credit.html): each uncredited photo of the slider takes the credit, and
 * the line goes. Only a line that is all credit: a slider's caption says what one slide shows.
 */
function creditSliders(root: Element, deadline?: Deadline): void {
  const seen = new Set<Element>();
  for (const fig of canonicalFigures(root)) {
    deadline?.tick();
    let up = fig.parentElement;
    for (let level = 0; up && up !== root && level < MAX_SLIDER_LEVELS; level++, up = up.parentElement) {
      if (seen.has(up)) break;
      if (!galleryName(up)) continue;
      seen.add(up);
      // The slides' own track ("swiper-wrapper") ends in a slide: the line is in the box around it.
      const line = up.lastElementChild;
      if (!line || isCanonicalFigure(line) || canonicalFigures(line).length) continue;
      const { caption, credit } = splitCredit(collapse(line.textContent));
      const photos = canonicalFigures(up).filter((f) => !isVideoFigure(f));
      if (credit && !caption && photos.length >= MIN_GALLERY_PHOTOS) {
        for (const photo of photos) if (!figureCredit(photo)) addCredit(photo, credit);
        line.remove();
      }
      break;
    }
  }
}

/** The figcaption that is a child of a page's <figure> (not one of Folio's), or null. */
function ownCaption(gallery: Element): Element | null {
  if (isCanonicalFigure(gallery)) return null;
  for (let c = gallery.lastElementChild; c; c = c.previousElementSibling)
    if (c.localName === 'figcaption') return c;
  return null;
}
