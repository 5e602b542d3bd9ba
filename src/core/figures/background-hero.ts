// A lead photo drawn as a box's CSS background (style="background-image:url(…)"): blog and magazine
// themes set the featured image that way, above or behind the headline (trafilatura-dev: a climbing
// magazine's "cover-bg", a Ghost theme's "post-head has-image", a diving portal's header frame). The
// work copy keeps no style, so the photo was lost and its credit listed as a caption without an
// image. The page's share image counts, and a background with a caption of its own (a caption box
// inside it or right after it): other backgrounds are patterns, teaser thumbnails and decoration.
// Fixtures figures-lead-background-image.html, figures-background-photo-with-caption.html.

import type { PairHook } from '../dom/copy-result';
import { select } from '../dom/find';
import { closestLink } from '../dom/walk';
import { isCaptionElement, isPageLink, isStrictCreditElement } from './element-roles';
import { imageFileName, imageFileNames } from './image-file-name';
import { bestFromSrcset, isPlaceholderSrc, URLISH_RE } from './image-source';

// Lazy loaders keep a background's address in a data attribute until the box scrolls into view
// (`data-bg="photo.jpg"`, `data-bgset="a.jpg 600w, b.jpg 1200w"`; fixture
// figures-background-photo-lazy.html): an address, a url() or a set.
const LAZY_BACKGROUND_ATTRS = [
  'data-bg',
  'data-background',
  'data-background-image',
  'data-bg-src',
  'data-bgset',
];
const BACKGROUND_SELECTOR = ['[style*="url"]', ...LAZY_BACKGROUND_ATTRS.map((a) => `[${a}]`)].join(',');
const hasStyleUrl = (el: Element): boolean => !!el.getAttribute('style')?.includes('url');
const LAZY_BACKGROUND_ATTR_SET = new Set(LAZY_BACKGROUND_ATTRS);
// The element's attribute names read once: five lookups by name per element cost jsdom's walk over
// a page 60% more (scrapinghub-dev, 1.1 against 1.8 ms a page; scratch probe).
function hasBackground(el: Element): boolean {
  for (const name of el.getAttributeNames())
    if (name === 'style' ? hasStyleUrl(el) : LAZY_BACKGROUND_ATTR_SET.has(name)) return true;
  return false;
}
const BACKGROUND_RE = /background(?:-image)?\s*:/i;
// A hero's style is a few declarations; a longer one is not read (a page's own stress on the scan).
const MAX_STYLE_CHARS = 2000;
// Boxes drawing the share image looked at: a teaser of the same story may come first.
const MAX_HEROES = 4;

const isShownCaption = (el: Element | null): boolean =>
  !!el && isCaptionElement(el) && !!el.textContent?.trim();

/** A child of `box` passes `test`. */
function holdsChild(box: Element, test: (el: Element) => boolean): boolean {
  for (let c = box.firstElementChild; c; c = c.nextElementSibling) if (test(c)) return true;
  return false;
}

const isShownCredit = (el: Element): boolean => isStrictCreditElement(el) && !!el.textContent?.trim();

/** A caption box as a child of `box` or right after it: what a photo has and a pattern has not. */
const hasOwnCaption = (box: Element): boolean =>
  isShownCaption(box.nextElementSibling) || holdsChild(box, isShownCaption);

/**
 * The page's boxes drawing the share image, or a captioned photo, as their background, with its
 * address as written.
 */
export function findBackgroundHeroes(srcBody: Element, shareImage: string): Map<Element, string> {
  const heroes = new Map<Element, string>();
  const shareFile = imageFileName(shareImage);
  for (const el of select(srcBody, BACKGROUND_SELECTOR, hasBackground)) {
    const url = backgroundUrl(el.getAttribute('style') ?? '') || lazyBackgroundUrl(el);
    // An address, not a theme's unfilled template ("#hex or http://imageurl": trafilatura-dev, a blog).
    if (!url || !URLISH_RE.test(url)) continue;
    if (!(shareFile && imageFileName(url, shareImage) === shareFile) && !hasOwnCaption(el)) continue;
    heroes.set(el, url);
    if (heroes.size >= MAX_HEROES) break;
  }
  return heroes;
}

/**
 * The address in the first background declaration's url(): `background: #000 url("a.jpg")
 * center/cover`, `background-image: url(a.jpg)`. Read by string search, not one pattern: a pattern
 * that backtracks took seconds on a style repeating "background: url(" (hostile pages).
 */
export function backgroundUrl(style: string): string {
  if (style.length > MAX_STYLE_CHARS) return '';
  const m = BACKGROUND_RE.exec(style);
  if (!m) return '';
  const end = style.indexOf(';', m.index);
  const declaration = style.slice(m.index + m[0].length, end < 0 ? undefined : end);
  const open = declaration.toLowerCase().indexOf('url(');
  if (open < 0) return '';
  const rest = declaration.slice(open + 4).trim();
  const quote = rest[0] === '"' || rest[0] === "'" ? rest[0] : '';
  const close = quote ? rest.indexOf(quote, 1) : rest.indexOf(')');
  if (close < 0) return '';
  return rest.slice(quote ? 1 : 0, close).trim();
}

/** The address a lazy loader keeps for the box's background; '' when none or a placeholder. */
function lazyBackgroundUrl(el: Element): string {
  for (const name of LAZY_BACKGROUND_ATTRS) {
    const value = el.getAttribute(name)?.trim();
    if (!value || value.length > MAX_STYLE_CHARS) continue;
    const url = value.toLowerCase().startsWith('url(')
      ? backgroundUrl(`background:${value}`)
      : // A set may hold sets for media queries, "a.jpg [--small] | b.jpg 600w, c.jpg 1200w": the
        // last is the default one.
        bestFromSrcset(value.split('|').pop() ?? '');
    if (url && !isPlaceholderSrc(url)) return url;
  }
  return '';
}

/** A pair hook that notes the copy of each hero box (and calls `then`, the caller's own hook). */
export function pairHeroes(
  heroes: Map<Element, string>,
  copies: Map<Element, string>,
  then?: PairHook,
): PairHook {
  return (source, copy) => {
    const url = heroes.get(source);
    if (url !== undefined) copies.set(copy, url);
    then?.(source, copy);
  };
}

/**
 * Gives the first hero box in the work copy a <figure> with its photo: in place of an empty box, before
 * a box with content (a header holding the headline, whose text is no caption). Not for a box inside
 * a link to another page (a teaser of another story), nor when the page shows the photo as an <img>
 * already.
 */
export function addHeroImages(root: Element, copies: Map<Element, string>, base: string): void {
  if (!copies.size) return;
  const doc = root.ownerDocument;
  const shown = new Set(
    Array.from(root.getElementsByTagName('img')).flatMap((img) => imageFileNames(img, base)),
  );
  for (const [box, url] of copies) {
    // A name is read against the page's base: a page without a share image has relative addresses,
    // which must not all read as the same empty name (fixture figures-background-photo-lazy.html).
    const name = imageFileName(url, base);
    if (!root.contains(box) || shown.has(name)) continue;
    const link = closestLink(box);
    if (link && isPageLink(link)) continue;
    const figure = doc.createElement('figure');
    const img = figure.appendChild(doc.createElement('img'));
    img.setAttribute('src', url);
    // A box drawn as a picture may say what it shows (role="img" aria-label="…").
    img.setAttribute('alt', box.getAttribute('role') === 'img' ? (box.getAttribute('aria-label') ?? '') : '');
    if (!box.firstElementChild && !box.textContent?.trim()) box.replaceWith(figure);
    // The photo goes in the box with its caption or its credit, so either is found as the photo's
    // ("<div class=lead-media style=…><span class=credit>Tom Berg</span></div>": fixture
    // figures-lead-background-image.html).
    else if (holdsChild(box, isShownCaption) || holdsChild(box, isShownCredit)) box.prepend(figure);
    else box.before(figure);
    // Other boxes drawing the same photo draw it again for other screen sizes.
    if (name) shown.add(name);
  }
}
