// The file name of an image address: what tells two sizes of one picture apart from other pictures
// (the share image and the photo on the page are often different sizes of one file).

import { memoizedPerBase } from '../dom/bounded-memo';
import { parseSrcset } from '../dom/url';
import { lazySrc, lazySrcset } from './image-source';

// An image proxy's own path says nothing ("imrs.php" for every picture on fundus WashingtonPost);
// the picture is the address in its query. Followed this many levels.
const MAX_PROXY_LEVELS = 3;
const NESTED_URL_RE = /^(?:https?:)?\/\//i;
// The size a CMS appends to each resized copy ("ferry-1200x520.jpg" of "ferry.jpg": WordPress); the
// width is group 1.
const SIZE_SUFFIX_RE = /-(\d{2,5})x\d{2,5}(?=\.[a-z0-9]{3,4}$)/;
// The prefix gallery plugins give a thumbnail of the file ("thumbs_pier.jpg" of "pier.jpg": NextGEN;
// "thumb_", "tn_" in other galleries): the lightbox link opens the photo itself (fixture
// figures-caption-lightbox-title.html).
const THUMB_PREFIX_RE = /^(?:thumbs?|thumbnail|tn)[_-](?=.+\.)/;

/**
 * The last segment of a path, read after decoding: resizing services put the picture's own address,
 * percent-encoded, in their path ("/resize/https%3A%2F%2Fcdn%2F…%2Fphoto.jpg"), so the last "/"
 * is an encoded one (fixture core-lead-image-encoded-path.html).
 */
function lastSegment(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A stray "%" leaves the path as it is.
  }
  return (decoded.split('/').pop() ?? '').toLowerCase();
}

/** The last segment of an address as written, lower-cased, size suffix and all ('' if unreadable). */
export function fileSegment(u: string, base?: string): string {
  try {
    return lastSegment(new URL(u.startsWith('//') ? `https:${u}` : u, base).pathname);
  } catch {
    return '';
  }
}

// The words a file is named for ("girl-looking-through-a-wooden-rainbow"), or the asset's id in
// hyphenated groups (a UUID): a CDN that crops or resizes may change the token before or after them
// and keep them (trafilatura-dev: a family magazine's lead photo and its share image, a Polish
// weekly's "<uuid>_f1400x900"; fixture core-lead-image-same-words.html). Four hyphens at least, so
// that "img-1" or "photo-2024" says nothing.
const NAMED_WORDS_RE = /\p{L}[\p{L}\d]*(?:-[\p{L}\d]+){3,}/gu;
const MIN_NAMED_CHARS = 20;

/** The longest run of hyphenated words in a file name, '' if it has none long enough. */
export function namedWords(fileName: string): string {
  let best = '';
  for (const m of fileName.matchAll(NAMED_WORDS_RE)) if (m[0].length > best.length) best = m[0];
  return best.length >= MIN_NAMED_CHARS ? best : '';
}

/** The width a resized copy's file name states ("pier-150x150.jpg": 150); 0 when it states none. */
export const resizedWidth = (u: string, base?: string): number =>
  Number(SIZE_SUFFIX_RE.exec(fileSegment(u, base))?.[1] ?? 0);

// A path segment that names the copy's size, set before the file or in its place: Blogger's "s320",
// "s1600", "w320-h240" (with options after: "s1600-rw"), an image service's "480" or "640x360".
// Group 1 is the width; "s" gives the longer side, read as the width alike.
const SIZE_SEGMENT_RE = /^(?:[sw](\d{2,5})(?:-h\d{2,5})?(?:-[a-z\d]+)*|(\d{2,5})(?:x\d{2,5})?)$/i;

/**
 * Whether `larger` is the same picture as `small` at a larger size named by a path segment: the two
 * paths differ in that one segment alone ("…/AVvXsE…/s320/pier.jpg" and "…/AVvXsE…/s1600/pier.jpg",
 * Blogger's thumbnail and the photo its link opens; fixture figures-gallery-thumbnail-links.html).
 */
export function largerBySizeSegment(small: string, larger: string, base?: string): boolean {
  let a: URL;
  let b: URL;
  try {
    a = new URL(small, base);
    b = new URL(larger, base);
  } catch {
    return false;
  }
  if (a.host !== b.host) return false;
  const as = a.pathname.split('/');
  const bs = b.pathname.split('/');
  if (as.length !== bs.length) return false;
  const differ = as.map((seg, i) => (seg === bs[i] ? -1 : i)).filter((i) => i >= 0);
  if (differ.length !== 1) return false;
  const widthOf = (seg: string): number => {
    const m = SIZE_SEGMENT_RE.exec(seg);
    return m ? Number(m[1] ?? m[2]) : 0;
  };
  const i = differ[0]!;
  const from = widthOf(as[i]!);
  return from > 0 && widthOf(bs[i]!) > from;
}

/** The image's file name, lower-cased; '' when the address cannot be read (relative without `base`). */
export const imageFileName: (u: string, base?: string) => string = memoizedPerBase(fileNameOf);

function fileNameOf(u: string, base: string | undefined): string {
  let address = u;
  for (let level = 0; level <= MAX_PROXY_LEVELS; level++) {
    let url: URL;
    try {
      url = new URL(address.startsWith('//') ? `https:${address}` : address, base);
    } catch {
      return '';
    }
    const nested = [...url.searchParams.values()].find((v) => NESTED_URL_RE.test(v));
    if (!nested) return lastSegment(url.pathname).replace(SIZE_SUFFIX_RE, '').replace(THUMB_PREFIX_RE, '');
    address = nested;
  }
  return '';
}

/** The file names an <img> offers: its src, its srcset candidates, and their lazy-load forms. */
export function imageFileNames(img: Element, base?: string): string[] {
  const addresses = [img.getAttribute('src') ?? '', lazySrc(img)];
  for (const srcset of [img.getAttribute('srcset'), lazySrcset(img)])
    for (const c of parseSrcset(srcset)) addresses.push(c.url);
  // An empty address read against `base` would name the base's own file.
  return addresses
    .filter((a) => a.trim())
    .map((a) => imageFileName(a.trim(), base))
    .filter(Boolean);
}
