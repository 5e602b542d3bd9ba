// Other works named inside the page's item: a paper's references, readers' reviews and comments on
// a recipe or a product, list entries, related links. Their authors and dates are not the page's
// (a journal's paper pages list each reference with its authors; fixtures
// meta-nested-citation-items.html, meta-json-ld-reviews.html).

/** Property names (microdata itemprop, JSON-LD keys), lower-cased, whose values are other works. */
export const OTHER_WORK_PROPS: ReadonlySet<string> = new Set([
  'citation',
  'review',
  'reviews',
  'comment',
  'itemlistelement',
  'isrelatedto',
  'relatedlink',
]);

// A photo, video or recording inside the page's item names its own maker and upload date: a
// video's publisher account is not the article's writer (trafilatura-dev test report with its
// review video). Only microdata climbs these; JSON-LD reads the article node alone.
const MEDIA_PROPS: ReadonlySet<string> = new Set([
  'video',
  'audio',
  'image',
  'associatedmedia',
  'primaryimageofpage',
  'thumbnail',
]);

// Items nest a few levels deep (a reference's author in the reference in the list); the climb is
// bounded so that a hostile page of metas nested 20,000 deep costs no more than a shallow one.
const MAX_ITEM_CLIMB = 40;

/** The element sits in (or is) a microdata item that is another work named inside the page's item. */
export function inOtherWork(el: Element): boolean {
  let a: Element | null = el;
  for (let i = 0; a && i < MAX_ITEM_CLIMB; i++, a = a.parentElement) {
    if (!a.hasAttribute('itemscope')) continue;
    const props = a.getAttribute('itemprop')?.toLowerCase().split(/\s+/) ?? [];
    if (props.some((p) => OTHER_WORK_PROPS.has(p) || MEDIA_PROPS.has(p))) return true;
  }
  return false;
}
