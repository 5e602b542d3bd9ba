// Finds the byline people see: rel=author links, elements whose class or id says byline/author,
// and short "By X and Y" lines near the headline.
import { parseBylineText } from './byline-text';
import { clean } from './text';

const BYLINE_SELECTOR =
  '[rel~="author"], [class*="byline" i], [class*="author" i], [id*="byline" i], [class*="autor" i], [class*="auteur" i], [class*="writer" i], [data-testid*="byline" i]';
// Candidate containers beyond this many are page furniture (teaser lists with author lines).
const MAX_CANDIDATES = 40;
// A byline box longer than this holds a bio or a whole teaser.
const MAX_BYLINE_CHARS = 160;
const SKIP_RE =
  /comment|avatar|related|teaser|footer|sidebar|share|social|bio\b|description|authorbox|about/i;
const CLASS_NAME_RE = /(?:^|[\s_-])(?:author-?name|byline__?name|author__name|contributor|name)(?:$|[\s_-])/i;

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
    if (el.closest('footer, aside, nav, [class*="comment" i], [class*="related" i], [class*="teaser" i]'))
      continue;
    const text = clean(el.textContent);
    if (text && text.length <= MAX_DATE_TEXT && !/aktualisiert|updated|modifi/i.test(text)) out.push(text);
  }
  return out;
}
