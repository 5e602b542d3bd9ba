// Thresholds and the structural tests the clutter rules share (clutter-rules.ts), each with the
// page or fixture that set it.
import { canonicalFigures } from '../canonical-figure';
import { textOf } from '../dom/text';
import { closestLink, closestTag, findElements, isHeadingTag, isLink, someElement } from '../dom/walk';
import { countWordMatches } from '../output/reading-time';
import type { RemovedKind } from '../types';
import { AUTHOR_BOX_NAME_RE } from './class-signals';
import type { ClutterContext, ClutterFacts } from './clutter-facts';
import { RELATED_HEADING_RE } from './phrases/related';
import { linkDensity } from './text-stats';

// Blocks up to this long are read for their wording (seed: "Join our ... community" box ≈ 150 chars).
export const SHORT_BLOCK_CHARS = 400;
// A call to action with a link or a control in a block longer than this is prose (seed article,
// fixture core-newsletter-box); without either, the line must be shorter still.
export const CTA_MAX_CHARS = 260;
export const CTA_PLAIN_MAX_CHARS = 140;
// Labels ("Advertisement", "Share", "Caption", "1 / 8") are a few words (scrapinghub db6b0816).
export const LABEL_MAX_CHARS = 80;
// Reporting credits and copyright notes run to two sentences at most (scrapinghub 82b6d780).
export const BOILERPLATE_MAX_CHARS = 320;
// Link-dense blocks are teaser lists or navigation (scrapinghub "more stories" blocks: 0.6-1.0).
export const MAX_LINK_DENSITY = 0.5;
// A paragraph goes for its links only when it is nearly all link ("READ MORE: ..." in the seed).
const PARAGRAPH_MAX_LINK_DENSITY = 0.85;
// A block named like clutter is still kept when it carries this much paragraph text with few links.
export const NAMED_KEEP_PARA_CHARS = 300;
export const NAMED_KEEP_MAX_LINKS = 0.35;
// A name like "meta" or "byline" on a block with this much paragraph text is too weak alone.
const BYLINE_NAME_MAX_PARA_CHARS = 100;
// Two share endpoints make a share bar (fixture core-share-bar).
export const MIN_SHARE_LINKS = 2;
// "Follow us" rows link to three or more networks (seed article footer)...
export const MIN_SOCIAL_LINKS = 3;
// ...and to more than one: three accounts on one network listed in a story are what it recommends
// (issue 13: a list of photographers' Instagram accounts went as "follow us" links).
const MIN_SOCIAL_NETWORKS = 2;
// A block holding more than this share of the chosen content is the article (scrapinghub 232a43fb).
export const MAX_REMOVABLE_SHARE = 0.6;
// Vague names ("overflow-hidden") never take photos with them (fundus BerlinerMorgenpost).
const WEAK_FOR_FIGURES = new Set<RemovedKind>(['other']);
// A photo's own viewer: the full-screen box a picture opens in, with its enlarge and close buttons
// (fundus Kommersant "ui-modal"). Holding our figures and no form, it is the photo, not a pop-up.
const LIGHTBOX_NAME_RE = /modal|lightbox|fullscreen/i;
// Prose beside a long link is still prose (fixture core-prose-list-with-links).
const PROSE_CHARS = 100;
// A list item with a sentence of its own besides its link is a news item, not a teaser (fde930b0).
const LIST_PROSE_CHARS = 60;
const LIST_PROSE_MAX_LINK_DENSITY = 0.7;
// An inline pop-up of links inside a sentence (scrapinghub 6ebac05f rollovers: 4-5 links).
const MIN_INLINE_CLUSTER_LINKS = 3;
// Comment threads: at least this many sibling items that each look like a comment
// (fixture core-comment-thread-neutral); wider lists are scanned no further, for speed.
export const MIN_COMMENT_ITEMS = 2;
const MAX_COMMENT_SCAN_CHILDREN = 300;
const MIN_COMMENT_SHARE = 0.6;

export const HEADING_RE = /^h[2-6]$/;
// The network of a profile address: its host without "www.".
const NETWORK_RE = /^https?:\/\/(?:www\.)?([^/]+)/i;

/** Whether the block's profile links (`profile`: NetworkHosts) reach several networks, as a "follow us" row does. */
export function linksSeveralNetworks(el: Element, profile: RegExp | undefined): boolean {
  if (!profile) return false;
  const networks = new Set<string>();
  const anchors = el.getElementsByTagName('a');
  for (let i = 0; i < anchors.length; i++) {
    const href = anchors[i]!.getAttribute('href') ?? '';
    if (!profile.test(href)) continue;
    networks.add((NETWORK_RE.exec(href)?.[1] ?? '').toLowerCase());
    if (networks.size >= MIN_SOCIAL_NETWORKS) return true;
  }
  return false;
}
const DATE_TEXT_RE =
  /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago|at \d{1,2}:\d{2})/i;

// Inline elements: a name on one of them may be a word of a sentence around it.
const INLINE_TAGS = new Set(['a', 'span', 'em', 'strong', 'b', 'i', 'u', 'abbr', 'mark', 'cite', 'dfn', 'q']);
// Letters of its own a paragraph holds around an inline element when that element is a word of its
// sentence; a "Tags: a, b" line or a box of labelled links holds a few.
const MIN_SENTENCE_LETTERS = 20;
const LETTER_RE = /\p{L}/gu;
const MAX_INLINE_HOSTS = 2;

/**
 * An inline element inside running text: a site links the words of its sentences to its topic pages
 * with a "tag" class ('kann das Wort "<a class="internal_tag">Skoda</a>" erkennen', a motoring trade
 * paper in trafilatura-dev; fixture clutter-named-word-in-sentence.html). Removing it takes the word
 * out of the sentence.
 */
function isWordOfSentence(el: Element, tag: string): boolean {
  if (!INLINE_TAGS.has(tag)) return false;
  // The word may sit inside a link or an emphasis of the sentence: a paper's "Figure <a><span
  // class="ltx_ref_tag">1</span></a> shows" (fixture clutter-named-word-in-sentence.html).
  let letters = 0;
  let host = el.parentElement;
  for (let level = 0; host && level <= MAX_INLINE_HOSTS; level++, host = host.parentElement) {
    for (let n = host.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 3) continue;
      letters += n.nodeValue?.match(LETTER_RE)?.length ?? 0;
      if (letters >= MIN_SENTENCE_LETTERS) return true;
    }
    if (!INLINE_TAGS.has(host.localName)) break;
  }
  return false;
}

const SLUG_WORD_RE = /\p{L}{2,}/gu;
// A slug says this many words at least: "comments" alone on "3 comments" names the box.
const MIN_SLUG_WORDS = 2;

/** `name` is the element's id, and the id is words of its own text joined ("share-of-costs"). */
function isOwnSlug(el: Element, name: string): boolean {
  if (!name || el.getAttribute('id') !== name) return false;
  const words = name.toLowerCase().match(SLUG_WORD_RE) ?? [];
  if (words.length < MIN_SLUG_WORDS) return false;
  const text = ` ${(el.textContent ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return words.every((w) => text.includes(` ${w} `));
}

/**
 * A clutter name too weak to remove the block alone: "meta"/"byline" on a real paragraph (not an
 * author box), a vague
 * name on a block of photos (fundus BerlinerMorgenpost: a slider in "overflow-…" boxes), a photo's
 * lightbox, a word of a sentence.
 */
export function namedIsWeak(f: ClutterFacts, kind: RemovedKind, widget: boolean): boolean {
  const { s } = f;
  if (isWordOfSentence(f.el, f.tag)) return true;
  const lightbox = s.figures > 0 && s.forms === 0 && LIGHTBOX_NAME_RE.test(f.name);
  // A heading without a link is no menu: its id is an anchor for the table of contents ("nav_1",
  // tests/fixtures/core-content-named-like-clutter.html). Nor is it a share bar or a comment box when
  // its id is its own words made an anchor ("share-of-costs" on "Who pays the share of costs").
  const anchorHeading =
    s.anchors === 0 && HEADING_RE.test(f.tag) && (kind === 'navigation' || isOwnSlug(f.el, f.name));
  return (
    lightbox ||
    anchorHeading ||
    (kind === 'byline' && s.para >= BYLINE_NAME_MAX_PARA_CHARS && !AUTHOR_BOX_NAME_RE.test(f.name)) ||
    (!widget && s.figures > 0 && WEAK_FOR_FIGURES.has(kind))
  );
}

/** Prose with a long "read more" link is still prose (scrapinghub fde930b0: numbered news items). */
export function isLinkDenseProse(f: ClutterFacts): boolean {
  const { s, tag, density } = f;
  const prose =
    (s.text - s.link >= PROSE_CHARS && density < PARAGRAPH_MAX_LINK_DENSITY) ||
    (tag === 'li' && s.text - s.link >= LIST_PROSE_CHARS && density < LIST_PROSE_MAX_LINK_DENSITY);
  return prose || (tag === 'p' && density < PARAGRAPH_MAX_LINK_DENSITY);
}

// A data table's row: two cells or more, each short, and a data cell with words but no link (a test
// table: the model's name linked to its page, then its price, grade and verdict; trafilatura-dev: a
// motoring club's child-seat test; readability-pages: a climate table's cities and temperatures;
// tests/fixtures/clutter-data-table-links.html). A layout table's column of menu links is no short
// cell, and a list of links under a row heading (<th>) is a link box, so both still go. Its cells'
// figures are data too, not a slide counter's "19/11".
const DATA_CELL_MAX_CHARS = 80;
const MIN_DATA_ROW_SHARE = 0.5;

function isDataRow(tr: Element): boolean {
  let cells = 0;
  let plain = false;
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName !== 'td' && c.localName !== 'th') continue;
    const text = textOf(c);
    if (text.length > DATA_CELL_MAX_CHARS) return false;
    cells++;
    if (text && c.localName === 'td' && !someElement(c, isLink)) plain = true;
  }
  return cells >= 2 && plain;
}

/** The block is a row, a cell or part of a cell of a data table, or such a table: no link list. */
export function inDataTable(f: ClutterFacts): boolean {
  const { el, tag } = f;
  if (tag === 'table' || tag === 'tbody' || tag === 'thead') {
    const rows = el.querySelectorAll('tr');
    let data = 0;
    for (const tr of rows) if (isDataRow(tr)) data++;
    return rows.length >= 2 && data >= MIN_DATA_ROW_SHARE * rows.length;
  }
  const row = tag === 'tr' ? el : closestTag(el, 'tr');
  return !!row && isDataRow(row);
}

// A list that a sentence of the story announces ("Here are the ones I open every time I plan a
// route:") is the story's, every item a link or not: a related list is headed by a label ("Read
// more:", "Related"), not by a sentence (fixture core-content-announced-link-list.html).
const MIN_ANNOUNCING_WORDS = 6;
const ANNOUNCES_RE = /[:：]\s*$/;

export function announcedList(f: ClutterFacts): boolean {
  const list = f.tag === 'li' ? f.el.parentElement : f.el;
  if (!list || (list.localName !== 'ul' && list.localName !== 'ol')) return false;
  const intro = list.previousElementSibling;
  if (intro?.localName !== 'p') return false;
  const s = f.ctx.stats.get(intro);
  if (!s || s.text === 0 || linkDensity(s) > MAX_LINK_DENSITY) return false;
  const text = textOf(intro, 400);
  return (
    ANNOUNCES_RE.test(text) &&
    countWordMatches(text) >= MIN_ANNOUNCING_WORDS &&
    !RELATED_HEADING_RE.test(text)
  );
}

// A list item whose list is mostly items that are not link lists is one line of that list with a
// word linked: an ingredient linked to a shop in a recipe ("350 g <a>flour</a>"; trafilatura-dev:
// recipe blogs of several engines; tests/fixtures/clutter-list-with-some-links.html). A menu or a
// teaser list has a link in nearly every item; a short list (a breadcrumb) says too little.
const MIN_PLAIN_LIST_ITEMS = 4;
const MIN_PLAIN_ITEM_SHARE = 0.5;

export function inMostlyPlainList(f: ClutterFacts): boolean {
  const list = f.tag === 'li' ? f.el.parentElement : null;
  if (!list) return false;
  let items = 0;
  let plain = 0;
  for (let c = list.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName !== 'li') continue;
    items++;
    const s = f.ctx.stats.get(c);
    if (s && s.text > 0 && linkDensity(s) <= MAX_LINK_DENSITY) plain++;
  }
  return items >= MIN_PLAIN_LIST_ITEMS && plain > MIN_PLAIN_ITEM_SHARE * items;
}

export function isInlineCluster(el: Element, ctx: ClutterContext): boolean {
  const s = ctx.stats.get(el);
  return !!s && linkDensity(s) > MAX_LINK_DENSITY && s.anchors >= MIN_INLINE_CLUSTER_LINKS;
}

// The smallest cluster goes, so a linked name before a pop-up box of links stays in the sentence.
export function hasInlineClusterChild(el: Element, ctx: ClutterContext): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (isInlineCluster(c, ctx)) return true;
  return false;
}

/** How many of the block's children look like comments (author, date, reply); 0 when not a thread. */
export function commentCount(el: Element, ctx: ClutterContext): number {
  const n = el.childElementCount;
  if (n < MIN_COMMENT_ITEMS || n > MAX_COMMENT_SCAN_CHILDREN) return 0;
  let items = 0;
  let commentLike = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (!c.firstElementChild) continue;
    items++;
    const cs = ctx.stats.get(c);
    if (cs && cs.replies > 0 && (cs.times > 0 || DATE_TEXT_RE.test(textOf(c, 600)))) commentLike++;
  }
  return commentLike >= MIN_COMMENT_ITEMS && commentLike >= items * MIN_COMMENT_SHARE ? commentLike : 0;
}

// A linked headline this long that the page's title holds names the page itself: blog themes link
// each post's title to its own address (tests/fixtures/core-post-title-links-to-itself.html).
const OWN_TITLE_MIN_CHARS = 10;
const OWN_TITLE_SHARE = 0.6;
const NORM_RE = /[^\p{L}\p{N}]+/gu;
const normTitle = (t: string) => t.replace(NORM_RE, ' ').trim().toLowerCase();

/** Whether one of `el`'s headings is the page's own title: a post, not a teaser of another page. */
export function headsOwnPage(el: Element, title: string): boolean {
  const own = normTitle(title);
  if (own.length < OWN_TITLE_MIN_CHARS) return false;
  for (const h of findElements(el, isHeadingTag)) {
    const text = normTitle(h.textContent ?? '');
    // Most of the title, not a name in it (an author box headed by the columnist's name).
    if (text.length >= OWN_TITLE_SHARE * own.length && own.includes(text)) return true;
  }
  return false;
}

// What may follow a publication stamp's label: nothing, or a date and time of a few words
// ("11.04.2020, 10:27", "Dienstag 6. Mai 2014"), never a sentence.
const STAMP_TAIL_MAX_CHARS = 40;
const STAMP_TAIL_MAX_WORDS = 6;
const DIGIT_RE = /\d/;
const SENTENCE_MARK_RE = /[!?;"“”«»]/;
const WORDS_RE = /\s+/;

// A meta line holds a publication and an update stamp at most, and a third for the print date.
const MAX_STAMPS = 3;

/**
 * Whether `text` is a publication or update stamp alone (`labelRe`'s label, then a date), or a few
 * such stamps in a row, each starting where `nextRe` finds a label.
 */
export function isDateline(text: string, labelRe: RegExp, nextRe: RegExp, stamps = 1): boolean {
  const m = labelRe.exec(text);
  if (!m) return false;
  let tail = (m[1] ?? '').trim();
  const next = stamps < MAX_STAMPS ? nextRe.exec(tail) : null;
  if (next) {
    if (!isDateline(tail.slice(next.index).trim(), labelRe, nextRe, stamps + 1)) return false;
    tail = tail.slice(0, next.index).trim();
  }
  if (!tail) return true;
  return (
    tail.length <= STAMP_TAIL_MAX_CHARS &&
    DIGIT_RE.test(tail) &&
    !SENTENCE_MARK_RE.test(tail) &&
    tail.split(WORDS_RE).length <= STAMP_TAIL_MAX_WORDS
  );
}

// Teaser cards: a photo and a headline inside one link to another story, alone or in a list
// (trafilatura-dev: "related articles" lists and inline teasers of several news sites;
// tests/fixtures/clutter-linked-teaser-cards.html). A photo linked to its own file is a photo.
const LINKED_CARD_MIN_DENSITY = 0.95;
const IMAGE_FILE_RE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/** Whether every photo of the block sits inside a link to a page, and all its text is linked. */
export function isLinkedCards(f: ClutterFacts): boolean {
  if (f.density < LINKED_CARD_MIN_DENSITY) return false;
  const figs = canonicalFigures(f.el);
  if (!figs.length) return false;
  for (const fig of figs) {
    const link = closestLink(fig);
    if (!link || !f.el.contains(link) || IMAGE_FILE_RE.test(link.getAttribute('href') ?? '')) return false;
  }
  return true;
}

// A paragraph of the story: this long, few links, none of the appeal's wording (trafilatura-dev: a
// one-paragraph note and a support box in one short wrapper; tests/fixtures/clutter-support-appeals.html).
const STORY_PARAGRAPH_CHARS = 100;
const STORY_PARAGRAPH_MAX_LINKS = 0.3;

/** Whether the block holds a paragraph of prose that `re` does not match, besides what it matches. */
export function holdsOtherProse(f: ClutterFacts, re: RegExp): boolean {
  const paras = f.el.querySelectorAll('p');
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    if (p === f.el) continue;
    const s = f.ctx.stats.get(p);
    if (!s || s.text < STORY_PARAGRAPH_CHARS || linkDensity(s) > STORY_PARAGRAPH_MAX_LINKS) continue;
    if (!re.test(textOf(p, STORY_PARAGRAPH_CHARS * 4))) return true;
  }
  return false;
}

const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

// A phrase's own wrappers are a few (a link in bold in italics); climbing further, every element of
// a page of thousands of nested inline boxes would walk them all (tests/unit/core-limits.test.ts).
const MAX_PHRASE_WRAPPERS = 4;

/**
 * Whether words stand on both sides of the element, beside it or beside the text-level wrappers
 * around it: it is a phrase inside a sentence ("the <a>latest news</a> from the yard", "and <a>Latest
 * News</a> Updates on …"), whose wording is the sentence's, not a label's (fixture
 * clutter-phrase-inside-sentence.html).
 */
export function midSentence(el: Element): boolean {
  let before = false;
  let after = false;
  let level = 0;
  for (
    let e: Element | null = el;
    e && INLINE_TAGS.has(e.localName) && level < MAX_PHRASE_WRAPPERS;
    e = e.parentElement, level++
  ) {
    before ||= wordsBeside(e, 'previousSibling');
    after ||= wordsBeside(e, 'nextSibling');
    if (before && after) return true;
  }
  return false;
}

function wordsBeside(el: Element, side: 'previousSibling' | 'nextSibling'): boolean {
  let n = el[side];
  while (n?.nodeType === 3 && !(n.nodeValue ?? '').trim()) n = n[side];
  return n?.nodeType === 3 && WORD_CHAR_RE.test(n.nodeValue ?? '');
}

/** Whether text beside the element, or beside the text-level wrappers around it, makes it a phrase of a sentence ("…, buy now: …"). */
export function inSentence(el: Element): boolean {
  for (let e: Element | null = el; e && INLINE_TAGS.has(e.localName); e = e.parentElement)
    for (const n of [e.previousSibling, e.nextSibling])
      if (n?.nodeType === 3 && WORD_CHAR_RE.test(n.textContent ?? '')) return true;
  return false;
}
