// Decides whether a block inside the chosen content is clutter, and what kind. Structure (link
// density, forms, share links, repeated comment shapes), wording (short calls to action in many
// languages) and class names each count; class names alone never remove a substantial text block.
import { textOf } from '../dom/text';
import type { RemovedKind } from '../types';
import { negativeName } from './class-signals';
import { AD_LABEL_RE } from './phrases/ads';
import { NEWSLETTER_RE, PROMO_RE } from './phrases/calls-to-action';
import { COMMENTS_HEADING_RE } from './phrases/comments';
import { COOKIE_RE } from './phrases/cookies';
import { RELATED_HEADING_RE, TEASER_LINE_RE } from './phrases/related';
import { SHARE_TEXT_RE } from './phrases/share';
import {
  BARE_ADDRESS_RE,
  BOILERPLATE_RE,
  CREDIT_LINE_RE,
  NAVIGATION_RE,
  SITE_DESCRIPTION_RE,
  UI_LABEL_RE,
} from './phrases/site-info';
import { BLOCK_TAGS, linkDensity, type Stats } from './text-stats';

// Blocks up to this long are read for their wording (seed: "Join our ... community" box ≈ 150 chars).
const SHORT_BLOCK_CHARS = 400;
// A call to action with a link or a control in a block longer than this is prose (seed article,
// fixture core-newsletter-box); without either, the line must be shorter still.
const CTA_MAX_CHARS = 260;
const CTA_PLAIN_MAX_CHARS = 140;
// Labels ("Advertisement", "Share", "Caption", "1 / 8") are a few words (scrapinghub db6b0816).
const LABEL_MAX_CHARS = 80;
// Reporting credits and copyright notes run to two sentences at most (scrapinghub 82b6d780).
const BOILERPLATE_MAX_CHARS = 320;
// Link-dense blocks are teaser lists or navigation (scrapinghub "more stories" blocks: 0.6-1.0).
const MAX_LINK_DENSITY = 0.5;
// A paragraph goes for its links only when it is nearly all link ("READ MORE: ..." in the seed).
const PARAGRAPH_MAX_LINK_DENSITY = 0.85;
// A block named like clutter is still kept when it carries this much paragraph text with few links.
const NAMED_KEEP_PARA_CHARS = 300;
const NAMED_KEEP_MAX_LINKS = 0.35;
// Two share endpoints make a share bar (fixture core-share-bar).
const MIN_SHARE_LINKS = 2;
// A block holding more than this share of the chosen content is the article (scrapinghub 232a43fb).
const MAX_REMOVABLE_SHARE = 0.6;
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
// "Follow us" rows link to three or more networks (seed article footer).
const MIN_SOCIAL_LINKS = 3;
// Comment threads: at least this many sibling items that each look like a comment
// (fixture core-comment-thread-neutral); wider lists are scanned no further, for speed.
const MIN_COMMENT_ITEMS = 2;
const MAX_COMMENT_SCAN_CHILDREN = 300;

const FORM_CONTROL_TAGS = new Set(['input', 'button', 'select', 'textarea', 'option', 'label', 'output']);
const HEADING_RE = /^h[2-6]$/;
const DATE_TEXT_RE =
  /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago|at \d{1,2}:\d{2})/i;

export interface Verdict {
  kind: RemovedKind;
  reason: string;
}

export interface ClutterContext {
  siteName: string;
  /** Text characters of the whole chosen content. */
  contentText: number;
  stats: Map<Element, Stats>;
  /** Menus taken out of the work copy, by their placeholder: the text they are listed with. */
  setAside?: ReadonlyMap<Element, Element>;
}

const NAME_KINDS: [RegExp, RemovedKind][] = [
  [/comment|disqus|respond|reply/i, 'comments'],
  [/share|sharing|social|sociable|shariff|follow/i, 'share'],
  [/newsletter|subscri|signup|sign-up/i, 'newsletter'],
  [/cookie|consent|gdpr/i, 'cookie'],
  [/(?:^|[-_])(?:ads?|adv|advert|adsense|dfp|gpt|banner|sponsor|outbrain|taboola)/i, 'ad'],
  [/related|recommend|popular|most|trending|more|read|next|topics|tags?(?:$|[-_])|taglist/i, 'related'],
  [/nav|menu|breadcrumb|footer|pagination|pager|skip|toolbar|masthead/i, 'navigation'],
  [/promo|donate|membership|paywall|modal|popup|overlay/i, 'promo'],
  [/byline|author|meta/i, 'byline'],
];

function kindOfName(name: string): RemovedKind {
  for (const [re, kind] of NAME_KINDS) if (re.test(name)) return kind;
  return 'other';
}

export function classify(el: Element, ctx: ClutterContext): Verdict | null {
  const tag = el.localName;
  const s = ctx.stats.get(el);
  if (!s) return null;
  // The bulk of the chosen content is the article, whatever its wrapper is named.
  if (s.text > MAX_REMOVABLE_SHARE * ctx.contentText) return null;
  if (FORM_CONTROL_TAGS.has(tag)) return { kind: 'form', reason: `form control <${tag}>` };
  if (tag === 'form' && s.para < NAMED_KEEP_PARA_CHARS) return { kind: 'form', reason: 'form' };
  if (tag === 'nav') return { kind: 'navigation', reason: '<nav>' };
  const density = linkDensity(s);

  let text: string | null = null;
  if (s.text <= SHORT_BLOCK_CHARS) {
    text = textOf(el, SHORT_BLOCK_CHARS * 2);
    const v = byWording(el, text, s, ctx);
    if (v) return v;
  }

  if (tag === 'aside' && (s.para < NAMED_KEEP_PARA_CHARS || density > NAMED_KEEP_MAX_LINKS))
    return { kind: 'related', reason: '<aside>' };
  if ((tag === 'footer' || tag === 'header') && s.para < NAMED_KEEP_PARA_CHARS)
    return { kind: tag === 'header' ? 'byline' : 'other', reason: `<${tag}> of the article` };

  const share = shareBar(s);
  if (share) return share;

  const name = negativeName(el);
  // A clutter-named box with its own buttons is a widget even when it holds long text (scrapinghub
  // 8380689f: a "cta-letter" donation appeal with paragraphs and a "Read the Letter" button).
  const widget = name !== '' && s.buttons > 0;
  if (name && (widget || s.para < NAMED_KEEP_PARA_CHARS || density > NAMED_KEEP_MAX_LINKS)) {
    const kind = kindOfName(name);
    // A name like "meta" or "byline" on a block with a real paragraph is too weak alone; so is a
    // vague name on a block of photos (fundus BerlinerMorgenpost: a slider in "overflow-…" boxes).
    const lightbox = s.figures > 0 && s.forms === 0 && LIGHTBOX_NAME_RE.test(name);
    const weak =
      lightbox ||
      (kind === 'byline' && s.para >= 100) ||
      (!widget && s.figures > 0 && WEAK_FOR_FIGURES.has(kind));
    if (!weak) return { kind, reason: `named "${name.slice(0, 40)}"` };
  }

  // Inline elements go only when they are link clusters (scrapinghub 6ebac05f: rollover boxes of
  // links inside a sentence), never a single linked name.
  if (
    s.text > 0 &&
    density > MAX_LINK_DENSITY &&
    tag !== 'a' &&
    (BLOCK_TAGS.has(tag) ? s.figures === 0 : isInlineCluster(el, ctx) && !hasInlineClusterChild(el, ctx))
  ) {
    const isList = s.lists > 0;
    // Prose with a long "read more" link is still prose (scrapinghub fde930b0: numbered news items).
    const prose =
      (s.text - s.link >= PROSE_CHARS && density < PARAGRAPH_MAX_LINK_DENSITY) ||
      (tag === 'li' && s.text - s.link >= LIST_PROSE_CHARS && density < LIST_PROSE_MAX_LINK_DENSITY);
    if (!prose && (tag !== 'p' || density >= PARAGRAPH_MAX_LINK_DENSITY))
      return {
        kind: isList ? 'related' : 'navigation',
        reason: `link density ${density.toFixed(2)}`,
      };
  }

  const thread = s.replies >= MIN_COMMENT_ITEMS ? commentThread(el, ctx) : null;
  if (thread) return thread;
  return null;
}

function byWording(el: Element, text: string, s: Stats, ctx: ClutterContext): Verdict | null {
  if (!text) return null;
  const tag = el.localName;
  const len = text.length;
  const hasControls = s.buttons > 0 || s.forms > 0;
  const density = linkDensity(s);
  if (COOKIE_RE.test(text) && (len < SHORT_BLOCK_CHARS || hasControls))
    return { kind: 'cookie', reason: 'cookie notice' };
  if (len <= LABEL_MAX_CHARS && AD_LABEL_RE.test(text)) return { kind: 'ad', reason: 'ad label' };
  if (COMMENTS_HEADING_RE.test(text) && (hasControls || len <= LABEL_MAX_CHARS || HEADING_RE.test(tag)))
    return { kind: 'comments', reason: 'comment section' };
  // Without a control or a link, a call to action is a short line; a longer sentence that
  // mentions subscribing is prose (fixture core-newsletter-box).
  const ctaMax = hasControls || s.link > 0 ? CTA_MAX_CHARS : CTA_PLAIN_MAX_CHARS;
  if (NEWSLETTER_RE.test(text) && (hasControls || len <= ctaMax))
    return { kind: 'newsletter', reason: 'newsletter sign-up' };
  const promo = PROMO_RE.exec(text);
  // A block that opens with the call to action is an appeal even when it goes on for a while.
  if (promo && (hasControls || len <= ctaMax || density > 0.2 || (promo.index === 0 && s.link > 0)))
    return { kind: 'promo', reason: `call to action: ${promo[0].toLowerCase().slice(0, 40)}` };
  if (SITE_DESCRIPTION_RE.test(text) && (ctx.siteName ? text.startsWith(ctx.siteName) : len < CTA_MAX_CHARS))
    return { kind: 'promo', reason: 'site description' };
  if (len <= LABEL_MAX_CHARS && NAVIGATION_RE.test(text)) return { kind: 'navigation', reason: 'navigation' };
  if (len <= LABEL_MAX_CHARS && UI_LABEL_RE.test(text))
    return { kind: 'navigation', reason: 'control label' };
  if (BARE_ADDRESS_RE.test(text)) return { kind: 'other', reason: 'bare address' };
  if (len <= BOILERPLATE_MAX_CHARS && BOILERPLATE_RE.test(text))
    return { kind: 'other', reason: 'credits or legal boilerplate' };
  if (len <= LABEL_MAX_CHARS && CREDIT_LINE_RE.test(text))
    return { kind: 'caption', reason: 'credit without image' };
  // A teaser: a heading that is all link, with a line of summary (scrapinghub aadb38e5 "next news").
  if (BLOCK_TAGS.has(tag) && !HEADING_RE.test(tag) && s.linkedHeadings > 0)
    return { kind: 'related', reason: 'teaser with linked headline' };
  if (TEASER_LINE_RE.test(text) && s.link > 0) return { kind: 'related', reason: 'teaser link' };
  if (len <= LABEL_MAX_CHARS && SHARE_TEXT_RE.test(text)) return { kind: 'share', reason: 'share label' };
  if (RELATED_HEADING_RE.test(text) && (len <= LABEL_MAX_CHARS || density > 0.3))
    return { kind: 'related', reason: 'related-content list' };
  return null;
}

function isInlineCluster(el: Element, ctx: ClutterContext): boolean {
  const s = ctx.stats.get(el);
  return !!s && linkDensity(s) > MAX_LINK_DENSITY && s.anchors >= MIN_INLINE_CLUSTER_LINKS;
}

// The smallest cluster goes, so a linked name before a pop-up box of links stays in the sentence.
function hasInlineClusterChild(el: Element, ctx: ClutterContext): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (isInlineCluster(c, ctx)) return true;
  return false;
}

function shareBar(s: Stats): Verdict | null {
  if (s.text > SHORT_BLOCK_CHARS) return null;
  if (s.shareLinks >= MIN_SHARE_LINKS) return { kind: 'share', reason: `${s.shareLinks} share links` };
  if (s.socialLinks >= MIN_SOCIAL_LINKS && s.socialLinks >= s.anchors / 2)
    return { kind: 'share', reason: 'social profile links' };
  return null;
}

/** Repeated items that each carry a date and a reply control: a comment thread, whatever its names. */
function commentThread(el: Element, ctx: ClutterContext): Verdict | null {
  const n = el.childElementCount;
  if (n < MIN_COMMENT_ITEMS || n > MAX_COMMENT_SCAN_CHILDREN) return null;
  let items = 0;
  let commentLike = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (!c.firstElementChild) continue;
    items++;
    const cs = ctx.stats.get(c);
    if (cs && cs.replies > 0 && (cs.times > 0 || DATE_TEXT_RE.test(textOf(c, 600)))) commentLike++;
  }
  if (commentLike >= MIN_COMMENT_ITEMS && commentLike >= items * 0.6)
    return { kind: 'comments', reason: `${commentLike} comments (author, date, reply)` };
  return null;
}
