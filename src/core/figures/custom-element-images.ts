// AMP pages draw their photos with <amp-img>/<amp-anim>, which only AMP's script turns into an
// <img>; a saved or script-less copy keeps the bare element. Each one without an <img> inside
// becomes a plain <img> with the same address, so that its photo and caption are kept. Other
// custom elements do the same inside a <figure> ("<lazy-image data-src=…>"), and so do empty plain
// placeholders that a lazy loader fills ("<div class="js-delayed-image-load" data-src=… data-alt=…>",
// trafilatura-dev and scrapinghub-dev: a broadcaster's news pages): a figure with no image of its own
// gets one from the first such element that names a photo's address.
import type { Deadline } from '../dom/deadline';
import { closestBy, findElements, firstElement, isImg } from '../dom/walk';
import { isImageFileLink } from './element-roles';

const AMP_IMAGE_TAGS = ['amp-img', 'amp-anim'];
const COPIED_ATTRS = ['src', 'srcset', 'alt', 'width', 'height', 'title'];
// Where a custom element keeps its photo's address, most specific first.
const CUSTOM_SRC_ATTRS = ['src', 'data-src', 'data-lazy-src', 'data-original', 'data-image', 'data-url'];
const CUSTOM_SRCSET_ATTRS = ['srcset', 'data-srcset'];
// Only an address that names an image file: custom elements also carry video and script addresses.
const IMAGE_FILE_RE = /\.(?:jpe?g|png|webp|avif|gif)(?:[?#\s,]|$)/i;
const IMAGE_LIKE_TAGS = ['img', 'picture', 'video', 'svg', 'canvas', 'iframe'];

export function promoteAmpImages(root: Element, deadline?: Deadline): void {
  const doc = root.ownerDocument;
  for (const tag of AMP_IMAGE_TAGS) {
    for (const amp of Array.from(root.getElementsByTagName(tag))) {
      deadline?.tick();
      // A fallback image of a broken <amp-img> sits inside it with the `fallback` attribute.
      if (!root.contains(amp) || closestBy(amp, (el) => el.hasAttribute('fallback')) !== null) continue;
      const inner = firstElement(amp, isImg);
      if (inner) {
        for (const name of COPIED_ATTRS) {
          const v = amp.getAttribute(name);
          if (v !== null && !inner.hasAttribute(name)) inner.setAttribute(name, v);
        }
        amp.replaceWith(inner);
        continue;
      }
      if (!amp.getAttribute('src') && !amp.getAttribute('srcset')) continue;
      const img = doc.createElement('img');
      for (const name of COPIED_ATTRS) {
        const v = amp.getAttribute(name);
        if (v !== null) img.setAttribute(name, v);
      }
      amp.replaceWith(img);
    }
  }
}

/** A custom element, or a plain element with nothing in it that a script would draw into. */
const isImagePlaceholder = (el: Element): boolean =>
  el.localName.includes('-') || (el.childElementCount === 0 && !el.textContent?.trim());

// An ImageObject (the microdata type) may name its photo's address as its itemid, where a lazy loader draws the
// <img> later ("<figure itemtype=…/ImageObject itemid=…jpg><div data-testid="lazyimage-container">
// </div><figcaption>", readability-pages nytimes-3; fixture figures-image-object-address.html).
const IMAGE_OBJECT_RE = /(?:^|\/)ImageObject$/i;

function imageObjectAddress(figure: Element): string {
  const scope = closestBy(figure, (el) => el.hasAttribute('itemtype'));
  if (!scope || !IMAGE_OBJECT_RE.test(scope.getAttribute('itemtype') ?? '')) return '';
  const id = scope.getAttribute('itemid')?.trim() ?? '';
  return IMAGE_FILE_RE.test(id) ? id : '';
}

// The formats a browser shows every reader: a <picture>'s fallback is among them, after the newer
// formats in their own <source>s.
const COMMON_FORMAT_RE = /^image\/(?:jpe?g|png|gif)$/i;

/**
 * A <picture> whose <img> a lazy loader writes in only with its script ("<picture><source
 * data-srcset=…></picture>") gets an <img> with a source's addresses: the one in a format every
 * browser shows, else the last, the fallback (fixture figures-picture-without-img.html).
 */
export function promoteBarePictures(root: Element, deadline?: Deadline): void {
  const doc = root.ownerDocument;
  for (const picture of Array.from(root.getElementsByTagName('picture'))) {
    deadline?.tick();
    // A <noscript> copy of the photo beside it, promoted already, draws the same picture.
    if (firstElement(picture.parentElement ?? picture, isImg)) continue;
    const sets = Array.from(picture.getElementsByTagName('source'))
      .map((source) => ({
        type: source.getAttribute('type')?.trim() ?? '',
        srcset: CUSTOM_SRCSET_ATTRS.map((a) => source.getAttribute(a)?.trim() ?? '').find(Boolean) ?? '',
      }))
      .filter((s) => s.srcset);
    const chosen = sets.find((s) => COMMON_FORMAT_RE.test(s.type)) ?? sets[sets.length - 1];
    if (!chosen) continue;
    const img = doc.createElement('img');
    img.setAttribute('srcset', chosen.srcset);
    for (const name of ['alt', 'width', 'height']) {
      const v = picture.getAttribute(name) ?? picture.getAttribute(`data-${name}`);
      if (v !== null) img.setAttribute(name, v);
    }
    picture.appendChild(img);
  }
}

/**
 * A figure that holds no image gets one from the address its ImageObject markup states, or from a
 * custom element naming a photo's address.
 */
export function promoteCustomImages(root: Element, deadline?: Deadline): void {
  const doc = root.ownerDocument;
  for (const figure of Array.from(root.getElementsByTagName('figure'))) {
    deadline?.tick();
    if (IMAGE_LIKE_TAGS.some((t) => figure.getElementsByTagName(t).length > 0)) continue;
    const stated = imageObjectAddress(figure);
    if (stated) {
      const img = doc.createElement('img');
      img.setAttribute('src', stated);
      figure.insertBefore(img, figure.firstChild);
      continue;
    }
    // A tree walk, not getElementsByTagName('*'), which some DOMs (linkedom) answer with nothing.
    for (const el of findElements(figure, isImagePlaceholder)) {
      const src = CUSTOM_SRC_ATTRS.map((a) => el.getAttribute(a)?.trim() ?? '').find((v) =>
        IMAGE_FILE_RE.test(v),
      );
      const srcset = CUSTOM_SRCSET_ATTRS.map((a) => el.getAttribute(a)?.trim() ?? '').find((v) =>
        IMAGE_FILE_RE.test(v),
      );
      if (!src && !srcset) continue;
      const img = doc.createElement('img');
      if (src) img.setAttribute('src', src);
      if (srcset) img.setAttribute('srcset', srcset);
      for (const name of ['alt', 'width', 'height', 'title']) {
        const v = el.getAttribute(name) ?? el.getAttribute(`data-${name}`);
        if (v !== null) img.setAttribute(name, v);
      }
      // A wrapper with the caption inside keeps it: the photo goes before it, inside the figure.
      if (el.childElementCount > 0 || el.textContent?.trim()) el.before(img);
      else el.replaceWith(img);
      break;
    }
  }
}

// A gallery builder draws each photo as the background of an empty box inside the link that opens
// the photo's file ("<a href=photo.jpg><div class="e-gallery-image" role="img" data-thumbnail=…>
// </div></a>", Elementor): without its script the gallery had no photo at all. The box says it
// stands for a picture by its role or its class.
const PICTURE_BOX_CLASS_RE = /image|img|photo|thumb|picture/i;
const isPictureBox = (el: Element): boolean =>
  isImagePlaceholder(el) &&
  (el.getAttribute('role') === 'img' || PICTURE_BOX_CLASS_RE.test(el.getAttribute('class') ?? ''));
const holdsImageLike = (el: Element): boolean =>
  IMAGE_LIKE_TAGS.some((t) => el.getElementsByTagName(t).length > 0);

/**
 * Each link that opens a photo's file and holds only an empty picture box gets the photo as an
 * <img> in the box's place; a zoom link beside its photo, whose box holds the photo, is left as it
 * is (fixture figures-linked-placeholder-gallery.html).
 */
export function promoteLinkedPlaceholders(root: Element, deadline?: Deadline): void {
  const doc = root.ownerDocument;
  // All found before any is drawn: a gallery's links sit side by side, and a photo drawn for one
  // would pass the next for a zoom link beside it.
  const found: [Element, string][] = [];
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    deadline?.tick();
    if (!isImageFileLink(a) || a.textContent?.trim() || holdsImageLike(a)) continue;
    const box = firstElement(a, isPictureBox);
    if (box && !(a.parentElement && holdsImageLike(a.parentElement)))
      found.push([box, a.getAttribute('href')?.trim() ?? '']);
  }
  for (const [box, href] of found) {
    const img = doc.createElement('img');
    img.setAttribute('src', href);
    const label = box.getAttribute('aria-label')?.trim();
    if (label) img.setAttribute('alt', label);
    box.replaceWith(img);
  }
}
