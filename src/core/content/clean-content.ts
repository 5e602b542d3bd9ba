// Removes clutter from the chosen content, top-down, recording each removed block for the user.
// Canonical figures are protected unless they sit inside a removed block.

import {
  canonicalFigures,
  FIGURE_ATTR,
  figureCaption,
  figureImage,
  isLinkedFigure,
} from '../canonical-figure';
import type { Deadline } from '../dom/deadline';
import { select } from '../dom/find';
import { menuText } from '../dom/set-aside-navigation';
import { ENDS_SENTENCE_RE, preview, textOf } from '../dom/text';
import { closestLink, isHeading, isLink, someElement, walkElements } from '../dom/walk';
import { inPageLink } from '../figures/element-roles';
import type { RemovedBlock } from '../types';
import { removeBareGalleries } from './bare-galleries';
import { type ClutterContext, classify } from './classify-clutter';
import { findBioBoxes, removeClosingBios } from './closing-bio';
import { CONTACT_REASON, CONTENTS_REASON, isSlider, SLIDER_SELECTOR } from './clutter-rules';
import { isContactLabel, removeContactTail } from './contact-tail';
import { isAllStrong } from './emphasis-line';
import { dropEndHeadings } from './end-headings';
import { removeLinkHints } from './link-hints';
import { AD_LABEL_RE } from './phrases/ads';
import { EMBED_CONSENT_RE } from './phrases/cookies';
import { PostLines } from './post-writer';
import { deksInHeader } from './standfirst';
import { linkDensity } from './text-stats';
import { plainThreadLayout } from './thread-layout';
import { findThread } from './thread-posts';
import { removeTrailingNotices } from './trailing-lines';

// After a "Related" / "Comments" heading, following blocks with less paragraph text than this go too.
const SECTION_TAIL_MAX_PARA = 100;
const SECTION_TAIL_LINK_DENSITY = 0.3;
const MIN_TEASER_HEADLINES = 2;
// Removed blocks listed for the user; past this the list is noise.
const MAX_RECORDS = 60;

/** Site fixes' say in cleaning (rules/rule-plan.ts): blocks kept, and where a block was on the page. */
export interface CleanRepair {
  keeps(el: Element): boolean;
  selectorOf(el: Element): string | undefined;
}

export function cleanContent(
  container: Element,
  ctx: ClutterContext,
  removed: RemovedBlock[],
  deadline: Deadline,
  repair?: CleanRepair,
): void {
  const record = (kind: RemovedBlock['kind'], el: Element, reason: string) => {
    if (removed.length >= MAX_RECORDS) return;
    const menu = ctx.setAside?.get(el);
    const text = preview(menu ? menuText(menu, 400) : textOf(el, 400));
    const selector = repair?.selectorOf(el);
    if (text) removed.push(selector ? { kind, text, reason, selector } : { kind, text, reason });
  };
  removeLinkHints(container);
  const bioBoxes = ctx.authors ? findBioBoxes(container, ctx.authors) : new Set<Element>();
  removeBareGalleries(container, ctx.stats, record, deadline);
  const thread = findThread(container, ctx.stats, deadline);
  // A forum sets its posts in the form of its moderators' checkboxes (SMF's quick moderation): the
  // posts stay, the form around them goes, as every form does in the output.
  for (const el of thread.holders) if (el.localName === 'form') unwrap(el);
  const postLines = new PostLines(thread.posts);
  const formulas = formulaBoxes(container, ctx);
  const rules = {
    ...ctx,
    threadPosts: thread.posts,
    sliders: select(container, SLIDER_SELECTOR, isSlider),
  };
  walkElements(container, (el) => {
    deadline.tick();
    if (el.localName === 'figure' && el.hasAttribute(FIGURE_ATTR)) {
      if (repair?.keeps(el)) return false;
      if (isConsentPlaceholder(el)) record('cookie', el, 'consent placeholder');
      else if (isAdFigure(el)) record('ad', el, 'ad label');
      else return false;
      el.remove();
      return false;
    }
    if (repair?.keeps(el)) return false;
    // Sites wrap photos in a button that opens their slide viewer (fundus DailyStar): the photo
    // stays, the button goes.
    if (el.localName === 'button' && (ctx.stats.get(el)?.figures ?? 0) > 0) {
      unwrap(el);
      return false;
    }
    // An accordion's question is a button that makes up its heading: the heading's words stay
    // (fixture core-content-faq-accordion.html).
    if (el.localName === 'button' && isHeadingText(el)) {
      unwrap(el);
      return false;
    }
    if (formulas.has(el)) return false;
    if (isCaptionedPhotoBox(el, ctx) || thread.holders.has(el)) return true;
    const verdict = classify(el, rules);
    if (!verdict) return true;
    const next = el.nextElementSibling;
    const articleHeader = el.localName === 'header' && verdict.kind === 'byline';
    // The dek leaves the article's header before the header is listed: what is listed is what went.
    if (articleHeader) for (const dek of deksInHeader(el, ctx.stats, ctx.description)) el.before(dek);
    const title = verdict.reason === CONTENTS_REASON ? contentsTitle(el, ctx.title ?? '') : null;
    record(verdict.kind, el, verdict.reason);
    if (title) {
      record(verdict.kind, title, CONTENTS_TITLE_REASON);
      title.remove();
    }
    if (articleHeader) keepLeadPhotos(el);
    if (verdict.kind === 'byline') postLines.keep(el);
    el.remove();
    if (isHeading(el) && (verdict.kind === 'related' || verdict.kind === 'comments')) {
      removeSectionTail(next, ctx, verdict.kind, record, repair);
    }
    if (verdict.reason === CONTACT_REASON && isContactLabel(textOf(el, 200)))
      removeContactTail(next, record, repair && ((sib) => repair.keeps(sib)));
    return false;
  });
  removeTrailingNotices(container, removed, MAX_RECORDS);
  if (ctx.authors) removeClosingBios(container, ctx.authors, bioBoxes, removed, MAX_RECORDS);
  dropEndHeadings(container, record);
  plainThreadLayout(container, thread);
}

// A table of contents' title set as a line of its own before its list ("<p><strong>Contents</strong>
// </p><ul>…": fixture clutter-contents-title.html) goes with the list; inside the box it goes with it.
const CONTENTS_TITLE_MAX_CHARS = 40;
const CONTENTS_TITLE_REASON = 'table of contents title';

/**
 * The line right before the contents box that titles it: a heading below the headline's level or a
 * line all in bold, a few words.
 */
function contentsTitle(box: Element, headline: string): Element | null {
  const prev = box.previousElementSibling;
  if (!prev || someElement(prev, isLink)) return null;
  const text = textOf(prev, CONTENTS_TITLE_MAX_CHARS + 1);
  if (!text || text.length > CONTENTS_TITLE_MAX_CHARS || ENDS_SENTENCE_RE.test(text)) return null;
  // Not the headline, which a page may set right above its list of parts: the header pass reads it.
  if (text.toLowerCase() === headline.trim().toLowerCase()) return null;
  return (isHeading(prev) && prev.localName !== 'h1') || isAllStrong(prev, text) ? prev : null;
}

/** A button whose words are its heading's: nothing else of the heading has letters. */
function isHeadingText(button: Element): boolean {
  const heading = button.parentElement;
  if (!heading || !isHeading(heading)) return false;
  return (
    (heading.textContent ?? '').trim() === (button.textContent ?? '').trim() && !!button.textContent?.trim()
  );
}

function removeSectionTail(
  start: Element | null,
  ctx: ClutterContext,
  kind: RemovedBlock['kind'],
  record: (kind: RemovedBlock['kind'], el: Element, reason: string) => void,
  repair?: CleanRepair,
): void {
  let sib = start;
  while (sib && !isHeading(sib) && !repair?.keeps(sib)) {
    const s = ctx.stats.get(sib);
    if (!s) break;
    // A box of teaser cards, each headed by its linked headline, is the list even with excerpts and
    // thumbnails (a WordPress plugin's related posts: readability-pages wordpress; fixture
    // core-related-teaser-cards.html).
    const cards = s.linkedHeadings >= MIN_TEASER_HEADLINES;
    const listy = sib.localName === 'ul' || sib.localName === 'ol' || cards;
    if (!(listy || s.para < SECTION_TAIL_MAX_PARA || linkDensity(s) > SECTION_TAIL_LINK_DENSITY)) break;
    if (s.figures > 0 && s.para >= SECTION_TAIL_MAX_PARA && !cards) break;
    const next: Element | null = sib.nextElementSibling;
    record(kind, sib, 'under a related / comments heading');
    sib.remove();
    sib = next;
  }
}

// A caption of this many words says what the photo shows; an author's portrait in the header is
// captioned with a name at most (fixture figures-lead-in-article-header.html).
const MIN_PHOTO_CAPTION_WORDS = 4;

const captionWords = (fig: Element): number =>
  (figureCaption(fig)?.textContent ?? '').trim().split(/\s+/).length;

/** The article's lead photo stays when the <header> around it (headline, dek, byline) goes. */
function keepLeadPhotos(header: Element): void {
  for (const fig of canonicalFigures(header)) {
    if (captionWords(fig) >= MIN_PHOTO_CAPTION_WORDS && !closestLink(fig)) header.before(fig);
  }
}

// Text outside the photos a box may hold and still be only their box: a stray separator.
const PHOTO_BOX_MAX_OTHER_CHARS = 3;

/**
 * A box that holds captioned photos and nothing else: no link, no control, no text of its own. Sites
 * set inline photos in an <aside> or a box named like a sidebar (trafilatura-dev: a political news
 * site's "story-enhancement" aside around each figure); what such a box sets aside is the photo,
 * which the article's own caption describes. Teaser cards and ads link somewhere; this has nowhere to
 * go (fixture core-figure-in-aside.html).
 */
function isCaptionedPhotoBox(el: Element, ctx: ClutterContext): boolean {
  const s = ctx.stats.get(el);
  if (!s || s.figures === 0 || s.anchors > 0 || s.buttons > 0 || s.forms > 0) return false;
  let inFigures = 0;
  let captioned = false;
  for (const fig of canonicalFigures(el)) {
    if (isLinkedFigure(fig)) return false;
    inFigures += ctx.stats.get(fig)?.text ?? 0;
    if (captionWords(fig) >= MIN_PHOTO_CAPTION_WORDS) captioned = true;
  }
  return captioned && s.text - inFigures <= PHOTO_BOX_MAX_OTHER_CHARS;
}

function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
}

/**
 * A banner set in the text as a figure, its caption only the ad label ("Reklama" under a shop's
 * banner, trafilatura-dev: a Polish energy news site; fixture clutter-ad-banner-figure.html), or
 * with no caption, linked away and labelled so in its alt.
 */
function isAdFigure(figure: Element): boolean {
  const caption = figureCaption(figure);
  const text = caption ? textOf(caption, 100) : '';
  if (text) return AD_LABEL_RE.test(text);
  const alt = figureImage(figure)?.getAttribute('alt')?.trim() ?? '';
  return !!alt && AD_LABEL_RE.test(alt) && (isLinkedFigure(figure) || inPageLink(figure));
}

// A blocked embed's stand-in made into a figure: the network's logo over "By loading the post you
// accept its privacy policy" (fixture clutter-embed-consent-placeholder.html). Its caption is the
// consent notice; there is no photo behind it.
function isConsentPlaceholder(figure: Element): boolean {
  const caption = figureCaption(figure);
  return !!caption && EMBED_CONSENT_RE.test(textOf(caption, 400));
}

/**
 * Each formula (<math>) and the boxes that hold it alone (MathJax's "mjx-container"): a formula's
 * symbols are the text's, never a label or a control. Its "x" had gone as a share label, its "×"
 * as a close button (readability-pages mathjax; fixture core-output-mathml.html).
 */
function formulaBoxes(container: Element, ctx: ClutterContext): Set<Element> {
  const out = new Set<Element>();
  const maths = container.getElementsByTagName('math');
  for (let i = 0; i < maths.length; i++) {
    const math = maths[i]!;
    const own = ctx.stats.get(math)?.text ?? 0;
    for (let el: Element | null = math; el && el !== container; el = el.parentElement) {
      if (el !== math && (ctx.stats.get(el)?.text ?? 0) > own) break;
      out.add(el);
    }
  }
  return out;
}
