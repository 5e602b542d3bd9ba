// Finds the byline people see: rel=author links, elements whose class or id says byline/author,
// and short "By X and Y" lines near the headline.
import { parseBylineText } from './byline-text';
import { clean } from './text';

const BYLINE_SELECTOR =
  '[rel~="author"], a[href*="/author/"], a[href*="/autor/"], a[href*="/autoren/"], a[href*="/auteur/"], a[href*="/journalist/"], [class*="byline" i], [class*="author" i], [id*="byline" i], [class*="autor" i], [class*="auteur" i], [class*="writer" i], [data-testid*="byline" i]';
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
  const els = root.querySelectorAll(BYLINE_SELECTOR);
  const n = Math.min(els.length, MAX_CANDIDATES);
  for (let i = 0; i < n; i++) {
    const el = els[i]!;
    const cls = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (SKIP_RE.test(cls)) continue;
    if (el.closest('footer, aside, nav, [class*="comment" i]')) continue;
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

// The <time datetime> nearest the headline dates the article; later ones date comments or teasers.
const MAX_TIME_SCAN = 20;

export function readHeadlineTime(doc: Document): string {
  const h1 = doc.getElementsByTagName('h1')[0];
  const times = doc.querySelectorAll('time[datetime], [itemprop~="datePublished"]');
  const n = Math.min(times.length, MAX_TIME_SCAN);
  let fallback = '';
  for (let i = 0; i < n; i++) {
    const t = times[i]!;
    if (t.closest('footer, aside, nav, [class*="comment" i], [class*="related" i], [class*="teaser" i]'))
      continue;
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

const DATE_BOX_SELECTOR =
  '[class*="date" i], [class*="datum" i], [class*="fecha" i], [class*="data" i], [class*="publish" i]';
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
  const els = root.querySelectorAll(DATE_BOX_SELECTOR);
  const n = Math.min(els.length, MAX_TIME_SCAN);
  for (let i = 0; i < n; i++) {
    const el = els[i]!;
    const cls = el.getAttribute('class') ?? '';
    if (/modif|updat|aktualisiert/i.test(cls)) continue;
    // Citation access dates ("Retrieved 1 May 2016", readability-pages wikipedia) date nothing.
    if (el.closest(NOT_DATELINE_SELECTOR)) continue;
    const text = clean(el.textContent);
    if (text && text.length <= MAX_DATE_TEXT && !NOT_PUBLISHED_RE.test(text)) out.push(text);
  }
  return out;
}
