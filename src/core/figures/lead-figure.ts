// The article's lead image often sits outside the chosen content (in the header, between the
// headline and the body). Finds that canonical figure, or its gallery, so the pipeline can put it first.

import { canonicalFigures, FIGURE_ATTR, figureCaption, figureImage } from '../canonical-figure';
import { parseSrcset } from '../dom/url';
import { closestBy, closestLink } from '../dom/walk';
import { countWords } from '../output/reading-time';
import { inPageLink } from './element-roles';
import { imageFileName, imageFileNames, namedWords } from './image-file-name';

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
// Chinese and Japanese set no spaces between words: a caption's characters count as words at this
// many to one ("トンネルの完成予想図（市提供）" says what happens; "山田花子さん" names a sitter; fixture
// figures-lead-cjk-caption.html).
const CJK_CHARS_PER_WORD = 2.5;
// More text than this between figure and content means another block (headline, dek and byline
// stay well under it; fundus Spiegel has 1.5k chars of lead paragraphs the body choice skipped).
const MAX_TEXT_BETWEEN = 2500;
// Between a photo under the standfirst and the text: a date line at most.
const MAX_LINE_CHARS = 120;

// "1600w": a srcset candidate's width descriptor ("2x", a density, says nothing of the width).
const WIDTH_DESCRIPTOR_RE = /^(\d{1,5})w$/;

/**
 * The width the page gives the image: its width attribute, else the widest candidate its srcset
 * offers (a responsive lead photo often has no width attribute; fixture
 * figures-lead-responsive-no-caption.html).
 */
function declaredWidth(img: Element): number {
  const attr = Number(img.getAttribute('width') ?? 0);
  if (attr > 0) return attr;
  let widest = 0;
  for (const c of parseSrcset(img.getAttribute('srcset'))) {
    const w = Number(WIDTH_DESCRIPTOR_RE.exec(c.descriptor)?.[1] ?? 0);
    if (w > widest) widest = w;
  }
  return widest;
}

function imageKeys(fig: Element): string[] {
  const img = figureImage(fig);
  return img ? imageFileNames(img) : [];
}

function lastDescendant(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
}

/**
 * Text characters between `from` and `to` (document order, both under `root`), counted up to `limit`;
 * text inside `article` (blocks of the story itself) does not count.
 */
function textBetween(
  root: Element,
  from: Element,
  to: Element,
  limit: number,
  article: Element[] = [],
): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  walker.currentNode = from;
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (to.contains(n) || (to.compareDocumentPosition(n) & 4) !== 0) break;
    if (from.contains(n)) continue;
    const block = article.find((a) => a.contains(n));
    if (block) {
      // Past the block's last text at once: its text is the story's, not text between.
      walker.currentNode = lastDescendant(block);
      continue;
    }
    // Link text (teaser boxes between the lead image and the body, fundus Spiegel) does not count.
    if (n.parentElement && closestLink(n.parentElement)) continue;
    total += (n.nodeValue ?? '').trim().length;
    if (total > limit) break;
  }
  return total;
}

// How far up from the lead figure its gallery's slides may start (fundus APNews: figure, slide).
const MAX_GALLERY_LEVELS = 4;

const OUTSIDE_TAGS = new Set(['nav', 'footer', 'aside']);
const isOutsideBox = (el: Element): boolean => OUTSIDE_TAGS.has(el.localName);

// Slides are boxes of one class ("Carousel-slide"); bare figures side by side count only when all
// are captioned: a hero photo beside the writer's photo is not a gallery
// (tests/fixtures/core-lead-image-through-proxy.html).
const sameKind = (a: Element, b: Element): boolean =>
  a.localName === b.localName &&
  (a.hasAttribute(FIGURE_ATTR)
    ? !!figureCaption(a) && !!figureCaption(b)
    : !!a.getAttribute('class') && a.getAttribute('class') === b.getAttribute('class'));

/**
 * The lead figure with the rest of its gallery, when it is one slide of several: at the first level
 * up where the figure's box has look-alike siblings, their figures, in order, if at least half of
 * them hold one and none is a link to another page (fundus APNews: 11 captioned photos and a video
 * slide above the story). Else the figure alone.
 */
function withGallery(fig: Element, content: Element, workBody: Element): Element[] {
  let slide = fig;
  for (let level = 0; level < MAX_GALLERY_LEVELS; level++) {
    const parent = slide.parentElement;
    if (!parent || parent === workBody || parent.contains(content)) break;
    const slides: Element[] = [];
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling)
      if (sameKind(c, slide)) slides.push(c);
    if (slides.length > 1) {
      const figs: Element[] = [];
      for (const s of slides) {
        const f = s.hasAttribute(FIGURE_ATTR) ? s : (canonicalFigures(s)[0] ?? null);
        if (f) figs.push(f);
      }
      return figs.length > 1 && figs.length * 2 >= slides.length && !figs.some(inPageLink) ? figs : [fig];
    }
    slide = parent;
  }
  return [fig];
}

/**
 * The lead figure (or the figures of a lead gallery) before `content`, in order; empty when none.
 * `shareImage`: the page's og:image (or like), absolute, '' if none.
 */
export function findLeadFigures(
  workBody: Element,
  content: Element,
  shareImage: string,
  opener?: Element,
  article: Element[] = [],
): Element[] {
  const fig = findLead(workBody, content, shareImage, opener, article);
  return fig ? withGallery(fig, content, workBody) : [];
}

const imageWords = (fig: Element): string => {
  const img = figureImage(fig);
  return `${img?.getAttribute('src') ?? ''} ${img?.getAttribute('alt') ?? ''}`;
};

/** Words of a caption; in the scripts written without spaces, characters at CJK_CHARS_PER_WORD a word. */
function captionWords(caption: string): number {
  const { wordCount, characterWords } = countWords(caption);
  return wordCount - characterWords + characterWords / CJK_CHARS_PER_WORD;
}

/** Captioned or credited, or declared wide, and no link: not a section's icon or a writer's photo. */
function photoOfTheStory(fig: Element): boolean {
  if (closestLink(fig) || NOT_LEAD_RE.test(imageWords(fig))) return false;
  const img = figureImage(fig);
  return !!fig.querySelector('figcaption') || !!(img && declaredWidth(img) >= MIN_LEAD_WIDTH);
}

/**
 * `opener`: the block the body choice took right before `content` (the standfirst above the text).
 * A captioned figure between the two, with no more text after it than a line, is the article's own,
 * however short its caption.
 */
function findLead(
  workBody: Element,
  content: Element,
  shareImage: string,
  opener: Element | undefined,
  article: Element[],
): Element | null {
  // The content opens with a figure of its own: its first element is one.
  const opening = content.firstElementChild;
  if (opening?.localName === 'figure' && opening.hasAttribute(FIGURE_ATTR)) return null;
  const figs = canonicalFigures(workBody);
  const og = imageFileName(shareImage);
  const before: Element[] = [];
  for (let i = 0; i < figs.length; i++) {
    const fig = figs[i]!;
    if (content.contains(fig) || fig.contains(content) || article.some((a) => a.contains(fig))) continue;
    if ((fig.compareDocumentPosition(content) & 4) === 0) break; // past the content start
    if (closestBy(fig, isOutsideBox)) continue;
    before.push(fig);
  }
  // The share image's figure, nearest the content first, is the lead image, unless it is a link to
  // another page: a teaser card of the same story (fundus CanadaCom) or a badge (scrapinghub
  // 9e8c9f08…: PolitiFact's share image is its linked verdict meter).
  if (og) {
    const ogWords = namedWords(og);
    const isShared = (key: string) => key === og || (!!ogWords && namedWords(key) === ogWords);
    // A page that shows the photo more than once (a slider, its zoom box, its strip of thumbnails)
    // has it captioned in one place: that copy is the one shown (trafilatura-dev: a Venezuelan
    // daily; fixture core-lead-image-captioned-copy.html).
    let nearest: Element | null = null;
    for (let i = before.length - 1; i >= 0; i--) {
      const fig = before[i]!;
      if (!imageKeys(fig).some(isShared) || inPageLink(fig)) continue;
      if (textBetween(workBody, fig, content, MAX_TEXT_BETWEEN, article) > MAX_TEXT_BETWEEN) break;
      if (figureCaption(fig)) return fig;
      nearest ??= fig;
    }
    if (nearest) return nearest;
  }
  // A photo set between the standfirst and the text ("<p class=intro>…</p><figure>…</figure><div
  // class=text>"), its short caption no portrait's (trafilatura-dev: a science site for teens;
  // fixture figures-lead-between-standfirst-and-text.html).
  if (opener && opener !== content) {
    for (let i = before.length - 1; i >= 0; i--) {
      const fig = before[i]!;
      if (opener.contains(fig) || (opener.compareDocumentPosition(fig) & 4) === 0) break;
      if (!photoOfTheStory(fig)) continue;
      if (textBetween(workBody, fig, content, MAX_LINE_CHARS) <= MAX_LINE_CHARS) return fig;
      break;
    }
    // Or the captioned photo right above the standfirst, nothing but a line between them
    // (trafilatura-dev: a Polish daily's lead photo, its caption the subject's name and the agency;
    // fixture figures-lead-above-standfirst.html). A writer's photo there has a credit at most: the
    // name and handle (fundus: a business channel's author square).
    const above = before.findLast(
      (fig) => (opener.compareDocumentPosition(fig) & 2) !== 0 && !fig.contains(opener),
    );
    if (
      above &&
      photoOfTheStory(above) &&
      /\p{L}/u.test(figureCaption(above)?.textContent ?? '') &&
      textBetween(workBody, above, opener, MAX_LINE_CHARS) <= MAX_LINE_CHARS
    )
      return above;
  }
  // Otherwise the closest figure before the content, if it looks like a photo of the article:
  // captioned or declared large, not a link to another page, and with little text in between
  // (fundus Guardian: media above the headline; CBC: an avatar before the lead photo).
  const tried = before.slice(-MAX_CANDIDATES).reverse();
  for (const fig of tried) {
    if (closestLink(fig)) continue;
    const img = figureImage(fig);
    if (NOT_LEAD_RE.test(imageWords(fig))) continue;
    const words = captionWords(figureCaption(fig)?.textContent ?? '');
    const w = img ? declaredWidth(img) : 0;
    if (w > 0 && w < MIN_LEAD_WIDTH_CAPTIONED) continue;
    // A portrait's caption is a name ("André Klein, Redakteur"); a lead photo's says what happens.
    if (w < MIN_LEAD_WIDTH && words < MIN_LEAD_CAPTION_WORDS) continue;
    if (textBetween(workBody, fig, content, MAX_TEXT_BETWEEN, article) > MAX_TEXT_BETWEEN) return null;
    return fig;
  }
  return null;
}
