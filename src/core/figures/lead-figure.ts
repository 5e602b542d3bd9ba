// The article's lead image often sits outside the chosen content (in the header, between the
// headline and the body). Finds that canonical figure so the pipeline can put it first.
import { FIGURE_ATTR } from './figure-mark';

// Only the last few figures before the content can be its lead image.
const MAX_CANDIDATES = 8;
// Author photos and logos sit between headline and body too (fundus LuxemburgerWort, Spiegel).
const NOT_LEAD_RE = /avatar|author|autor|profile|headshot|portrait|logo|icon|byline|sprite|badge/i;
// An uncaptioned figure must be declared at least this wide to count as a lead photo.
const MIN_LEAD_WIDTH = 400;
// Captioned figures narrower than this are avatars or logos (CBC author square: 80 px).
const MIN_LEAD_WIDTH_CAPTIONED = 150;
// Captions shorter than this (words) name a person under a portrait.
const MIN_LEAD_CAPTION_WORDS = 4;
// More text than this between figure and content means another block (headline, dek and byline
// stay well under it; fundus Spiegel has 1.5k chars of lead paragraphs the body choice skipped).
const MAX_TEXT_BETWEEN = 2500;

function fileName(u: string): string {
  try {
    return (new URL(u).pathname.split('/').pop() ?? '').toLowerCase();
  } catch {
    return '';
  }
}

function ogImage(doc: Document): string {
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:image' || key === 'twitter:image') return m.getAttribute('content') ?? '';
  }
  return '';
}

function imageKeys(fig: Element): string[] {
  const img = fig.querySelector('img');
  if (!img) return [];
  const keys = [fileName(img.getAttribute('src') ?? '')];
  for (const part of (img.getAttribute('srcset') ?? '').split(/,\s+/))
    keys.push(fileName(part.trim().split(/\s+/)[0] ?? ''));
  return keys.filter(Boolean);
}

/** Text characters between `from` and `to` (document order), counted up to `limit`. */
function textBetween(from: Element, to: Element, limit: number): number {
  const walker = from.ownerDocument.createTreeWalker(from.ownerDocument.body ?? from.ownerDocument, 4);
  walker.currentNode = from;
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (to.contains(n) || (to.compareDocumentPosition(n) & 4) !== 0) break;
    if (from.contains(n)) continue;
    // Link text (teaser boxes between the lead image and the body, fundus Spiegel) does not count.
    if (n.parentElement?.closest('a[href]')) continue;
    total += (n.nodeValue ?? '').trim().length;
    if (total > limit) break;
  }
  return total;
}

export function findLeadFigure(workBody: Element, content: Element): Element | null {
  const first = content.querySelector(`figure[${FIGURE_ATTR}]`);
  if (first && content.firstElementChild === first) return null;
  const figs = workBody.querySelectorAll(`figure[${FIGURE_ATTR}]`);
  const og = fileName(ogImage(workBody.ownerDocument));
  const before: Element[] = [];
  for (let i = 0; i < figs.length; i++) {
    const fig = figs[i]!;
    if (content.contains(fig) || fig.contains(content)) continue;
    if ((fig.compareDocumentPosition(content) & 4) === 0) break; // past the content start
    if (fig.closest('nav, footer, aside')) continue;
    before.push(fig);
  }
  // The og:image's figure is the lead image wherever it sits before the content.
  if (og) {
    const hit = before.find((f) => imageKeys(f).includes(og));
    if (hit) return hit;
  }
  // Otherwise the closest figure before the content, if it looks like a photo of the article:
  // captioned or declared large, not a link to another page, and with little text in between
  // (fundus Guardian: media above the headline; CBC: an avatar before the lead photo).
  const tried = before.slice(-MAX_CANDIDATES).reverse();
  for (const fig of tried) {
    if (fig.closest('a[href]')) continue;
    const img = fig.querySelector('img');
    if (NOT_LEAD_RE.test(`${img?.getAttribute('src') ?? ''} ${img?.getAttribute('alt') ?? ''}`)) continue;
    const words = (fig.querySelector('.folio-caption')?.textContent ?? '')
      .trim()
      .split(/\s+/)
      .filter(Boolean).length;
    const w = Number(img?.getAttribute('width') ?? 0);
    if (w > 0 && w < MIN_LEAD_WIDTH_CAPTIONED) continue;
    // A portrait's caption is a name ("André Klein, Redakteur"); a lead photo's says what happens.
    if (w < MIN_LEAD_WIDTH && words < MIN_LEAD_CAPTION_WORDS) continue;
    if (textBetween(fig, content, MAX_TEXT_BETWEEN) > MAX_TEXT_BETWEEN) return null;
    return fig;
  }
  return null;
}
