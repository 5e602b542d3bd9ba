// The standfirst (dek) and a "key points" list: lead text set between the headline and the body,
// often in a box of its own beside or above the body's container, so the body's vote never reaches
// it (tests/fixtures/core-standfirst-outside-body.html; trafilatura-dev pages of several site
// engines put the "chapo" / "teaser-text" / "lead" paragraph there).
import { collapse, countCjk } from '../dom/text';
import { walkElements } from '../dom/walk';
import { isBareDate } from '../metadata/date';
import { dialogName, isAuthorBox, regionName } from './class-signals';
import type { Stats, StatsIndex } from './text-stats';

// A dek is a sentence or two; shorter lines between headline and body are bylines, dates, labels.
const MIN_STANDFIRST_CHARS = 50;
// More than this between headline and body is not a dek but another part of the page.
const MAX_STANDFIRST_CHARS = 1200;
const MAX_STANDFIRST_BLOCKS = 3;
// Bylines, dates, share labels and a lead caption sit beside the dek; more text than this between
// headline and body means the two are not one article's top.
const MAX_OTHER_CHARS = 500;
const MAX_LINK_SHARE = 0.2;
// A "key points" list: each item a sentence, not a menu entry or a "3 min read" label.
const MIN_LIST_ITEM_CHARS = 40;
const MAX_LIST_HEADING_CHARS = 60;
// A list its box or its heading names as the story's summary may set its points as short lines
// ("Work starts in spring", "The pier closes for a year": fixture core-standfirst-named-key-points.html).
const MIN_NAMED_LIST_ITEM_CHARS = 15;
const SUMMARY_NAME_RE =
  /key[-_]?(?:points|takeaways|facts)|takeaways|highlights|summary|tl-?dr|at-?a-?glance/i;
const SUMMARY_HEADING_RE =
  /^(?:key (?:points|takeaways|facts)|(?:the )?takeaways|highlights|summary|in brief|at a glance|what you need to know|das wichtigste(?: in kürze)?|auf einen blick|en bref|l['’]essentiel|lo (?:más importante|esencial)|en resumen|in breve|in sintesi|in het kort|em resumo|w skrócie|коротко|главное)(?:$|[\s:.!?])/i;
const summaryName = (el: Element | null): boolean =>
  !!el && SUMMARY_NAME_RE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
/** Whether the list's box, or its heading, names it as the story's summary. */
function namedSummary(list: Element): boolean {
  if (summaryName(list) || summaryName(list.parentElement)) return true;
  const head = list.previousElementSibling;
  return (
    !!head && /^h[2-6]$/.test(head.localName) && SUMMARY_HEADING_RE.test(collapse(head.textContent ?? ''))
  );
}
// How far back (elements in document order) the headline is looked for.
const MAX_SCAN = 400;
const NOT_DEK_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'figure',
  'a',
  'li',
  'td',
  'th',
  'button',
  'label',
  'time',
  'address',
  'nav',
  'aside',
  'footer',
  'form',
]);

// A dek set as a subheading ("<h2 class="epigraph">", "<h2 class="subtitle">"): a heading this long
// that ends like a sentence is a sentence or two, not the name of a part nor a second headline (a
// magazine's h2 of kicker and headline under a logo h1, a blog's description under its name:
// fundus-dev, readability-pages) (trafilatura-dev: a Uruguayan daily's epigraph under its h1, and
// deks of twenty more publishers; fixture core-standfirst-subheading.html).
const MIN_HEADING_DEK_CHARS = 90;
const DEK_HEADING_TAGS = new Set(['h2', 'h3', 'h4']);
const SENTENCE_END_RE = /[.!?…]["”»’)]?$/;
// A subheading whose name says it is the dek ("subtitle", "subhead", "deck", "standfirst",
// "excerpt", Spanish "bajada") is one at a dek's length, stop or none: such deks are a line
// ("The LC 500 looks good even with the roof chopped off": scrapinghub-dev h2.subtitle on three
// sites; fundus-dev "deck", "subheader", "subhead", "excerpt" of four publishers; trafilatura-dev
// subtitles and subheads of five sites; a newsletter platform's h3.subtitle; fixture
// core-standfirst-named-subheading.html). Not a blog's "site-description",
// and not a widget's shorter "…__subtitle" ("Wie hat dir dieses Rezept gefallen?").
const DEK_NAME_RE =
  /sub-?title|sub-?head|(?:^|[-_\s])(?:deck?|standfirst|strapline|excerpt|bajada)(?:$|[-_\s])/i;
const namedDek = (el: Element): boolean =>
  DEK_NAME_RE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);

/**
 * A dek found as a subheading, as the paragraph it is: the reader shows it as the standfirst, not as
 * the heading of a part (nor lists it in the contents). Its counts and names go with it.
 */
function asParagraph(el: Element, stats: StatsIndex['stats']): Element {
  dropClosingDate(el);
  if (!DEK_HEADING_TAGS.has(el.localName)) return el;
  const p = el.ownerDocument.createElement('p');
  // Its names go with it: the clutter rules judge the paragraph as they would the heading.
  for (const a of [...el.attributes]) p.setAttribute(a.name, a.value);
  while (el.firstChild) p.appendChild(el.firstChild);
  el.replaceWith(p);
  const s = stats.get(el);
  if (s) stats.set(p, s);
  return p;
}

/**
 * A date set in an element of its own at the end of a dek goes: the source line shows the date, and
 * the dek read on into it ("… its recovery?Monday, 6 January 2020": trafilatura-dev, a magazine's
 * deck; fixture core-standfirst-described.html). Only after a dek's worth of text: a line of dates
 * ("PUBLISHED: 10:48, … | UPDATED: …") is a dateline, which the clutter rules know whole.
 */
function dropClosingDate(el: Element): void {
  let last: Element | null = null;
  for (let e = el.lastElementChild; e; e = e.lastElementChild) {
    // Text after it, at any depth, ends the dek instead.
    for (let n = e.nextSibling; n; n = n.nextSibling) if (n.textContent?.trim()) return;
    last = e;
  }
  if (!last) return;
  const date = collapse(last.textContent);
  if (!date || !isBareDate(date)) return;
  const before = collapse(el.textContent).length - date.length;
  if (before >= MIN_STANDFIRST_CHARS) last.remove();
}

// A Chinese, Japanese or Korean character says what two letters or more do elsewhere: a Korean dek
// of 40 characters ("시, 1조2천억원 투입해 친수공간·업무시설 조성…주민 설명회 이달 중 개최") is a
// line like a Latin one of 70 (fixture core-standfirst-cjk-dek.html).
const CJK_DEK_CHAR_WEIGHT = 2;
// The share of a block's characters that are Chinese, Japanese or Korean for them to weigh more.
const MIN_CJK_SHARE = 0.5;

// A line under the headline that says what the page's description says is the dek, a subheading
// or not, stop or none ("<h2 data-qa="subheadline">", "<h2 class="a_st">", an h2 of utility classes:
// the description is the summary the site wrote, and a heading that repeats it is no part's name;
// fixture core-standfirst-described.html). A description cut short ("…") is its start.
const ELLIPSIS_END_RE = /(?:…|\.\.\.)\s*$/;
const MIN_CUT_DESCRIPTION_LETTERS = 40;

/** Whether `text` says what `description` does: the same letters, or the start a cut one keeps. */
export function repeatsDescription(text: string, description: string): boolean {
  if (!description) return false;
  const said = lettersOf(text);
  if (!said) return false;
  const described = lettersOf(description);
  if (said === described) return true;
  return (
    ELLIPSIS_END_RE.test(description) &&
    described.length >= MIN_CUT_DESCRIPTION_LETTERS &&
    said.startsWith(described)
  );
}

function isDek(el: Element, s: Stats, description = ''): boolean {
  const heading = DEK_HEADING_TAGS.has(el.localName);
  if ((NOT_DEK_TAGS.has(el.localName) && !heading) || s.figures > 0 || s.inline !== s.text) return false;
  if (!s.inline || s.inlineLink / s.inline > MAX_LINK_SHARE) return false;
  // The text is read only for a block too short in letters to be a dek at all. Its characters weigh
  // more only when they make most of it: a Japanese paper's stamp of its name, the date and the
  // length ("毎日新聞 2025/1/14 21:17（最終更新 1/14 21:17） 789文字": fundus-dev) is digits.
  let weighed = -1;
  const atLeast = (chars: number): boolean => {
    if (s.inline >= chars) return true;
    if (s.inline * CJK_DEK_CHAR_WEIGHT < chars) return false;
    if (weighed < 0) {
      const cjk = countCjk(el.textContent ?? '');
      weighed = cjk >= s.inline * MIN_CJK_SHARE ? s.inline + (CJK_DEK_CHAR_WEIGHT - 1) * cjk : s.inline;
    }
    return weighed >= chars;
  };
  if (!atLeast(MIN_STANDFIRST_CHARS)) return false;
  if (!heading || namedDek(el)) return true;
  const text = (el.textContent ?? '').trim();
  return (
    (atLeast(MIN_HEADING_DEK_CHARS) && SENTENCE_END_RE.test(text)) || repeatsDescription(text, description)
  );
}

// A header's blocks looked at for its dek, in order after the headline.
const MAX_HEADER_DEK_SCAN = 60;

/**
 * The dek inside the article's own <header>, after its headline: the header goes as the byline's
 * box, its dek stays (fundus-dev: a broadcaster's "<p class="preface">" under the h1; issue 13's
 * unseen pages: the dek dropped on 5 of 12; fixture core-standfirst-in-article-header.html). A
 * sentence or two, not the writer's box, not a line of bylines and dates.
 */
export function deksInHeader(header: Element, stats: StatsIndex['stats'], description = ''): Element[] {
  const found: Element[] = [];
  let headline: Element | null = null;
  let seen = 0;
  // A walk, not getElementsByTagName('*'), which some DOMs (linkedom) answer with nothing.
  walkElements(header, (el) => {
    if (++seen > MAX_HEADER_DEK_SCAN || found.length >= MAX_STANDFIRST_BLOCKS) return false;
    if (!headline) {
      if (el.localName === 'h1') headline = el;
      // The headline's own parts (its kicker, its title span) are no dek.
      return el.localName !== 'h1';
    }
    // Nor is a line in a photo's box (its caption).
    if (inPhotoBox(el, header, stats)) return false;
    const s = stats.get(el);
    if (!s || !isDek(el, s, description) || isAuthorBox(el) || regionName(el) || dialogName(el)) return true;
    const text = (el.textContent ?? '').trim();
    // A block named for the dek is one with a stop or none, as a named subheading is (a blog
    // engine's "article-excerpt" under the headline, in the header the byline pass removes;
    // fixture core-standfirst-named-in-header.html).
    if (!SENTENCE_END_RE.test(text) && !namedDek(el) && !repeatsDescription(text, description)) return true;
    found.push(el);
    return false;
  });
  return found.map((el) => asParagraph(el, stats));
}

function inPhotoBox(el: Element, header: Element, stats: StatsIndex['stats']): boolean {
  for (let e = el.parentElement; e && e !== header; e = e.parentElement)
    if ((stats.get(e)?.figures ?? 0) > 0) return true;
  return false;
}

function isKeyPoints(el: Element, s: Stats): boolean {
  if (el.localName !== 'ul' && el.localName !== 'ol') return false;
  const items = el.childElementCount;
  const perItem = s.text / items;
  return (
    items > 0 &&
    s.text >= MIN_STANDFIRST_CHARS &&
    (perItem >= MIN_LIST_ITEM_CHARS || (perItem >= MIN_NAMED_LIST_ITEM_CHARS && namedSummary(el))) &&
    s.link / s.text <= MAX_LINK_SHARE &&
    s.figures === 0
  );
}

function isListHeading(head: Element, list: Element, stats: StatsIndex['stats']): boolean {
  const text = stats.get(head)?.text ?? 0;
  return (
    isKeyPoints(list, stats.get(list)!) &&
    /^h[2-6]$/.test(head.localName) &&
    text > 0 &&
    text <= MAX_LIST_HEADING_CHARS
  );
}

// A kicker before a headline shown again is a word or two ("Neues Auto: "); a dek that only names
// the headline's subject ("Ischgl hat sich im Sommer …" under "Ischgl") is far longer.
const MAX_KICKER_CHARS = 40;
const SPACE_RE = /\s+/g;
const isHeadlineAgain = (text: string, headline: string) =>
  text.includes(headline) && text.length - headline.length <= MAX_KICKER_CHARS;
const squeeze = (text: string) => text.replace(SPACE_RE, ' ').trim().toLowerCase();
const HEADLINE_AGAIN_TAGS = new Set(['h2', 'h3']);
// Letters and digits alone: a kicker's colon may be a hidden span of its own in one copy.
const NOT_LETTER_RE = /[^\p{L}\p{N}]+/gu;
const lettersOf = (text: string) => text.replace(NOT_LETTER_RE, '').toLowerCase();

/**
 * The dek and key-points blocks between the headline and `first` (the body's first node), in order.
 * `title`: the page's title, to know the headline by when it is no h1.
 */
export function findStandfirst(index: StatsIndex, first: Element, title = '', description = ''): Element[] {
  const { order, stats } = index;
  const firstIdx = order.indexOf(first);
  // Where no h1 stands before the story (a breadcrumb's h1 went with the header), the headline is
  // the heading that shows the title, kicker and all (trafilatura-dev: a German daily's "<h2
  // class=…Headline>"; fixture core-standfirst-headline-h2.html).
  const titleLetters = lettersOf(title);
  const showsTitle = (el: Element, anyTag = false) => {
    if (!titleLetters || (!anyTag && !HEADLINE_AGAIN_TAGS.has(el.localName))) return false;
    const letters = lettersOf(el.textContent ?? '');
    return letters.endsWith(titleLetters) && letters.length - titleLetters.length <= MAX_KICKER_CHARS;
  };
  let h1: Element | null = null;
  let i = firstIdx - 1;
  for (const isHeadline of [(el: Element) => el.localName === 'h1', showsTitle]) {
    for (i = firstIdx - 1; i >= 0 && firstIdx - i <= MAX_SCAN; i--) {
      if (isHeadline(order[i]!)) {
        h1 = order[i]!;
        break;
      }
    }
    if (h1) break;
  }
  if (!h1) return [];
  const headline = squeeze(h1.textContent ?? '');
  const found: Element[] = [];
  let chars = 0;
  let other = 0;
  let judged: Element | null = null;
  for (let j = i + 1; j < firstIdx; j++) {
    const el = order[j]!;
    if (el.contains(first) || h1.contains(el) || judged?.contains(el)) continue;
    const s = stats.get(el);
    if (!s?.text) continue;
    // A region (a lead-photo box named as a sidebar, a related list) or a dialog saved between headline
    // and story (a share panel's "link copied") is passed over: what it holds is not the dek.
    if (regionName(el) || dialogName(el)) {
      judged = el;
      continue;
    }
    // The writer's bio in an author box beside the headline is no dek (trafilatura-dev magazine pages).
    if (isAuthorBox(el)) {
      judged = el;
      continue;
    }
    // The headline shown again with its kicker ("Kicker: Headline") in a box of its own, the h1 being
    // a breadcrumb's last item (trafilatura-dev news page) is not the dek.
    // Nor is the title shown again under a logo's h1 taken for the headline (scrapinghub-dev: a
    // Korean magazine's "<dt>" headline under its "<h1>" site name).
    const candidate = (isDek(el, s, description) || isKeyPoints(el, s)) && !showsTitle(el, true);
    if (candidate && !(headline && isHeadlineAgain(squeeze(el.textContent ?? ''), headline))) {
      // The list's own short heading ("Key points") comes with it.
      const head = el.previousElementSibling;
      if (head && found[found.length - 1] !== head && isListHeading(head, el, stats)) {
        found.push(head);
        other -= stats.get(head)?.text ?? 0;
      }
      found.push(el);
      chars += s.text;
      judged = el;
    } else if (s.inline === s.text) {
      other += s.text;
      judged = el;
    }
  }
  const fits = found.length <= MAX_STANDFIRST_BLOCKS && chars <= MAX_STANDFIRST_CHARS;
  if (!fits || other > MAX_OTHER_CHARS) return [];
  // A key-points list's heading stays one; only a dek is a subheading by mistake.
  return found.map((el, i) => (isListHeading(el, found[i + 1] ?? el, stats) ? el : asParagraph(el, stats)));
}
