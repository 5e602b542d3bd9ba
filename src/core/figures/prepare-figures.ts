// Rewrites the work copy's images into Folio's canonical figures before content scoring:
// lazy images promoted, placeholders and tracking pixels dropped, each image paired with its
// caption and credit as
// <figure data-folio-figure><img ...><figcaption><span class="folio-caption">…</span>
// <small class="folio-credit">…</small></figcaption></figure>;
// captions left without an image are removed and reported. Only ever called on the work copy.

import type { Deadline } from '../dom/deadline';
import { closestBy } from '../dom/find';
import { collapse, showsText } from '../dom/text';
import { imageUrl } from '../dom/url';
import { findElements, someElement } from '../dom/walk';
import type { RemovedBlock } from '../types';
import {
  isCaptionElement,
  isControlElement,
  isCreditElement,
  isImageFileLink,
  isMediaElement,
  isOrphanCaptionElement,
  isPageLink,
} from './element-roles';
import { FIGURE_ATTR } from './figure-mark';
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
import { splitCredit } from './split-credit';

// How far up from an image a caption may sit (fundus: DerStandard, Stern wrap images 3-4 deep).
const MAX_WRAPPER_LEVELS = 5;
// Text besides captions a wrapper may hold and still be the image's own box ("Bild vergrößern",
// "1 / 12", "Zoom").
const MAX_WRAPPER_TEXT = 40;
// Images declared smaller than this (px, both sides) are icons or avatars and stay inline.
const MIN_FIGURE_SIDE = 48;
// A caption longer than this is an article paragraph that borrowed a caption class.
const MAX_CAPTION_CHARS = 1200;
const PREVIEW_CHARS = 120;
// Pairing work per image is small but not constant; past this many images (stress pages with
// thousands) the rest are left as they are.
const MAX_IMAGES = 1500;
const SPACE_RE = /\s+/g;
const NON_TEXT_TAGS = new Set(['IMG', 'SOURCE', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'svg', 'SVG']);

// closest() by predicate: jsdom runs every closest() selector through its selector engine.
const isFigure = (el: Element): boolean => el.localName === 'figure';
const isCanonicalFigure = (el: Element): boolean => el.hasAttribute(FIGURE_ATTR);

interface ImageInfo {
  src: string;
  srcset: string;
  alt: string;
  width: string;
  height: string;
}

function parseFragment(doc: Document, html: string): DocumentFragment {
  // A <template> parses without running scripts or loading images, in any document.
  const t = doc.createElement('template');
  t.innerHTML = html;
  return t.content;
}

/** <noscript><img></noscript> fallbacks: feed the real address to the lazy image beside them. */
function promoteNoscripts(root: Element, deadline?: Deadline): void {
  const doc = root.ownerDocument;
  const list = Array.from(root.getElementsByTagName('noscript'));
  for (const ns of list) {
    deadline?.tick();
    if (!root.contains(ns)) continue;
    let img = ns.querySelector('img');
    if (!img) {
      const text = ns.textContent ?? '';
      if (!/<img/i.test(text)) continue;
      img = parseFragment(doc, text).querySelector('img');
    }
    if (!img) continue;
    const parent = ns.parentElement;
    let target: Element | null = null;
    if (parent) {
      const imgs = parent.getElementsByTagName('img');
      for (let i = 0; i < imgs.length; i++) {
        const cand = imgs[i]!;
        if (cand !== img && !ns.contains(cand)) {
          target = cand;
          break;
        }
      }
    }
    if (target) {
      const cur = target.getAttribute('src') ?? '';
      if ((isPlaceholderSrc(cur.trim()) || !cur) && !lazySrc(target)) {
        target.setAttribute('src', img.getAttribute('src') ?? '');
        const set = img.getAttribute('srcset');
        if (set) target.setAttribute('srcset', set);
      }
      ns.remove();
    } else {
      ns.replaceWith(doc.importNode(img, true));
    }
  }
}

/** The image's real source, or null when it is a placeholder, a spacer or a tracker. */
function readImage(img: Element, base: string): ImageInfo | null {
  const names = img.getAttributeNames();
  const rawSrc = (img.getAttribute('src') ?? '').trim();
  const rawSet = (img.getAttribute('srcset') ?? '').trim();
  const srcset = resolveSrcset(
    lazySrcset(img, names) || (rawSet && !isPlaceholderSrc(rawSet) ? rawSet : '') || pictureSrcset(img),
    base,
  );
  let src = lazySrc(img, names) || (isPlaceholderSrc(rawSrc) ? '' : rawSrc);
  src = imageUrl(src, base) || bestFromSrcset(srcset);
  if (!src || isTracker(src) || declaredTiny(img)) return null;
  if (src.startsWith('data:') && isPlaceholderSrc(src)) return null;
  const num = (v: string | null) => (v && /^\d+$/.test(v.trim()) ? v.trim() : '');
  return {
    src,
    srcset,
    alt: collapse(img.getAttribute('alt')),
    width: num(img.getAttribute('width')),
    height: num(img.getAttribute('height')),
  };
}

function isIcon(info: ImageInfo): boolean {
  const w = Number(info.width || Number.NaN);
  const h = Number(info.height || Number.NaN);
  return (
    (w < MIN_FIGURE_SIDE && h < MIN_FIGURE_SIDE) ||
    (w < MIN_FIGURE_SIDE && Number.isNaN(h)) ||
    (h < MIN_FIGURE_SIDE && Number.isNaN(w))
  );
}

const SVG_FILE_RE = /\.svg(?:[?#]|$)/i;

/**
 * A magnifier glyph on a link to the full-size picture ("拡大", fundus Mainichi): a control. Kept
 * as an image, it counted as a second picture in the photo's box and parted photo from caption.
 */
function isEnlargeIcon(img: Element, info: ImageInfo): boolean {
  const a = img.parentElement;
  return a?.localName === 'a' && isImageFileLink(a) && (SVG_FILE_RE.test(info.src) || isIcon(info));
}

const isBoxPart = (el: Element): boolean =>
  isCaptionElement(el) || isCreditElement(el) || isControlElement(el);

/** Text length of `el` outside caption/credit/control elements, counted only up to `limit`. */
function strayTextLength(el: Element, limit: number): number {
  let total = 0;
  const stack: Node[] = [];
  for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      total += (n.nodeValue ?? '').replace(SPACE_RE, '').length;
      if (total > limit) return total;
    } else if (n.nodeType === 1 && !isBoxPart(n as Element)) {
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return total;
}

/**
 * Kept images under each element, kept current as groups are replaced. The walk up from an image
 * asks for it at every wrapper level and for every caption candidate; counting through
 * getElementsByTagName walked whole articles once per image (tests/stress 5 MB page).
 */
class ImageCounts {
  private readonly counts = new Map<Element, number>();
  constructor(private readonly kept: Set<Element>) {
    for (const img of kept) this.add(img, 1);
  }
  of(el: Element): number {
    return this.counts.get(el) ?? 0;
  }
  /**
   * Counts a finished figure like the image it holds, so a later image's walk up stops below it
   * instead of taking the built figure into its own box (tests/fixtures/core-lead-image-from-og.html:
   * an icon's walk swallowed the header with the headline and the hero figure).
   */
  addFigure(figure: Element): void {
    this.counts.set(figure, 1);
    this.add(figure, 1);
  }
  /** Forgets the kept images inside `box`, which is about to leave the tree. */
  release(box: Element): void {
    if (box.localName === 'img') {
      if (this.kept.has(box)) this.add(box, -1);
      return;
    }
    const imgs = box.getElementsByTagName('img');
    for (let i = 0; i < imgs.length; i++) if (this.kept.has(imgs[i]!)) this.add(imgs[i]!, -1);
  }
  private add(img: Element, delta: number): void {
    for (let a = img.parentElement; a; a = a.parentElement)
      this.counts.set(a, (this.counts.get(a) ?? 0) + delta);
  }
}

/** The outermost caption elements inside `scope` that hold text and no kept image. */
function captionCandidates(scope: Element, counts: ImageCounts): Element[] {
  return findElements(
    scope,
    (el) => isCaptionElement(el) && !NON_TEXT_TAGS.has(el.tagName) && counts.of(el) === 0 && showsText(el),
    { outermost: true },
  );
}

function creditCandidates(scope: Element, counts: ImageCounts): Element[] {
  // Empty boxes and <source class="…-source"> are not credits (fundus Kommersant).
  return findElements(
    scope,
    (el) =>
      isCreditElement(el) &&
      !el.hasAttribute(FIGURE_ATTR) &&
      !NON_TEXT_TAGS.has(el.tagName) &&
      counts.of(el) === 0 &&
      showsText(el),
    { outermost: true },
  );
}

const isCaptionEl = (el: Element | null): el is Element =>
  !!el && isCaptionElement(el) && !someElement(el, isMediaElement) && !el.hasAttribute(FIGURE_ATTR);

interface Group {
  container: Element;
  captions: Element[];
  credits: Element[];
  /** Caption elements outside the container (next sibling) that move into the figure. */
  outside: Element[];
}

// Unclassed caption boxes next to the image (fundus EveningStandard: hashed class names): at most
// this many short text siblings, each at most this long.
const MAX_LOOSE_SIBLINGS = 3;
const MAX_LOOSE_CAPTION_CHARS = 400;
// The last of several loose siblings, when this short, is the credit line ("Getty Images").
const MAX_LOOSE_CREDIT_CHARS = 80;
// Elements that are credits by name, whatever their length.
const STRICT_CREDIT_CLASS_RE = /credit|copyright|photographer|fotograf/i;
// What a loose caption line never holds.
const NOT_IN_LOOSE_CAPTION = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'table']);
const blocksLooseCaption = (e: Element): boolean =>
  isMediaElement(e) ||
  NOT_IN_LOOSE_CAPTION.has(e.localName) ||
  (e.localName === 'a' && e.hasAttribute('href'));
const MEDIA_CLASS_RE = /image|img|photo|picture|media|figure|bild|foto/i;
const LOOSE_TAGS = new Set(['DIV', 'SPAN', 'SMALL', 'EM', 'I', 'CITE', 'FIGCAPTION']);

// Class names of a teaser's headline.
const HEADLINE_CLASS_RE = /title|headline|heading/i;
const namedHeadline = (el: Element): boolean => HEADLINE_CLASS_RE.test(el.getAttribute('class') ?? '');
const isHeadline = (el: Element): boolean => namedHeadline(el) || someElement(el, namedHeadline);

/** `<div><picture/><div>caption</div><div>credit</div></div>` with no telling class names. */
function looseSiblings(box: Element, root: Element): Element[] | null {
  const parent = box.parentElement;
  if (!parent || parent === root || parent.tagName === 'BODY') return null;
  const others: Element[] = [];
  // Paragraphs count as caption lines only in a box named for media (fundus IOL "image-widget").
  const mediaBox = MEDIA_CLASS_RE.test(parent.getAttribute('class') ?? '');
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n === box) continue;
    if (n.nodeType === 3) {
      if ((n.nodeValue ?? '').trim()) return null;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (isControlElement(el)) continue;
    const text = collapse(el.textContent);
    if (!text) continue;
    const tagOk = LOOSE_TAGS.has(el.tagName) || (el.tagName === 'P' && mediaBox);
    if (!tagOk || someElement(el, blocksLooseCaption)) return null;
    if (text.length > MAX_LOOSE_CAPTION_CHARS) return null;
    others.push(el);
  }
  if (!others.length || others.length > MAX_LOOSE_SIBLINGS) return null;
  // A teaser: picture and headline in one link to another page (readability-pages pixnet's
  // related-post menu, ehow-1, fundus GlobalNews). The headline is not a caption, and the link
  // must stay for the content scorer and the lead-image finder to know a teaser. A photo that links
  // to its viewer page keeps its caption (readability-pages aktualne).
  if (parent.localName === 'a' && isPageLink(parent) && others.some(isHeadline)) return null;
  // The caption follows the image; something before it is a kicker or a label, not a caption.
  if ((others[0]!.compareDocumentPosition(box) & 2) === 0) return null;
  return others;
}

/** The box around a linked image holds a caption (fundus MDR, Yomiuri: the photo links to a viewer). */
function linkBoxHasCaption(a: Element, counts: ImageCounts): boolean {
  const box = a.parentElement;
  return !!box && box.tagName !== 'BODY' && counts.of(box) === 1 && captionCandidates(box, counts).length > 0;
}

/** `find`, answered again without a search when asked about the same box twice in a row. */
function lastBoxMemo(find: (box: Element) => Element[]): (box: Element) => Element[] {
  let lastBox: Element | null = null;
  let found: Element[] = [];
  return (box) => {
    if (box !== lastBox) {
      lastBox = box;
      found = find(box);
    }
    return found;
  };
}

function findGroup(img: Element, root: Element, counts: ImageCounts): Group {
  // The candidates of the box the walk up stopped at were mostly found on its last step; each
  // search walks the whole box.
  const captionsIn = lastBoxMemo((box) => captionCandidates(box, counts));
  const creditsIn = lastBoxMemo((box) => creditCandidates(box, counts));
  let cur: Element = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : img;
  const fig = closestBy(img, isFigure);
  // A <figure> bounds the search only when it holds a caption itself (fundus DailyStar wraps the
  // bare image in a figure and puts the figcaption beside it).
  const boundary = fig && root.contains(fig) && fig !== root && captionsIn(fig).length ? fig : null;
  for (let level = 0; level < MAX_WRAPPER_LEVELS; level++) {
    if (boundary && cur === boundary) break;
    const parent = cur.parentElement;
    if (!parent || parent === root || parent.tagName === 'BODY' || parent.hasAttribute(FIGURE_ATTR)) break;
    if (counts.of(parent) > 1) break;
    // A link to another page stays around the figure: it marks teasers for the content scorer and
    // the lead-image finder. Links to the full-size image are part of the figure.
    if (parent.tagName === 'A' && isPageLink(parent) && !linkBoxHasCaption(parent, counts)) break;
    if (parent !== boundary && strayTextLength(parent, MAX_WRAPPER_TEXT) > MAX_WRAPPER_TEXT) break;
    cur = parent;
    if (captionsIn(cur).length || creditsIn(cur).some((c) => c !== img)) break;
  }
  const captions = captionsIn(cur);
  const credits = creditsIn(cur);
  const outside: Element[] = [];
  if (!captions.length && !credits.length) {
    const loose = looseSiblings(cur, root);
    if (loose && cur.parentElement) {
      const last = loose[loose.length - 1]!;
      if (loose.length > 1 && collapse(last.textContent).length <= MAX_LOOSE_CREDIT_CHARS)
        credits.push(loose.pop()!);
      captions.push(...loose);
      return { container: cur.parentElement, captions, credits, outside };
    }
    // "<p><img></p><p class="caption">…</p>": the caption is the box's next sibling.
    let next = cur.nextElementSibling;
    for (let i = 0; i < 2 && isCaptionEl(next); i++) {
      outside.push(next);
      captions.push(next);
      next = next.nextElementSibling;
    }
  }
  return { container: cur, captions, credits, outside };
}

function textWithout(el: Element, remove: (el: Element) => boolean): string {
  const copy = el.cloneNode(true) as Element;
  for (const drop of findElements(copy, remove, { outermost: true })) drop.remove();
  // Keep words apart where block children meet.
  const blocks = copy.querySelectorAll('p, div, br, span, li');
  for (let i = 0; i < blocks.length; i++) blocks[i]!.append(copy.ownerDocument.createTextNode(' '));
  return collapse(copy.textContent);
}

// "... | Bildquelle: WDR/Frank Überall" in the img title (fundus WDR): a credit, when labelled.
const TITLE_CREDIT_RE = /(?:bildquelle|quelle|foto|photo|credit|bild|copyright|©)\s*:?\s*(.+)$/i;

// "Andrew Robertson vom FC Liverpool | AFP/Paul Ellis" (fundus SportSchau): a short last part after
// a pipe in the img title is the credit.
const TITLE_PIPE_RE = /\s\|\s([^|]{2,60})$/;

function titleCredit(img: Element): string {
  const title = collapse(img.getAttribute('title'));
  const m = TITLE_CREDIT_RE.exec(title);
  if (m?.[1]) return splitCredit(m[0]).credit || collapse(m[1]);
  return TITLE_PIPE_RE.exec(title)?.[1]?.trim() ?? '';
}

// Credits are names and agencies; a sentence this long is a caption (fundus KleineZeitung <small>).
const MIN_CAPTION_WORDS = 8;
const MIN_CAPTION_CHARS = 50;
function looksLikeCaption(t: string): boolean {
  return t.length >= MIN_CAPTION_CHARS && t.split(' ').length >= MIN_CAPTION_WORDS && !t.includes('/');
}

// "Anett Seidler | Anett Seidler" (fundus BerlinerMorgenpost prints the name twice): once is enough.
function dedupeCredit(credit: string): string {
  const parts = credit.split(/\s[|/]\s/);
  if (parts.length < 2) return credit;
  const seen = new Set<string>();
  const kept = parts.filter((p) => {
    const k = p.trim().toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return kept.length === parts.length ? credit : kept.join(' / ');
}

function readCaption(group: Group): { caption: string; credit: string } {
  const creditEls = new Set<Element>();
  for (const c of group.credits) creditEls.add(c);
  for (const cap of group.captions) {
    for (const inner of findElements(cap, isCreditElement)) creditEls.add(inner);
  }
  // A caption element that itself matches the credit selector ("caption-credit") is a credit.
  const captions = group.captions.filter((c) => !(isCreditElement(c) && c.localName !== 'figcaption'));
  const creditList = [...creditEls].filter(
    (c) => !captions.includes(c) && ![...creditEls].some((o) => o !== c && o.contains(c)),
  );
  const creditSet = new Set(creditList);
  const texts: string[] = [];
  for (const cap of captions) {
    const copy = cap.cloneNode(true) as Element;
    // Remove credit elements inside this caption from the caption text.
    for (const inner of findElements(copy, (e) => isCreditElement(e) || isControlElement(e), {
      outermost: true,
    }))
      inner.remove();
    const t = textWithout(copy, isControlElement);
    if (t && t.length <= MAX_CAPTION_CHARS && !texts.includes(t)) texts.push(t);
  }
  const creditTexts: string[] = [];
  for (const c of creditSet) {
    const t = textWithout(c, isControlElement);
    if (!t || creditTexts.includes(t)) continue;
    const split = splitCredit(t);
    if (split.credit) {
      creditTexts.push(split.credit);
      if (split.caption && !texts.includes(split.caption)) texts.push(split.caption);
    } else if (looksLikeCaption(t) && !STRICT_CREDIT_CLASS_RE.test(c.getAttribute('class') ?? '')) {
      // A long <small>/<cite> with no credit in it is the caption (fundus KleineZeitung).
      if (!texts.includes(t)) texts.push(t);
    } else creditTexts.push(t);
  }
  let caption = texts.join(' ');
  let credit = creditTexts.join(' / ');
  const split = splitCredit(caption);
  if (split.credit) {
    caption = split.caption;
    if (!credit) credit = split.credit;
  }
  if (caption && credit && caption === credit) caption = '';
  return { caption, credit: dedupeCredit(credit) };
}

function buildFigure(doc: Document, info: ImageInfo, caption: string, credit: string): Element {
  const figure = doc.createElement('figure');
  figure.setAttribute(FIGURE_ATTR, '');
  const img = doc.createElement('img');
  img.setAttribute('src', info.src);
  if (info.srcset) img.setAttribute('srcset', info.srcset);
  img.setAttribute('alt', info.alt);
  if (info.width) img.setAttribute('width', info.width);
  if (info.height) img.setAttribute('height', info.height);
  figure.append(img);
  if (caption || credit) {
    const fc = doc.createElement('figcaption');
    if (caption) {
      const span = doc.createElement('span');
      span.className = 'folio-caption';
      span.textContent = caption;
      fc.append(span);
    }
    if (caption && credit) fc.append(doc.createTextNode(' '));
    if (credit) {
      const small = doc.createElement('small');
      small.className = 'folio-credit';
      small.textContent = credit;
      fc.append(small);
    }
    figure.append(fc);
  }
  return figure;
}

function hasMediaNear(el: Element): boolean {
  const box = closestBy(el, isFigure) ?? el.parentElement;
  return !!box && box !== el && someElement(box, isMediaElement);
}

function removeOrphanCaptions(root: Element, removed: RemovedBlock[], deadline?: Deadline): void {
  const els = findElements(root, isOrphanCaptionElement, { deadline });
  for (const el of els) {
    deadline?.tick();
    if (!root.contains(el) || closestBy(el, isCanonicalFigure)) continue;
    if (someElement(el, isMediaElement) || hasMediaNear(el)) continue;
    // Only real caption boxes: figcaption anywhere, class-named ones when short and paragraph-free.
    const text = collapse(el.textContent);
    if (
      el.tagName !== 'FIGCAPTION' &&
      (text.length > MAX_CAPTION_CHARS || el.querySelector('p p, h1, h2, h3, ul, ol, table'))
    )
      continue;
    if (el.tagName !== 'FIGCAPTION' && !closestBy(el, isFigure) && el.querySelectorAll('p').length > 1)
      continue;
    el.remove();
    if (text)
      removed.push({
        kind: 'caption',
        text: text.slice(0, PREVIEW_CHARS),
        reason: 'caption without its image',
      });
  }
  // A <figure> left with nothing but whitespace after its image was dropped goes too.
  const figs = Array.from(root.getElementsByTagName('figure'));
  for (const f of figs) {
    deadline?.tick();
    if (
      root.contains(f) &&
      !f.hasAttribute(FIGURE_ATTR) &&
      !someElement(f, isMediaElement) &&
      !collapse(f.textContent)
    )
      f.remove();
  }
}

/**
 * Puts the canonical figure where the group's box was. A <figure> box is rewritten in place: in
 * jsdom replacing a child costs time in proportion to its siblings (the tests/stress 5 MB page has
 * 11,000 of them around its 200 figures), rewriting it does not.
 */
function becomeFigure(box: Element, figure: Element): Element {
  if (box.localName !== 'figure') {
    box.replaceWith(figure);
    return figure;
  }
  for (const name of box.getAttributeNames()) box.removeAttribute(name);
  box.setAttribute(FIGURE_ATTR, '');
  box.replaceChildren(...Array.from(figure.childNodes));
  return box;
}

/** `deadline` (optional) is ticked in every loop that grows with the page. */
export function prepareFigures(root: Element, baseUrl: string, deadline?: Deadline): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  const doc = root.ownerDocument;
  promoteNoscripts(root, deadline);
  const infos = new Map<Element, ImageInfo>();
  const kept = new Set<Element>();
  const imgs = Array.from(root.getElementsByTagName('img')).slice(0, MAX_IMAGES);
  for (const img of imgs) {
    deadline?.tick();
    const info = readImage(img, baseUrl);
    if (!info || isEnlargeIcon(img, info)) {
      img.remove();
      continue;
    }
    infos.set(img, info);
    kept.add(img);
  }
  // <picture> sources are folded into the img's srcset; the elements themselves go.
  const counts = new ImageCounts(kept);
  for (const img of kept) {
    deadline?.tick();
    if (!root.contains(img) || closestBy(img, isCanonicalFigure)) continue;
    const info = infos.get(img)!;
    if (isIcon(info) && !closestBy(img, isFigure)) continue;
    const group = findGroup(img, root, counts);
    const { caption, credit } = readCaption(group);
    const figure = buildFigure(doc, info, caption, credit || titleCredit(img));
    for (const o of group.outside) o.remove();
    // Gallery figures: captions outside this image's own box stay for the next image or are dropped.
    for (const c of group.captions) if (root.contains(c) && !group.container.contains(c)) c.remove();
    counts.release(group.container);
    counts.addFigure(becomeFigure(group.container, figure));
    kept.delete(img);
  }
  removeOrphanCaptions(root, removed, deadline);
  return removed;
}
