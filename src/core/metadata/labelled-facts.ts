// "Autor: Peter Maahn", "Datum: 26. Januar 2022" set as a label and a value: the label in an
// element of its own and the value after it, as text ("<h5>Autor: </h5>Peter Maahn<br>", "<li><span>
// Datum:</span>26. Januar 2022</li>") or as the next element ("<h4>Autor</h4><p><a>Nikolai
// Huke</a></p>", "<dt>Author</dt><dd>…</dd>"), or both in one line of their own ("Erstellt am:
// 01.11.2023", "Posted by Konstantin"). Read only when no other source names a writer or dates the
// page (trafilatura-dev: a car trade paper, a Swiss church portal, a foundation's news, a federal
// police office, a sports association; fixtures meta-label-value-facts.html,
// meta-date-inline-label.html).

import type { Deadline } from '../dom/deadline';
import { collapse, shownText } from '../dom/text';
import { closestBy, SHOW_ELEMENT } from '../dom/walk';
import { AUTHOR_WORD, isRoleLine, withFeminine } from './authors';
import { parseBylineText } from './byline-text';
import { hasDigit, isBareDate, parseDate } from './date';
import { isFurnitureOrComment } from './visible-byline';

const AUTHOR_LABEL = `(?:${AUTHOR_WORD}|author|authors|auteur|autore|${withFeminine('verfasser')}|written by|texte?|texto|tekst|автор)`;
// Publication dates only: "Aktualisiert", "Updated" and "Geändert" label later dates.
const DATE_LABEL =
  '(?:datum|date|published|posted|veröffentlicht(?: am)?|erstellt(?: am)?|publié(?: le)?|mise? en ligne(?: le)?|fecha|data|pubblicato(?: il)?|gepubliceerd(?: op)?|publicerad|дата(?: публикации)?)';
const AUTHOR_LABEL_RE = new RegExp(`^${AUTHOR_LABEL}\\s*[:：]?$`, 'i');
const DATE_LABEL_RE = new RegExp(`^${DATE_LABEL}\\s*[:：]?$`, 'i');
// Label and value in one line of their own: "Erstellt am: 01.11.2023" under the text (trafilatura-dev
// a Swiss local paper; fixture meta-date-inline-label.html). Here the colon is required. A value
// opening with a word is a date when it is one and little else ("Published: Friday, 10 March 2006",
// fixture meta-date-font-facts.html).
const INLINE_DATE_RE = new RegExp(`^${DATE_LABEL}\\s*[:：]\\s*(\\S.{5,40})$`, 'i');
const DIGIT_START_RE = /^\d/;
// Without the colon, the label's verb and its "on" before a date alone: "publiziert am 25. September
// 2018", "Published on December 4, 2026", "Publié le 4 décembre 2026" (scrapinghub-dev: a company
// blog's posts; fixture meta-date-inline-label.html).
const DATED_ON_RE =
  /^(?:published|posted|veröffentlicht|erstellt|publiziert|publié|pubblicato|gepubliceerd|geplaatst|publicado|publicerad|publisert|publiceret)\s+(?:on|am|le|il|op|el|em|den)\s+(\S.{5,40})$/i;
// A press office dates its release in a line of its own: "Pressemitteilung vom 20.01.2022", "Press
// release of 20 January 2022" (trafilatura-dev: an association's press page).
const RELEASE_OF_RE =
  /^(?:pressemitteilung|pressemeldung|presseinformation|press release|news release|communiqué de presse|comunicado de prensa|persbericht)\s+(?:vom|of|from|du|del|van)\s+(\S.{5,40})$/i;
// A blog engine's line of its own: "Posted by Konstantin", "Geschrieben von Jane Roe @ 12:00"
// (trafilatura-dev: an old theme's post footer; fixture meta-date-inline-label.html). The
// two-word labels only: a bare "By …" line may open a sentence.
const POSTED_BY_RE =
  /^(?:posted|written|published|geschrieben|verfasst|veröffentlicht|eingestellt|publié|publicado|escrito|pubblicato|scritto)\s+(?:by|von|par|por|da)\s+\S/i;
const MAX_POSTED_BY_CHARS = 80;
// Elements a label is set in; the value is the text after it or the next element.
const LABEL_TAGS = new Set([
  'span',
  'strong',
  'b',
  'em',
  'i',
  'label',
  'small',
  'dt',
  'th',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'div',
  // Where pages of the 2000s set their small print (fixture meta-date-font-facts.html).
  'font',
]);
const VALUE_END_TAGS = new Set([
  'br',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'section',
]);
const MAX_LABEL_CHARS = 20;
const MAX_VALUE_CHARS = 80;
// Elements looked at: the label sits in the page's top part, among the article's facts.
const MAX_SCANNED = 4000;

export interface LabelledFacts {
  authors: string[];
  /** ISO date, '' when none. */
  date: string;
}

/** The writers and the date that label-and-value pairs state: the first of each. */
export function readLabelledFacts(doc: Document, deadline?: Deadline): LabelledFacts {
  const facts: LabelledFacts = { authors: [], date: '' };
  const body = doc.body;
  if (!body) return facts;
  const walker = doc.createTreeWalker(body, SHOW_ELEMENT);
  let scanned = 0;
  for (let n = walker.nextNode(); n && scanned < MAX_SCANNED; n = walker.nextNode(), scanned++) {
    deadline?.tick();
    const el = n as Element;
    if (!LABEL_TAGS.has(el.localName)) continue;
    if (el.firstElementChild) {
      // Lines set apart by <br> alone ("Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde"): each
      // line is read as a line of its own (trafilatura-dev: a podcast's episode facts).
      const lines = brLines(el);
      for (const line of lines) {
        if (line.length > MAX_LABEL_CHARS) readOneLine(el, line, facts);
        if (facts.date) break;
      }
      // A byline line with its label ("By Jane Roe", read by the byline parser) in a box of lines
      // that dates the story: "By Jane Roe, Harbour Reporter<br>Published: Friday, 10 March 2006"
      // under a headline set in <font> (fixture meta-date-font-facts.html). Elsewhere a bare "By …"
      // line may open a sentence.
      if (
        !facts.authors.length &&
        lines.length > 1 &&
        lines.some((l) => inlineDate(l) || isBareDate(l)) &&
        !closestBy(el, isFurnitureOrComment)
      ) {
        for (const line of lines) {
          if (line.length > MAX_POSTED_BY_CHARS) continue;
          // A job after the name ("Harbour Reporter") is no second writer.
          const names = (parseBylineText(line) ?? []).filter((n) => !isRoleLine(n));
          if (names.length) {
            facts.authors = names;
            break;
          }
        }
      }
      // "Posted by Jane Roe at 10:12 AM <a>3 comments</a>": a post line in one, with a link beside
      // it (a blog's post footer; fixture meta-byline-time-after-name.html).
      const lead = el.firstChild;
      if (
        !lines.length &&
        !facts.authors.length &&
        lead?.nodeType === 3 &&
        POSTED_BY_RE.test(collapse(lead.nodeValue))
      )
        readOneLine(el, collapse(el.textContent), facts);
      if (facts.authors.length && facts.date) break;
      continue;
    }
    const label = collapse(el.textContent);
    if (!label) continue;
    // Longer than a label, or a "Posted by" line: label and value in one.
    if (label.length > MAX_LABEL_CHARS || POSTED_BY_RE.test(label)) {
      readOneLine(el, label, facts);
      if (facts.authors.length && facts.date) break;
      continue;
    }
    const isAuthor = !facts.authors.length && AUTHOR_LABEL_RE.test(label);
    const isDate = !facts.date && DATE_LABEL_RE.test(label);
    if ((!isAuthor && !isDate) || closestBy(el, isFurnitureOrComment)) continue;
    const value = valueAfter(el);
    if (!value || value.length > MAX_VALUE_CHARS) continue;
    // The value read as a byline's names: a sentence, a date or a lower-case phrase is none.
    if (isAuthor) facts.authors = parseBylineText(`By ${value}`) ?? [];
    else if (hasDigit(value)) facts.date = parseDate(value);
    if (facts.authors.length && facts.date) break;
  }
  return facts;
}

/** "Posted by Jane Roe" or "Erstellt am: 01.11.2023": a fact the line states whole. */
function readOneLine(el: Element, line: string, facts: LabelledFacts): void {
  const posted = !facts.authors.length && line.length <= MAX_POSTED_BY_CHARS && POSTED_BY_RE.test(line);
  const dated = facts.date ? undefined : inlineDate(line);
  if ((!posted && !dated) || closestBy(el, isFurnitureOrComment)) return;
  if (posted) facts.authors = parseBylineText(line) ?? [];
  if (dated) facts.date = parseDate(dated);
}

/** The date text of "Erstellt am: 01.11.2023" or "Published on November 2, 2023"; undefined for any other line. */
function inlineDate(line: string): string | undefined {
  const labelled = INLINE_DATE_RE.exec(line)?.[1];
  if (labelled && (DIGIT_START_RE.test(labelled) || isBareDate(labelled))) return labelled;
  const on = DATED_ON_RE.exec(line)?.[1] ?? RELEASE_OF_RE.exec(line)?.[1];
  return on && isBareDate(on) ? on : undefined;
}

// More <br> lines than this is a poem or an address block, not a box of facts; more children than
// this, or a longer line, is a paragraph.
const MAX_BR_LINES = 6;
const MAX_LINE_CHILDREN = 40;
const MAX_BR_LINE_CHARS = 200;

// Inline elements a line of facts holds besides its text ("Lizenz: <a>CC BY 4.0</a>").
const INLINE_TAGS = new Set(['a', 'span', 'strong', 'b', 'em', 'i', 'time', 'small', 'abbr']);

/** The text lines of an element that <br>s divide and only inline elements fill; none for any other element. */
export function brLines(el: Element): string[] {
  // A look at the children first, no text read: the walk meets every element of the page's top,
  // and a nest of inline elements must not cost their text once per level.
  let breaks = 0;
  let children = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (++children > MAX_LINE_CHILDREN) return [];
    if (c.localName === 'br') breaks++;
    else if (!INLINE_TAGS.has(c.localName)) return [];
  }
  if (!breaks || breaks >= MAX_BR_LINES) return [];
  const lines: string[] = [];
  let line = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (c as Element).localName === 'br') {
      lines.push(collapse(line));
      line = '';
    } else if (c.nodeType === 1 || c.nodeType === 3) {
      line += c.textContent ?? '';
      if (line.length > MAX_BR_LINE_CHARS) return [];
    }
  }
  lines.push(collapse(line));
  return lines.filter(Boolean);
}

function valueAfter(label: Element): string {
  if (label.localName === 'dt' || label.localName === 'th') {
    let next = label.nextElementSibling;
    while (next && next.localName !== (label.localName === 'dt' ? 'dd' : 'td'))
      next = next.nextElementSibling;
    return shownText(next);
  }
  // The text after the label, up to a line break or a block.
  const parts: string[] = [];
  for (let s = label.nextSibling; s; s = s.nextSibling) {
    if (s.nodeType === 1 && VALUE_END_TAGS.has((s as Element).localName)) {
      // A label in a heading or a box of its own: its value is the next element.
      if (!collapse(parts.join('')) && (s as Element).localName !== 'br') return shownText(s as Element);
      break;
    }
    parts.push(s.textContent ?? '');
  }
  return collapse(parts.join(''));
}
