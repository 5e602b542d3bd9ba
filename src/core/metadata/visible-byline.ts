// Finds the byline people see: rel=author links, elements whose class or id says byline/author,
// and short "By X and Y" lines near the headline.
import { findElements } from '../dom/walk';
import { parseBylineText } from './byline-text';
import { clean } from './text';

// Byline boxes by rel, link target, class, id or test id. Predicates, not a selector list: the page
// walk stops at the first MAX_CANDIDATES, and regexes cost far less than selectors under jsdom.
const AUTHOR_HREF_RE = /\/(?:author|autor|autoren|auteur|journalist)\//;
const BYLINE_CLASS_RE = /byline|author|autor|auteur|writer/i;
const BYLINE_ID_RE = /byline/i;
const COMMENT_CLASS_RE = /comment/i;

function isBylineBox(el: Element): boolean {
  const rel = el.getAttribute('rel');
  if (rel && /(?:^|\s)author(?:\s|$)/.test(rel)) return true;
  if (el.localName === 'a' && AUTHOR_HREF_RE.test(el.getAttribute('href') ?? '')) return true;
  const cls = el.getAttribute('class');
  if (cls && BYLINE_CLASS_RE.test(cls)) return true;
  if (el.id && BYLINE_ID_RE.test(el.id)) return true;
  const testId = el.getAttribute('data-testid');
  return testId !== null && BYLINE_ID_RE.test(testId);
}

const OUT_OF_ARTICLE_TAGS = new Set(['footer', 'aside', 'nav']);

/** Inside a footer, aside, nav or a comment box (an ancestor walk instead of closest(selector)). */
function inPageFurniture(el: Element, extraClassRe: RegExp = COMMENT_CLASS_RE): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    if (OUT_OF_ARTICLE_TAGS.has(a.localName)) return true;
    const cls = a.getAttribute('class');
    if (cls && extraClassRe.test(cls)) return true;
  }
  return false;
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

export interface VisibleByline {
  text: string;
  names: string[];
}

export function readVisibleByline(doc: Document): VisibleByline {
  const root = doc.body;
  if (!root) return { text: '', names: [] };
  for (const el of findElements(root, isBylineBox, { limit: MAX_CANDIDATES })) {
    const cls = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (SKIP_RE.test(cls)) continue;
    if (inPageFurniture(el)) continue;
    const text = clean(el.textContent);
    if (!text || text.length > MAX_BYLINE_CHARS) continue;
    const parsed = parseBylineText(text);
    if (parsed) return { text, names: parsed };
    // Links to an author page hold a bare name (fundus LTO: "von <a href=/autoren/…>Dr. Max Kolter</a>").
    if (el.tagName === 'A' && !el.getAttribute('rel')?.includes('author')) {
      if (PERSON_NAME_RE.test(text) && !NOT_NAME_RE.test(text)) return { text, names: [text] };
      continue;
    }
    // rel=author links and "author-name" style boxes hold a bare name.
    if (el.getAttribute('rel')?.includes('author') || CLASS_NAME_RE.test(cls)) {
      if (text.split(/\s+/).length <= 6 && !/\d{3}/.test(text)) return { text, names: [text] };
    }
    const inner = el.querySelector(
      '[rel~="author"], [class*="name" i], a[href*="/author"], a[href*="/autor"]',
    );
    const innerText = clean(inner?.textContent);
    if (innerText && innerText.split(/\s+/).length <= 6) return { text, names: [innerText] };
  }
  return signatureLine(root);
}

// A signature under the article: a short right-aligned bold name as a paragraph of its own
// (fundus VnExpress: <p style="text-align:right;"><strong>Lê Phương</strong></p>).
const SIGNATURE_SELECTOR =
  'p[style*="text-align:right" i], p[style*="text-align: right" i], p[align="right" i]';
const MAX_SIGNATURES = 5;
const MAX_SIGNATURE_WORDS = 5;

function signatureLine(root: Element): VisibleByline {
  const els = root.querySelectorAll(SIGNATURE_SELECTOR);
  for (let i = 0; i < Math.min(els.length, MAX_SIGNATURES); i++) {
    const el = els[i]!;
    const strong = el.querySelector('strong, b');
    const text = clean(el.textContent);
    if (!strong || clean(strong.textContent) !== text) continue;
    const n = text.split(' ').length;
    if (n >= 1 && n <= MAX_SIGNATURE_WORDS && !/\d/.test(text)) return { text, names: [text] };
  }
  return { text: '', names: [] };
}

const TEASER_CLASS_RE = /comment|related|teaser/i;

// The <time datetime> nearest the headline dates the article; later ones date comments or teasers.
const MAX_TIME_SCAN = 20;

export function readHeadlineTime(doc: Document): string {
  const h1 = doc.getElementsByTagName('h1')[0];
  const times = doc.querySelectorAll('time[datetime], [itemprop~="datePublished"]');
  const n = Math.min(times.length, MAX_TIME_SCAN);
  let fallback = '';
  for (let i = 0; i < n; i++) {
    const t = times[i]!;
    if (inPageFurniture(t, TEASER_CLASS_RE)) continue;
    const v = t.getAttribute('datetime') || t.getAttribute('content') || '';
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
// A date line longer than this is a paragraph that mentions a date.
const MAX_DATE_TEXT = 80;

const NOT_DATELINE_SELECTOR =
  'footer, aside, nav, cite, li, table, [class*="comment" i], [class*="related" i], [class*="teaser" i], [class*="reference" i], [class*="citation" i]';
const NOT_PUBLISHED_RE = /aktualisiert|updated|modifi|retrieved|accessed|abgerufen|consulté|geändert/i;

/** Visible date text in the page header ("erstellt: 01. April 2025, 15:25"), for pages with no metadata date. */
export function readVisibleDateText(doc: Document): string[] {
  const out: string[] = [];
  const root = doc.body;
  if (!root) return out;
  const isDateBox = (el: Element) => DATE_BOX_CLASS_RE.test(el.getAttribute('class') ?? '');
  for (const el of findElements(root, isDateBox, { limit: MAX_TIME_SCAN })) {
    const cls = el.getAttribute('class') ?? '';
    if (/modif|updat|aktualisiert/i.test(cls)) continue;
    // Citation access dates ("Retrieved 1 May 2016", readability-pages wikipedia) date nothing.
    if (el.closest(NOT_DATELINE_SELECTOR)) continue;
    const text = clean(el.textContent);
    if (text && text.length <= MAX_DATE_TEXT && !NOT_PUBLISHED_RE.test(text)) out.push(text);
  }
  return out;
}
