// Text measurements for every element of the work copy, computed bottom-up in one pass over the
// elements in reverse document order (children before parents): no repeated textContent on big
// subtrees, no recursion.
import type { Deadline } from '../dom/deadline';
import { elementsInOrder } from '../dom/walk';

export interface Stats {
  /** Characters of text (each text node trimmed) in the subtree. */
  text: number;
  /** Of which inside links. */
  link: number;
  commas: number;
  /** Text not inside a block-level descendant: what this element says as a paragraph itself. */
  inline: number;
  inlineLink: number;
  inlineCommas: number;
  /** Characters of paragraph-like text (blocks with enough inline text and few links) in the subtree. */
  para: number;
  /** Number of such paragraphs. */
  paras: number;
}

export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

// A block with at least this much inline text reads as a paragraph (Readability uses 25 too).
export const MIN_PARAGRAPH_CHARS = 25;
// Paragraphs whose text is mostly links are teasers or navigation (scrapinghub teaser lists).
const PARAGRAPH_MAX_LINK_DENSITY = 0.5;
const COMMA_RE = /[,，、،]/g;
const HEADING_RE = /^h[1-6]$/;

export interface StatsIndex {
  order: Element[];
  stats: Map<Element, Stats>;
}

function empty(): Stats {
  return { text: 0, link: 0, commas: 0, inline: 0, inlineLink: 0, inlineCommas: 0, para: 0, paras: 0 };
}

export function computeStats(root: Element, deadline: Deadline): StatsIndex {
  const order = elementsInOrder(root);
  const stats = new Map<Element, Stats>();
  stats.set(root, empty());
  for (let i = order.length - 1; i >= -1; i--) {
    deadline.tick();
    const el = i >= 0 ? order[i]! : root;
    let s = stats.get(el);
    if (!s) {
      s = empty();
      stats.set(el, s);
    }
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 3) continue;
      const v = c.nodeValue ?? '';
      const len = v.trim().length;
      if (!len) continue;
      const commas = countCommas(v);
      s.text += len;
      s.inline += len;
      s.commas += commas;
      s.inlineCommas += commas;
    }
    const tag = el.localName;
    if (tag === 'a') {
      s.link = s.text;
      s.inlineLink = s.inline;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (
      isBlock &&
      s.inline >= MIN_PARAGRAPH_CHARS &&
      s.inlineLink / s.inline <= PARAGRAPH_MAX_LINK_DENSITY &&
      !HEADING_RE.test(tag) &&
      tag !== 'figcaption'
    ) {
      s.para += s.inline - s.inlineLink;
      s.paras += 1;
    }
    if (i < 0) break;
    const parent = el.parentElement;
    if (!parent) continue;
    let p = stats.get(parent);
    if (!p) {
      p = empty();
      stats.set(parent, p);
    }
    p.text += s.text;
    p.link += s.link;
    p.commas += s.commas;
    p.para += s.para;
    p.paras += s.paras;
    if (!isBlock) {
      p.inline += s.inline;
      p.inlineLink += s.inlineLink;
      p.inlineCommas += s.inlineCommas;
    }
  }
  return { order, stats };
}

function countCommas(v: string): number {
  COMMA_RE.lastIndex = 0;
  let n = 0;
  while (COMMA_RE.exec(v)) n++;
  return n;
}

export function linkDensity(s: Stats): number {
  return s.text ? s.link / s.text : 0;
}
