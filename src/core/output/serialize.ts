// Turns the cleaned content into the article's `html` and `text` in one iterative walk. The HTML is
// safe by construction: only allowlisted tags and attributes are written, text and attribute values
// are escaped, links must be http(s), images http(s) or data:image. Unknown containers are
// transparent; loose inline content at block level is wrapped in <p>.

import { CAPTION_CLASS, CREDIT_CLASS, isCanonicalFigure, VIDEO_CLASS } from '../canonical-figure';
import type { Deadline } from '../dom/deadline';
import { collapse, VISIBLE_CHAR_RE } from '../dom/text';
import {
  absoluteUrl,
  formatSrcset,
  imageUrl,
  isDataImage,
  isHttpUrl,
  isRasterDataImage,
  isSizeDescriptor,
  parseSrcset,
  type SrcsetCandidate,
} from '../dom/url';
import { closestTag, isImg, someElement } from '../dom/walk';
import { holdsFigureContent } from '../figures/element-roles';
import { isVideoFigure } from '../figures/embedded-video';
import { isEmojiAlt } from '../figures/read-image';
import { type Box, HtmlWriter } from './html-writer';
import { MATH_SOURCE_TAGS, MATH_TAGS, mathAttrs, mathText } from './mathml';
import { ownListNumbers } from './own-list-numbers';

/** The caption is a quotation's, a table's or a listing's, not a picture's. */
function captionsContent(caption: Element): boolean {
  const figure = caption.parentElement;
  return !!figure && !isCanonicalFigure(figure) && holdsFigureContent(figure);
}

// Blank lines at the start and end of a code block's text (its first line keeps its indentation).
const BLANK_EDGES_RE = /^(?:[ \t]*\n)+|\s+$/g;
const BLOCK_OUT = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'hr',
  'dl',
  'dt',
  'dd',
]);
const INLINE_OUT = new Set([
  'a',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'br',
  'code',
  'small',
  'span',
  'img',
  'ruby',
  'rt',
  'rp',
  // What the words mean and not only how they look: a correction's struck and inserted words, an
  // inline quotation, a highlight, a key to press, a title, an abbreviation (fixture
  // core-output-inline-meaning.html: "on ~~Tuesday~~ Wednesday" read "on Tuesday Wednesday").
  'del',
  'ins',
  'q',
  'mark',
  'kbd',
  'samp',
  'var',
  'cite',
  'dfn',
  'abbr',
]);
// An inline quotation's marks are the browser's to draw; the plain text writes them.
const QUOTE_MARK = '"';
// A ruby's reading (<rt>) is written for the reader to see over its characters. The plain text is
// a page without ruby, where the page's own brackets (<rp>) set the reading after its characters,
// "痴漢（ちかん）"; a ruby without them gets plain ones: "北きたの" is no word (fixture
// core-output-ruby.html: Japanese furigana).
const hasBrackets = (ruby: Element | null): boolean => !!ruby && ruby.getElementsByTagName('rp').length > 0;
// Blocks a person may remove in the reader (a list item or a table cell goes with its list or table).
const REF_BLOCKS = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'blockquote',
  'pre',
  'table',
  'figure',
]);
// Source tags that break text into blocks even though they are not written out.
const TRANSPARENT_BLOCKS = new Set([
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'center',
  'address',
  'details',
  'summary',
  'fieldset',
  'dl',
  'body',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'button',
  'input',
  'select',
  'textarea',
  'form',
]);
// HTML's whitespace, each run shown as one space. Only what must change is matched (a run, or one
// tab or line break), so a text with single spaces alone comes back as it is, without a new string
// (the fold was a quarter of serialize's own time in Chromium: 389 of 1438 samples, bench:browser
// profile).
const HTML_SPACE_RE = /[ \t\n\r\f]{2,}|[\t\n\r\f]/g;
/** `text` with each run of HTML whitespace as one space. */
export const foldHtmlSpace = (text: string): string => text.replace(HTML_SPACE_RE, ' ');
const NUM_RE = /^\d{1,5}$/;
// A soft hyphen marks where a browser may break a long word ("Mit\u00adtel\u00adal\u00adter"); the
// HTML keeps it for that, the plain text has no lines to break and would carry it inside every word
// it hyphenates (tests/fixtures/core-soft-hyphens.html; trafilatura-dev: German pages set whole
// stories this way).
const SOFT_HYPHEN = '\u00ad';
const SOFT_HYPHEN_RE = /\u00ad/g;

export interface Serialized {
  html: string;
  text: string;
}

interface Frame {
  node: Node;
  exit: boolean;
  /** Tag written for this node ('' when transparent). */
  out: string;
  inCaption: boolean;
  inPre: boolean;
  /** Written to the html, not read into the text: a ruby's reading, a formula (read once, whole). */
  unread: boolean;
  /** Inside a written <math>: MathML's elements are written only there. */
  inMath: boolean;
  /** The written block this exit closes. */
  box: Box | null;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

function safeSrcset(value: string, base: string): string {
  const out: SrcsetCandidate[] = [];
  for (const c of parseSrcset(value)) {
    const url = absoluteUrl(c.url, base);
    if (!isHttpUrl(url)) continue;
    const size = c.descriptor.split(' ')[0] ?? '';
    out.push({ url, descriptor: isSizeDescriptor(size) ? size : '' });
  }
  return formatSrcset(out);
}

/** `deadline` (optional) is ticked once per node: the body of a huge page is long to write out. */
/**
 * `blockRef` (site fixes) numbers the written blocks that came from the page, as data-folio-block,
 * so the reader can offer to remove each one.
 */
export function serialize(
  root: Element,
  baseUrl: string,
  deadline?: Deadline,
  blockRef?: (el: Element) => number | null,
): Serialized {
  const out = new HtmlWriter();
  const ownNumbers = ownListNumbers(root);
  const blocks: string[] = [];
  let line = '';
  // The block's text came from a <pre>: its lines keep their indentation (a code sample's nesting;
  // fixture core-output-code-indent.html).
  let linePre = false;

  const flushText = () => {
    let t = linePre
      ? line
          .split('\n')
          .map((l) => l.trimEnd())
          .join('\n')
          .replace(BLANK_EDGES_RE, '')
      : line
          .split('\n')
          .map((l) => collapse(l))
          .join('\n')
          .trim();
    linePre = false;
    if (t.includes(SOFT_HYPHEN)) t = t.replace(SOFT_HYPHEN_RE, '');
    // A paragraph of zero-width spaces alone is an empty one, as the HTML drops it.
    if (VISIBLE_CHAR_RE.test(t)) blocks.push(t);
    line = '';
  };

  const stack: Frame[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling)
    stack.push({
      node: c,
      exit: false,
      out: '',
      inCaption: false,
      inPre: false,
      unread: false,
      inMath: false,
      box: null,
    });

  while (stack.length) {
    deadline?.tick();
    const f = stack.pop()!;
    const node = f.node;
    if (f.exit) {
      const tag = f.out;
      if (!tag) {
        // A transparent block container ends a text block.
        if (TRANSPARENT_BLOCKS.has((node as Element).localName)) {
          out.breakBlock();
          if (!f.inCaption) flushText();
        }
        continue;
      }
      if (BLOCK_OUT.has(tag)) {
        if (f.box) out.closeBlock(f.box);
        else out.breakBlock();
        if (!f.inCaption) {
          if (tag === 'td' || tag === 'th') line += ' ';
          else flushText();
        }
      } else {
        if (tag === 'q' && !f.inCaption && !f.unread) line += QUOTE_MARK;
        out.closeInline();
      }
      continue;
    }

    if (node.nodeType === 3) {
      let v = node.nodeValue ?? '';
      // The html leaves a list item's own number to the <ol> (own-list-numbers.ts).
      let shown = ownNumbers.size ? v.slice(ownNumbers.get(node) ?? 0) : v;
      if (!f.inPre) {
        const whole = shown === v;
        v = foldHtmlSpace(v);
        // Most text is shown whole: collapsed once (half of serialize's own time in Chromium).
        shown = whole ? v : foldHtmlSpace(shown);
      }
      out.text(esc(shown), shown);
      if (!f.inCaption && !f.unread) {
        line += v;
        if (f.inPre && v.trim()) linePre = true;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    let tag = el.localName;
    if (SKIP.has(tag) || MATH_SOURCE_TAGS.has(tag)) continue;
    if (tag === 'h1') tag = 'h2';
    else if (tag === 'strike') tag = 's';
    // A picture's caption is the figure's, apart from the text; a quotation's, a table's or a
    // listing's says who spoke or what the table shows, and is read with them (fixture
    // clutter-quote-attribution.html).
    const inCaption = f.inCaption || (tag === 'figcaption' && !captionsContent(el));
    const inPre = f.inPre || tag === 'pre';
    const bracketed = tag === 'rt' && !f.unread && !f.inCaption && !hasBrackets(el.parentElement);
    if (bracketed) line += `(${collapse(el.textContent)})`;
    const unread = f.unread || bracketed || tag === 'math';
    // A formula element outside a formula, or a formula inside one, is only its content.
    const math = MATH_TAGS.has(tag) && f.inMath === (tag !== 'math');
    const inMath = f.inMath || math;
    const pushChildren = (written: string, box: Box | null) => {
      stack.push({ node, exit: true, out: written, inCaption, inPre, unread, inMath, box });
      for (let c = el.lastChild; c; c = c.previousSibling)
        stack.push({ node: c, exit: false, out: '', inCaption, inPre, unread, inMath, box: null });
    };

    if (BLOCK_OUT.has(tag)) {
      if (tag === 'figure' && !someElement(el, isImg) && !holdsFigureContent(el) && !isVideoFigure(el))
        continue;
      // A table's row is a line of the text, its cells set apart by spaces (fixture
      // core-table-rows-as-lines.html).
      if (!inCaption && tag !== 'td' && tag !== 'th') flushText();
      if (tag === 'hr') {
        out.rule();
        continue;
      }
      if (!out.fits(tag)) {
        out.breakBlock();
        pushChildren(tag, null);
        continue;
      }
      const ref = blockRef && !inCaption && REF_BLOCKS.has(tag) ? blockRef(el) : null;
      const open = `<${tag}${blockAttrs(el, tag)}${ref === null ? '' : ` data-folio-block="${ref}"`}>`;
      pushChildren(tag, out.openBlock(tag, open));
      continue;
    }
    if (math) {
      if (tag === 'math' && !f.inCaption && !f.unread) line += mathText(el);
      out.openInline(tag, `<${tag}${mathAttrs(el)}>`);
      pushChildren(tag, null);
      continue;
    }
    if (INLINE_OUT.has(tag)) {
      if (tag === 'br') {
        out.lineBreak();
        if (!inCaption) line += '\n';
        continue;
      }
      if (tag === 'img') {
        const alt = el.getAttribute('alt') ?? '';
        if (isEmojiAlt(alt) && !closestTag(el, 'figure')) {
          out.text(esc(alt), alt);
          if (!inCaption && !unread) line += alt;
          continue;
        }
        const img = imageTag(el, baseUrl);
        if (img) out.image(img);
        continue;
      }
      const attrs = inlineAttrs(el, tag, baseUrl);
      if (attrs === null) {
        pushChildren('', null);
        continue;
      }
      out.openInline(tag, `<${tag}${attrs}>`);
      if (tag === 'q' && !inCaption && !unread) line += QUOTE_MARK;
      pushChildren(tag, null);
      continue;
    }
    // Anything else is transparent: its children are written, it is not.
    if (TRANSPARENT_BLOCKS.has(tag)) {
      out.breakBlock();
      if (!inCaption) flushText();
    }
    pushChildren('', null);
  }
  const html = out.html();
  flushText();
  return { html, text: blocks.join('\n\n') };
}

function blockAttrs(el: Element, tag: string): string {
  if (tag === 'figure') return isVideoFigure(el) ? ` class="${VIDEO_CLASS}"` : '';
  if (tag === 'td' || tag === 'th') {
    let out = '';
    for (const a of ['colspan', 'rowspan']) {
      const v = el.getAttribute(a);
      if (v && NUM_RE.test(v)) out += ` ${a}="${v}"`;
    }
    return out;
  }
  if (tag === 'ol') {
    const start = el.getAttribute('start');
    return start && NUM_RE.test(start) ? ` start="${start}"` : '';
  }
  return '';
}

/** null means "do not write this element, only its children". */
function inlineAttrs(el: Element, tag: string, baseUrl: string): string | null {
  if (tag === 'a') {
    const href = absoluteUrl(el.getAttribute('href') ?? '', baseUrl);
    if (!isHttpUrl(href)) return null;
    return ` href="${esc(href)}" target="_blank" rel="noopener noreferrer"`;
  }
  if (tag === 'span') {
    return el.classList.contains(CAPTION_CLASS) ? ` class="${CAPTION_CLASS}"` : null;
  }
  if (tag === 'small') {
    return el.classList.contains(CREDIT_CLASS) ? ` class="${CREDIT_CLASS}"` : '';
  }
  if (tag === 'q') return quotedAround(el) ? null : '';
  return '';
}

// Quotation marks of the languages the corpora hold, straight and curly, low and angled.
const QUOTE_BEFORE_RE = /["'„“”‚‘’«»‹›「『]\s*$/;
const QUOTE_AFTER_RE = /^\s*["'“”‘’«»‹›」』]/;

/**
 * A <q> the page sets between quotation marks of its own (`„<q>…</q>“`, its style turning the
 * browser's off: trafilatura-dev, a federal agency's press release): written as its words alone,
 * or they would be quoted twice (fixture core-output-inline-meaning.html).
 */
function quotedAround(q: Element): boolean {
  const before = q.previousSibling;
  const after = q.nextSibling;
  return (
    (before?.nodeType === 3 && QUOTE_BEFORE_RE.test(before.nodeValue ?? '')) ||
    (after?.nodeType === 3 && QUOTE_AFTER_RE.test(after.nodeValue ?? ''))
  );
}

function imageTag(el: Element, baseUrl: string): string {
  const src = imageUrl(el.getAttribute('src'), baseUrl);
  if (!src || (isDataImage(src) && !isRasterDataImage(src))) return '';
  let out = `<img src="${esc(src)}"`;
  const srcset = el.getAttribute('srcset');
  if (srcset) {
    const s = safeSrcset(srcset, baseUrl);
    if (s) out += ` srcset="${esc(s)}"`;
  }
  out += ` alt="${esc(el.getAttribute('alt') ?? '')}"`;
  for (const a of ['width', 'height']) {
    const v = el.getAttribute(a);
    if (v && NUM_RE.test(v)) out += ` ${a}="${v}"`;
  }
  return `${out}>`;
}
