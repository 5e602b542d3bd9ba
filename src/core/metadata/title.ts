// Picks the article title from the metadata candidates and the visible <h1>, without the
// " – Site Name" / " | Site" decoration that <title> and og:title often carry.
import { CJK_RE, cjkWeightedLength, collapse, shownText } from '../dom/text';
import { isFrontPageHref } from '../dom/url';
import { findElements, SHOW_TEXT, someElement } from '../dom/walk';
import { siteKey } from './site-name';
import { fold } from './text';

// Separators sites put between the headline and their name; the box-drawing and broken bars too
// ("… │ Nestlé Marktplatz", trafilatura-dev), and the doubled colon of older CMS themes
// (fixture meta-title-decoration.html).
const SEPARATOR_RE = /\s+(?:[|│¦\-–—·•»~:/*]|::)\s+|\s+[|│¦]\s*|\s*[|│¦]\s+|\s*[：｜]\s*/;
// A trailing part this short (in words) is a site or section name, not part of the headline
// (readability-pages: "... - The Verge", "... | Mozilla Hacks").
const MAX_SUFFIX_WORDS = 4;
const MIN_REMAINING_WORDS = 3;
// Only the first h1s matter; later ones are teasers (fundus Merkur, Stern).
const MAX_H1 = 3;
// A post's h2 may follow the sidebar's widget titles; it counts only where the <title> holds it.
const MAX_POST_H2 = 12;
const MAX_TITLE_CHARS = 400;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

// A part naming the site may add a little ("Evening Standard UK"), not a headline's worth
// ("How we designed Dropbox's ATF", readability-pages dropbox-blog).
const MAX_SITE_EXTRA_CHARS = 12;

// A Chinese or Japanese character says as much as a short word: "新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天"
// is a headline and the blog's name (readability-pages pixnet), not the name with a little added.
const CJK_CHAR_WEIGHT = 3;
const extraWeight = (extra: string): number => cjkWeightedLength(extra, CJK_CHAR_WEIGHT);

function sameSite(part: string, siteKeys: string[]): boolean {
  const f = siteKey(part);
  if (!f) return false;
  return siteKeys.some(
    (k) =>
      k &&
      (f === k || (f.includes(k) && extraWeight(f.replace(k, '')) <= MAX_SITE_EXTRA_CHARS) || k.includes(f)),
  );
}

/** Removes a leading or trailing site name (and then a short section part) from a title. */
export function stripSiteSuffix(title: string, siteKeys: string[]): string {
  let t = collapse(title);
  for (let round = 0; round < 2; round++) {
    const parts = t.split(SEPARATOR_RE);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1] ?? '';
    const first = parts[0] ?? '';
    if (sameSite(last, siteKeys) || /^by\s/i.test(last)) {
      t = collapse(t.slice(0, t.lastIndexOf(last)).replace(/[\s|│¦\-–—·•»~:/*：｜]+$/, ''));
      continue;
    }
    if (sameSite(first, siteKeys)) {
      t = collapse(t.slice(first.length).replace(/^[\s|│¦\-–—·•»~:/*：｜]+/, ''));
      continue;
    }
    break;
  }
  // "Site: Headline", the colon set like a kicker's (fixture meta-title-site-name-only.html).
  const colon = SITE_COLON_RE.exec(t);
  if (colon?.[1] && isOnlySite(colon[1], siteKeys)) t = t.slice(colon[0].length);
  // "Headline (Site)" (trafilatura-dev: a daily's og:title; fixture meta-title-decoration.html).
  const paren = SITE_PAREN_RE.exec(t);
  if (paren?.[1] && paren.index > 0 && sameSite(paren[1], siteKeys)) t = t.slice(0, paren.index);
  return t;
}

const SITE_COLON_RE = /^([^:]{2,60}):\s+(?=\S)/;
const SITE_PAREN_RE = /\s*[([]([^()[\]]{2,60})[)\]]$/;

/** The whole text is the site's name or address, nothing more. */
function isOnlySite(text: string, siteKeys: string[]): boolean {
  const f = siteKey(text);
  return !!f && siteKeys.some((k) => k === f);
}

function stripShortSuffix(title: string): string {
  const m = /^(.*\S)\s+(?:[|│¦\-–—·•»›]|::)\s+([^|│¦\-–—·•»›]+)$/.exec(title);
  if (!m) return stripCjkSuffix(title);
  const [, head = '', tail = ''] = m;
  if (words(tail) <= MAX_SUFFIX_WORDS && words(head) >= MIN_REMAINING_WORDS) return head;
  return title;
}

// Chinese titles glue the site and section after a bare dash or underscore ("…英雄的城！-新华网",
// "标题_新闻_网易"; trafilatura-dev; cases in meta-title.test.ts): a short tail after a
// headline of some length goes, twice at most.
const CJK_TAIL_RE =
  /^(.+?)\s*[-_－—|｜]\s*([\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}A-Za-z0-9.]{2,8})$/u;
const MIN_CJK_HEAD_CHARS = 8;

function stripCjkSuffix(title: string): string {
  let t = title;
  for (let round = 0; round < 2; round++) {
    const m = CJK_TAIL_RE.exec(t);
    if (!m?.[1] || m[1].length < MIN_CJK_HEAD_CHARS || !CJK_RE.test(m[1])) break;
    t = m[1];
  }
  return t;
}

/** The one link a heading is made of, when its whole text is that link's; else null. */
export function soleLink(h: Element): Element | null {
  const links = h.getElementsByTagName('a');
  return links.length === 1 && shownText(links[0]) === shownText(h) ? links[0]! : null;
}

/**
 * An h1 that is only a link to the site's front page is its logo, not a headline ("<h1><a
 * href="http://www.site.example" title="zur Startseite">Site e.V.</a></h1>", a trafilatura-dev
 * association page; fixture meta-title-logo-heading.html).
 */
function isLogoHeading(h: Element): boolean {
  const a = soleLink(h);
  return a !== null && isFrontPageHref(a.getAttribute('href') ?? '');
}

const LOGO_NAME_RE = /\p{L}{2}/u;

/**
 * The first h1s, in one pass: `headings`, the headline candidates, and `logos`, the texts of those
 * that are the logo's link to the front page (the site's name).
 */
export function readHeadings(doc: Document): { headings: string[]; logos: string[] } {
  const headings: string[] = [];
  const logos: string[] = [];
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length && headings.length < MAX_H1; i++) {
    const text = shownText(h1s[i]);
    if (!text || text.length > MAX_TITLE_CHARS) continue;
    if (!isLogoHeading(h1s[i]!)) headings.push(text);
    // A logo drawn as an image leaves a mark ("...") for its text: no name.
    else if (i < MAX_H1 && LOGO_NAME_RE.test(text)) logos.push(text);
  }
  return { headings, logos };
}

/**
 * The first h2s, longest first: where older blog themes set the post's title, under the blog's
 * name as h1 and often after the sidebar's widget titles (a <title> "Blog » Blog Archive » Post
 * title"; trafilatura-dev, fixture meta-title-post-h2.html). Longest first, so that a widget's
 * "Top Stories" in the same <title> loses to the post's title.
 */
export function readPostTitles(doc: Document): string[] {
  const out: string[] = [];
  const h2s = doc.getElementsByTagName('h2');
  for (let i = 0; i < h2s.length && out.length < MAX_POST_H2; i++) {
    const text = shownText(h2s[i]);
    if (text && text.length <= MAX_TITLE_CHARS) out.push(text);
  }
  return out.sort((a, b) => b.length - a.length);
}

// A kicker (overline, eyebrow, "Dachzeile") set in its own element inside the headline: the topic
// label above the headline, not part of it.
const KICKER_CLASS_RE =
  /kicker|overline|eyebrow|catchline|dachzeile|spitzmarke|topline|roofline|supertitle|pre-?title|pre-?headline/i;
// Separators screen readers get between kicker and headline ("Topic - Headline"), left after the cut.
const LEADING_SEPARATORS_RE = /^[\s|│¦\-–—·•»~:/*：｜]+/;

const isKicker = (el: Element): boolean => KICKER_CLASS_RE.test(el.getAttribute('class') ?? '');

/** The text of a headline element without its kicker; '' when it has no kicker element. */
function withoutKicker(h: Element): string {
  if (!someElement(h, isKicker)) return '';
  const copy = h.cloneNode(true) as Element;
  for (const el of findElements(copy, isKicker)) el.remove();
  return shownText(copy).replace(LEADING_SEPARATORS_RE, '');
}

/**
 * The first h1s that set a kicker in an element of their own: `full` as shown, kicker included, and
 * `bare` without the kicker.
 */
export function headingsWithKicker(doc: Document): { full: string; bare: string }[] {
  const out: { full: string; bare: string }[] = [];
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length && i < MAX_H1; i++) {
    const bare = withoutKicker(h1s[i]!);
    if (bare && bare.length <= MAX_TITLE_CHARS) out.push({ full: shownText(h1s[i]), bare });
  }
  return out;
}

// A kicker glued before the headline is a topic of a few words ("Neue Schule: ...", "Krieg in
// Nahost - ..."); a longer head is the first half of the headline itself.
const MAX_KICKER_WORDS = 6;
// Where a kicker ends: a colon, or a dash or bar between spaces.
const KICKER_END_RE = /:\s+|\s[|│¦\-–—]\s+/g;

/**
 * The other statements of the headline a glued kicker gives way to: `bare`, statements of the
 * headline alone (another metadata title, a visible headline without its kicker element); `shown`,
 * the visible headlines as they stand, which count only while `isShown` says the page prints the
 * kicker nowhere on its own.
 */
export interface HeadlineStatements {
  bare: string[];
  shown?: string[];
  isShown?: (kicker: string) => boolean;
  /** The page's meta description: on older systems the headline again. */
  description?: string;
}

/**
 * `title` without a kicker glued before it, when another statement of the headline is exactly the
 * part after the kicker. A page that prints the kicker above its headline titles the article with it
 * (fundus: a topic line over the h1); one that shows only the headline under an og:title
 * "Pressemitteilung: …" or "Stärkenorientierte Führung: …" was given the prefix for search engines
 * (trafilatura-dev; fixtures meta-title-unprinted-kicker, meta-title-kicker-printed-apart).
 */
export function stripGluedKicker(title: string, statements: HeadlineStatements): string {
  const own = fold(title);
  const bare = new Set(statements.bare.map(fold).filter((f) => f && f !== own));
  const shown = new Set((statements.shown ?? []).map(fold).filter((f) => f && f !== own && !bare.has(f)));
  if (!bare.size && !shown.size) return title;
  for (const m of title.matchAll(KICKER_END_RE)) {
    const head = title.slice(0, m.index);
    const tail = title.slice(m.index + m[0].length);
    if (words(head) > MAX_KICKER_WORDS) break;
    if (words(tail) < MIN_REMAINING_WORDS) continue;
    const f = fold(tail);
    if (bare.has(f)) return tail;
    // A kicker is shorter than its headline; a longer head is the headline before a shown site name
    // ("新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET", readability-pages pixnet).
    if (shown.has(f) && extraWeight(head) < extraWeight(tail) && !statements.isShown?.(head)) return tail;
  }
  return shown.size ? stripGluedTail(title, shown, statements.isShown) : title;
}

/**
 * `title` without a tail glued after the visible headline that the page prints nowhere: a teaser
 * line for search results ("Alkohol auf dem Boot – Erfahre mehr zu den Risiken", "Tote Hummeln unter
 * Linden: Die Erklärung" over an h1 of the headline alone; trafilatura-dev, fixtures
 * meta-title-unprinted-tail, meta-title-tail-printed-apart). Only the shown headline counts: where
 * another metadata title states the headline alone, the longer one is the publisher's own (fundus).
 */
function stripGluedTail(title: string, shown: Set<string>, isShown?: (text: string) => boolean): string {
  const ends = [...title.matchAll(KICKER_END_RE)].reverse();
  for (const m of ends) {
    const head = title.slice(0, m.index).trimEnd();
    const tail = title.slice(m.index + m[0].length);
    if (words(tail) > MAX_KICKER_WORDS) break;
    if (words(head) >= MIN_REMAINING_WORDS && shown.has(fold(head)) && !isShown?.(tail)) return head;
  }
  return title;
}

// How far above a text the element printing a kicker may sit: "<div class="topline"><span>Nach
// Gaetz-Rückzug</span></div>" (fundus).
const MAX_KICKER_DEPTH = 3;
const NOT_PRINTED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE']);

/** Whether the page prints `text` as the whole text of an element of its own. */
export function printsApart(doc: Document, text: string): boolean {
  const want = fold(text);
  if (!want || !doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const f = fold(n.nodeValue ?? '');
    if (!f || !` ${want} `.includes(` ${f} `)) continue;
    let el = n.parentElement;
    for (let depth = 0; el && depth < MAX_KICKER_DEPTH; depth++, el = el.parentElement) {
      if (NOT_PRINTED.has(el.tagName)) break;
      const fe = fold(el.textContent ?? '');
      if (fe === want) return true;
      if (fe.length > want.length) break;
    }
  }
  return false;
}

/**
 * `primary`: metadata titles in priority order (JSON-LD headline, og:title, other metas), read
 * only as far as needed (the last may cost a page walk);
 * `docTitle`: the <title>; `headings`: the first h1s.
 */
export function chooseTitle(
  primary: Iterable<string>,
  docTitle: string,
  headings: string[],
  siteKeys: string[],
  statements: HeadlineStatements = { bare: [] },
  postTitles: () => string[] = () => [],
): string {
  const title = firstTitle(primary, docTitle, headings, siteKeys, statements, postTitles);
  const others = () => [
    ...headings,
    ...statements.bare,
    stripShortSuffix(stripSiteSuffix(collapse(docTitle), siteKeys)),
  ];
  if (CUT_SHORT_RE.test(title)) return wholeHeadline(title, others());
  return SHOUTED_RE.test(title) ? inShownCase(title, others()) : title;
}

// A metadata title set in capitals throughout ("COUNCIL VOTES TO REBUILD PIER") over a headline the
// page shows in its own case: the reader shows the page's (fixture meta-title-capitals.html). Its
// words are the same, so nothing a title is judged by changes.
const SHOUTED_RE = /^(?=.*\p{Lu}.*\p{Lu})[^\p{Ll}]+$/u;

function inShownCase(title: string, statements: string[]): string {
  const f = fold(title);
  return statements.find((s) => !SHOUTED_RE.test(s) && fold(s) === f) ?? title;
}

// A headline cut short for search results, an ellipsis in place of its end: JSON-LD headlines held
// to a length, og:titles to a preview's width ("… cost the town its..."; fixture
// meta-title-cut-short.html).
const CUT_SHORT_RE = /\s*(?:\.{3}|…)$/;

/** The statement of the headline that `title`, cut short, begins; `title` when none is longer. */
function wholeHeadline(title: string, statements: string[]): string {
  const head = fold(title.replace(CUT_SHORT_RE, ''));
  if (words(head) < MIN_REMAINING_WORDS) return title;
  for (const s of statements) {
    const f = fold(s);
    if (f.length > head.length && f.startsWith(head) && s.length <= MAX_TITLE_CHARS) return collapse(s);
  }
  return title;
}

function firstTitle(
  primary: Iterable<string>,
  docTitle: string,
  headings: string[],
  siteKeys: string[],
  statements: HeadlineStatements,
  postTitles: () => string[],
): string {
  // The headings a title may be cut at, around decoration; the h2s only when no h1 but the site's
  // name is there.
  const shown = headings.some((h) => !sameSite(h, siteKeys)) ? headings : [...headings, ...postTitles()];
  const prep = (c: string) => stripGluedKicker(stripSiteSuffix(collapse(c), siteKeys), statements);
  // The first metadata title wins: on fundus-dev the JSON-LD headline is the publisher's headline
  // on 96 of 121 pages, og:title on 97, but taken in that order they give 103; the h1 (89) may
  // carry a kicker ("Premier League"), the <title> SEO decoration.
  for (const c of primary) {
    const t = collapse(c);
    // A title that is only the site's name (a template's default on every page) names no article.
    if (!t || t.length > MAX_TITLE_CHARS || isSectionName(t, docTitle) || isOnlySite(t, siteKeys)) continue;
    return headlineInTitle(prep(unbroken(t, docTitle)), shown, siteKeys, true);
  }
  const title = prep(docTitle);
  const foldedTitle = fold(title);
  for (const h of headings) {
    const fh = fold(h);
    if (fh && fh === foldedTitle) return title;
    // The <title> is the headline plus decoration the site-name test missed.
    if (fh && words(h) >= MIN_REMAINING_WORDS && foldedTitle.startsWith(fh)) return h;
  }
  if (title && !isOnlySite(title, siteKeys)) {
    // A headline shown on the page after the site's name ("Village Society - The old mill" over a
    // post's <h2>, an old site with no h1; fixture meta-title-site-first.html) is found before a
    // short tail is cut, which would keep the site's name.
    const whole = headlineInTitle(title, shown, siteKeys, false);
    if (whole !== title) return whole;
    // No headline shown as a heading: a part of the <title> that the meta description states alone
    // is the headline ("Club - Headline - Section - News" over a description that is the headline, a
    // news module of an older portal system: trafilatura-dev; fixture meta-title-description-part.html).
    // Not the title's last part, where a site sets its name or slogan, which its description may repeat.
    const described = describedPart(title, statements.description ?? '');
    if (described) return headlineInTitle(title, [described], siteKeys, false);
    return headlineInTitle(stripShortSuffix(title), shown, siteKeys, false);
  }
  return headings.find((h) => !isOnlySite(h, siteKeys)) ?? title;
}

// A description or an opening line of two words names a section more often than it states a headline.
const MIN_STATED_HEADLINE_WORDS = 3;

/**
 * The part of `title` set off by separators that `line` states whole, a few words and not the
 * site's name; '' when none. The text's opening line names the headline on a page that shows it in
 * no heading ("Harbour Gazette - Ferry crews vote…" over a bold line; fixture
 * meta-title-opening-line.html).
 */
export function titlePartShown(title: string, line: string, siteKeys: string[]): string {
  // A headline says more than the site's name beside it: a line holding fewer than half the title's
  // words is more likely the site's name or a section's set over the text.
  const n = words(line);
  if (
    !line ||
    n < MIN_STATED_HEADLINE_WORDS ||
    2 * n < words(title) ||
    line.length >= title.length ||
    sameSite(line, siteKeys)
  )
    return '';
  const cut = headlineInTitle(title, [line], siteKeys, false);
  return cut === title ? '' : cut;
}

/** `description` when it is a part of `title` set off by separators, not the last; else ''. */
function describedPart(title: string, description: string): string {
  const d = collapse(description);
  if (!d || words(d) < MIN_STATED_HEADLINE_WORDS || d.length >= title.length) return '';
  const i = title.indexOf(d);
  const after = i < 0 ? '' : title.slice(i + d.length);
  return i >= 0 && (DECORATION_AFTER_RE.test(after) || DASH_AFTER_RE.test(after)) ? d : '';
}

// A quote mark the publisher left unescaped in the attribute: `content="… de "incapacitado""`.
const BROKEN_QUOTE_RE = /^\s*["']/;

/**
 * The <title> when the metadata title is its head cut at a quote mark: the attribute ended at a
 * quote inside the headline (`<meta property="og:title" content="Senator calls Biden "unfit"">`
 * gives "Senator calls Biden"; trafilatura-dev, fixture meta-title-unescaped-quote.html).
 */
function unbroken(title: string, docTitle: string): string {
  return docTitle.length > title.length &&
    docTitle.startsWith(title) &&
    BROKEN_QUOTE_RE.test(docTitle.slice(title.length))
    ? docTitle
    : title;
}

/**
 * A metadata title of one word that the <title> does not hold, when the <title> is a headline of
 * several words, names the page's section or template: og:title "Medienmitteilungen" over a press
 * release's headline, a JSON-LD headline "Son" on a radio's episode page (trafilatura-dev;
 * fixture meta-title-section-name.html). A one-word headline is in its own <title>.
 */
function isSectionName(title: string, docTitle: string): boolean {
  if (words(title) >= MIN_HEADLINE_WORDS || CJK_RE.test(title) || words(docTitle) < MIN_REMAINING_WORDS)
    return false;
  return !` ${fold(docTitle)} `.includes(` ${fold(title)} `);
}

// Decoration set off from the headline: a bar, chevrons or a middle dot, or a colon with a space
// before it ("Headline › Blog Name", "Headline « Blog Name", "Headline : 31.10.2023, 10.19 Uhr"). Not "Kicker: Headline",
// whose colon is the headline's own. In the <title> a dash or slash between spaces too ("Site -
// Headline - Section"); in a metadata title a dash part is the publisher's own wording (fundus:
// "Rückbau von Atomkraftwerk - Kühltürme …", "… - Güncel haberler" are its headlines).
// Older blog themes set "«" before the blog's name and " :: " around it (fixture
// meta-title-decoration.html).
const DECORATION_AFTER_RE = /^(?:\s*[|│¦›»«｜·•~]|\s+::?\s)/;
const DECORATION_BEFORE_RE = /(?:[|│¦›»«｜·•~]\s*|\s::?\s+)$/;
const DASH_AFTER_RE = /^\s+[-–—/]\s/;
const DASH_BEFORE_RE = /\s[-–—/]\s+$/;
// A Japanese or Chinese <title> opens with a tag in lenticular brackets over the headline the page
// shows ("【速報】", "【動画】"; fixture meta-title-decoration.html).
const LENTICULAR_TAG_RE = /^【[^【】]{1,12}】\s*$/;
// Chinese and Japanese titles glue the site after a bare dash ("…英雄的城！-新华网").
const CJK_DASH_AFTER_RE = /^[-–—]/;
// A headline this short may be a section's name ("News") inside the title.
const MIN_HEADLINE_WORDS = 2;
const MIN_CJK_HEADLINE_CHARS = 4;

/**
 * The visible headline when the title is that headline plus decoration the site-name test missed:
 * a blog's name after "›", a section before "»", a date after " : " (trafilatura-dev blogs and
 * associations; fixture meta-title-decoration.html).
 */
function headlineInTitle(title: string, headings: string[], siteKeys: string[], metadata: boolean): string {
  for (const h of headings) {
    const cjk = CJK_RE.test(h);
    if (cjk ? h.length < MIN_CJK_HEADLINE_CHARS : words(h) < MIN_HEADLINE_WORDS) continue;
    // A site's name set as its logo's h1 is no headline.
    if (h.length >= title.length || sameSite(h, siteKeys)) continue;
    const i = title.indexOf(h);
    if (i < 0) continue;
    const before = title.slice(0, i);
    const after = title.slice(i + h.length);
    const beforeOk =
      !before ||
      DECORATION_BEFORE_RE.test(before) ||
      (!metadata && (DASH_BEFORE_RE.test(before) || LENTICULAR_TAG_RE.test(before)));
    const afterOk =
      !after ||
      DECORATION_AFTER_RE.test(after) ||
      // The site's name run on without a separator ("Truckwash A31Das etwas andere Branchenbuch",
      // a directory theme in trafilatura-dev; fixture meta-title-site-run-on.html).
      sameSite(after, siteKeys) ||
      (!metadata && DASH_AFTER_RE.test(after)) ||
      (cjk && CJK_DASH_AFTER_RE.test(after));
    if (beforeOk && afterOk) return h;
  }
  return title;
}
