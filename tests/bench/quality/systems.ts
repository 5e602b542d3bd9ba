// The three systems the quality tables compare, each reduced to the same shape: Folio
// (extractArticle), Mozilla Readability (parse()) and Defuddle (read from its cache; see defuddle-pass).
// Readability and Defuddle have no figure records: the <figcaption>s of their content stand for their
// captions, and they give no credits.
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { normalizeAuthors } from '../../../src/core/metadata/authors';
import { parseDate } from '../../../src/core/metadata/date';
import { extractArticle } from '../../../src/lib/index';
import { type DefuddleOut, pageKey, readCached, TIMEOUT_ERROR } from './defuddle-cache';

export type SystemName = 'folio' | 'readability' | 'defuddle';
export const SYSTEM_LABELS: Record<SystemName, string> = {
  folio: 'Folio',
  readability: 'Readability',
  defuddle: 'Defuddle',
};

export interface FigureOut {
  caption: string;
  credit: string;
  src: string;
  srcset: string;
}

export interface SystemOut {
  /** False when the system gave no article; `note` then says why. */
  ok: boolean;
  note: string;
  title: string;
  authors: string[];
  date: string;
  /** The body text the system shows (Folio: no caption or credit; the others: their content's text). */
  text: string;
  figures: FigureOut[];
  ms: number;
}

export const NO_OUTPUT: SystemOut = {
  ok: false,
  note: '',
  title: '',
  authors: [],
  date: '',
  text: '',
  figures: [],
  ms: 0,
};

export function folioOut(doc: Document, url: string): SystemOut {
  const t0 = performance.now();
  try {
    const r = extractArticle(doc, { url });
    const ms = performance.now() - t0;
    if (!r.isArticle) return { ...NO_OUTPUT, note: `${r.reason}: ${r.message}`, ms };
    return {
      ok: true,
      note: '',
      title: r.title,
      authors: r.authors,
      date: r.publishedTime,
      text: r.text,
      figures: r.figures.map((f) => ({
        caption: f.caption,
        credit: f.credit,
        src: f.src,
        srcset: f.srcset ?? '',
      })),
      ms,
    };
  } catch (error) {
    return { ...NO_OUTPUT, note: `threw: ${String(error).slice(0, 120)}`, ms: performance.now() - t0 };
  }
}

function captionsOf(html: string): FigureOut[] {
  const frag = JSDOM.fragment(html);
  return [...frag.querySelectorAll('figcaption')].map((fc) => ({
    caption: fc.textContent ?? '',
    credit: '',
    src: fc.parentElement?.querySelector('img')?.getAttribute('src') ?? '',
    srcset: '',
  }));
}

function contentText(html: string): string {
  return JSDOM.fragment(html).textContent ?? '';
}

export function readabilityOut(doc: Document): SystemOut {
  const t0 = performance.now();
  try {
    const r = new Readability(doc).parse();
    const ms = performance.now() - t0;
    if (!r) return { ...NO_OUTPUT, note: 'parse() gave null', ms };
    return {
      ok: true,
      note: '',
      title: r.title ?? '',
      authors: normalizeAuthors(r.byline ? [r.byline] : []),
      date: parseDate(r.publishedTime ?? ''),
      text: r.textContent ?? '',
      figures: captionsOf(r.content ?? ''),
      ms,
    };
  } catch (error) {
    return { ...NO_OUTPUT, note: `threw: ${String(error).slice(0, 120)}`, ms: performance.now() - t0 };
  }
}

function fromDefuddle(d: DefuddleOut): SystemOut {
  if (d.error) return { ...NO_OUTPUT, note: d.error, ms: d.ms };
  const text = contentText(d.content);
  return {
    ok: text.trim() !== '',
    note: text.trim() ? '' : 'empty content',
    title: d.title,
    authors: normalizeAuthors(d.author ? [d.author] : []),
    date: parseDate(d.published),
    text,
    figures: captionsOf(d.content),
    ms: d.ms,
  };
}

/** Defuddle's cached output for the page, or null when the cache has none (run with --defuddle). */
export function defuddleOut(url: string, html: string): SystemOut | null {
  const cached = readCached(pageKey(url, html));
  // A timeout says more about the machine's load than about Defuddle: such a page is left out (and
  // tried again by the next --defuddle run), not scored as empty.
  return cached && cached.error !== TIMEOUT_ERROR ? fromDefuddle(cached) : null;
}
