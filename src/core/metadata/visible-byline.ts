// Finds the byline people see: rel=author links, elements whose class or id says byline/author,
// and short "By X and Y" lines near the headline.
// Candidates are found by predicate walks (dom/find), not selector lists: under jsdom one
// `[class*="…" i]` selector list over a whole page cost more than the rest of the extraction.
import type { Deadline } from '../dom/deadline';
import { type Attributes, type ElementQuery, findAll } from '../dom/find';
import { collapse, escapeRegExp, isCode, shownText, showsMoreThan } from '../dom/text';
import {
  closestBy,
  closestLink,
  closestTag,
  findElements,
  firstElement,
  hasDescendant,
  isHeading,
  isLink,
  SHOW_ELEMENT,
  SHOW_TEXT,
  someElement,
  withTag,
} from '../dom/walk';
import { isDeskName, isRoleLine, splitNames, withoutRole } from './authors';
import { opensWithBylineLabel, parseBylineText, withoutFiledFrom } from './byline-text';
import { hasDigit, isBareDate, parseDate } from './date';
import { isReadingTimeLine } from './reading-time-line';
import { fold } from './text';
import { soleLink } from './title';
import { isWeekdayName } from './weekdays';

// rel=author, links to author pages, and byline/author/writer boxes by class, id or test id.
// The words of further languages: Turkish yazar, Danish and Norwegian forfatter, Swedish
// skribent, Hungarian szerző, Finnish kirjoittaja, Slovene avtor (fixture meta-byline-class-words.html).
const AUTHOR_HREF_PARTS = [
  '/author/',
  '/authors/',
  '/autor/',
  '/autoren/',
  '/autores/',
  '/autore/',
  '/auteur/',
  '/journalist/',
  '/yazar/',
  '/yazarlar/',
  '/forfatter/',
  // The other words for a writer's page in the path (fixture meta-byline-writer-page-links.html):
  // a newsroom's journalists, reporters, columnists and contributors, and the "/@name" of
  // publishing platforms. Not "/writer/" nor "/staff/": teaser lists link their writers' pages so
  // (readability-pages salon-1), and a fact-checker's "/staff/" links of two writers would give one.
  '/journalists/',
  '/reporter/',
  '/reporters/',
  '/columnist/',
  '/columnists/',
  '/contributor/',
  '/contributors/',
  '/redakteur/',
  '/redakteure/',
  '/@',
];
// One pattern for the list: every link of the page is asked (bench:browser profile).
const AUTHOR_HREF_RE = new RegExp(AUTHOR_HREF_PARTS.map(escapeRegExp).join('|'));
const isAuthorHref = (href: string | null | undefined): boolean => !!href && AUTHOR_HREF_RE.test(href);
const BYLINE_CLASS_RE =
  /byline|author|autor|auteur|writer|yazar|forfatter|skribent|szerzo|kirjoittaja|avtor/i;
const BYLINE_RE = /byline/i;
const SPACE_SPLIT_RE = /\s+/;

function hasToken(value: string | null, token: string): boolean {
  return !!value && value.toLowerCase().split(SPACE_SPLIT_RE).includes(token);
}

function isBylineCandidate(_el: Element, attrs: Attributes): boolean {
  if (hasToken(attrs.get('rel'), 'author')) return true;
  if (attrs.tag === 'a' && isAuthorHref(attrs.get('href'))) return true;
  if (BYLINE_CLASS_RE.test(attrs.className)) return true;
  const id = attrs.get('id');
  if (id && BYLINE_RE.test(id)) return true;
  const testId = attrs.get('data-testid');
  return !!testId && BYLINE_RE.test(testId);
}

const findOne = (doc: Document, query: ElementQuery, deadline?: Deadline): Element[] =>
  findAll(doc, [query], deadline)[0] ?? [];

const PAGE_FURNITURE_TAGS = new Set(['footer', 'aside', 'nav']);
/**
 * Page furniture: an aside, a nav, the page's footer. A <footer> inside an <article> is the
 * article's own line of facts, who wrote it and when (a blog theme's "entry-meta", Drupal's
 * "node__meta" right under the headline; fixture meta-byline-article-footer.html).
 */
const isFurnitureTag = (el: Element): boolean =>
  PAGE_FURNITURE_TAGS.has(el.localName) && (el.localName !== 'footer' || !insideArticle(el));
const insideArticle = (el: Element): boolean =>
  !!el.parentElement && !!closestTag(el.parentElement, 'article');
const COMMENT_CLASS_RE = /comment/i;
/** Page furniture (footer, aside, nav) or a comment: no byline or date of the article is there. */
/**
 * An element's class as a region's name. <body> and <html> name the page's template, not a region
 * of it: a body "pageLayout--related" is an article page with related links somewhere on it
 * (trafilatura-dev; fixture meta-date-body-class.html).
 */
const regionClass = (el: Element): string =>
  el.localName === 'body' || el.localName === 'html' ? '' : (el.getAttribute('class') ?? '');
export const isFurnitureOrComment = (el: Element): boolean =>
  isFurnitureTag(el) || COMMENT_CLASS_RE.test(regionClass(el));
/**
 * A box inside a link to another page is a teaser's: "<a href="/other-story/">…<div
 * class="listing__item__author">Von NAME am 08.12.2022</div></a>" names that story's writer
 * (trafilatura-dev: a trade magazine's list of articles; fixture meta-byline-teaser-link.html). A
 * link to the writer's page is a byline's own.
 */
function inTeaserLink(el: Element): boolean {
  const link = el.parentElement && closestTag(el.parentElement, 'a');
  return !!link && link.hasAttribute('href') && !isAuthorHref(link.getAttribute('href'));
}
// Candidate containers beyond this many are page furniture (teaser lists with author lines).
const MAX_CANDIDATES = 40;
// A byline box longer than this holds a bio or a whole teaser.
const MAX_BYLINE_CHARS = 160;
const SKIP_RE =
  /comment|avatar|related|teaser|footer|sidebar|share|social|bio\b|description|authorbox|about/i;
const CLASS_NAME_RE = /(?:^|[\s_-])(?:author-?name|byline__?name|author__name|contributor|name)(?:$|[\s_-])/i;

// Two to five capitalised words, optionally after a title ("Dr. Max Kolter", "Ana de la Cruz").
const PERSON_NAME_RE =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+)(?:(?:\p{Lu}|de |da |van |von |la |le |del )[\p{L}'’.-]*\s*){1,4}$/u;
const NOT_NAME_RE = /autor|author|auteur|redaktion|team|alle|all |more|mehr|newsletter|kontakt|contact/i;
// A Chinese or Japanese name, family and given name with or without a space ("李明", "山田 花子",
// "山田花子"), or a Korean one ("김철수"): scripts without capitals, set in a byline or author box
// alone and not as a link (fixture meta-byline-cjk-bare-name.html). Not a desk ("編集部", "编辑部",
// "記者"), nor a menu's link to a section named for bylines ("個人": readability-pages yahoo-4).
const CJK_NAME_RE =
  /^(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}[ 　・]?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}|\p{Script=Hangul}{2,4})$/u;
const CJK_NOT_NAME_RE = /編集|编辑|編輯|記者|记者|기자|新聞|新闻|通信|ニュース|뉴스|社$|部$|局$/;
const isBareName = (name: string): boolean => PERSON_NAME_RE.test(name) && !NOT_NAME_RE.test(name);
const isCjkName = (name: string): boolean => CJK_NAME_RE.test(name) && !CJK_NOT_NAME_RE.test(name);
// A byline box naming more people than this is a list of contributors.
const MAX_BARE_NAMES = 6;
const JOINED_NAMES_RE = /\s(?:&|and|und|y|e|et|en|og|och|i|oraz|és|ve|и)\s/;
const TIME_ONLY_RE = /^\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h))?$/i;
// A theme's link to the comments, set in the byline's line: a count and the word, in either order.
const COMMENT_COUNT_RE =
  /^(?:\d+|no|keine|aucun|sin)?\s*(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|komentarz[ey]?|комментари[йяев]*)\s*:?\s*\d*$/i;

/** Text with a space where elements meet: boxes set side by side read as separate words. */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_ELEMENT | SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    parts.push(n.nodeType === 3 ? (n.nodeValue ?? '') : ' ');
  return collapse(parts.join(''));
}

/**
 * The name in a byline box that sets the writer's name and job apart in elements of their own, with
 * no comma between ("<span>Jane Roe</span><span>Coast correspondent</span>": the text runs them
 * together; fixture meta-byline-name-over-role.html). Null unless every text after the name is a
 * job or the site's own name ("<span>Jane Roe</span><span>Harbour News</span>" on Harbour News).
 */
function nameOverRole(el: Element, isSite: (text: string) => boolean): string | null {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const part = collapse(n.nodeValue);
    if (part) parts.push(part);
  }
  const [first, ...rest] = parts;
  if (!first || !rest.length || !rest.every((part) => isRoleLine(part) || isSite(part) || isAsideLine(part)))
    return null;
  return isBareName(first) && !opensWithBylineLabel(first) ? first : null;
}

// A writer's handle or address under the name ("@janeroe", "jane@harbour.example").
const CONTACT_LINE_RE = /^@[\w.]{2,30}$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

/**
 * A line a byline box sets under the writer's name besides the job: a handle or an address, the
 * date or the update's ("Updated 2 Dec 2026, 10:15am"), the reading time (fixture
 * meta-byline-name-over-role.html).
 */
const isAsideLine = (part: string): boolean =>
  CONTACT_LINE_RE.test(part) || isReadingTimeLine(part) || (hasDigit(part) && parseDate(part) !== '');

// A first line that ends in a list's joint goes on with more names on the next ("By Jane Roe and<br>John Doe").
const OPEN_LIST_END_RE = /(?:[,&]|\s(?:and|und|et|y|e|en|og|och))\s*$/i;

/** The text before the element's first <br>: a byline's first line ('' when it has no <br>). */
function firstLine(el: Element): string {
  if (!el.getElementsByTagName('br').length) return '';
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_ELEMENT | SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1 && (n as Element).localName === 'br') break;
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
  }
  return collapse(parts.join(''));
}

/**
 * "By Jane Roe, MA<br>Health News": a byline box whose first line names the writers; the line under
 * them is the desk or the date (readability-pages: a health site; fixture meta-byline-two-lines). Null when
 * the box has one line, or its first line names no one.
 */
export function firstLineByline(el: Element, text: string): VisibleByline | null {
  const line = firstLine(el);
  if (!line || line === text || OPEN_LIST_END_RE.test(line)) return null;
  const names = parseBylineText(line);
  return names ? { text: line, names } : null;
}

export interface VisibleByline {
  text: string;
  names: string[];
}

export const BYLINE_QUERY: ElementQuery = { pick: isBylineCandidate, max: MAX_CANDIDATES, inBody: true };

// What names the writer inside a byline box (the selector '[rel~="author"], [class*="name" i],
// a[href*="/author"], a[href*="/autor"]', restated as a walk's predicate).
const isAnchor = withTag('a');
const isBold = withTag('strong', 'b');
const isHeadlinePart = withTag('small', 'span', 'time');
const REL_AUTHOR_RE = /(?:^|\s)author(?:\s|$)/;
const NAME_CLASS_RE = /name/i;
// The hCard's "fn", its formatted name, in a byline box marked "author vcard" ("<span class="author
// vcard"><span class="fn">minato</span></span>": a blog platform's entry footer, and WordPress
// themes; a user name of one word is the name; fixture meta-byline-hcard-name.html).
const namesWriter = (el: Element): boolean =>
  REL_AUTHOR_RE.test(el.getAttribute('rel') ?? '') ||
  NAME_CLASS_RE.test(el.getAttribute('class') ?? '') ||
  hasToken(el.getAttribute('class'), 'fn') ||
  (el.localName === 'a' && /\/auth?or/.test(el.getAttribute('href') ?? ''));

// What may stand between the names of a byline that sets each writer in an element of its own: its
// label, conjunctions and separators.
const BETWEEN_NAMES = new Set(
  'by von par por door di da av af and und et y e en og och i oraz és ve и'.split(' '),
);
const BETWEEN_SPLIT_RE = /[\s,;:&·|•/]+/;
// How far above a name's element the byline box that holds the other writers' may sit: the author
// box of each writer inside a box of the byline's ("<div class=authors><div class=author-name><a>").
const MAX_WRITERS_BOX_UP = 2;

/**
 * The writers of a byline that sets each name in an element of its own, with nothing but a label,
 * conjunctions or a date between them ("<a rel=author>Jane Roe</a><a rel=author>John Doe</a>", run
 * together in the text; an author box per writer): null unless there are two or more, each a
 * person's name (fixture meta-byline-writer-per-element.html). `el`, or a box a level or two above
 * it that says no more than a byline.
 */
function writerPerElement(el: Element): string[] | null {
  const siblings = siblingWriters(el);
  if (siblings) return siblings;
  let box: Element | null = el;
  for (let up = 0; box && up <= MAX_WRITERS_BOX_UP; up++, box = box.parentElement) {
    if (box.localName === 'body' || (box.textContent ?? '').length > MAX_BYLINE_CHARS) return null;
    const holders = findElements(box, holdsWriter, { outermost: true, limit: MAX_BARE_NAMES + 1 });
    if (holders.length < 2) continue;
    if (holders.length > MAX_BARE_NAMES) return null;
    const names = holders.map((h) => oneWriter(shownText(h)));
    if (!names.every((n) => n !== null) || new Set(names).size < names.length) return null;
    return onlyBetweenNames(box, holders) ? names : null;
  }
  return null;
}

// One writer's element in a byline box: what names a writer, or an element classed "author" or
// "byline" (a byline per writer, the first with its label: "<span class=byline>By Jane
// Roe</span><span class=byline>John Doe</span>").
const holdsWriter = (el: Element): boolean =>
  namesWriter(el) ||
  hasToken(el.getAttribute('class'), 'author') ||
  hasToken(el.getAttribute('class'), 'byline');

/**
 * The writers of byline boxes set one after another, each of the same tag and class and naming one
 * writer ("<p class=byline>By Jane Roe</p><p class=byline>By John Doe</p>" straight in the
 * article, with no box of the byline's around them; fixture meta-byline-writer-per-element.html);
 * null unless two or more.
 */
function siblingWriters(el: Element): string[] | null {
  const cls = el.getAttribute('class');
  if (!hasToken(cls, 'byline') && !hasToken(cls, 'author')) return null;
  const names: string[] = [];
  for (let e: Element | null = el; e && names.length <= MAX_BARE_NAMES; e = e.nextElementSibling) {
    if (e.localName !== el.localName || e.getAttribute('class') !== cls) break;
    // A job or a date in the next box ends the writers.
    const name = oneWriter(shownText(e));
    if (!name || names.includes(name)) break;
    names.push(name);
  }
  return names.length >= 2 && names.length <= MAX_BARE_NAMES ? names : null;
}

/**
 * The one writer an element per writer names, with or without its label; else null. A job or a
 * desk in an element of its own ("<span class=byline>Staff Writer</span>") is no writer.
 */
function oneWriter(text: string): string | null {
  if (isRoleLine(text) || isDeskName(text)) return null;
  if (isBareName(text) || isCjkName(text)) return text;
  const parsed = opensWithBylineLabel(text) ? parseBylineText(text) : null;
  return parsed?.length === 1 ? parsed[0]! : null;
}

/** Whether the text of `box` outside `holders` and its <time> is no more than a label and conjunctions. */
function onlyBetweenNames(box: Element, holders: Element[]): boolean {
  const walker = box.ownerDocument.createTreeWalker(box, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const inside = closestBy(
      n.parentElement!,
      (a) => holders.includes(a) || a.localName === 'time' || a === box,
    );
    if (inside && inside !== box) continue;
    const words = (n.nodeValue ?? '').toLowerCase().split(BETWEEN_SPLIT_RE);
    if (!words.every((w) => !w || BETWEEN_NAMES.has(w))) return false;
  }
  return true;
}

/** `found`: the BYLINE_QUERY and SIGNATURE_QUERY results when the caller walked the page already. */
/** `isSite`: whether a text names the site itself (its name or address), as after a writer's name. */
export function readVisibleByline(
  doc: Document,
  deadline?: Deadline,
  found?: { bylines: Element[]; signatures: Element[] },
  isSite: (text: string) => boolean = () => false,
): VisibleByline {
  const root = doc.body;
  if (!root) return { text: '', names: [] };
  const els = found?.bylines ?? findOne(doc, BYLINE_QUERY, deadline);
  for (const el of els) {
    const cls = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (SKIP_RE.test(cls)) continue;
    if (closestBy(el, isFurnitureOrComment) || inTeaserLink(el)) continue;
    const text = shownText(el);
    if (!text || text.length > MAX_BYLINE_CHARS) continue;
    const several = writerPerElement(el);
    if (several) return { text: several.join(', '), names: several };
    // "<span>By</span><span><a>Jane Roe</a></span>" reads "ByJane Roe" run together: read again
    // with the boxes kept apart (trafilatura-dev: a TV station's byline of hashed class names).
    let read = text;
    let parsed = parseBylineText(text);
    if (!parsed) {
      read = spacedText(el);
      parsed = read === text ? null : parseBylineText(read);
    }
    if (parsed) return firstLineByline(el, read) ?? { text: read, names: parsed };
    // Links to an author page hold a bare name (fundus LTO: "von <a href=/autoren/…>Dr. Max Kolter</a>").
    if (el.tagName === 'A' && !el.getAttribute('rel')?.includes('author')) {
      if (isMenuItem(el)) continue;
      // A label the parser could not read past ("Eingestellt von der Michel") makes it no bare name.
      if (PERSON_NAME_RE.test(text) && !NOT_NAME_RE.test(text) && !opensWithBylineLabel(text))
        return { text, names: [text] };
      continue;
    }
    // rel=author links and "author-name" style boxes hold a bare name.
    if (el.getAttribute('rel')?.includes('author') || CLASS_NAME_RE.test(cls)) {
      if (text.split(/\s+/).length <= 6 && !/\d{3}/.test(text)) return { text, names: [text] };
    }
    const inner = firstElement(el, namesWriter);
    const innerText = shownText(inner);
    if (innerText && innerText.split(/\s+/).length <= 6) return { text, names: [innerText] };
    // The name and the job on lines of their own come first: run together, "Jane Roe<br>Harbour
    // Correspondent" reads as a four-word name (fixture meta-byline-name-over-role.html).
    const named = nameOverRole(el, isSite);
    if (named) return { text: named, names: [named] };
    // Any other byline or author box holding a person's name and nothing else ("<span
    // class="author">Jane Roe</span>", "<ul class="author"><li>Jane Roe</li></ul>": fixture
    // meta-byline-bare-name.html). A label the parser could not read past ("Eingestellt von der
    // Michel") makes it no bare name. The writer's job may follow the name ("Jane Roe, Staff
    // Writer": fixture meta-byline-name-and-role.html).
    // Texts of elements that abut ("<span>Jane Roe</span><span>BBC News</span>") are no one name.
    const name = withoutFiledFrom(withoutRole(text));
    if (isBareName(name) && !opensWithBylineLabel(name) && read === text) return { text, names: [name] };
    if (isCjkName(name) && !closestLink(el) && !el.getElementsByTagName('a').length)
      return { text, names: [name] };
    // Several such names joined by a conjunction and nothing else ("Isabel Caro, Rocío Latorre y José
    // Miguel Wilson"; trafilatura-dev; fixture meta-author-first-of-several.html). By a comma alone
    // the second may be a place ("Jane Roe, Harbour Street").
    const names = JOINED_NAMES_RE.test(text) ? splitNames(text) : [];
    if (
      names.length > 1 &&
      names.length <= MAX_BARE_NAMES &&
      names.every(isBareName) &&
      !opensWithBylineLabel(text)
    )
      return { text, names };
  }
  return signatureLine(found?.signatures ?? findOne(doc, SIGNATURE_QUERY, deadline));
}

// A menu: a list of at least this many items, most of them links to pages other than writers'.
const MIN_MENU_ITEMS = 4;
// A list of more writers than this is the site's roster of columnists, not one article's byline
// (readability-pages yahoo-1: a header submenu of 17 items, 9 of them writers' pages).
const MAX_LISTED_WRITERS = 6;

/**
 * A link that is one item of a site menu: a columnist's page listed among sections, or among the
 * site's other columnists, in a header menu not marked up as <nav> (readability-pages yahoo-1;
 * fixture meta-byline-author-in-menu.html). A short list of the article's writers links every item
 * to a writer's page and is no menu.
 */
function isMenuItem(link: Element): boolean {
  const item = link.parentElement?.localName === 'li' ? link.parentElement : null;
  const list = item?.parentElement;
  if (!list || (list.localName !== 'ul' && list.localName !== 'ol')) return false;
  const items = [...list.children].filter((c) => c.localName === 'li');
  if (items.length < MIN_MENU_ITEMS) return false;
  if (items.length > MAX_LISTED_WRITERS) return true;
  const toWriters = items.filter((li) =>
    isAuthorHref(firstElement(li, isAnchor)?.getAttribute('href')),
  ).length;
  return toWriters * 2 < items.length;
}

// A signature under the article: a short right-aligned bold name as a paragraph of its own
// (fundus VnExpress: <p style="text-align:right;"><strong>Lê Phương</strong></p>).
const MAX_SIGNATURES = 5;
const MAX_SIGNATURE_WORDS = 5;

function isRightAlignedParagraph(_el: Element, attrs: Attributes): boolean {
  if (attrs.tag !== 'p') return false;
  const style = attrs.get('style')?.toLowerCase();
  if (style && (style.includes('text-align:right') || style.includes('text-align: right'))) return true;
  return attrs.get('align')?.toLowerCase() === 'right';
}

export const SIGNATURE_QUERY: ElementQuery = {
  pick: isRightAlignedParagraph,
  max: MAX_SIGNATURES,
  inBody: true,
};

function signatureLine(candidates: Element[]): VisibleByline {
  for (const el of candidates) {
    const strong = firstElement(el, isBold);
    const text = shownText(el);
    if (!strong || shownText(strong) !== text) continue;
    const n = text.split(' ').length;
    if (n >= 1 && n <= MAX_SIGNATURE_WORDS && !hasDigit(text)) return { text, names: [text] };
  }
  return { text: '', names: [] };
}

// The <time datetime> nearest the headline dates the article; later ones date comments or teasers.
const MAX_TIME_SCAN = 20;

// Blog themes still date a post the microformat way, in the title of an <abbr class="published">
// (fixture meta-date-abbr-published.html).
const PUBLISHED_CLASS_RE = /(?:^|\s)published(?:\s|$)/;
const isPublishedAbbr = (attrs: Attributes): boolean =>
  attrs.tag === 'abbr' && attrs.has('title') && PUBLISHED_CLASS_RE.test(attrs.className);
const isTimeCandidate = (_el: Element, attrs: Attributes): boolean =>
  (attrs.tag === 'time' && attrs.has('datetime')) ||
  isPublishedAbbr(attrs) ||
  (attrs.get('itemprop')?.split(SPACE_SPLIT_RE).includes('datePublished') ?? false);
const NOT_ARTICLE_CLASS_RE = /comment|related|teaser/i;
const isOutsideArticle = (el: Element): boolean =>
  isFurnitureTag(el) || NOT_ARTICLE_CLASS_RE.test(regionClass(el));

export const TIME_QUERY: ElementQuery = { pick: isTimeCandidate, max: MAX_TIME_SCAN, inBody: false };

export function readHeadlineTime(doc: Document, deadline?: Deadline, found?: Element[]): string {
  const h1 = doc.getElementsByTagName('h1')[0];
  let fallback = '';
  for (const t of found ?? findOne(doc, TIME_QUERY, deadline)) {
    if (closestBy(t, isOutsideArticle)) continue;
    const v =
      t.getAttribute('datetime') ||
      t.getAttribute('content') ||
      (t.localName === 'abbr' && parseDate(t.getAttribute('title') ?? '')
        ? (t.getAttribute('title') ?? '')
        : '');
    if (!v) continue;
    const cls = `${t.getAttribute('class') ?? ''} ${t.parentElement?.getAttribute('class') ?? ''}`;
    if (/modif|updat/i.test(cls)) continue;
    if (!h1) return v;
    // Anything after the headline (or in the same header) is the article's own date.
    const pos = h1.compareDocumentPosition(t);
    if (pos & 4 || pos & 16) return v;
    if (!fallback) fallback = v;
  }
  return fallback;
}

const DATE_BOX_CLASS_RE = /date|datum|fecha|data|publish/i;
const isDateBox = (_el: Element, attrs: Attributes): boolean => DATE_BOX_CLASS_RE.test(attrs.className);
// <time> elements read for their text when no date box says more ("<time>5 mei 2025</time>", no
// datetime attribute): only the first few, the page's own date comes before its comments'.
const MAX_TIME_TEXTS = 5;
// A date line longer than this is a paragraph that mentions a date.
const MAX_DATE_TEXT = 80;

const NOT_DATELINE_TAGS = new Set(['cite', 'li', 'table']);
const NOT_DATELINE_CLASS_RE = /comment|related|teaser|reference|citation/i;
const isNotDateline = (el: Element): boolean =>
  isFurnitureTag(el) || NOT_DATELINE_TAGS.has(el.localName) || NOT_DATELINE_CLASS_RE.test(regionClass(el));
/**
 * Whether a date element stands where dates are a teaser's, a comment's or a citation's. A list
 * item that holds the date alone, with no link, is an item of the article's facts line (`<ul
 * class="content__meta"><li>Wissen</li><li>26.02.2020</li>`, `<li><time>31.03.2020</time></li>`;
 * trafilatura-dev magazines; fixture meta-date-facts-list.html), not a teaser's date.
 */
function outsideDateline(el: Element, text: string): boolean {
  const at = closestBy(el, isNotDateline);
  if (!at) return false;
  if (at.localName !== 'li' || at.getElementsByTagName('a').length || shownText(at) !== text) return true;
  return !!at.parentElement && !!closestBy(at.parentElement, isNotFactsColumn);
}
/**
 * Where a facts list is no article's: as for any date, except that an <aside> inside the <article>
 * is the article's own side column (trafilatura-dev: a science magazine's category, date and
 * reading time beside the text; fixture meta-date-facts-side-column.html).
 */
const isNotFactsColumn = (el: Element): boolean =>
  isNotDateline(el) && !(el.localName === 'aside' && insideArticle(el));
// A citation's date of access ("Retrieved 1 May 2016", readability-pages wikipedia) dates nothing.
const RETRIEVED_RE = /retrieved|accessed|abgerufen|consulté/i;
// An update's date, in the languages of the corpora and their neighbours (fixture
// meta-date-published-beside-updated.html).
const UPDATED_RE =
  /aktualisiert|updated|modifi|geändert|mis à jour|actualizad|aggiornat|atualizad|bijgewerkt|zaktualizowan|aktualizacja|обновлен|оновлен|uppdaterad|opdateret|oppdatert|päivitetty|güncellen|güncelleme|aktualizováno|aktualizované|actualizat|frissítve|ενημερώθηκε|تحديث|diperbarui|cập nhật|更新|수정/i;

/** Visible date text in the page header ("erstellt: 01. April 2025, 15:25"), for pages with no metadata date. */
export const DATE_BOX_QUERY: ElementQuery = { pick: isDateBox, max: MAX_TIME_SCAN, inBody: true };

const UPDATED_CLASS_RE = /modif|updat|aktualisiert/i;
/**
 * A box around more than `max` characters, known without reading its whole text. Only a box with
 * elements inside is bounded first: an element of text alone reads its text as cheaply as the bound.
 */
const isLongBox = (el: Element, max: number): boolean => !!el.firstElementChild && showsMoreThan(el, max);

export function readVisibleDateText(doc: Document, deadline?: Deadline, found?: Element[]): string[] {
  const out: string[] = [];
  const root = doc.body;
  if (!root) return out;
  const times = root.getElementsByTagName('time');
  const boxes = [...(found ?? findOne(doc, DATE_BOX_QUERY, deadline))];
  for (let i = 0; i < times.length && i < MAX_TIME_TEXTS; i++) boxes.push(times[i]!);
  for (const el of boxes) {
    const cls = el.getAttribute('class') ?? '';
    if (UPDATED_CLASS_RE.test(cls) || isLongBox(el, MAX_DATE_TEXT)) continue;
    const text = shownText(el);
    if (!text || outsideDateline(el, text)) continue;
    const published = text.length <= MAX_DATE_TEXT ? publishedPart(text) : '';
    if (published) out.push(published);
  }
  return out;
}

/**
 * The part of a date text that is not an update's: the text before the update's label
 * ("입력 2026.12.04 09:30 수정 2026.12.05", "Publicado: 04/12/2026 Actualizado: 05/12/2026"), or
 * from the publication's label on when the update comes first; '' for an update's or a citation's
 * date alone.
 */
function publishedPart(text: string): string {
  if (RETRIEVED_RE.test(text)) return '';
  const update = UPDATED_RE.exec(text);
  if (!update) return text;
  const before = text.slice(0, update.index);
  if (hasDigit(before)) return before;
  const after = text.slice(update.index);
  const label = PUBLISHED_LABEL_IN_RE.exec(after);
  return label ? after.slice(label.index) : '';
}

/**
 * The date a byline box states after the names ("Par Jean Dupont, publié le 5 mai 2025", "Por Ana
 * Ruiz | Madrid | 5 de mayo de 2025"), for pages with no date anywhere else; never an update's.
 */
export function bylineDate(text: string, dayFirst?: boolean): string {
  const published = hasDigit(text) ? publishedPart(text) : '';
  return published ? parseDate(published, dayFirst) : '';
}

// A line right under the headline that reads "Name | date" (or "Name · date", "Name, date") signs
// the article even without a "By" or a byline class; so does a "By Name" line there.
// How many elements after the headline are read before giving up: the line sits among the first few.
const MAX_AFTER_HEADLINE = 15;
// Longer than this a line is a standfirst or a paragraph.
const MAX_SIGNED_LINE_CHARS = 90;
// A paragraph this long means the text has begun: no signature line comes after it.
const BODY_STARTED_CHARS = 200;
// A bar or dot, or a dash or slash between spaces ("11.12.2019 - Jane Roe", "Jane Roe / 5.4.2025").
const LINE_SEPARATOR_RE = /\s*[|•·⋅]\s*|\s+[-–—/]\s+/;
// "Jane Roe, 05.04.2025", "Berlin, 29.11.2022": a comma before a number ends a part too.
const COMMA_BEFORE_NUMBER_RE = /,\s+(?=\d)/;
const COMMA_RE = /,\s+/;
/** The bars and dots between the parts of a header line ("Jane Roe · 5 min read · Mar 12, 2024"). */
export const BAR_OR_DOT_RE = /\s*[|•·⋅]\s*/;

/**
 * A header line's parts, split at bars, dots, dashes, a comma before a byline's label ("jeudi 13
 * juin 2019, par Jane Roe") and a comma before a number, except the comma of a date ("26 Mai,
 * 2008 | Jane Roe | Kommentare 34", "May 26, 2008 | Jane Roe"; fixture meta-byline-article-footer.html).
 */
function lineParts(text: string, dayFirst?: boolean): string[] {
  return text
    .split(LINE_SEPARATOR_RE)
    .flatMap(splitBeforeLabel)
    .flatMap((part) => {
      const pieces = part.split(COMMA_BEFORE_NUMBER_RE);
      // The comma was the date's own when the part is a date and no piece is one.
      const datesComma =
        pieces.length > 1 && isBareDate(part, dayFirst) && !pieces.some((p) => isBareDate(p, dayFirst));
      return datesComma ? [part] : withWeekdays(pieces);
    })
    .filter(Boolean);
}

/**
 * A weekday's name before a date is the date's ("Freitag, 12.04.2024 | Jane Roe", fixture
 * meta-byline-date-line-parts.html), not a part of its own.
 */
function withWeekdays(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && isWeekdayName(last)) out[out.length - 1] = `${last}, ${piece}`;
    else out.push(piece);
  }
  return out;
}

function splitBeforeLabel(part: string): string[] {
  const out: string[] = [];
  for (const piece of part.split(COMMA_RE)) {
    if (out.length && !opensWithBylineLabel(piece)) out[out.length - 1] += `, ${piece}`;
    else out.push(piece);
  }
  return out;
}
// A publication date's label at the start of a line (fixture meta-byline-between-headline-and-body.html).
const PUBLISHED_LABEL =
  '(?:published|posted|first published|publié|veröffentlicht|erschienen|publicado|pubblicato|gepubliceerd|opublikowano|publikacja|publicerad|publisert|publiceret|udgivet|julkaistu|publikováno|publicat|megjelent|δημοσιεύθηκε|опубликовано|опубліковано|yayınlanma|yayınlandı|diterbitkan|đăng|نشر(?: في)?|公開|发布时间|發布時間|입력)(?=[\\s:：]|$)';
const PUBLISHED_LABEL_RE = new RegExp(`^${PUBLISHED_LABEL}`, 'i');
// The same label after an update's date in one line ("Updated … Published …").
const PUBLISHED_LABEL_IN_RE = new RegExp(`(?<![\\p{L}])${PUBLISHED_LABEL}`, 'iu');

/** The element after `el` in document order, skipping `el`'s own subtree when `skip` is set. */
function nextInOrder(el: Element, skip: boolean): Element | null {
  if (!skip && el.firstElementChild) return el.firstElementChild;
  let node: Element | null = el;
  while (node && !node.nextElementSibling) node = node.parentElement;
  return node?.nextElementSibling ?? null;
}

// A line holds no block of its own: a box around the byline and a share bar would read as one line,
// and a list of facts ("<dl><dd>Geschrieben von: NAME</dd><dd>Veröffentlicht: DATE</dd></dl>", an
// older CMS's article info; fixture meta-site-name-h2-headline.html) as the name run into the label.
const LINE_BLOCK_TAGS = [
  'div',
  'dd',
  'dt',
  'p',
  'section',
  'header',
  'ul',
  'ol',
  'li',
  'figure',
  'table',
  'h2',
  'h3',
  'h4',
];
const holdsBlocks = (el: Element): boolean => hasDescendant(el, LINE_BLOCK_TAGS);

const isDateLine = (el: Element, text: string, dayFirst?: boolean): boolean =>
  !holdsBlocks(el) && isBareDate(text, dayFirst) && bylineDate(text, dayFirst) !== '';

// The head of a paragraph set off by a dash: where a dateline ends and the text begins.
const DATELINE_HEAD_RE = /^(.{6,40}?)\s+[–—-]\s/;
// The dateline opens the first paragraph, or the one after the standfirst.
const MAX_DATELINE_PARAGRAPH = 1;

const MAX_H1_LOOKED_AT = 3;

// Headings read for the one that shows the title; the headline is among the page's first.
const MAX_HEADINGS_LOOKED_AT = 40;
const isUpperHeading = withTag('h1', 'h2', 'h3');
const MAX_HEADING_CHARS = 1000;

/**
 * Where the headline may be: the heading that shows the article's title, then the first h1 that is
 * not all one link. A site's logo set as the first h1 ("<h1>L-Mag</h1>", "<h1>Attac France<span>L'action
 * citoyenne</span></h1>") or a headline set as an h2 under a logo (trafilatura-dev blogs and
 * magazines; fixture meta-byline-headline-after-logo.html) is found by its text; a section's name
 * set as an h1 link above the headline ("<h1><a href="/category/bangkok">Bangkok</a></h1>",
 * trafilatura-dev; fixture meta-byline-after-second-h1.html) is no headline.
 */
function headlines(doc: Document, title: string): Element[] {
  const out: Element[] = [];
  const wanted = title ? fold(title) : '';
  if (wanted && doc.body) {
    for (const h of findElements(doc.body, isUpperHeading, { limit: MAX_HEADINGS_LOOKED_AT })) {
      const text = h.textContent ?? '';
      // A heading that wraps a whole section is not folded to be compared.
      if (text.length > MAX_HEADING_CHARS || fold(text) !== wanted) continue;
      out.push(h);
      break;
    }
  }
  const h1s = doc.body?.getElementsByTagName('h1');
  if (!h1s?.length) return out;
  let h1 = h1s[0]!;
  for (let i = 0; i < h1s.length && i < MAX_H1_LOOKED_AT; i++)
    if (!soleLink(h1s[i]!)) {
      h1 = h1s[i]!;
      break;
    }
  if (h1 !== out[0]) out.push(h1);
  return out;
}

/**
 * Names and date from "Jane Doe | 05.04.2025" or "11.12.2019 - Jane Doe": every part but one date is
 * a person's name (fixture meta-headline-signed-line.html).
 */
function signedLine(text: string, dayFirst?: boolean): { names: string[]; date: string } | null {
  // A count of comments beside the names is the theme's link to them ("Kommentare 34", "3 Comments").
  // A time of day set apart from a publication date by a comma is the date's ("Иван Петров, 4
  // декабря 2026, 09:30"); after an update's date it stays a part, and the line is no signature
  // ("New Delhi, Bureau | Updated : 19 November 2019, 09:01 AM", scrapinghub-dev).
  const all = lineParts(text, dayFirst);
  const timeAt = all.findIndex(
    (p, i) => i > 0 && TIME_ONLY_RE.test(p) && bylineDate(all[i - 1]!, dayFirst) !== '',
  );
  const time = timeAt > 0 ? all[timeAt] : undefined;
  // So is the page's reading time ("Jane Roe · 3 min read · Mar 10, 2026", a publishing platform's
  // header; fixture meta-byline-date-line-parts.html).
  const parts = all.filter((p, i) => i !== timeAt && !COMMENT_COUNT_RE.test(p) && !isReadingTimeLine(p));
  if (parts.length < 2) return null;
  const dates = parts.filter((p) => hasDigit(p) && parseDate(p, dayFirst) !== '');
  if (dates.length !== 1) return null;
  // A part may carry the byline's label ("05.02.2020 - Redaktion: Jane Roe").
  const names = parts
    .filter((p) => p !== dates[0])
    .flatMap((p) => (opensWithBylineLabel(p) ? (parseBylineText(p) ?? [p]) : splitNames(p)));
  if (!names.length || !names.every((n) => PERSON_NAME_RE.test(n) && !NOT_NAME_RE.test(n))) return null;
  return { names, date: parseDate(time ? `${dates[0]} ${time}` : dates[0], dayFirst) };
}

// A line of more boxes than this is a menu or a row of tags.
const MAX_PARTS_APART = 4;
const TOPIC_BOX_RE = /categor|(?:^|[\s_-])tags?(?:$|[\s_-])|topic|rubri|ressort|section|kicker/i;

/**
 * The texts of a line's boxes with a bar between, when the boxes alone set its parts apart:
 * "<span>Jane Roe</span> <span>05.04.2025, 10:12</span>" (fixture meta-headline-signed-line.html).
 * '' when text outside the boxes says more, a box links to a page other than a writer's (a
 * section's "World News" beside the date names no one) or is named for topics.
 */
function partsApart(el: Element): string {
  const parts: string[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      if ((c.nodeValue ?? '').trim()) return '';
      continue;
    }
    if (c.nodeType !== 1) continue;
    const child = c as Element;
    const link = child.localName === 'a' ? child : firstElement(child, isAnchor);
    if (link && !isAuthorHref(link.getAttribute('href'))) return '';
    // A box named for the story's topics: "Wissenschaft Atmosphäre Klima" beside the date reads
    // as a name (trafilatura-dev: a research institute's news).
    if (TOPIC_BOX_RE.test(child.getAttribute('class') ?? '')) return '';
    const t = shownText(child);
    // A box with its label is the byline readers' to read ("Eingestellt von der Michel" names no one).
    if (opensWithBylineLabel(t)) return '';
    if (t && parts.push(t) > MAX_PARTS_APART) return '';
  }
  return parts.length >= 2 ? parts.join(' | ') : '';
}

function signedApart(el: Element, dayFirst?: boolean): ReturnType<typeof signedLine> {
  const apart = partsApart(el);
  return apart ? signedLine(apart, dayFirst) : null;
}

/**
 * "Jane Doe | 05.04.2025" or "By Jane Doe · 5 April 2025" right under the headline: the names, and
 * the date (`date`, ISO) that a page without a date in its metadata has only there (fixtures
 * meta-headline-signed-line.html, meta-byline-between-headline-and-body.html).
 */
export function readHeadlineSignedLine(
  doc: Document,
  dayFirst?: boolean,
  title = '',
): VisibleByline & { date?: string } {
  // A theme that sets the date above the post's title ("<h2>2019-01-01</h2><h3>Title</h3>" under
  // the logo's h1) has it after the first h1 only: each place is read until one tells something.
  const places = headlines(doc, title);
  let found: VisibleByline & { date?: string } = { text: '', names: [] };
  for (const h1 of places) {
    found = signedAfter(h1, dayFirst);
    if (found.names.length || found.date) break;
  }
  if (found.date) return found;
  for (const h1 of places) {
    const date = kickerDate(h1, dayFirst) || headlineOwnDate(h1, dayFirst);
    if (date) return { ...found, date };
  }
  return found;
}

/**
 * The date a headline holds in a line of its own inside it: "<h1>Title<br><small>02.02.2022 •
 * Verband</small></h1>", a theme's secondary heading text (trafilatura-dev: a sports association's
 * news; fixture meta-date-inside-headline.html). A linked part is a section's or a tag's.
 */
function headlineOwnDate(h1: Element, dayFirst?: boolean): string {
  for (const el of findElements(h1, isHeadlinePart)) {
    const text = shownText(el);
    if (!text || text.length > MAX_SIGNED_LINE_CHARS || closestLink(el) || someElement(el, isLink)) continue;
    const date = lineDate(el, text, dayFirst);
    if (date) return date;
  }
  return '';
}

// How many elements before the headline are read for a date set above it.
const MAX_BEFORE_HEADLINE = 6;
const INLINE_TAGS = new Set(['span', 'time', 'small', 'em', 'i', 'b', 'strong']);
// A kicker's other parts are a section's name: a few words, no number.
const MAX_KICKER_PART_WORDS = 3;

/** The element before `el` in document order, the last one inside its previous sibling first. */
function previousInOrder(el: Element): Element | null {
  let node = el.previousElementSibling;
  if (!node) return el.parentElement;
  while (node.lastElementChild) node = node.lastElementChild;
  return node;
}

/**
 * The date of a line set right above the headline, in the headline's own box: "Kultur, 2.11.22",
 * "<span class="time-rubric">Jan 18, 2019</span>", "31.01.2022 2. HBL" over the h1 (trafilatura-dev
 * magazines and sports sites of four publishers; fixture meta-date-above-headline.html). Not a
 * teaser's date, a linked line or the masthead's date of the day, which sits outside that box.
 */
function kickerDate(h1: Element, dayFirst?: boolean): string {
  const box = h1.parentElement?.parentElement;
  if (!box) return '';
  const body = h1.ownerDocument.body;
  let el = previousInOrder(h1);
  for (let i = 0; el && el !== box && box.contains(el) && i < MAX_BEFORE_HEADLINE; el = previousInOrder(el)) {
    // Before the body is the head: no line of the page (fixture meta-date-headline-opens-body.html).
    if (el === body) break;
    // The boxes around the headline are no lines of their own; a script or style shows nothing.
    if (el.contains(h1) || isCode(el)) continue;
    i++;
    if (closestBy(el, isOutsideArticle) || isHeading(el)) break;
    const text = shownText(el);
    if (!text || holdsBlocks(el)) continue;
    if (text.length > MAX_SIGNED_LINE_CHARS) break;
    // A line beside a link is a teaser's or a pager's ("Older story … March 1, 2019").
    const line = INLINE_TAGS.has(el.localName) && el.parentElement ? el.parentElement : el;
    if (closestLink(el) || someElement(line, isLink)) continue;
    const date = lineDate(el, text, dayFirst) || sectionAndDate(el, text, dayFirst);
    if (date) return date;
  }
  return '';
}

/** "Kultur, 2.11.22": one part a date, the others a section's name. */
function sectionAndDate(el: Element, text: string, dayFirst?: boolean): string {
  const parts = lineParts(text, dayFirst);
  const dates = parts.filter((p) => isDateLine(el, p, dayFirst));
  if (dates.length !== 1) return '';
  const others = parts.filter((p) => p !== dates[0]);
  return others.every((p) => !hasDigit(p) && p.split(' ').length <= MAX_KICKER_PART_WORDS)
    ? bylineDate(dates[0]!, dayFirst)
    : '';
}

function signedAfter(h1: Element, dayFirst?: boolean): VisibleByline & { date?: string } {
  // "Published 30 November 2026" on a line of its own dates the article, before or after its byline.
  let labelled = '';
  // A byline line without a date: the date line may follow it ("By Jane Roe" over "March 12,
  // 2024"; fixture meta-date-line-under-byline.html).
  let byline: VisibleByline | null = null;
  let longParagraphs = 0;
  let el = nextInOrder(h1, true);
  for (let i = 0; el && i < MAX_AFTER_HEADLINE; i++, el = nextInOrder(el, false)) {
    if (el.localName === 'h1' || closestBy(el, isFurnitureOrComment)) break;
    // A quote's lines are another writer's: an embedded post ends on its own date ("— Harbour
    // Board (@board) December 1, 2026"; fixture meta-date-not-from-embedded-post.html).
    // A page set inside a quote for its indent has its headline there too.
    const quote = closestTag(el, 'blockquote');
    if (quote && !quote.contains(h1)) continue;
    // Only a paragraph is read whatever its length (for a dateline); the box around the story is not.
    if (el.localName !== 'p' && (longParagraphs || isLongBox(el, MAX_SIGNED_LINE_CHARS))) continue;
    const text = shownText(el);
    if (el.localName === 'p' && text.length > BODY_STARTED_CHARS) {
      // The text, or the text after its standfirst, opens with its dateline: "27.1.2022 - Bei der
      // Erinnerung …", "Berlin, 29.11.2022 – Mehrfach …" (trafilatura-dev press releases; fixture
      // meta-date-dateline-opens-text.html).
      const head = DATELINE_HEAD_RE.exec(text)?.[1];
      if (!labelled && head && isDateLine(el, head, dayFirst)) labelled = bylineDate(head, dayFirst);
      if (labelled || ++longParagraphs > MAX_DATELINE_PARAGRAPH) break;
      continue;
    }
    if (longParagraphs || !text || text.length > MAX_SIGNED_LINE_CHARS) continue;
    // A box of lines is read with its lines apart: "<dd>Geschrieben von: NAME</dd><dd>Veröffentlicht:
    // DATE</dd>" runs the name into the next label (fixture meta-site-name-h2-headline.html).
    const boxed = holdsBlocks(el);
    if (byline) {
      if (!boxed) labelled ||= lineDate(el, text, dayFirst);
      if (labelled) break;
      continue;
    }
    const line = boxed ? spacedText(el) : text;
    const signed = signedLine(line, dayFirst) ?? (boxed ? null : signedApart(el, dayFirst));
    if (signed) return { text: line, ...signed };
    // "By Jane Roe · 30 November 2026" in a box no name marks as a byline (fixture
    // meta-byline-between-headline-and-body.html: a theme's "entry-meta" line).
    if (boxed) continue;
    // The "By Jane Roe" part of a line that also holds a label and a date ("Trending | By Jane Roe |
    // April 13, 2020"; fixture meta-byline-between-headline-and-body.html).
    const names =
      parseBylineText(text) ??
      lineParts(text, dayFirst)
        .map((part) => (opensWithBylineLabel(part) ? parseBylineText(part) : null))
        .find((n) => n?.length);
    if (names?.length) {
      const date = bylineDate(text, dayFirst) || labelled;
      if (date) return { text, names, date };
      byline = { text, names };
      continue;
    }
    labelled ||= lineDate(el, text, dayFirst);
  }
  const found = byline ?? { text: '', names: [] };
  return labelled ? { ...found, date: labelled } : found;
}

/**
 * The date of a line that is a date and little else, or opens with one and then names the section
 * ("01. November 2021 | Naturschutz"; fixture meta-date-line-with-section.html), or holds a part
 * labelled as the publication's beside an update's ("Updated March 14, 2024 · Published March 12,
 * 2024"; fixture meta-date-published-beside-updated.html); '' for any other line.
 */
function lineDate(el: Element, text: string, dayFirst?: boolean): string {
  if (PUBLISHED_LABEL_RE.test(text) || isDateLine(el, text, dayFirst)) return bylineDate(text, dayFirst);
  const first = lineParts(text, dayFirst)[0] ?? '';
  if (first !== text && isDateLine(el, first, dayFirst)) return bylineDate(first, dayFirst);
  const published = text.split(BAR_OR_DOT_RE).find((p) => PUBLISHED_LABEL_RE.test(p));
  return published ? bylineDate(published, dayFirst) : '';
}
