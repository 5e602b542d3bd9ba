// Text helpers shared by the scorer, the cleaner and the output.

// Only what must change: a run of two or more, or one whitespace character that is not a space. A
// text with single spaces alone comes back as it is, without a new string.
const SPACE_RE = /\s{2,}|[^\S ]/g;
const NON_SPACE_RE = /\S/;

/** Quotation marks of the scripts in the corpora, straight, curly, guillemets and CJK brackets. */
export const QUOTE_MARKS = `"'„“”‚‘’«»‹›「」『』〝〞＂`;

/** The one whitespace folding: runs of whitespace to one space, ends trimmed. */
export function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(SPACE_RE, ' ').trim();
}

/** A character that shows: not a space (no-break ones included) and not a zero-width one. */
export const VISIBLE_CHAR_RE = /[^\s\u200b-\u200d\u2060\ufeff]/;

export function hasText(text: string): boolean {
  return NON_SPACE_RE.test(text);
}

/**
 * Whether the subtree holds non-whitespace text (or, with `orImage`, an <img>). Stops at the first
 * find: no textContent of a 5 MB page or a big box.
 */
export function showsText(root: Node, options: { orImage?: boolean } = {}): boolean {
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      if (hasText(n.nodeValue ?? '')) return true;
      continue;
    }
    if (options.orImage && n.nodeType === 1 && (n as Element).localName === 'img') return true;
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return false;
}

/**
 * Text of a (small) subtree, whitespace collapsed. Iterative; callers bound the subtree size.
 * `skip`: elements below root whose text does not count. `lineBreaks`: a <br> reads as a space.
 */
export function textOf(
  root: Node,
  limit = Number.POSITIVE_INFINITY,
  skip?: (el: Element) => boolean,
  lineBreaks = false,
): string {
  const parts: string[] = [];
  let size = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      parts.push(v);
      size += v.length;
      if (size > limit) break;
      continue;
    }
    if (lineBreaks && (node as Element).localName === 'br') {
      parts.push(' ');
      continue;
    }
    if (skip && node !== root && node.nodeType === 1 && skip(node as Element)) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return collapse(parts.join(''));
}

/** A <br>: where a block of lines set apart by line breaks starts a new one. */
export const isLineBreak = (n: Node | null): boolean =>
  n?.nodeType === 1 && (n as Element).localName === 'br';

/** A text node of whitespace only. */
export const isBlankText = (n: Node): boolean => n.nodeType === 3 && !(n.nodeValue ?? '').trim();

// Elements whose text is code, not shown: CSS-in-JS libraries render a <style> inside the element
// it styles (`<h1 class="css-3003lo"><style>.css-umyvef{…}</style>Headline</h1>`, a
// trafilatura-dev canton page).
/** A style, script or template element: what it holds is never shown. */
export const isCode = (el: Element): boolean =>
  el.localName === 'style' || el.localName === 'script' || el.localName === 'template';
// A line break parts words as a space does: a byline's "by Jeff Foust<br><span>Monday, November
// 18, 2019</span>" is not "Jeff FoustMonday" (scrapinghub-dev: a space weekly; fixture
// meta-byline-line-break.html), nor a headline set on two lines one run-on word.
// A ruby's reading (<rt>) and its brackets (<rp>) are shown over the characters: a headline
// "<ruby>桟橋<rt>さんばし</rt></ruby>を再建へ" is the <title>'s 桟橋を再建へ (fixture core-output-ruby.html).
const SLOW_TAGS = new Set(['style', 'script', 'template', 'br', 'rt', 'rp']);
const isAnnotation = (el: Element): boolean => el.localName === 'rt' || el.localName === 'rp';
const isUnread = (el: Element): boolean => isCode(el) || isAnnotation(el);

/**
 * Whether `el` holds an element of SLOW_TAGS: a walk, which under jsdom costs a fifth of the selector
 * query it replaces on the headings and bylines it mostly sees (bench:speed profile).
 */
function holdsSlowTag(el: Element): boolean {
  let n = el.firstElementChild;
  while (n) {
    if (SLOW_TAGS.has(n.localName)) return true;
    let next = n.firstElementChild ?? n.nextElementSibling;
    for (let up: Element | null = n; !next; ) {
      up = up.parentElement;
      if (!up || up === el) return false;
      next = up.nextElementSibling;
    }
    n = next;
  }
  return false;
}

/**
 * The text an element shows, whitespace collapsed: its textContent without inline style and
 * script or a ruby's readings, a <br> read as a space.
 */
export function shownText(el: Element | null | undefined): string {
  if (!el) return '';
  return holdsSlowTag(el) ? textOf(el, Number.POSITIVE_INFINITY, isUnread, true) : collapse(el.textContent);
}

/**
 * Whether the text `el` shows (shownText) is longer than `max`: true once its text nodes hold more
 * than `max` characters that are not whitespace, which whitespace folding keeps. Reads only as far
 * as it must, where shownText reads the whole subtree: the lines under a headline are asked about
 * the boxes around the whole story as well (bench:browser profile).
 */
export function showsMoreThan(el: Element, max: number): boolean {
  let count = 0;
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      count += nonSpaceChars(node.nodeValue ?? '', max - count + 1);
      if (count > max) return true;
      continue;
    }
    // As shownText: a style or script inside the element shows nothing.
    if (node !== el && node.nodeType === 1 && isCode(node as Element)) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return false;
}

/** Characters of `text` that are not whitespace (`\s`), counted up to `enough`. */
function nonSpaceChars(text: string, enough: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) if (!isSpaceCode(text.charCodeAt(i))) n++;
  return n;
}

/** The code units `\s` and String.prototype.trim read as whitespace. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A short preview for `removed` records (at most ~120 characters). */
export function preview(text: string, max = 120): string {
  const t = collapse(text);
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

const REGEXP_SPECIALS_RE = /[.*+?^${}()|[\]\\/]/g;
/** `text` with every character a regular expression reads as syntax escaped. */
export const escapeRegExp = (text: string): string => text.replace(REGEXP_SPECIALS_RE, '\\$&');

/** A line that ends as a sentence does, in Latin or Chinese and Japanese punctuation. */
export const ENDS_SENTENCE_RE = /[.!?。！？]$/;
/** A Chinese, Japanese or Korean character: scripts that say in a character what others say in a word or a syllable. */
export const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_ALL_RE = new RegExp(CJK_RE.source, 'gu');
/** How many Chinese, Japanese or Korean characters `text` holds. */
export const countCjk = (text: string): number => text.match(CJK_ALL_RE)?.length ?? 0;
/** `text`'s length with each Chinese, Japanese or Korean character weighing `weight` letters. */
export const cjkWeightedLength = (text: string, weight: number): number =>
  text.length + (weight - 1) * countCjk(text);
