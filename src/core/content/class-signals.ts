// What class and id names suggest. One signal among several: the cleaner also needs the block's
// shape or wording before it removes anything.
import type { RemovedKind } from '../types';

// Names that content containers use (entry-content, article-body, story__text, post-content...).
const POSITIVE_RE =
  /(?:^|[-_\s])(?:article|articlebody|body|content|entry|main|post|story|text|blog|page|prose|rich-?text|hentry|h-entry)(?:$|[-_\s\d])/i;
/**
 * The one list of clutter names, by the kind of block they name. `words` are matched as whole class
 * tokens or token parts ("article-content" is not "ad"); `hint` is the looser test that gives a named
 * block its kind, tried in this order (a "comment-share" box is comments). Keep both in one entry.
 */
// An author box under the story ("author-box", "about-author"): its name is strong enough to remove
// it even when it holds a real paragraph (tests/fixtures/clutter-author-box.html; trafilatura-dev).
// Also named in German, Spanish, Portuguese, French and Italian ("autor-info-card", a motorsport
// magazine's writer card with a bio under the byline; fundus-dev), and as a card.
const AUTHOR_BOX_WORDS = '(?:author|autor|auteur|autore)-?(?:bio|box|info|card)|about-?(?:the-?)?author';
export const AUTHOR_BOX_NAME_RE = new RegExp(AUTHOR_BOX_WORDS, 'i');

const CLUTTER_NAMES: readonly { kind: RemovedKind; words: string; hint: RegExp }[] = [
  {
    kind: 'comments',
    words: 'comments?|comment-?list|disqus|respond|reply',
    hint: /comment|disqus|respond|reply/i,
  },
  {
    kind: 'share',
    words: 'share|sharing|social|sociable|shariff|follow',
    hint: /share|sharing|social|sociable|shariff|follow/i,
  },
  {
    kind: 'newsletter',
    words: 'newsletter|subscribe|subscription|signup|sign-?up',
    hint: /newsletter|subscri|signup|sign-up/i,
  },
  { kind: 'cookie', words: 'cookie|consent|gdpr', hint: /cookie|consent|gdpr/i },
  {
    kind: 'ad',
    words: 'advert(?:isement)?s?|ads?|adv|adsense|dfp|gpt|banner|sponsor(?:ed)?|outbrain|taboola',
    hint: /(?:^|[-_])(?:ads?|adv|advert|adsense|dfp|gpt|banner|sponsor|outbrain|taboola)/i,
  },
  {
    kind: 'related',
    words:
      'related|relateds|recommend(?:ed|ations)?|more-?stories|read-?more|readmore|read-?next|popular|most-?(?:read|viewed|popular)|trending|tags?|tag-?list|taglist|topics',
    hint: /related|recommend|popular|most|trending|more|read|next|topics|tags?(?:$|[-_])|taglist/i,
  },
  {
    kind: 'navigation',
    words: 'breadcrumbs?|nav|navbar|navigation|menu|footer|masthead|toolbar|pagination|pager|skip',
    hint: /nav|menu|breadcrumb|footer|pagination|pager|skip|toolbar|masthead/i,
  },
  {
    kind: 'promo',
    words: 'promo|promotion|modal|popup|overlay|paywall|donate|membership',
    hint: /promo|donate|membership|paywall|modal|popup|overlay/i,
  },
  {
    kind: 'byline',
    words: `${AUTHOR_BOX_WORDS}|byline|meta`,
    hint: /byline|author|meta/i,
  },
  // Named clutter of no telling kind.
  {
    kind: 'other',
    words: 'sidebar|widget|hidden|print-?only|rating|jump-?link|cta',
    hint: /(?!)/,
  },
];
// Names of clutter widgets. Matched per class token so "article-content" is not taken for "ad".
const NEGATIVE_RE = new RegExp(
  `(?:^|[-_])(?:${CLUTTER_NAMES.map((n) => n.words).join('|')})(?:$|[-_\\d])`,
  'i',
);

/** The kind of block a clutter name (from negativeName) stands for; 'other' when none says. */
export function kindOfName(name: string): RemovedKind {
  for (const n of CLUTTER_NAMES) if (n.hint.test(name)) return n.kind;
  return 'other';
}
const CLASS_SPLIT_RE = /\s+/;

function classTokens(el: Element): string[] {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  const out = cls ? cls.split(CLASS_SPLIT_RE) : [];
  if (id) out.push(id);
  return out.filter(Boolean);
}

// Parts of a name that say nothing about the block: a page builder's wrapper around each of its
// blocks ("…-widget-wrap", "…-widget-container") and a field whose *label* is hidden
// ("field-label-hidden"), both around article text on sites of several engines (trafilatura-dev;
// tests/fixtures/core-content-builder-names.html).
const NEUTRAL_PART = '[-_]widget[-_](?:wrap|container)|label[-_]+hidden';
const NEUTRAL_PART_RE = new RegExp(NEUTRAL_PART, 'i');
const NEUTRAL_PARTS_RE = new RegExp(NEUTRAL_PART, 'gi');

// A name's last part says what the block is, the parts before it whose block it belongs to: a
// "post-footer", an "entry__meta", an "entry-author-info" is the footer, the meta line, the author
// box of the post, not the post (trafilatura-dev: blog and news themes of several engines;
// tests/fixtures/clutter-named-parts-of-the-post.html). "article-content" ends in a content word.
// Not comment words: a gallery item's "…-content__item__comment" is the editor's comment on it
// (trafilatura-dev), and a post's reader comments are found by their own names and shape. Nor the
// vague words of no telling kind: an "…-article-widget" wraps an embedded post the story quotes
// (scrapinghub 92101975).
const NEGATIVE_LAST_PART_RE = new RegExp(
  `[-_](?:${CLUTTER_NAMES.filter((n) => n.kind !== 'comments' && n.kind !== 'other')
    .map((n) => n.words)
    .join('|')})$`,
  'i',
);

// A page builder names each block twice, by its family and by its type: "kit-widget
// kit-widget-text-editor", "kit-widget kit-widget-heading". The family name says "widget" of every
// block the builder sets, the story's own text included; the type after it says what the block is
// (trafilatura-dev: a fashion blog's text, headings and photos, all in builder widgets;
// tests/fixtures/core-content-builder-widget-types.html). Only a prefixed family: a bare "widget"
// beside "widget_text" is a sidebar's widget of a text kind. A BEM modifier or element after a
// double separator ("meta__date--header") is no type: the name before it still says what it is.
const FAMILY_RE = /^[a-z\d]+[-_]/i;
const TYPE_RE = /^[-_][a-z\d]/i;

/** The type a builder's typed name gives after `family`, or null when `name` is not one. */
function typeAfter(family: string, name: string): string | null {
  if (name.length <= family.length + 1 || !name.startsWith(family)) return null;
  return TYPE_RE.test(name.slice(family.length)) ? name.slice(family.length + 1) : null;
}

/** The name to judge `t` by: a family's type for a typed block's name, '' for the family's own. */
function judgedPart(t: string, tokens: string[]): string {
  if (FAMILY_RE.test(t)) {
    const types = tokens.map((u) => typeAfter(t, u)).filter((u) => u !== null);
    if (types.length > 0) return types.some((u) => NEGATIVE_RE.test(u)) ? t : '';
  }
  for (const family of tokens) {
    const type = FAMILY_RE.test(family) ? typeAfter(family, t) : null;
    if (type !== null) return type;
  }
  return t;
}

// A quotation's own footer ("blockquote-footer", Bootstrap's attribution line under a quote;
// "quote__footer") names who said it: part of the quote, not of the page's footer (fixture
// clutter-quote-attribution.html).
const QUOTE_PART_RE = /^(?:block|pull)?-?quote[-_]+footer$/i;

/** A negative class/id token of the element, or '' when none. */
export function negativeName(el: Element): string {
  const tokens = classTokens(el);
  for (const t of tokens) {
    if (!NEGATIVE_RE.test(t) || (POSITIVE_RE.test(t) && !NEGATIVE_LAST_PART_RE.test(t))) continue;
    if (QUOTE_PART_RE.test(t)) continue;
    if (NEUTRAL_PART_RE.test(t) && !NEGATIVE_RE.test(t.replace(NEUTRAL_PARTS_RE, ''))) continue;
    const part = judgedPart(t, tokens);
    if (part !== t && !NEGATIVE_RE.test(part)) continue;
    return t;
  }
  return '';
}

/** Whether the element is named as an author box ("author-box", "entry-author-info"). */
export function isAuthorBox(el: Element): boolean {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  return !!((cls && AUTHOR_BOX_NAME_RE.test(cls)) || (id && AUTHOR_BOX_NAME_RE.test(id)));
}

// Names that mark a whole region as not the article, even when they also say "content"
// (scrapinghub 232a43fb: a long reader comment in "comment_content" outvoted the article).
const REGION_WORDS =
  'comments?|comment-?list|disqus|respond|replies|related|recommend(?:ed|ations)?|sidebar|footer|most-?(?:read|viewed|popular)|more-?stories|outbrain|taboola';
const REGION_RE = new RegExp(`(?:^|[-_])(?:${REGION_WORDS})(?:$|[-_\\d])`, 'i');
// The same words anywhere in the raw names: no match there, no token to test. Content choice asks
// every element of the page, and most names say none of these.
const REGION_HINT_RE = new RegExp(REGION_WORDS, 'i');
// A place named by what it sits next to: "above-footer", "before-sidebar", "pre-footer" are the part
// of the page above the footer, not the footer (trafilatura-dev: a story's whole column in an
// "above-footer" box; tests/fixtures/core-content-beside-region-name.html).
const BESIDE_REGION_RE = new RegExp(
  `(?:^|[-_])(?:above|below|before|after|pre|under)[-_](?:${REGION_WORDS})(?=$|[-_\\d])`,
  'gi',
);
const isRegionToken = (t: string) => REGION_RE.test(t) && REGION_RE.test(t.replace(BESIDE_REGION_RE, ''));

// A dialog laid over the page (a privacy policy, shipping terms, a sign-in form): saved with the page,
// it can hold as much prose as the story (trafilatura-dev: a privacy-policy dialog outscored a
// gardening guide; tests/fixtures/core-content-dialog-over-page.html). Named as such by its role or in
// its last name part ("modal", "modal-dialog"; not "dialog-off-canvas-main-canvas", a page wrapper),
// or as a popup, popover, toast or snackbar (a share button's "copy-link-popup": "Die Artikel-URL
// wurde erfolgreich in Ihrer Zwischenablage gespeichert." became the story's second line, fundus-dev;
// fixture core-standfirst-skips-popup.html).
// The page's root is left alone: a body class says what the page shows over it
// ("showing-search-modal").
const DIALOG_WORDS = 'dialog|modal|popup|popover|toast|snackbar';
const DIALOG_TOKEN_RE = new RegExp(`(?:^|[-_])(?:${DIALOG_WORDS})$`, 'i');
const DIALOG_HINT_RE = new RegExp(DIALOG_WORDS, 'i');
const OUTSIDE_HINT_RE = new RegExp(`${REGION_WORDS}|${DIALOG_WORDS}`, 'i');

const isPageRoot = (el: Element) => el.localName === 'body' || el.localName === 'html';
const isDialogToken = (t: string) => DIALOG_TOKEN_RE.test(t);
const isOutsideToken = (t: string) => isRegionToken(t) || isDialogToken(t);

/** The first class/id token passing `test`, looked at only when the raw names pass `hint`. */
function namedToken(el: Element, hint: RegExp, test: (token: string) => boolean): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!(cls && hint.test(cls)) && !(id && hint.test(id))) return '';
  for (const t of classTokens(el)) if (test(t)) return t;
  return '';
}

/** A name that marks the element's whole subtree as outside the article, or ''. */
export function regionName(el: Element): string {
  return namedToken(el, REGION_HINT_RE, isRegionToken);
}

/** A role or name that marks the element as a dialog over the page, or ''. */
export function dialogName(el: Element): string {
  if (isPageRoot(el)) return '';
  if (el.getAttribute('role') === 'dialog') return 'dialog';
  return namedToken(el, DIALOG_HINT_RE, isDialogToken);
}

// A box of slides or a photo gallery ("type-gallery", "testimonial-slider", "carousel"). Not "slide":
// page wrappers are named for their slide-out menus ("mm-slideout", a theme's "herald-slide").
const GALLERY_WORDS = 'galler(?:y|ies)|slideshow|slider|carousel|swiper';
const GALLERY_TOKEN_RE = new RegExp(`(?:^|[-_])(?:${GALLERY_WORDS})(?:$|[-_\\d])`, 'i');
const GALLERY_HINT_RE = new RegExp(GALLERY_WORDS, 'i');

/** A name that marks the element as a gallery or slider, or ''. */
export function galleryName(el: Element): string {
  if (isPageRoot(el)) return '';
  return namedToken(el, GALLERY_HINT_RE, (t) => GALLERY_TOKEN_RE.test(t));
}

/** A region (regionName) or a dialog (dialogName), with one look at the element's names. */
export function outsideName(el: Element): string {
  if (isPageRoot(el)) return regionName(el);
  if (el.getAttribute('role') === 'dialog') return 'dialog';
  return namedToken(el, OUTSIDE_HINT_RE, isOutsideToken);
}

/** -1, 0 or +1: the element's class/id names lean towards clutter, nothing, or content. */
export function classLean(el: Element): number {
  let lean = 0;
  for (const t of classTokens(el)) {
    if (REGION_RE.test(t) || (NEGATIVE_RE.test(t) && !POSITIVE_RE.test(t))) lean = -1;
    else if (POSITIVE_RE.test(t) && lean === 0) lean = 1;
  }
  const itemprop = el.getAttribute('itemprop');
  if (itemprop === 'articleBody' || itemprop === 'text') return 1;
  return lean;
}
