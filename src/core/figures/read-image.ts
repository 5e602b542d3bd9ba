// Which images become figures: each <img>'s real source read (lazy attributes, <picture>, srcset),
// placeholders, spacers, trackers and enlarge icons turned away, small icons told apart.
import { memoized } from '../dom/bounded-memo';
import { collapse } from '../dom/text';
import { imageUrl, isFrontPageHref } from '../dom/url';
import { closestLink, closestTag } from '../dom/walk';
import { isImageFileLink } from './element-roles';
import { fileSegment, imageFileName, largerBySizeSegment, resizedWidth } from './image-file-name';
import {
  bestFromSrcset,
  declaredTiny,
  isPlaceholderSrc,
  isTracker,
  lazySrc,
  lazySrcset,
  pictureSrcset,
  resolveSrcset,
} from './image-source';

// Images declared smaller than this (px, both sides) are icons or avatars and stay inline.
const MIN_FIGURE_SIDE = 48;
// A linked thumbnail narrower than this is swapped for the file it links to (fixture
// figures-gallery-thumbnail-links.html: a blog gallery's 150 px squares).
const MAX_THUMBNAIL_WIDTH = 480;
const SVG_FILE_RE = /\.svg(?:[?#]|$)/i;
const DIGITS_RE = /^\d+$/;

export interface ImageInfo {
  src: string;
  srcset: string;
  alt: string;
  width: string;
  height: string;
}

// A side of 0 is one the page did not know (image-source.ts); written out, it would hide the photo.
const digits = (v: string | null): string => (v && DIGITS_RE.test(v.trim()) && Number(v) > 0 ? v.trim() : '');

/**
 * The image's real source, or null when it is a placeholder, a spacer or a tracker (`trackers`:
 * NetworkHosts.tracker).
 */
export function readImage(img: Element, base: string, trackers?: RegExp): ImageInfo | null {
  const names = img.getAttributeNames();
  const rawSrc = (img.getAttribute('src') ?? '').trim();
  const rawSet = (img.getAttribute('srcset') ?? '').trim();
  const lazySet = lazySrcset(img, names);
  const srcset = resolveSrcset(
    lazySet || (rawSet && !isPlaceholderSrc(rawSet) ? rawSet : '') || pictureSrcset(img),
    base,
  );
  const lazy = lazySrc(img, names);
  const plain = isPlaceholderSrc(rawSrc) ? '' : rawSrc;
  // A loader that keeps the srcset in a data attribute shows the src only until it sets the srcset:
  // a preview, often a tiny blurred copy ("photo-40x26.jpg" under a 1600w srcset; trafilatura-dev:
  // a magazine's photos, all 40 px wide). The photo is the srcset's widest; the src only when the
  // srcset offers none (fixture figures-lazy-srcset-preview-src.html).
  const preview = !lazy && lazySet !== '' && rawSet === '';
  const src =
    imageUrl(lazy || (preview ? '' : plain), base) ||
    bestFromSrcset(srcset) ||
    imageUrl(preview ? plain : '', base) ||
    linkedFileForPlaceholder(img, base);
  if (!src || isTracker(src, trackers) || declaredTiny(img)) return null;
  if (src.startsWith('data:') && isPlaceholderSrc(src)) return null;
  const full = srcset ? '' : linkedFullSize(img, src, base);
  return {
    src: full || src,
    srcset,
    alt: collapse(img.getAttribute('alt')),
    // The thumbnail's size is not the photo's (a square crop of a wide picture).
    width: full ? '' : digits(img.getAttribute('width')),
    height: full ? '' : digits(img.getAttribute('height')),
  };
}

/**
 * A placeholder whose loader left no address on the image, in a link that opens the picture's file
 * (a lightbox): that file is the photo (fixture figures-lazy-placeholder-in-image-link.html).
 */
function linkedFileForPlaceholder(img: Element, base: string): string {
  const link = closestLink(img);
  if (!link || !isImageFileLink(link) || link.getElementsByTagName('img').length !== 1) return '';
  const href = imageUrl(link.getAttribute('href') ?? '', base);
  return href && !isPlaceholderSrc(href) ? href : '';
}

/**
 * The full-size file a thumbnail links to: a gallery shows "pier-150x150.jpg" and opens "pier.jpg"
 * (WordPress galleries; fixture figures-gallery-thumbnail-links.html). Only the same picture's file,
 * so a link to another photo or page leaves the image as it is.
 */
function linkedFullSize(img: Element, src: string, base: string): string {
  const link = closestLink(img);
  if (!link || !isImageFileLink(link)) return '';
  // Only a thumbnail narrower than the reader's column: a photo set at the column's width is shown
  // as it is, not swapped for a far larger original.
  const width = Number(digits(img.getAttribute('width'))) || resizedWidth(src, base);
  if (!(width > 0 && width < MAX_THUMBNAIL_WIDTH)) return '';
  const href = imageUrl(link.getAttribute('href') ?? '', base);
  if (!href || href === src || isPlaceholderSrc(href)) return '';
  // The same picture's name, but another size of it: a copy of the same file on another host or
  // path (an archive's, a resizing proxy's) is no larger.
  const name = imageFileName(href, base);
  const sameFile = fileSegment(href, base) === fileSegment(src, base);
  if (name && !sameFile && name === imageFileName(src, base)) return href;
  // Or the size named by a folder of the path, the file name the same or none (Blogger).
  return largerBySizeSegment(src, href, base) ? href : '';
}

// A writer's photo is named so where it is kept or in its markup: a folder of avatars or authors
// ("/avatar80x80/", "/autores/", "thumb__15066__author/", a gravatar address) or an img class
// ("thumbnail_author_single"); trafilatura-dev: author boxes of eight publishers; fixture
// figures-writer-photo.html. A file name alone says less ("authors-at-the-book-fair.jpg").
const WRITER_WORD = '(?:avatars?|gravatar|authors?|autor(?:in|en|es)?|autores|byline)';
const WRITER_FOLDER_RE = new RegExp(`(?:^|[/_.-])${WRITER_WORD}(?=[_.\\d-]|x\\d|/)`, 'i');
const WRITER_FILE_RE = /^(?:avatar|gravatar)/i;
const WRITER_CLASS_RE = new RegExp(`(?:^|[\\s_-])${WRITER_WORD}(?=[\\s_-]|$)`, 'i');

/** The photo of the story's writer, not of the story: it goes with the byline. */
export function isWriterPhoto(img: Element, src: string): boolean {
  return WRITER_CLASS_RE.test(`${img.getAttribute('class') ?? ''} ${img.id}`) || isWriterAddress(src);
}

const isWriterAddress = memoized((src: string): boolean => {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return false;
  }
  const file = url.pathname.split('/').pop() ?? '';
  const folders = url.pathname.slice(0, url.pathname.length - file.length);
  return WRITER_FOLDER_RE.test(`${url.hostname}${folders}`) || WRITER_FILE_RE.test(file);
});

export function isIcon(info: ImageInfo): boolean {
  const w = Number(info.width || Number.NaN);
  const h = Number(info.height || Number.NaN);
  return (
    (w < MIN_FIGURE_SIDE && h < MIN_FIGURE_SIDE) ||
    (w < MIN_FIGURE_SIDE && Number.isNaN(h)) ||
    (h < MIN_FIGURE_SIDE && Number.isNaN(w))
  );
}

// An image its page sizes in the text's own units is set in the line: a formula's rendering
// ("width:3.139ex; height:2.676ex", MediaWiki's math images, readability-pages wikipedia-3), a
// glyph. Made a figure, it split its sentence in two. Up to this height a displayed equation is
// still a line of the text; a photo is never sized so.
const MAX_TEXT_SCALED_EM = 6;
const STYLE_HEIGHT_RE = /(?:^|[;\s])height\s*:\s*(\d+(?:\.\d+)?|\.\d+)(r?em|ex)\b/i;
const EX_IN_EM = 0.5;

/** An image whose inline style sets its height in em or ex, a line's height or a few. */
export function isTextScaled(img: Element): boolean {
  const m = STYLE_HEIGHT_RE.exec(img.getAttribute('style') ?? '');
  if (!m) return false;
  const em = Number(m[1]) * (m[2]!.toLowerCase() === 'ex' ? EX_IN_EM : 1);
  return em <= MAX_TEXT_SCALED_EM;
}

// What a typed emoticon becomes: the forum's shortcode (":grr:"), the smiley (":)", ";-)", ":D"), an
// emoji. Blog and forum engines set one as a small image with the typed text as its alt, often with
// no size (trafilatura-dev: a forum's ":grr:" and ":wow:" shown as figures; WordPress's "wp-smiley"
// images with ":)" in scrapinghub-dev pages); it is a word of the sentence, not a photo (fixture
// figures-emoticon-images.html).
const EMOJI = '(?:\\p{Extended_Pictographic}[\\u{1F3FB}-\\u{1F3FF}\\uFE0F]*\\u200D?){1,4}';
const EMOTICON_ALT_RE = new RegExp(
  `^(?::[\\w+-]{1,30}:|[:;=8][-'^o]?[()DPpOo3/\\\\|*[\\]{}@$<>]{1,2}|<3|${EMOJI})$`,
  'u',
);
const EMOJI_ALT_RE = new RegExp(`^${EMOJI}$`, 'u');

/**
 * An image drawn for an emoji whose alt is the emoji itself (WordPress's "wp-smiley" SVGs): the
 * character says it as well in any font, and reads in the plain text (fixture
 * figures-emoticon-images.html).
 */
export const isEmojiAlt = (alt: string): boolean => EMOJI_ALT_RE.test(alt);

/** An image that stands for a typed emoticon: a word of the sentence, never a figure. */
export const isEmoticon = (info: ImageInfo): boolean => EMOTICON_ALT_RE.test(info.alt);

/**
 * An image inside a form label is the control's look (the tick of a styled checkbox in a recipe's
 * ingredient list, trafilatura-dev: a Polish recipe page), never a photo: made a figure, it took
 * the ingredient's name with it (fixture core-checklist-labels.html).
 */
export const isControlImage = (img: Element): boolean => closestTag(img, 'label') !== null;

/**
 * An image on a link to the site's own front page is its logo, wherever the template sets it: a
 * page builder's menu block has no <header> or <nav> to say so, and the logo became the article's
 * first figure (fixture figures-front-page-logo.html: a Tilda page). `site` is the page's address.
 */
export function isFrontPageLogo(img: Element, site: string): boolean {
  const a = closestLink(img);
  return a !== null && isFrontPageHref(a.getAttribute('href') ?? '', site);
}

/**
 * A magnifier glyph on a link to the full-size picture ("拡大", fundus Mainichi): a control. Kept
 * as an image, it counted as a second picture in the photo's box and parted photo from caption.
 */
export function isEnlargeIcon(img: Element, info: ImageInfo): boolean {
  const a = img.parentElement;
  return a?.localName === 'a' && isImageFileLink(a) && (SVG_FILE_RE.test(info.src) || isIcon(info));
}
