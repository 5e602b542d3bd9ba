// Decides where an <img> really points: lazy-loading attributes, <picture> sources, placeholders
// and tracking pixels. Pure helpers over one element; the caller mutates the work copy.
import { formatSrcset, imageUrl, isDataImage, parseSrcset, type SrcsetCandidate } from '../dom/url';

// Attributes lazy loaders keep the real address in, most specific first.
const LAZY_SRC_ATTRS = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
  'data-orig-src',
  'data-original-src',
  'data-img-src',
  'data-image',
  'data-srcset-src',
  'data-echo',
];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset', 'data-src-set'];
// A data: image shorter than this is a spacer (the 1×1 GIF is 60-100 chars; real inline art is KBs).
const MAX_PLACEHOLDER_DATA_CHARS = 400;
// An image declared this small (either side, in px) is a spacer or a tracking pixel.
const MAX_PIXEL_SIDE = 2;
// ...but a side of 0 beside a photo's width is one the CMS did not know: image resizers that fit
// the width write "570x0" (readability-pages: a tech news site's inline photos, two pages).
const MIN_SIDE_BESIDE_UNKNOWN = 100;
// Tested on the file name only: "c-lazy-src.jpg" is a real photo, "lazyload-placeholder.svg" is not.
const PLACEHOLDER_SRC_RE =
  /(?:^|[_.-])(?:placeholder|blank|spacer|transparent|lazyload|loader|loading|dummy|1x1|no-?image|default-image|pixel)(?:[._-]|$)/i;
// The paths counters and beacons answer on, whoever serves them; the services' own hosts are data
// (ExtractOptions.networks).
const TRACKER_PATH_RE =
  /(?:\/pixel(?:\.gif|\?|\/)|\/beacon|\/track(?:ing)?[/?]|\/count(?:er)?\?|\/tr\?|\/p\.gif|\/b\.gif|\/hit\.|\/getcode\?)/i;

/** Resolves each candidate of a srcset; drops unusable ones (and data: images, which bloat it). */
export function resolveSrcset(raw: string | null | undefined, base: string): string {
  const out: SrcsetCandidate[] = [];
  for (const c of parseSrcset(raw)) {
    const url = imageUrl(c.url, base);
    if (url && !isDataImage(url)) out.push({ url, descriptor: c.descriptor });
  }
  return formatSrcset(out);
}

/** The widest (or last) candidate URL of a srcset. */
export function bestFromSrcset(srcset: string): string {
  let best = '';
  let bestW = -1;
  for (const c of parseSrcset(srcset)) {
    const w = Number.parseFloat(c.descriptor) || 0;
    if (w >= bestW) {
      best = c.url;
      bestW = w;
    }
  }
  return best;
}

export function isPlaceholderSrc(src: string): boolean {
  if (!src) return true;
  if (isDataImage(src)) return src.length < MAX_PLACEHOLDER_DATA_CHARS || /^data:image\/gif/i.test(src);
  const file = src.split(/[?#]/)[0]!.split('/').pop() ?? '';
  return PLACEHOLDER_SRC_RE.test(file);
}

/** A counter's or beacon's image; `services` (NetworkHosts.tracker) knows the tracking services' hosts. */
export function isTracker(src: string, services?: RegExp): boolean {
  return TRACKER_PATH_RE.test(src) || !!services?.test(src);
}

export function declaredTiny(img: Element): boolean {
  const w = Number.parseInt(img.getAttribute('width') ?? '', 10);
  const h = Number.parseInt(img.getAttribute('height') ?? '', 10);
  // Both sides 0 beside the image's own `sizes` list or srcset are a size left to the stylesheet, as
  // a framework's image component writes it ("width=0 height=0 sizes=100vw"; fundus-dev: a Turkish
  // broadcaster's lead photo; fixture figures-responsive-zero-size.html); a tracking pixel has
  // neither. A lazy loader's hidden copy of a photo in a <picture> with no list of its own stays a
  // spacer (trafilatura-dev: a Brazilian daily's copies of its lead photo).
  if (w === 0 && h === 0 && (img.hasAttribute('sizes') || img.hasAttribute('srcset'))) return false;
  const tiny = (side: number, other: number) =>
    !Number.isNaN(side) &&
    side <= MAX_PIXEL_SIDE &&
    side >= 0 &&
    !(side === 0 && other >= MIN_SIDE_BESIDE_UNKNOWN);
  return tiny(w, h) || tiny(h, w);
}

// Loader-specific names ("data-flickity-lazyload-srcset" on fundus APNews) follow the same shape.
const GENERIC_LAZY_RE = /^data-[\w-]*(?:src|lazy|original)[\w-]*$/i;
/** An address, absolute or from the root, or a name with an image's extension: no template text. */
export const URLISH_RE = /^(?:https?:)?\/\/|^\/[^/]|\.(?:jpe?g|png|webp|gif|avif)(?:[?#\s]|$)/i;

function genericLazy(el: Element, names: readonly string[], wantSet: boolean): string {
  for (const name of names) {
    if (!GENERIC_LAZY_RE.test(name) || name.includes('srcset') !== wantSet) continue;
    const v = (el.getAttribute(name) ?? '').trim();
    if (v && URLISH_RE.test(v) && !isPlaceholderSrc(v)) return v;
  }
  return '';
}

// Every lazy attribute is a data-* one. Most images have none; their attribute names, read once,
// spare the 17 lookups by name (bench:browser: image reading was a fifth of figure preparation).
const hasDataAttr = (names: readonly string[]): boolean => names.some((n) => n.startsWith('data-'));

// Loaders that keep one address per screen size name the attributes for the size ("data-lg",
// "data-md", "data-xs" on trafilatura-dev's avalanche report; "data-large", "data-medium"). Read only
// when the src is a placeholder, and only a value that names an image file; the larger first.
const SIZED_IMAGE_FILE_RE = /^\S+\.(?:jpe?g|png|webp|gif|avif)(?:[?#]\S*)?$/i;
const SIZE_NAME_RANK: readonly [RegExp, number][] = [
  [/(?:^|-)(?:xx?l|xx?large|lg|large|big|full|hi-?res|zoom|2x)(?:-|$)/, 3],
  [/(?:^|-)(?:md|medium|normal|regular)(?:-|$)/, 2],
  [/(?:^|-)(?:sm|small|xs|xsmall|tiny|thumb|thumbnail|mini)(?:-|$)/, 0],
];
const sizeRank = (name: string): number => {
  const size = name.replace(/^data-/, '');
  return SIZE_NAME_RANK.find(([re]) => re.test(size))?.[1] ?? 1;
};

// A slider that keeps each slide's address in the microdata "content" attribute until it is shown
// (trafilatura-dev: a DIY magazine's step-by-step gallery, 17 captioned slides) is read the same way.
const CONTENT_ATTR = 'content';

/** A placeholder's address in a size-named data attribute or in "content"; '' if none. */
function sizedOrContentSrc(img: Element, names: readonly string[]): string {
  if (!isPlaceholderSrc((img.getAttribute('src') ?? '').trim())) return '';
  let best = '';
  let bestRank = -1;
  for (const name of names) {
    if (!name.startsWith('data-') && name !== CONTENT_ATTR) continue;
    const v = (img.getAttribute(name) ?? '').trim();
    if (!SIZED_IMAGE_FILE_RE.test(v) || isPlaceholderSrc(v)) continue;
    const rank = sizeRank(name);
    if (rank > bestRank) {
      best = v;
      bestRank = rank;
    }
  }
  return best;
}

/** `names`: the element's attribute names, when the caller has them. */
export function lazySrc(img: Element, names: readonly string[] = img.getAttributeNames()): string {
  if (!hasDataAttr(names)) return names.includes(CONTENT_ATTR) ? sizedOrContentSrc(img, names) : '';
  for (const a of LAZY_SRC_ATTRS) {
    if (!names.includes(a)) continue;
    const v = img.getAttribute(a);
    if (v && !isPlaceholderSrc(v.trim())) return v.trim();
  }
  return genericLazy(img, names, false) || sizedOrContentSrc(img, names);
}

/** `names`: the element's attribute names, when the caller has them. */
export function lazySrcset(img: Element, names: readonly string[] = img.getAttributeNames()): string {
  if (!hasDataAttr(names)) return '';
  for (const a of LAZY_SRCSET_ATTRS) {
    if (!names.includes(a)) continue;
    const v = img.getAttribute(a);
    if (v?.trim()) return v.trim();
  }
  return genericLazy(img, names, true);
}

/** srcset of the <picture>'s first usable <source> (data-srcset too), '' if none. */
export function pictureSrcset(img: Element): string {
  const pic = img.parentElement;
  if (pic?.tagName !== 'PICTURE') return '';
  const sources = pic.getElementsByTagName('source');
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!;
    const type = s.getAttribute('type') ?? '';
    // Skip formats some readers cannot show only when a later source offers another.
    const v = s.getAttribute('srcset') || lazySrcset(s) || s.getAttribute('data-src') || '';
    if (v.trim() && !(type && /avif|jxl/i.test(type) && i < sources.length - 1)) return v.trim();
  }
  return '';
}
