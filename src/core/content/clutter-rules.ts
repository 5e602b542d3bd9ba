// The clutter rules, in the order they are tried: the first that matches decides the block's kind
// and the reason the popup shows. Order matters where two could match: structure that cannot be
// prose (form controls, <nav>) first, then the wording of short blocks, then tags and names, then
// link density, then comment threads. Each rule names the fixture that shows why it exists; a unit
// test (tests/unit/core-clutter-rules.test.ts) checks that fixture still triggers it.
import { memoized } from '../dom/bounded-memo';
import { QUOTE_MARKS, textOf } from '../dom/text';
import { closestTag, isHeadingTag, someElement } from '../dom/walk';
import { isScreenReaderOnly } from '../figures/element-roles';
import type { RemovedKind } from '../types';
import { AUTHOR_BOX_NAME_RE, kindOfName } from './class-signals';
import type { ClutterFacts } from './clutter-facts';
import {
  announcedList,
  BOILERPLATE_MAX_CHARS,
  CTA_MAX_CHARS,
  CTA_PLAIN_MAX_CHARS,
  commentCount,
  HEADING_RE,
  hasInlineClusterChild,
  headsOwnPage,
  holdsOtherProse,
  inDataTable,
  inMostlyPlainList,
  inSentence,
  isDateline,
  isInlineCluster,
  isLinkDenseProse,
  isLinkedCards,
  LABEL_MAX_CHARS,
  linksSeveralNetworks,
  MAX_LINK_DENSITY,
  MIN_COMMENT_ITEMS,
  MIN_SHARE_LINKS,
  MIN_SOCIAL_LINKS,
  NAMED_KEEP_MAX_LINKS,
  NAMED_KEEP_PARA_CHARS,
  namedIsWeak,
  SHORT_BLOCK_CHARS,
} from './clutter-tests';
import { isHomoglyphText } from './homoglyph-text';
import { isNewWindowNotice } from './link-hints';
import { AD_LABEL_RE, AFFILIATE_DISCLOSURE_RE, SHOP_BUTTON_RE } from './phrases/ads';
import { DISH_PHOTO_PROMPT_RE, NEWSLETTER_RE, PROMO_RE, SUBSCRIBER_ONLY_RE } from './phrases/calls-to-action';
import {
  COMMENT_NOTICE_MAX_CHARS,
  COMMENT_NOTICE_MAX_START,
  COMMENT_NOTICE_RE,
  COMMENTS_HEADING_RE,
} from './phrases/comments';
import { CONTACT_DATA_RE, CONTACT_LABEL_RE, CONTACT_OPENING_RE } from './phrases/contact';
import { COOKIE_RE, EMBED_CONSENT_RE } from './phrases/cookies';
import { FORUM_CONTROL_RE, FORUM_STATUS_RE, MEMBER_FACT_RE, REPLY_TITLE_RE } from './phrases/forum';
import { RATING_WIDGET_RE } from './phrases/ratings';
import {
  COVERAGE_POINTER_RE,
  MORE_INFO_RE,
  POST_FILING_RE,
  RELATED_HEADING_RE,
  TAG_LINE_RE,
  TEASER_LINE_RE,
} from './phrases/related';
import { SHARE_TEXT_RE } from './phrases/share';
import {
  BARE_ADDRESS_RE,
  BOILERPLATE_RE,
  CREDIT_LINE_RE,
  DATELINE_LABEL_RE,
  NAVIGATION_RE,
  NEXT_DATELINE_RE,
  SCHEMELESS_ADDRESS_RE,
  SITE_DESCRIPTION_RE,
  UI_LABEL_RE,
} from './phrases/site-info';
import { BLOCK_TAGS } from './text-stats';
import { inPost } from './thread-posts';

// A label for pages, then their numbers and perhaps a step on ("Pages: 1 2 3 4", "Seiten: 1 2 »").
// Also the page counter and the step to the next page, as a line of links of their own: "Seite 1
// von 2 Weiter zu Seite 2", "Page 1 of 3 Next page »", "Página siguiente" (fixture clutter-page-links.html).
const PAGE_LINKS_RE = new RegExp(
  [
    "^(?:pages?|seiten?|páginas?|pagine|strony|sidor|sider|pagina's)\\s*:?\\s*\\d{1,3}(?:\\s*[,|]?\\s*\\d{1,3})+(?:\\s*(?:next|weiter|suivante|siguiente|»|›|→))?$",
    '^(?:page|seite|página|pagina|strona|sida|side|страница|sayfa)\\s*\\d{1,3}\\s*(?:of|von|de|di|sur|z|av|af|van|из|/)\\s*\\d{1,3}\\b',
    '^(?:next|previous|nächste|vorherige|weiter zu) (?:page|seite)\\b',
    '^(?:página|pagina) (?:siguiente|successiva|anterior|precedente)\\b',
    '^page (?:suivante|précédente)',
    '^(?:volgende|vorige) pagina\\b',
    '^(?:następna|poprzednia) strona',
    '^(?:следующая|предыдущая) страница',
  ].join('|'),
  'i',
);
// "SOURCE Harbour Ferries Ltd.": the word in capitals, a name after it (case kept: "Source of the
// figures: …" is a sentence).
const RELEASE_SOURCE_RE = /^SOURCE\s+[\p{Lu}\d]/u;
const RELEASE_SOURCE_MAX_CHARS = 120;
// A rating plugin's prompt, buttons and tally in one box ("How useful was this post? Click on a star
// to rate it! Average rating 0 / 5. Vote count: 0 No votes so far! …"): longer than a label.
const RATING_MAX_CHARS = 200;
// A shop button's text is all link; a trailing price or icon label outside it may be left.
const SHOP_BUTTON_LINK_SHARE = 0.8;
// A block of nothing but quotation marks: a quote box's decorative glyph set as a paragraph of its
// own or hidden from screen readers (tests/fixtures/core-figures-without-photos.html; fundus: a
// broadcaster's quote boxes).
const QUOTE_MARKS_ONLY_RE = new RegExp(`^[${QUOTE_MARKS}\\s]+$`);
// A box with share links that also holds one paragraph this long is more than the share bar: the
// standfirst set beside its date and share row (trafilatura-dev: a parliament group's news page;
// tests/fixtures/clutter-share-row-beside-standfirst.html). The row inside it goes on its own. Short
// lines do not add up to one: a column's header box of kicker, author line and share row still goes
// whole (fundus-dev: a regional daily's opinion column).
const SHARE_BOX_PARAGRAPH_CHARS = 100;

/** One block inside the box says this much prose of its own. */
function holdsParagraph(f: ClutterFacts, chars: number): boolean {
  if (f.s.para < chars) return false;
  return someElement(f.el, (d) => {
    const s = f.ctx.stats.get(d);
    return !!s && BLOCK_TAGS.has(d.localName) && s.inline - s.inlineLink >= chars;
  });
}
// A tag line longer than this is a paragraph that starts with "Topics:".
const TAG_LINE_MAX_CHARS = 300;
const SENTENCE_END_RE = /\p{L}{2}[.!?](?:\s|$)/u;
/** The block sits inside one of the thread's posts (content/thread-posts.ts). */
const inThreadPost = (f: ClutterFacts): boolean => !!f.ctx.threadPosts && inPost(f.el, f.ctx.threadPosts);
// A forum's box about a post's writer: their name, rank, avatar caption and counts (fixture
// clutter-forum-member-profile.html: "user0 Junior Member Posts: 12 Threads: 1 Joined: Jan 2019
// Reputation: 0"); two of its facts make it one, where a sentence may name one.
const MEMBER_PROFILE_MAX_CHARS = 250;
const MIN_MEMBER_FACTS = 2;
// Beside a thread's post one fact is enough (SMF shows only "Posts: 12" under the name).
// A block that holds a paragraph this long holds the post beside the profile: a table forum's row
// sets the writer's cell and the message's side by side (fixture clutter-forum-member-profile-row.html).
const MEMBER_POST_CHARS = 100;
const isMemberProfile = (f: ClutterFacts): boolean => {
  const facts = countMatches(MEMBER_FACT_RE, f.text);
  return (
    (facts >= MIN_MEMBER_FACTS || (facts === 1 && f.text.length <= LABEL_MAX_CHARS && inThreadPost(f))) &&
    !holdsParagraph(f, MEMBER_POST_CHARS)
  );
};
const SIGNATURE_NAME_RE = /signature/i;
export const SLIDER_SELECTOR = '[role="slider"], input[type="range"]';
export const isSlider = (el: Element): boolean =>
  el.getAttribute('role') === 'slider' ||
  (el.localName === 'input' && el.getAttribute('type')?.toLowerCase() === 'range');
// A player's bar with its menus (speed, subtitles, captions settings) says a few hundred characters
// (readability-pages bug-1255978: 310), a quarter of it a menu item read as prose ("captions
// settings, opens captions settings dialog").
const PLAYER_MAX_CHARS = 1000;
const PLAYER_MAX_PROSE_SHARE = 0.5;
// A box with a heading beside the player is the article's header (fundus: a news channel's title,
// date line and read-aloud player): the other rules take its parts.
const FORM_CONTROL_TAGS = new Set(['input', 'button', 'select', 'textarea', 'option', 'label', 'output']);

export interface ClutterRule {
  /** Stable name, used by the per-rule test. */
  id: string;
  /** The kind of block it removes (from the facts when it depends on them). */
  kind: RemovedKind | ((f: ClutterFacts) => RemovedKind);
  /** The removal reason the popup lists, or null when the rule does not apply. */
  test: (f: ClutterFacts) => string | null;
  /** Whether the rule reads the wording: tried only on short blocks (SHORT_BLOCK_CHARS) with text. */
  wording?: true;
  /** Whether the rule reads the wording of longer blocks itself: never tried on a phrase inside a sentence. */
  readsLonger?: true;
  /** The fixture (tests/fixtures/) whose page shows why the rule exists. */
  fixture: string;
}

/** The reason of a contact block: clean-content.ts takes the entries under a contact label along. */
export const CONTACT_REASON = 'contact block';
export const CONTENTS_REASON = 'table of contents';

const when = (cond: boolean, reason: string): string | null => (cond ? reason : null);
// A table of contents: links to the story's own parts ("#the-delay") and, besides them, no more
// than its title and a show/hide control ("Table of Contents Toggle", blog plugins' boxes; fixture
// clutter-contents-box.html). The reader lists the parts itself. A paragraph that links two parts
// ("See lines and fenders.") is a sentence.
// A box that holds a form and a line or two besides: a poll's question and its tally, a form's
// heading ("Should the council pay? Yes No Vote 1,234 votes"; fixture clutter-form-box.html). The
// form goes by the form rule; its question and count would stay as lines of the story.
const FORM_BOX_MAX_CHARS = 200;
const CONTENTS_MIN_LINKS = 2;
const CONTENTS_MAX_OTHER_CHARS = 60;
const ANCHOR_LINK_RE = /^#./;

/**
 * Every link of `el` goes to a place on this page ("#part"; a bare "#" is a control's), two at least,
 * counting the links of a <nav> set aside from it (the list of parts is often one).
 */
function linksWithinPage(el: Element, setAside: ReadonlyMap<Element, Element> | undefined): boolean {
  let parts = 0;
  const boxes = [el];
  if (setAside?.size) for (const nav of el.getElementsByTagName('nav')) boxes.push(setAside.get(nav) ?? nav);
  for (const box of boxes)
    for (const a of box.getElementsByTagName('a')) {
      const href = (a.getAttribute('href') ?? '').trim();
      if (ANCHOR_LINK_RE.test(href)) parts++;
      else if (href && href !== '#') return false;
    }
  return parts >= CONTENTS_MIN_LINKS;
}
// An appeal box is a few sentences; a longer block holding two appeals holds the story too.
const APPEAL_BOX_MAX_CHARS = 900;
const APPEAL_BOX_MIN_PHRASES = 2;
// How far into a longer block its opening appeal is looked for.
const LONG_APPEAL_OPENING_CHARS = 120;
// A phrase of the appeals list that heads a box of the story's key points, not an appeal.
const KEY_POINTS_HEADING_RE = /^what you need to know/i;
const PROMO_ALL_RE = new RegExp(PROMO_RE.source, 'gi');
// The call to action and the appeal box, one after the other, ask the same text for the appeal's
// phrase: answered once (bench:browser profile: the phrase list is 2% of extraction time). Only the
// last few texts matter.
const PROMO_MEMO_ENTRIES = 8;
const promoIn = memoized((text: string) => PROMO_RE.exec(text), PROMO_MEMO_ENTRIES);
/** How many times a global regex matches `text`. */
const countMatches = (re: RegExp, text: string): number => {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
};

export const CLUTTER_RULES: readonly ClutterRule[] = [
  {
    id: 'form-control',
    kind: 'form',
    test: (f) =>
      when(FORM_CONTROL_TAGS.has(f.tag) && !f.ctx.checklistLabels?.has(f.el), `form control <${f.tag}>`),
    fixture: 'hostile-article.html',
  },
  {
    id: 'form',
    kind: 'form',
    test: (f) => when(f.tag === 'form' && f.s.para < NAMED_KEEP_PARA_CHARS, 'form'),
    fixture: 'hostile-article.html',
  },
  {
    id: 'form-box',
    kind: 'form',
    test: (f) =>
      when(
        f.tag !== 'form' &&
          f.s.forms > 0 &&
          f.s.figures === 0 &&
          f.s.para === 0 &&
          f.s.text <= FORM_BOX_MAX_CHARS,
        'form box',
      ),
    fixture: 'clutter-form-box.html',
  },
  {
    id: 'nav',
    kind: 'navigation',
    test: (f) => when(f.tag === 'nav', '<nav>'),
    fixture: 'core-menus-set-aside.html',
  },
  {
    id: 'contents-box',
    kind: 'navigation',
    test: (f) =>
      when(
        f.tag !== 'p' &&
          f.s.text > 0 &&
          f.s.text - f.s.link <= CONTENTS_MAX_OTHER_CHARS &&
          linksWithinPage(f.el, f.ctx.setAside),
        CONTENTS_REASON,
      ),
    fixture: 'clutter-contents-box.html',
  },
  {
    id: 'cookie-notice',
    kind: 'cookie',
    wording: true,
    // A blocked embed's placeholder may hold the video the engine made a link of: the box stays, and
    // its lines of consent go on their own (trafilatura-dev: an environmental group's YouTube box;
    // fixture clutter-disclosure-and-blocked-embed.html).
    test: (f) =>
      when(
        COOKIE_RE.test(f.text) &&
          (f.text.length < SHORT_BLOCK_CHARS || f.hasControls) &&
          (f.s.figures === 0 || !EMBED_CONSENT_RE.test(f.text)),
        'cookie notice',
      ),
    fixture: 'clutter-labels-and-notices.html',
  },
  {
    id: 'ad-label',
    kind: 'ad',
    wording: true,
    test: (f) => when(f.text.length <= LABEL_MAX_CHARS && AD_LABEL_RE.test(f.text), 'ad label'),
    fixture: 'core-seed-like-article.html',
  },
  {
    id: 'homoglyph-text',
    kind: 'ad',
    wording: true,
    test: (f) => when(isHomoglyphText(f.text), 'text disguised with look-alike letters'),
    fixture: 'clutter-homoglyph-ad.html',
  },
  {
    id: 'comments-heading',
    kind: 'comments',
    wording: true,
    test: (f) =>
      when(
        (f.hasControls || f.text.length <= LABEL_MAX_CHARS || HEADING_RE.test(f.tag)) &&
          COMMENTS_HEADING_RE.test(f.text),
        'comment section',
      ),
    fixture: 'clutter-labels-and-notices.html',
  },
  {
    // Read past the short blocks: the note may go on with the rules for commenting (trafilatura-dev:
    // 635 characters of them).
    id: 'comment-notice',
    readsLonger: true,
    kind: 'comments',
    test: (f) => {
      if (f.s.text > COMMENT_NOTICE_MAX_CHARS) return null;
      const note = COMMENT_NOTICE_RE.exec(f.text || textOf(f.el, COMMENT_NOTICE_MAX_START * 4));
      return when(!!note && note.index <= COMMENT_NOTICE_MAX_START, 'note on comments');
    },
    fixture: 'clutter-comment-notices.html',
  },
  {
    // The notice where the text breaks off for subscribers; a longer sentence about subscribers is
    // prose.
    id: 'subscriber-only',
    kind: 'promo',
    wording: true,
    test: (f) =>
      when(
        (f.hasControls || f.text.length <= ctaMax(f)) && SUBSCRIBER_ONLY_RE.test(f.text),
        'subscriber-only notice',
      ),
    fixture: 'clutter-subscriber-only-notice.html',
  },
  {
    // Without a control or a link, a call to action is a short line; a longer sentence that
    // mentions subscribing is prose.
    id: 'newsletter',
    kind: 'newsletter',
    wording: true,
    test: (f) =>
      when((f.hasControls || f.text.length <= ctaMax(f)) && NEWSLETTER_RE.test(f.text), 'newsletter sign-up'),
    fixture: 'core-newsletter-box.html',
  },
  {
    // A block that opens with the call to action is an appeal even when it goes on for a while.
    id: 'call-to-action',
    kind: 'promo',
    wording: true,
    test: (f) => {
      const promo = promoIn(f.text);
      if (!promo) return null;
      const ok =
        f.hasControls || f.text.length <= ctaMax(f) || f.density > 0.2 || (promo.index === 0 && f.s.link > 0);
      // A wrapper around a paragraph of the story and then the appeal leaves the appeal to its own
      // box; a box that opens with the appeal is the appeal, its explaining paragraph included.
      const story = promo.index > 0 && holdsOtherProse(f, PROMO_RE);
      return when(ok && !story, `call to action: ${promo[0].toLowerCase().slice(0, 40)}`);
    },
    fixture: 'core-appeal-opening-cta.html',
  },
  {
    id: 'dish-photo-prompt',
    kind: 'promo',
    wording: true,
    test: (f) =>
      when(
        f.text.length <= ctaMax(f) && DISH_PHOTO_PROMPT_RE.test(f.text),
        'prompt to share a photo of the dish',
      ),
    fixture: 'clutter-recipe-share-prompt.html',
  },
  {
    // A reader-support box says it in several ways and runs past the short blocks read for their
    // wording: a heading, a paragraph asking for help, the small print ("cancel any time") and a
    // button, in one box under the story (trafilatura-dev: a Salvadoran and a Swiss magazine's boxes;
    // fixture clutter-appeal-box.html). One such phrase in a longer block may be the story's.
    id: 'appeal-box',
    readsLonger: true,
    kind: 'promo',
    test: (f) => {
      if (f.s.text > APPEAL_BOX_MAX_CHARS) return null;
      // Every block up to the limit is tried on every page: a short one's text is already read, and
      // the phrases are counted only where one is found.
      const text = f.text || textOf(f.el, APPEAL_BOX_MAX_CHARS * 2);
      if (!promoIn(text)) return null;
      const phrases = new Set<string>();
      for (const m of text.matchAll(PROMO_ALL_RE)) phrases.add(m[0].toLowerCase());
      return when(
        phrases.size >= APPEAL_BOX_MIN_PHRASES && !holdsOtherProse(f, PROMO_RE),
        `appeal: ${[...phrases].join(', ').slice(0, 60)}`,
      );
    },
    fixture: 'clutter-appeal-box.html',
  },
  {
    // A block past the short ones read for their wording that opens with the appeal and ends in its
    // link or button: a membership pitch under the story (scrapinghub f5c90a6d: "If you enjoyed this
    // article, we have a proposition for you: …" and "Learn more"; fixture
    // clutter-long-appeal-box.html). The phrase that heads a box of key points is no appeal.
    id: 'long-appeal',
    readsLonger: true,
    kind: 'promo',
    test: (f) => {
      if (f.text || f.s.text > APPEAL_BOX_MAX_CHARS || !(f.hasControls || f.s.link > 0)) return null;
      const promo = PROMO_RE.exec(textOf(f.el, LONG_APPEAL_OPENING_CHARS));
      if (!promo || promo.index > 0 || KEY_POINTS_HEADING_RE.test(promo[0])) return null;
      return when(!holdsOtherProse(f, PROMO_RE), `long appeal: ${promo[0].toLowerCase().slice(0, 40)}`);
    },
    fixture: 'clutter-long-appeal-box.html',
  },
  {
    id: 'site-description',
    kind: 'promo',
    wording: true,
    test: (f) =>
      when(
        (f.ctx.siteName ? f.text.startsWith(f.ctx.siteName) : f.text.length < CTA_MAX_CHARS) &&
          SITE_DESCRIPTION_RE.test(f.text),
        'site description',
      ),
    fixture: 'clutter-labels-and-notices.html',
  },
  {
    id: 'navigation-label',
    kind: 'navigation',
    wording: true,
    test: (f) => when(f.text.length <= LABEL_MAX_CHARS && NAVIGATION_RE.test(f.text), 'navigation'),
    fixture: 'clutter-labels-and-notices.html',
  },
  {
    // A media player's control bar left as text: its clock, its buffer and its seek bar ("Current
    // Time 0:00 / Duration Time 0:00 Loaded: 0% Progress: 0%": readability-pages bug-1255978, a
    // video in the story; fixture clutter-player-control-bar.html). The seek or volume bar is a
    // slider; no sentence holds one.
    id: 'player-controls',
    kind: 'navigation',
    test: (f) =>
      when(
        f.s.figures === 0 &&
          f.s.para <= PLAYER_MAX_PROSE_SHARE * f.s.text &&
          f.s.text <= PLAYER_MAX_CHARS &&
          !!f.ctx.sliders?.some((slider) => f.el.contains(slider)) &&
          !someElement(f.el, isHeadingTag),
        'player controls',
      ),
    fixture: 'clutter-player-control-bar.html',
  },
  {
    id: 'control-label',
    kind: 'navigation',
    wording: true,
    test: (f) =>
      when(
        f.text.length <= LABEL_MAX_CHARS &&
          (UI_LABEL_RE.test(f.text) || FORUM_CONTROL_RE.test(f.text)) &&
          !inDataTable(f),
        'control label',
      ),
    fixture: 'core-gallery-control-labels.html',
  },
  {
    // A split post's list of its pages ("Pages: 1 2 3 4", WordPress's page links: trafilatura-dev, a
    // luxury magazine; fixture clutter-page-links.html): the reader shows the page it was given.
    id: 'page-links',
    kind: 'navigation',
    wording: true,
    test: (f) =>
      when(f.s.link > 0 && f.text.length <= LABEL_MAX_CHARS && PAGE_LINKS_RE.test(f.text), 'page links'),
    fixture: 'clutter-page-links.html',
  },
  {
    id: 'rating-widget',
    kind: 'other',
    wording: true,
    test: (f) => when(f.text.length <= RATING_MAX_CHARS && RATING_WIDGET_RE.test(f.text), 'rating widget'),
    fixture: 'clutter-rating-widget.html',
  },
  {
    // A heading set for screen readers only names the region it opens ("Hauptinhalt", "Main
    // content"): a sighted reader never sees it, and the reader view is no region of that page
    // (trafilatura-dev: a Swiss institute's report under a "text-hide" h2; fixture
    // clutter-screen-reader-heading.html). Such a label inside a line or a caption is left to them.
    id: 'screen-reader-heading',
    kind: 'navigation',
    wording: true,
    test: (f) =>
      when(
        HEADING_RE.test(f.tag) && f.text.length <= LABEL_MAX_CHARS && isScreenReaderOnly(f.el),
        'screen-reader heading',
      ),
    fixture: 'clutter-screen-reader-heading.html',
  },
  {
    // A share panel's notice for screen readers left as a line ("These are external links and will
    // open in a new window": a British broadcaster's pages in trafilatura-dev and scrapinghub-dev;
    // fixture clutter-link-new-window-hint.html). Inside a link it is the link's hint (link-hints.ts).
    id: 'new-window-notice',
    kind: 'navigation',
    wording: true,
    test: (f) =>
      when(
        f.text.length <= LABEL_MAX_CHARS && f.s.anchors === 0 && isNewWindowNotice(f.text),
        'new-window notice',
      ),
    fixture: 'clutter-link-new-window-hint.html',
  },
  {
    id: 'quote-mark',
    kind: 'other',
    wording: true,
    // A block, or an element hidden from screen readers: a quote mark in a span of its own inside a
    // line opens that line's quotation.
    test: (f) =>
      when(
        QUOTE_MARKS_ONLY_RE.test(f.text) &&
          (BLOCK_TAGS.has(f.tag) || f.el.getAttribute('aria-hidden') === 'true'),
        'decorative quote mark',
      ),
    fixture: 'core-figures-without-photos.html',
  },
  {
    id: 'bare-address',
    kind: 'other',
    wording: true,
    // A whole block that is only an address; a link inside a line ("Account: @name") is that
    // line's content (tests/fixtures/core-content-named-like-clutter.html).
    test: (f) =>
      when(
        BLOCK_TAGS.has(f.tag) &&
          (BARE_ADDRESS_RE.test(f.text) ||
            (!!f.ctx.networks &&
              SCHEMELESS_ADDRESS_RE.test(f.text) &&
              f.ctx.networks.profile.test(`https://${f.text}`))),
        'bare address',
      ),
    fixture: 'core-gallery-control-labels.html',
  },
  {
    // A wire service's press release ends by naming the company that sent it, in capitals and with
    // no colon: "SOURCE Harbour Ferries Ltd." (fixture clutter-release-source-line.html). A
    // "Source: …" line under a chart or a table credits its figures and stays.
    id: 'release-source',
    kind: 'other',
    wording: true,
    test: (f) =>
      when(
        f.text.length <= RELEASE_SOURCE_MAX_CHARS && RELEASE_SOURCE_RE.test(f.text),
        'release source line',
      ),
    fixture: 'clutter-release-source-line.html',
  },
  {
    id: 'boilerplate',
    kind: 'other',
    wording: true,
    test: (f) =>
      when(
        f.text.length <= BOILERPLATE_MAX_CHARS && BOILERPLATE_RE.test(f.text),
        'credits or legal boilerplate',
      ),
    fixture: 'core-credits-and-boilerplate.html',
  },
  {
    id: 'affiliate-disclosure',
    kind: 'ad',
    wording: true,
    test: (f) =>
      when(
        f.text.length <= BOILERPLATE_MAX_CHARS && AFFILIATE_DISCLOSURE_RE.test(f.text),
        'affiliate disclosure',
      ),
    fixture: 'clutter-affiliate-disclosure.html',
  },
  {
    // The button is a link, and the link is all the block says.
    id: 'shop-button',
    kind: 'ad',
    wording: true,
    test: (f) =>
      when(
        f.s.link > 0 &&
          f.s.link >= f.s.text * SHOP_BUTTON_LINK_SHARE &&
          f.text.length <= LABEL_MAX_CHARS &&
          !inSentence(f.el) &&
          SHOP_BUTTON_RE.test(f.text),
        'shop button',
      ),
    fixture: 'clutter-shop-button.html',
  },
  {
    // The contact label alone goes with the entries under it (clean-content.ts: contact tail); a
    // block that opens with the label must hold the contact itself, a phone or an address.
    id: 'contact-block',
    kind: 'other',
    wording: true,
    test: (f) =>
      when(
        BLOCK_TAGS.has(f.tag) &&
          ((f.text.length <= LABEL_MAX_CHARS && CONTACT_LABEL_RE.test(f.text)) ||
            (f.text.length <= BOILERPLATE_MAX_CHARS &&
              CONTACT_OPENING_RE.test(f.text) &&
              CONTACT_DATA_RE.test(f.text))),
        CONTACT_REASON,
      ),
    fixture: 'clutter-contact-block.html',
  },
  {
    id: 'dateline',
    kind: 'byline',
    wording: true,
    // A block or a <time>, never a word inside a sentence ("statements posted on", readability-pages
    // ebb-org).
    test: (f) =>
      when(
        (BLOCK_TAGS.has(f.tag) || f.tag === 'time') &&
          f.text.length <= LABEL_MAX_CHARS &&
          isDateline(f.text, DATELINE_LABEL_RE, NEXT_DATELINE_RE),
        'dateline',
      ),
    fixture: 'clutter-datelines.html',
  },
  {
    id: 'credit-without-image',
    kind: 'caption',
    wording: true,
    // The pattern bounds the line's length itself: longer when it names the rights holder with ©.
    // A box that holds photos besides the line is their gallery, whose text is the line alone
    // (fixture figures-gallery-credit.html: a slider's "Photos: …" under its slides).
    test: (f) => when(f.s.figures === 0 && CREDIT_LINE_RE.test(f.text), 'credit without image'),
    fixture: 'core-gallery-control-labels.html',
  },
  {
    // Only inside a thread's post: an article's "signature" box is its writer's name and place
    // (trafilatura-dev, fundus). phpBB "signature", vBulletin "signaturecontainer", XenForo
    // "message-signature".
    id: 'post-signature',
    kind: 'other',
    test: (f) =>
      when(
        SIGNATURE_NAME_RE.test(f.el.getAttribute('class') ?? '') && inThreadPost(f),
        'signature under a post',
      ),
    fixture: 'core-forum-thread-short-posts.html',
  },
  {
    id: 'forum-status',
    kind: 'other',
    wording: true,
    test: (f) =>
      when(
        BLOCK_TAGS.has(f.tag) && f.text.length <= BOILERPLATE_MAX_CHARS && FORUM_STATUS_RE.test(f.text),
        'forum status',
      ),
    fixture: 'core-forum-thread-short-posts.html',
  },
  {
    // Only inside a thread's post: "Re: …" elsewhere may open a letter's or a mail's subject line.
    id: 'reply-title',
    kind: 'other',
    wording: true,
    test: (f) =>
      when(
        f.text.length <= LABEL_MAX_CHARS * 2 && REPLY_TITLE_RE.test(f.text) && inThreadPost(f),
        'reply title',
      ),
    fixture: 'detect-forum-thread.html',
  },
  {
    // Before the teaser rule: the writer's name in the box is a linked heading on some forums.
    id: 'member-profile',
    kind: 'byline',
    wording: true,
    test: (f) =>
      when(
        BLOCK_TAGS.has(f.tag) && f.text.length <= MEMBER_PROFILE_MAX_CHARS && isMemberProfile(f),
        "writer's forum profile",
      ),
    fixture: 'clutter-forum-member-profile.html',
  },
  {
    // A heading that is all link, with a line of summary (scrapinghub aadb38e5 "next news").
    id: 'teaser-linked-headline',
    kind: 'related',
    wording: true,
    test: (f) =>
      when(
        BLOCK_TAGS.has(f.tag) &&
          !HEADING_RE.test(f.tag) &&
          f.s.linkedHeadings > 0 &&
          !headsOwnPage(f.el, f.ctx.title ?? ''),
        'teaser with linked headline',
      ),
    fixture: 'core-linked-headline-teaser.html',
  },
  {
    id: 'teaser-link',
    kind: 'related',
    wording: true,
    test: (f) => when(f.s.link > 0 && TEASER_LINE_RE.test(f.text), 'teaser link'),
    fixture: 'core-seed-like-article.html',
  },
  {
    // The pointer is the block's whole text: a line, or the link that holds it.
    id: 'more-info-pointer',
    kind: 'related',
    wording: true,
    test: (f) =>
      when(
        f.text.length <= CTA_PLAIN_MAX_CHARS &&
          (MORE_INFO_RE.test(f.text) || COVERAGE_POINTER_RE.test(f.text)),
        'pointer to more information',
      ),
    fixture: 'clutter-more-info-pointer.html',
  },
  {
    // The tags are links and say no sentence: "Themen: Wir sprechen heute über …." is prose.
    id: 'tag-line',
    kind: 'related',
    wording: true,
    // A blog theme's filing line says it in sentences ("This entry was posted in News. Bookmark the
    // permalink.") and is one whatever it adds.
    test: (f) =>
      when(
        BLOCK_TAGS.has(f.tag) &&
          f.text.length <= TAG_LINE_MAX_CHARS &&
          f.s.link > 0 &&
          ((TAG_LINE_RE.test(f.text) && !SENTENCE_END_RE.test(f.text)) || POST_FILING_RE.test(f.text)),
        'tag line',
      ),
    fixture: 'clutter-tag-line.html',
  },
  {
    id: 'share-label',
    kind: 'share',
    wording: true,
    test: (f) => when(f.text.length <= LABEL_MAX_CHARS && SHARE_TEXT_RE.test(f.text), 'share label'),
    fixture: 'core-share-bar.html',
  },
  {
    id: 'related-heading',
    kind: 'related',
    wording: true,
    test: (f) =>
      when(
        (f.text.length <= LABEL_MAX_CHARS || f.density > 0.3) && RELATED_HEADING_RE.test(f.text),
        'related-content list',
      ),
    fixture: 'core-related-most-read.html',
  },
  {
    id: 'aside',
    kind: 'related',
    test: (f) =>
      when(
        f.tag === 'aside' && (f.s.para < NAMED_KEEP_PARA_CHARS || f.density > NAMED_KEEP_MAX_LINKS),
        '<aside>',
      ),
    fixture: 'detect-article-with-related-cards.html',
  },
  {
    id: 'article-header',
    kind: 'byline',
    test: (f) => when(f.tag === 'header' && f.s.para < NAMED_KEEP_PARA_CHARS, '<header> of the article'),
    fixture: 'clutter-labels-and-notices.html',
  },
  {
    id: 'article-footer',
    kind: 'other',
    // A quote's <footer> is its attribution ("<blockquote><p>…</p><footer>— Name</footer>", the
    // Bootstrap pattern; fixture clutter-quote-attribution.html), not the article's.
    test: (f) =>
      when(
        f.tag === 'footer' && f.s.para < NAMED_KEEP_PARA_CHARS && !closestTag(f.el, 'blockquote'),
        '<footer> of the article',
      ),
    fixture: 'clutter-labels-and-notices.html',
  },
  {
    id: 'share-links',
    kind: 'share',
    test: (f) =>
      when(
        f.s.text <= SHORT_BLOCK_CHARS &&
          f.s.shareLinks >= MIN_SHARE_LINKS &&
          !holdsParagraph(f, SHARE_BOX_PARAGRAPH_CHARS),
        `${f.s.shareLinks} share links`,
      ),
    fixture: 'core-share-bar.html',
  },
  {
    // "Follow us" rows link to three or more profiles on more than one network.
    id: 'social-profile-links',
    kind: 'share',
    test: (f) =>
      when(
        f.s.text <= SHORT_BLOCK_CHARS &&
          f.s.socialLinks >= MIN_SOCIAL_LINKS &&
          f.s.socialLinks >= f.s.anchors / 2 &&
          linksSeveralNetworks(f.el, f.ctx.networks?.profile),
        'social profile links',
      ),
    fixture: 'clutter-labels-and-notices.html',
  },
  {
    // A clutter-named box with its own buttons is a widget even when it holds long text (scrapinghub
    // 8380689f: a "cta-letter" donation appeal with paragraphs and a "Read the Letter" button).
    id: 'clutter-name',
    kind: (f) => kindOfName(f.name),
    test: (f) => {
      const name = f.name;
      if (!name) return null;
      const widget = f.s.buttons > 0;
      // An author box's bio runs to long paragraphs and is still the box, however long (trafilatura-dev
      // blog themes: a 500-character bio; fixture clutter-author-box lengthened past 800 in its test).
      // A profile page whose bio is the story is kept by the share guard: no block holding most of the
      // content goes.
      const bio = AUTHOR_BOX_NAME_RE.test(name);
      if (!(widget || bio || f.s.para < NAMED_KEEP_PARA_CHARS || f.density > NAMED_KEEP_MAX_LINKS))
        return null;
      return when(!namedIsWeak(f, kindOfName(name), widget), `named "${name.slice(0, 40)}"`);
    },
    fixture: 'core-cta-widget-with-button.html',
  },
  {
    // Inline elements go only when they are link clusters (scrapinghub 6ebac05f: rollover boxes of
    // links inside a sentence), never a single linked name. Lists of links are teasers.
    id: 'link-density',
    kind: (f) => (f.s.lists > 0 ? 'related' : 'navigation'),
    test: (f) => {
      const { s, tag, density } = f;
      if (!(s.text > 0 && density > MAX_LINK_DENSITY && tag !== 'a')) return null;
      const shape = BLOCK_TAGS.has(tag)
        ? s.figures === 0 || isLinkedCards(f)
        : isInlineCluster(f.el, f.ctx) && !hasInlineClusterChild(f.el, f.ctx);
      return when(
        shape && !isLinkDenseProse(f) && !inDataTable(f) && !inMostlyPlainList(f) && !announcedList(f),
        `link density ${density.toFixed(2)}`,
      );
    },
    fixture: 'core-title-box-class-name.html',
  },
  {
    // Repeated items that each carry a date and a reply control: a comment thread, whatever its names.
    id: 'comment-thread',
    kind: 'comments',
    test: (f) => {
      const n = f.s.replies >= MIN_COMMENT_ITEMS ? commentCount(f.el, f.ctx) : 0;
      return n ? `${n} comments (author, date, reply)` : null;
    },
    fixture: 'core-comment-thread-neutral.html',
  },
];

function ctaMax(f: ClutterFacts): number {
  return f.hasControls || f.s.link > 0 ? CTA_MAX_CHARS : CTA_PLAIN_MAX_CHARS;
}
