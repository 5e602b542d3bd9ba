// Takes the title heading, the byline and the dateline out of the start of the body: the reader
// shows them from metadata, and the body text must not repeat them.

import { ENDS_SENTENCE_RE, preview, textOf } from '../dom/text';
import { hasDescendant, someElement, walkElements } from '../dom/walk';
import { isDeskName, isRoleLine, withoutRole } from '../metadata/authors';
import { parseBareNames, parseBylineText } from '../metadata/byline-text';
import { isBareDate } from '../metadata/date';
import { brLines } from '../metadata/labelled-facts';
import { isReadingTimeLine } from '../metadata/reading-time-line';
import { BAR_OR_DOT_RE, bylineDate, firstLineByline } from '../metadata/visible-byline';
import type { RemovedBlock } from '../types';
import { isAllEmphasis, isAllStrong } from './emphasis-line';

// The header zone ends at the first paragraph this long, or after this many blocks.
const LEAD_PARAGRAPH_CHARS = 120;
const MAX_HEADER_BLOCKS = 25;
const BYLINE_MAX_CHARS = 200;
// Labels and widgets are a few words.
const LABEL_MAX_CHARS = 80;
// A kicker over the headline, left when the headline it labels goes as the title shown again
// ("<p class="kicker">Interview</p><h1>…</h1>": fixture core-header-kicker.html).
const KICKER_MAX_CHARS = 30;
const KICKER_MAX_WORDS = 3;
// A phone line or a price in a header widget is no label.
const NUMBER_RUN_RE = /\d{3}/;
const LEAD_INNER_TAGS = ['p', 'div', 'h1', 'h2', 'h3', 'li'];
const HEADING_RE = /^h[1-3]$/;
const CONTAINER_TAGS = ['p', 'div', 'section', 'header', 'h1', 'h2', 'h3', 'ul'];
const NORM_RE = /[^\p{L}\p{N}]+/gu;
// The header zone ends at a standfirst, but a paper may set its publication stamp or the writer's
// dated line under it ("25.10.2025 - 15:26 Uhr", "28.04.2023 | 17:52 Uhr": fundus-dev, a Stuttgart
// and a Berlin paper; "NAME, London, NAME 19.10.2019, 23:38 Uhr": trafilatura-dev, a Swiss paper;
// fixture meta-stamp-after-standfirst.html). Only this many blocks after it are read, and only a
// line that states the day the page was published goes: a date further down is the story's.
const MAX_BLOCKS_AFTER_LEAD = 2;
// A writer's name shorter than this ("LN") is found inside too many lines by chance.
const MIN_KNOWN_AUTHOR_CHARS = 3;
const DATELINE_RE =
  /^(?:(?:published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|опубликовано|opublikowano)\b.{0,60}|[\p{L}.]*,?\s*\d{1,2}[,.]?\s+[\p{L}.]+\s+\d{4}.{0,20}|[\p{L}.]+\s+\d{1,2},?\s+\d{4}.{0,30}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}.{0,20}|\d{4}-\d{2}-\d{2}.{0,20}|(?:입력|등록|기사입력|수정|更新|公開|配信|发布|發布)?\s*:?\s*\d{4}\s*[./年년]\s*\d{1,2}\s*[./月월]\s*\d{1,2}\s*[日일.]?.{0,20})$/iu;
// A stamp's label: a few words before a colon ("Written:", "Data:", "Stand des Artikels:"). A line may
// hold several, each before its date, run together once a hidden separator is gone ("Written:
// 2023-11-07 15:03:30Updated: 2023-11-07 15:30:46", trafilatura-dev: a broadcaster's English site).
const STAMP_LABEL_RE = /(?<!\p{L})\p{L}[\p{L}\p{M}.]*(?:\s+[\p{L}\p{M}.]+){0,2}\s*[:：]\s*/gu;
// What sets one labelled date off from the next.
const STAMP_EDGE_RE = /^[\s/|·•,;–—-]+|[\s/|·•,;–—-]+$/g;
const LABEL_START_RE = new RegExp(`^${STAMP_LABEL_RE.source}`, 'u');
const STARTS_WITH_DIGIT_RE = /^\d/;

/**
 * A line of labelled dates and nothing else, in any language: "Stand des Artikels: 26. Februar 2020,
 * 12:30 Uhr." (trafilatura-dev: a German science magazine), a creation and an update stamp on one
 * line (fixture clutter-labelled-stamps.html).
 */
function isLabelledStamp(text: string, dayFirst?: boolean): boolean {
  const labels = [...text.matchAll(STAMP_LABEL_RE)];
  if (labels[0]?.index !== 0) return false;
  return labels.every((label, i) => {
    const start = label.index + label[0].length;
    const part = text.slice(start, labels[i + 1]?.index ?? text.length).replace(STAMP_EDGE_RE, '');
    // A date, not a fact that holds one: "Venue: Town Hall, 12 March 2024" stays.
    return (STARTS_WITH_DIGIT_RE.test(part) && isBareDate(part, dayFirst)) || DATELINE_RE.test(part);
  });
}

// A photo credit left alone at the top once its photo is gone ("Photo: NAME / Agency", "© Agency",
// "(Credits: Agency)": trafilatura-dev, a music blog).
const LONE_CREDIT_RE =
  /^(?:\(?(?:photos?|fotos?|images?|bild|bilder|pictures?|credits?|illustration)\s*:\s*\S.{0,70}|©\s*\S.{0,70})$/i;
// What the byline's parts leave between them once they are gone: a separator box ("," "|" "·").
const SEPARATOR_ONLY_RE = /^[^\p{L}\p{N}]{1,3}$/u;
const BLOCKISH_RE = /^(?:p|div|span|h[1-6]|section|header|address|time|small|ul|li)$/;

// A byline ends on its name or its date, a sentence on its stop.
const SENTENCE_END_RE = /[.!?]["”»’]?$/;

/**
 * A header line that names one of the story's writers beside a date, in whatever order and wording
 * ("Mittwoch, 01.11.2023 von NAME", "NAME, London, NAME 19.10.2019, 23:38 Uhr", "AFP 30 avril 2015
 * à 07:19 (Mis à jour : …)": pages of seven publishers in trafilatura-dev and readability-pages;
 * fixture meta-byline-with-date-line.html). parseBylineText reads a line that is names only.
 */
function signsWithDate(text: string, knownAuthors: readonly string[], dayFirst?: boolean): boolean {
  if (SENTENCE_END_RE.test(text)) return false;
  // Whole words only, as the author echo compares them: both sides normalized and space-padded.
  const line = ` ${norm(text)} `;
  const named = knownAuthors.some((a) => {
    const name = norm(a);
    return name.length >= MIN_KNOWN_AUTHOR_CHARS && line.includes(` ${name} `);
  });
  return named && !!bylineDate(text, dayFirst);
}

/**
 * A line of a known writer's name and nothing else but the writer's job, after a comma or on lines of
 * its own ("Jane Roe<br>Harbour Correspondent": fixture core-header-name-over-role.html): the
 * byline, which the reader shows from the metadata.
 */
function namesKnownWriter(el: Element, text: string, knownAuthors: readonly string[]): boolean {
  if (!knownAuthors.length) return false;
  const lines = brLines(el);
  const [first = '', ...rest] = lines.length ? lines : [text];
  if (!rest.every(isRoleLine)) return false;
  const name = norm(withoutRole(first));
  return name.length >= MIN_KNOWN_AUTHOR_CHARS && knownAuthors.some((a) => norm(a) === name);
}

function norm(t: string): string {
  return t.replace(NORM_RE, ' ').trim().toLowerCase();
}

export interface HeaderFacts {
  /** The page's metadata names only the publication. */
  signedInText?: boolean;
  /** The order of a slashed date on this page (slashDayFirst of its language). */
  dayFirst?: boolean;
  /** The writers the metadata names. */
  knownAuthors?: readonly string[];
  /** The metadata's publication time: a stamp after the standfirst must state its day. */
  publishedTime?: string;
}

/**
 * The block is the headline: the page's h1, or a heading or block that says the title ('whole'); or
 * a heading that says its start (a kicker, or a headline set in two h1s: 'part'). Once the whole
 * headline was taken, a later h1 is a subheading (a blog that sets them in h1; trafilatura-dev).
 */
function headlineKind(
  tag: string,
  nt: string,
  normTitle: string,
  headlineTaken: boolean,
): 'whole' | 'part' | null {
  if (normTitle && nt === normTitle) return 'whole';
  if (normTitle && HEADING_RE.test(tag)) {
    // The headline with its kicker before it: the title was taken without the kicker (fixture
    // meta-title-kicker-glued).
    if (nt.endsWith(` ${normTitle}`)) return 'whole';
    if (normTitle.startsWith(nt)) return 'part';
  }
  return tag === 'h1' && !headlineTaken ? 'whole' : null;
}

/**
 * Removes the header blocks; returns the author names of a byline found there ([] when none) and
 * the date its byline or dateline states ('' when none, or only an update's), for a page whose
 * metadata has none ("von Marianne1 am 20.09.2020"; fixture meta-date-header-dateline.html).
 * `facts.signedInText`: the page's metadata names only the publication, so a line of bold names at
 * the top of the text is the writers' signature (fixture meta-byline-signed-in-body.html); elsewhere
 * such a line may be a heading and stays. `facts.knownAuthors`: a line that names one of them beside
 * a date is the byline and dateline in one.
 */
export function stripHeader(
  container: Element,
  title: string,
  removed: RemovedBlock[],
  facts: HeaderFacts = {},
): { authors: string[]; date: string } {
  const { signedInText = false, dayFirst, knownAuthors = [] } = facts;
  const publishedDay = facts.publishedTime?.slice(0, 10) ?? '';
  const authors: string[] = [];
  const normTitle = norm(title);
  let seen = 0;
  const doomed: { el: Element; kind: RemovedBlock['kind']; reason: string }[] = [];
  let done = false;
  // Blocks read after the lead paragraph that ended the zone; -1 before it.
  let afterLead = -1;
  let headlineTaken = false;
  // The block read last, when it stays: a kicker if the headline follows it.
  let kept: { el: Element; text: string } | null = null;
  walkElements(container, (el) => {
    if (done) return false;
    const tag = el.localName;
    if (tag === 'figure') return false;
    if (!BLOCKISH_RE.test(tag)) return true;
    // Only leaf-ish blocks (no nested block with text) are judged; containers are descended.
    const text = textOf(el, 1000);
    if (!text) return false;
    const nt = norm(text);
    // A headline is no lead paragraph, however long (a news site's 127-character headline at the top
    // of its article box, scrapinghub-dev; fixture core-header-long-headline.html).
    const headline = headlineKind(tag, nt, normTitle, headlineTaken);
    const lead =
      !headline &&
      text.length >= LEAD_PARAGRAPH_CHARS &&
      (tag === 'p' || !hasDescendant(el, LEAD_INNER_TAGS));
    if (afterLead >= 0) {
      // Past the standfirst: the next lead paragraph is the text, and only leaf blocks count.
      if (lead) {
        done = true;
        return false;
      }
      if (hasDescendant(el, CONTAINER_TAGS)) return true;
      if (++afterLead >= MAX_BLOCKS_AFTER_LEAD) done = true;
      const reason = publishedDay ? stampReason(text, publishedDay, knownAuthors, dayFirst) : null;
      if (reason) doomed.push({ el, kind: 'byline', reason });
      return false;
    }
    // A long byline ("Le Monde | 04.05.2015 à 13h36 • Mis à jour … | Par NAME (avec NAME et NAME)")
    // is no lead paragraph.
    if (lead && text.length <= BYLINE_MAX_CHARS && signsWithDate(text, knownAuthors, dayFirst)) {
      doomed.push({ el, kind: 'byline', reason: 'byline' });
      return false;
    }
    if (lead) {
      // A dek set entirely in bold (seed article: the subhead) sits above the byline; it is kept
      // and the header zone goes on.
      if (isAllEmphasis(el, text)) return false;
      afterLead = 0;
      return false;
    }
    if (hasDescendant(el, CONTAINER_TAGS)) return true;
    if (++seen > MAX_HEADER_BLOCKS) {
      done = true;
      return false;
    }
    const before = kept;
    kept = null;
    if (headline) {
      doomed.push({ el, kind: 'other', reason: 'title repeated' });
      if (headline === 'whole') headlineTaken = true;
      if (before && isKicker(before.text)) doomed.push({ el: before.el, kind: 'other', reason: 'kicker' });
    } else if (text.length <= LABEL_MAX_CHARS && isReadingTimeLine(text)) {
      doomed.push({ el, kind: 'other', reason: 'reading time' });
    } else if (text.length <= LABEL_MAX_CHARS && LONE_CREDIT_RE.test(text)) {
      doomed.push({ el, kind: 'caption', reason: 'credit without image' });
    } else if (text.length <= BYLINE_MAX_CHARS && parseBylineText(text)) {
      const names = firstLineByline(el, text)?.names ?? parseBylineText(text) ?? [];
      for (const name of names) if (!authors.includes(name)) authors.push(name);
      doomed.push({ el, kind: 'byline', reason: 'byline' });
    } else if (
      text.length <= BYLINE_MAX_CHARS &&
      (signsWithDate(text, knownAuthors, dayFirst) || namesKnownWriter(el, text, knownAuthors))
    ) {
      doomed.push({ el, kind: 'byline', reason: 'byline' });
    } else if (signedInText && !authors.length && isAllStrong(el, text) && parseBareNames(text)) {
      authors.push(...(parseBareNames(text) ?? []));
      doomed.push({ el, kind: 'byline', reason: 'byline' });
    } else if (
      text.length <= 80 &&
      (DATELINE_RE.test(text) ||
        isDateAndTime(text, dayFirst) ||
        isLabelledStamp(text, dayFirst) ||
        (tag === 'time' && el.hasAttribute('datetime'))) &&
      !stampsAPost(el, container)
    ) {
      doomed.push({ el, kind: 'byline', reason: 'dateline' });
    } else if (SEPARATOR_ONLY_RE.test(text)) {
      doomed.push({ el, kind: 'other', reason: 'separator' });
    } else kept = { el, text };
    return false;
  });
  let date = '';
  for (const d of doomed) {
    const text = textOf(d.el, 300);
    if (!date && d.kind === 'byline') date = bylineDate(text, dayFirst);
    removed.push({ kind: d.kind, text: preview(text), reason: d.reason });
    d.el.remove();
  }
  return { authors, date };
}

/**
 * Whether the stamp `el` dates one post of a series: a box around it, inside `container`, has a
 * sibling of its kind (tag and class) that holds a stamp of the same kind, and both say more than a
 * label's worth. A live blog's first entry opens the body with its time ("<article class="live-post">
 * <time>14:20</time>"), and it stays with its entry as the others' stay with theirs (fixture
 * core-header-live-post-time.html); a header's "Published" and "Updated" boxes are stamps alone.
 */
function stampsAPost(el: Element, container: Element): boolean {
  const kind = el.getAttribute('class') ?? '';
  const sameKind = (e: Element): boolean =>
    e.localName === el.localName && (e.getAttribute('class') ?? '') === kind;
  // The bounded text reads first, the walk through a sibling's subtree last.
  for (let box = el.parentElement; box && box !== container; box = box.parentElement) {
    if (!saysMore(box)) continue;
    const boxKind = box.getAttribute('class') ?? '';
    for (const side of [box.previousElementSibling, box.nextElementSibling]) {
      if (side?.localName !== box.localName || (side.getAttribute('class') ?? '') !== boxKind) continue;
      if (saysMore(side) && someElement(side, sameKind)) return true;
    }
  }
  return false;
}

const saysMore = (box: Element): boolean => textOf(box, LABEL_MAX_CHARS + 1).length > LABEL_MAX_CHARS;

/**
 * Why a short line after the standfirst goes, if it states `day` (YYYY-MM-DD): as the writer's dated
 * line ('byline') or as the publication stamp ('dateline'); null: it stays.
 */
function stampReason(
  text: string,
  day: string,
  knownAuthors: readonly string[],
  dayFirst?: boolean,
): string | null {
  if (text.length > BYLINE_MAX_CHARS || !bylineDate(text, dayFirst).startsWith(day)) return null;
  if (signsWithDate(text, knownAuthors, dayFirst)) return 'byline';
  const stamp =
    text.length <= LABEL_MAX_CHARS &&
    (DATELINE_RE.test(text) || isDateAndTime(text, dayFirst) || isLabelledStamp(text, dayFirst));
  return stamp ? 'dateline' : null;
}

/**
 * A line of the date and the page's reading time, in any order ("5 min read · Mar 12, 2024"), or the
 * date alone in a form the dateline pattern misses ("12 de marzo de 2024"; fixture
 * meta-date-line-under-byline.html). The newsroom's desk may sign it ("Freitag, 12.04.2024 |
 * Redaktion": fixture meta-date-line-signed-by-desk.html).
 */
function isDateAndTime(text: string, dayFirst?: boolean): boolean {
  // A labelled line is read by isLabelledStamp: "Venue: Town Hall, 12 March 2024" is no date.
  if (LABEL_START_RE.test(text)) return false;
  const parts = text.split(BAR_OR_DOT_RE).filter(Boolean);
  return (
    parts.some((p) => isBareDate(p, dayFirst)) &&
    parts.every((p) => isBareDate(p, dayFirst) || isReadingTimeLine(p) || isDeskName(p))
  );
}

/** A label over the headline: a word or three, no sentence ("Interview", "Exklusiv", "Analysis"). */
function isKicker(text: string): boolean {
  if (!text || text.length > KICKER_MAX_CHARS || ENDS_SENTENCE_RE.test(text) || NUMBER_RUN_RE.test(text))
    return false;
  const words = text.split(/\s+/).filter(Boolean).length;
  return words <= KICKER_MAX_WORDS && /\p{L}/u.test(text);
}
