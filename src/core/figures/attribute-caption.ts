// Captions and credits that a page keeps in the image's attributes rather than in visible text: a
// slideshow or lightbox reads `data-caption` / `data-credit` from the <img>, and alt texts that end
// in a labelled credit ("… © Agency Foto: Name").
import { collapse } from '../dom/text';
import { isPageLink } from './element-roles';
import { isPlayerText } from './player-text';
import { splitCredit } from './split-credit';

// `data-caption`, `data-image-caption`, `data-photo-credit`, `data-copyright`, `data-source`…
const DATA_NAME_RE = /^data-(?:image-|img-|photo-|media-)?(caption|credit|copyright|photographer|source)$/;
// An attribute value that is an address, not a text ("data-source" may name the image file).
const ADDRESS_RE = /^(?:[a-z]+:|\/|\.\.?\/|www\.)|\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;
// Attribute captions longer than this are whole descriptions or markup, not captions.
const MAX_ATTRIBUTE_CAPTION_CHARS = 600;
// A credit read from the alt text is a name or agency: anything longer is description.
const MAX_ALT_CREDIT_CHARS = 60;
// The alt names a credit only after a copyright sign or a credit label with a colon.
const ALT_CREDIT_MARK_RE =
  /©|\(c\)|(?:^|[\s.,;|(])(?:foto|photo|bild|credit|image|crédit|fotografía)s?\s*:/iu;

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
 * The caption and credit an image carries in its own (or its <picture>'s) data attributes. A photo
 * that links to another page is a teaser: what its attributes say is for the page it links to.
 */
export function attributeCaption(img: Element): AttributeCaption {
  const out: AttributeCaption = { caption: '', credit: '' };
  const link = img.closest('a[href]');
  if (link && isPageLink(link)) return out;
  const owners = img.parentElement?.localName === 'picture' ? [img, img.parentElement] : [img];
  for (const el of owners) {
    for (const name of el.getAttributeNames()) {
      const kind = DATA_NAME_RE.exec(name)?.[1];
      if (!kind) continue;
      const t = attributeText(el, name);
      if (!t) continue;
      if (kind === 'caption' && !out.caption) out.caption = TWO_WORDS_RE.test(t) ? t : '';
      else if (kind !== 'caption' && !out.credit) out.credit = splitCredit(t).credit || t;
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
