// A gallery set inside a story whose slides lost their images: what is left is a list of captions
// of photos that are not there ("1/50 United goin down … GETTY IMAGES", fifty times), longer than the
// story itself. Its photos load by script from data attributes or as backgrounds the page never set.

import type { Deadline } from '../dom/deadline';
import { walkElements } from '../dom/walk';
import type { RemovedBlock } from '../types';
import { galleryName } from './class-signals';
import type { Stats } from './text-stats';

// The story around a gallery holds this much prose outside it (readability-pages bug-1255978: 3,600
// characters of story beside 14,000 of slide captions). Below it, the gallery may be the article.
export const GALLERY_STORY_MIN_PROSE = 1000;
// A gallery's captions are many; a header's lead-photo slider around the standfirst or the date
// line holds one or two paragraphs (trafilatura-dev: a motorsport magazine, a DIY magazine, a
// health portal).
const MIN_SLIDE_CAPTIONS = 3;

type Record = (kind: RemovedBlock['kind'], el: Element, reason: string) => void;

/** Removes each outermost gallery box in `container` that holds no photo, when the story stands without it. */
export function removeBareGalleries(
  container: Element,
  stats: Map<Element, Stats>,
  record: Record,
  deadline: Deadline,
): void {
  // A container made for the chosen blocks is not in the index: its prose is its children's.
  let total = stats.get(container)?.para ?? -1;
  if (total < 0) {
    total = 0;
    for (let c = container.firstElementChild; c; c = c.nextElementSibling) total += stats.get(c)?.para ?? 0;
  }
  const bare: Element[] = [];
  walkElements(container, (el) => {
    deadline.tick();
    if (!galleryName(el)) return true;
    const s = stats.get(el);
    // Slide captions are paragraphs; a player's seek bar named a slider has none.
    if (s && s.figures === 0 && s.paras >= MIN_SLIDE_CAPTIONS) bare.push(el);
    return false;
  });
  let left = total;
  for (const el of bare) {
    const para = stats.get(el)?.para ?? 0;
    if (left - para < GALLERY_STORY_MIN_PROSE) continue;
    left -= para;
    record('caption', el, 'gallery without its images');
    el.remove();
  }
}
