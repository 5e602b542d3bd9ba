// The writers' names printed again as a line of the body, near its start ("Duncan Walker", "Von Nina
// Magoley", "Von A, B und C, NDR"): the source line shows them from metadata, so the body need not.
// The byline rule of strip-header.ts reads "By …" lines in the header zone; this one knows the names
// already, so it also takes a bare name and a line that comes after the standfirst.
import { preview, textOf } from '../dom/text';
import { walkElements } from '../dom/walk';
import type { RemovedBlock } from '../types';
import { POST_LINE_ATTR } from './post-writer';
import { hasBlockChild } from './text-stats';

// Only the first few text blocks of the body are looked at: further down, a name on its own is a
// signature or a speaker and may belong to the text (fixture core-author-echo.html).
const MAX_BLOCKS = 6;
const MAX_CHARS = 200;
// What may be left once the names and the joining words are gone: a desk or an outlet ("NDR",
// "MDR Sachsen-Anhalt").
const MAX_LEFT_TOKENS = 3;
const LEAF_RE = /^(?:p|div|span|address|h[2-6]|li)$/;
const NORM_RE = /[^\p{L}\p{N}]+/gu;
// "By", "Von", "and", "und"… around the names, in the languages of the corpora.
const JOINERS = new Set(
  (
    'by von par por di de door av af and und et y e i og och en ve ile texto text tekst ' +
    'written reporting autor autorin author authors'
  ).split(' '),
);

const norm = (t: string): string => ` ${t.replace(NORM_RE, ' ').trim().toLowerCase()} `;

/** Whether a line says nothing but who wrote the story. */
export function isAuthorLine(text: string, authors: readonly string[]): boolean {
  if (!text || text.length > MAX_CHARS) return false;
  let rest = norm(text);
  let named = 0;
  for (const author of authors) {
    const name = norm(author);
    if (name.trim() && rest.includes(name)) {
      rest = rest.replace(name, ' ');
      named++;
    }
  }
  if (!named) return false;
  const left = rest.split(' ').filter((w) => w && !JOINERS.has(w));
  return left.length <= MAX_LEFT_TOKENS;
}

export function removeAuthorEcho(
  container: Element,
  authors: readonly string[],
  removed: RemovedBlock[],
): void {
  if (!authors.length) return;
  let seen = 0;
  const doomed: Element[] = [];
  walkElements(container, (el) => {
    if (seen >= MAX_BLOCKS) return false;
    if (el.localName === 'figure' || el.hasAttribute(POST_LINE_ATTR)) return false;
    if (!LEAF_RE.test(el.localName) || hasBlockChild(el)) return true;
    const text = textOf(el, MAX_CHARS + 1);
    if (!text) return false;
    seen++;
    if (isAuthorLine(text, authors)) doomed.push(el);
    return false;
  });
  for (const el of doomed) {
    removed.push({ kind: 'byline', text: preview(textOf(el, 300)), reason: 'authors repeated' });
    el.remove();
  }
}
