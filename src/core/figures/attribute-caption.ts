// Captions and credits that a page keeps in the image's attributes rather than in visible text: a
// slideshow or lightbox reads `data-caption` / `data-credit` from the <img>, and alt texts that end
// in a labelled credit ("… © Agency Foto: Name").
import { CAPTION_DATA_RE, LIGHTBOX_TEXT_RE } from '../dom/copy-rules';
import { collapse } from '../dom/text';
import { closestLink } from '../dom/walk';
import { isPageLink } from './element-roles';
import type { ImageCounts } from './image-counts';
import { imageFileName, imageFileNames } from './image-file-name';
import { isPlayerText } from './player-text';
import { splitCredit, wholeCredit } from './split-credit';

// How far up a slide or lightbox wrapper holding only this image may carry its attributes.
const MAX_OWNER_LEVELS = 2;
// A lightbox link opens the image file itself.
const IMAGE_HREF_RE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;
// An attribute value that is an address, not a text ("data-source" may name the image file). A
// scheme's colon is followed by the address; a label's by a space ("Photo: Jane Roe", fixture
// figures-linked-placeholder-gallery.html).
const ADDRESS_RE =
  /^(?:[a-z][a-z\d+.-]*:(?=\S)|\/|\.\.?\/|www\.)|\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;
// Attribute captions longer than this are whole descriptions or markup, not captions.
const MAX_ATTRIBUTE_CAPTION_CHARS = 600;
// A credit read from the alt text is a name or agency: anything longer is description.
const MAX_ALT_CREDIT_CHARS = 60;
// The alt names a credit only after a copyright sign or a credit label with a colon.
const ALT_CREDIT_MARK_RE = /©|\(c\)|(?:^|[\s.,;|(])(?:foto|photo|bild|credit|image|crédit|fotografía)s?\s*:/i;

export interface AttributeCaption {
  caption: string;
  credit: string;
}

// Some pages keep markup in the attribute ("(Quelle:&nbsp;<cite>Name/Agency</cite>)").
const TAG_RE = /<[^>]*>/g;
// A caption says something: two words at least, or a run of CJK text, which has no spaces (wiki
// engines leave one-token placeholders such as "`UNIQ--ref-…`" there).
const TWO_WORDS_RE =
  /\p{L}{2,}\S*\s+\S*\p{L}{2,}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,}/u;

function attributeText(el: Element, name: string): string {
  const t = collapse((el.getAttribute(name) ?? '').replace(TAG_RE, ' ').replace(/&nbsp;/g, ' '));
  return t.length <= MAX_ATTRIBUTE_CAPTION_CHARS && !ADDRESS_RE.test(t) && !isPlayerText(t) ? t : '';
}

/**
 * The image, its <picture>, the lightbox link that opens its file, and the slide wrappers (a level
 * or two up) that hold no other kept image (ImageCounts, not a count per image: a wrapper may hold
 * the whole article): a gallery script reads the caption from any of them.
 */
function attributeOwners(img: Element, link: Element | null, counts: ImageCounts): Element[] {
  const owners = [img];
  let up = img.parentElement;
  if (up?.localName === 'picture') {
    owners.push(up);
    up = up.parentElement;
  }
  if (link && IMAGE_HREF_RE.test(link.getAttribute('href') ?? '')) owners.push(link);
  for (let level = 0; up && level < MAX_OWNER_LEVELS; level++, up = up.parentElement) {
    const tag = up.localName;
    if (tag === 'body' || tag === 'article' || tag === 'main') break;
    if (counts.of(up) !== 1) break;
    if (up !== link) owners.push(up);
    if (tag === 'figure') owners.push(...emptyCaptions(up));
  }
  return owners;
}

/**
 * A figure's figcaptions with no text: a script writes the caption and credit there from their own
 * attributes ("<figcaption data-c-caption=… data-c-credit=…></figcaption>"; fixture
 * figures-caption-in-attributes-of-figcaption.html).
 */
function emptyCaptions(figure: Element): Element[] {
  const out: Element[] = [];
  for (let c = figure.firstElementChild; c; c = c.nextElementSibling)
    if (c.localName === 'figcaption' && !(c.textContent ?? '').trim()) out.push(c);
  return out;
}

// Relative addresses are read against any base: only the file names are compared.
const ANY_BASE = 'https://base.invalid/';
const opensOwnFile = (link: Element, img: Element): boolean =>
  imageFileNames(img, ANY_BASE).includes(imageFileName(link.getAttribute('href') ?? '', ANY_BASE));

const namesCaptionOrCredit = (name: string): boolean =>
  CAPTION_DATA_RE.test(name) || LIGHTBOX_TEXT_RE.test(name);

/**
 * What an attribute's text `t` is: its name's kind ("caption", "credit", "copyright"…); a lightbox's
 * title is the caption, its description the credit when it is one, else more of the caption.
 */
function attributeKind(name: string, t: string): string {
  const lightbox = LIGHTBOX_TEXT_RE.exec(name)?.[1]?.toLowerCase();
  if (lightbox === 'title') return 'caption';
  if (lightbox === 'description') return wholeCredit(t) ? 'credit' : 'caption';
  return CAPTION_DATA_RE.exec(name)?.[1] ?? '';
}

/**
 * The caption and credit an image carries in its own (or its <picture>'s) data attributes. A photo
 * that links to another page is a teaser: what its attributes say is for the page it links to.
 */
export function attributeCaption(img: Element, counts: ImageCounts): AttributeCaption {
  const out: AttributeCaption = { caption: '', credit: '' };
  const link = closestLink(img);
  if (link && isPageLink(link)) return out;
  for (const el of attributeOwners(img, link, counts)) {
    for (const name of el.getAttributeNames()) {
      const t = namesCaptionOrCredit(name) ? attributeText(el, name) : '';
      const kind = t ? attributeKind(name, t) : '';
      if (!kind) continue;
      if (kind === 'caption' && !out.caption) out.caption = TWO_WORDS_RE.test(t) ? t : '';
      else if (kind !== 'caption' && !out.credit) out.credit = splitCredit(t).credit || t;
    }
    // A lightbox shows the title of the link that opens the image file as its caption, when the
    // file is this photo's (a larger copy of it); a zoom icon's link opens another picture
    // (fixture figures-caption-lightbox-title.html).
    if (el === link && el !== img && !out.caption && opensOwnFile(link, img)) {
      const t = attributeText(el, 'title');
      if (wholeCredit(t)) out.credit ||= wholeCredit(t);
      else if (TWO_WORDS_RE.test(t)) out.caption = t;
    }
  }
  if (out.caption && !out.credit) {
    // A caption attribute alone is as often a lightbox's or a teaser's text; with its credit beside
    // it (or inside it) it describes this photo.
    const split = splitCredit(out.caption);
    return split.credit ? split : { caption: '', credit: '' };
  }
  return out;
}

/** "Ein Meteorit liegt in Elmshorn © NDR Foto: Jane Roe" → "Jane Roe"; '' without a marked credit. */
export function altCredit(img: Element): string {
  const alt = collapse(img.getAttribute('alt'));
  if (!ALT_CREDIT_MARK_RE.test(alt)) return '';
  const credit = splitCredit(alt).credit;
  return credit.length <= MAX_ALT_CREDIT_CHARS ? credit : '';
}
