// Text measurements for every element of the work copy, computed bottom-up in one walk (children
// summed before their parent): no repeated textContent on big subtrees, no recursion.

import { FIGURE_ATTR } from '../canonical-figure';
import type { Deadline } from '../dom/deadline';
import { closestTag } from '../dom/walk';
import type { NetworkHosts } from '../types';
import { REPLY_RE } from './phrases/comments';

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
  // Descendant counts (the element itself included) the cleaner asks about for every block; kept
  // here so it never runs a query per block.
  anchors: number;
  shareLinks: number;
  socialLinks: number;
  /** input, button, select, textarea. */
  buttons: number;
  forms: number;
  figures: number;
  lists: number;
  times: number;
  /** Reply controls: short links/buttons saying "Reply" or named reply. */
  replies: number;
  /** h2-h6 headings that are all link (teaser headlines). */
  linkedHeadings: number;
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

/**
 * A block with a block among its children is a container, looked into rather than judged. A look
 * at the children alone: a selector query or a tag count would walk the whole article.
 */
export function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling)
    if (BLOCK_TAGS.has(c.localName)) return true;
  return false;
}

// A block with at least this much inline text reads as a paragraph (Readability uses 25 too).
export const MIN_PARAGRAPH_CHARS = 25;
// Paragraphs whose text is mostly links are teasers or navigation (scrapinghub teaser lists).
const PARAGRAPH_MAX_LINK_DENSITY = 0.5;
const COMMA_RE = /[,，、،]/g;

/** The element says a line of prose itself: enough text of its own, not mostly links. */
export const saysProse = (s: Stats): boolean =>
  s.inline >= MIN_PARAGRAPH_CHARS && s.inlineLink / s.inline <= PARAGRAPH_MAX_LINK_DENSITY;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BUTTON_TAGS = new Set(['input', 'button', 'select', 'textarea']);
const REPLY_CLASS_RE = /reply/i;
const TEASER_HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

export interface StatsIndex {
  order: Element[];
  stats: Map<Element, Stats>;
}

function empty(): Stats {
  return {
    text: 0,
    link: 0,
    commas: 0,
    inline: 0,
    inlineLink: 0,
    inlineCommas: 0,
    para: 0,
    paras: 0,
    anchors: 0,
    shareLinks: 0,
    socialLinks: 0,
    buttons: 0,
    forms: 0,
    figures: 0,
    lists: 0,
    times: 0,
    replies: 0,
    linkedHeadings: 0,
  };
}

/** `networks` (ExtractOptions.networks) tells share and profile links by their addresses. */
export function computeStats(root: Element, deadline: Deadline, networks?: NetworkHosts): StatsIndex {
  const order: Element[] = [];
  const stats = new Map<Element, Stats>();
  // One walk down with an explicit stack of open elements: an element is summed up when its last
  // child is done and added straight to its parent's entry on the stack. Against a walker pass
  // for the order and then a pass that looked every parent up, this saves two DOM calls and a map
  // lookup per element (in-page probe).
  const open: Element[] = [root];
  const sums: Stats[] = [empty()];
  const next: (ChildNode | null)[] = [root.firstChild];
  stats.set(root, sums[0]!);
  while (open.length) {
    const top = open.length - 1;
    const c = next[top];
    if (c) {
      next[top] = c.nextSibling;
      const type = c.nodeType;
      if (type === 3) {
        const v = c.nodeValue ?? '';
        const len = v.trim().length;
        if (!len) continue;
        const s = sums[top]!;
        const commas = countCommas(v);
        s.text += len;
        s.inline += len;
        s.commas += commas;
        s.inlineCommas += commas;
      } else if (type === 1) {
        deadline.tick();
        const el = c as Element;
        const s = empty();
        order.push(el);
        stats.set(el, s);
        open.push(el);
        sums.push(s);
        next.push(el.firstChild);
      }
      continue;
    }
    const el = open.pop()!;
    const s = sums.pop()!;
    next.pop();
    const isBlock = finish(el, s, networks);
    const p = sums[top - 1];
    if (!p) break;
    p.text += s.text;
    p.link += s.link;
    p.commas += s.commas;
    p.para += s.para;
    p.paras += s.paras;
    p.anchors += s.anchors;
    p.shareLinks += s.shareLinks;
    p.socialLinks += s.socialLinks;
    p.buttons += s.buttons;
    p.forms += s.forms;
    p.figures += s.figures;
    p.lists += s.lists;
    p.times += s.times;
    p.replies += s.replies;
    p.linkedHeadings += s.linkedHeadings;
    if (!isBlock) {
      p.inline += s.inline;
      p.inlineLink += s.inlineLink;
      p.inlineCommas += s.inlineCommas;
    }
  }
  return { order, stats };
}

/** What `el` adds itself once its subtree is summed up; whether it is a block. */
function finish(el: Element, s: Stats, networks: NetworkHosts | undefined): boolean {
  const tag = el.localName;
  if (tag === 'a' && !isTargetAnchor(el)) {
    s.link = s.text;
    s.inlineLink = s.inline;
    s.anchors++;
    const href = el.getAttribute('href');
    if (href && networks) {
      if (networks.shareLink.test(href)) s.shareLinks++;
      else if (networks.profile.test(href)) s.socialLinks++;
    }
  }
  // A closed drop-down shows one choice: its option list (a blog's month archive, 2,000 characters
  // in tests/fixtures/core-select-not-paragraph.html) is no paragraph and must not outvote the post.
  if (tag === 'select') {
    s.text = s.link = s.commas = s.inline = s.inlineLink = s.inlineCommas = s.para = s.paras = 0;
  }
  if (BUTTON_TAGS.has(tag)) s.buttons++;
  else if (tag === 'form') s.forms++;
  else if (tag === 'figure' && el.hasAttribute(FIGURE_ATTR)) s.figures++;
  else if (tag === 'ul' || tag === 'ol') s.lists++;
  else if (tag === 'time') s.times++;
  if ((tag === 'a' || tag === 'button') && s.text <= 20 && isReplyControl(el)) s.replies++;
  if (TEASER_HEADING_TAGS.has(tag) && s.text > 0 && s.link >= 0.9 * s.text) s.linkedHeadings++;
  else if (tag === 'a' && s.linkedHeadings === 0) s.linkedHeadings = headingsIn(el);
  const isBlock = BLOCK_TAGS.has(tag);
  if (isBlock && saysProse(s) && !HEADING_TAGS.has(tag) && tag !== 'figcaption') {
    s.para += s.inline - s.inlineLink;
    s.paras += 1;
  }
  return isBlock;
}

/**
 * `<a name="…">` with no address marks a place to jump to; it links nowhere, so its words count as
 * the paragraph's own (a radio station's Q&A wraps whole questions in one, news and health sites
 * their subheadings: trafilatura-dev, fundus-dev; tests/fixtures/core-named-anchor-paragraphs.html).
 * Not in a form, where a scripted one is the submit button (a petition's "Sign").
 */
function isTargetAnchor(a: Element): boolean {
  return (
    !a.hasAttribute('href') && a.hasAttribute('name') && !a.hasAttribute('role') && !closestTag(a, 'form')
  );
}

function headingsIn(a: Element): number {
  let n = 0;
  for (let c = a.firstElementChild; c; c = c.nextElementSibling)
    if (TEASER_HEADING_TAGS.has(c.localName)) n++;
  return n;
}

function isReplyControl(el: Element): boolean {
  if (REPLY_RE.test((el.textContent ?? '').trim())) return true;
  const cls = el.getAttribute('class');
  return !!cls && REPLY_CLASS_RE.test(cls);
}

// test() on a global regex moves lastIndex without building a match: counting allocates nothing.
function countCommas(v: string): number {
  COMMA_RE.lastIndex = 0;
  let n = 0;
  while (COMMA_RE.test(v)) n++;
  return n;
}

export function linkDensity(s: Stats): number {
  return s.text ? s.link / s.text : 0;
}
