// Captions and credits that a page keeps in the image's attributes rather than in visible text: a
// slideshow or lightbox reads `data-caption` / `data-credit` from the <img>, and alt texts that end
// in a labelled credit ("… © Agency Foto: Name").
import { collapse } from '../dom/text';
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

function attributeText(el: Element, name: string): string {
  const t = collapse(el.getAttribute(name));
  return t.length <= MAX_ATTRIBUTE_CAPTION_CHARS && !ADDRESS_RE.test(t) && !isPlayerText(t) ? t : '';
}

/** The caption and credit an image carries in its own (or its <picture>'s) data attributes. */
export function attributeCaption(img: Element): AttributeCaption {
  const out: AttributeCaption = { caption: '', credit: '' };
  const owners = img.parentElement?.localName === 'picture' ? [img, img.parentElement] : [img];
  for (const el of owners) {
    for (const name of el.getAttributeNames()) {
      const kind = DATA_NAME_RE.exec(name)?.[1];
      if (!kind) continue;
      const t = attributeText(el, name);
      if (!t) continue;
      if (kind === 'caption' && !out.caption) out.caption = t;
      else if (kind !== 'caption' && !out.credit) out.credit = splitCredit(t).credit || t;
    }
  }
  if (out.caption && !out.credit) {
    const split = splitCredit(out.caption);
    if (split.credit) return split;
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
