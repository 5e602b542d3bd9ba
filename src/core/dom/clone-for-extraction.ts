// Copies the page's body into an inert document (no image loads, no script runs there), element by
// element with an explicit stack: open shadow roots are flattened into the copy (their content is
// page content, slots filled with the host's light children), and what a reader never sees is left
// out: scripts, styles, templates, hidden nodes, inline event handlers.
import type { RemovedBlock } from '../types';
import type { Deadline } from './deadline';
import { preview, textOf } from './text';

const SKIP_TAGS = new Set([
  'script',
  'style',
  'template',
  'link',
  'meta',
  'base',
  'title',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'audio',
  'video',
  'track',
  'map',
  'dialog',
  'head',
]);
// Attributes the later phases read; everything else (style, on*, data-* noise) stays behind.
const KEEP_ATTR_RE =
  /^(?:id|class|href|src|srcset|sizes|alt|title|width|height|itemprop|itemtype|itemscope|role|datetime|lang|dir|rel|colspan|rowspan|headers|scope|start|type|reversed|aria-label|aria-hidden|data-[\w-]+|content|property|name|media|loading|slot)$/i;
// data-* attributes matter only where lazy-loaded images keep their real address (image-source.ts);
// elsewhere they are tracking and framework noise, and copying them is a good part of the copy's cost.
const DATA_ATTR_TAGS = new Set(['img', 'source', 'picture']);
const DATA_ATTR_RE = /^data-/i;
const HIDDEN_STYLE_RE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
const IMG_MARKUP_RE = /<img[\s>]/i;
// Hidden subtrees with this much text are listed in `removed` (smaller ones are just noise).
const HIDDEN_RECORD_MIN_CHARS = 40;
const HIDDEN_RECORD_MAX = 10;
// Real articles nest a few dozen levels; hostile pages nest 20,000 (issue 4).
const MAX_COPY_DEPTH = 200;
// Child elements with content copied per parent. A hostile page puts 200,000 rows in one container
// (tests/stress "wide"); a whole novel in one page (Project Gutenberg) runs to some 15,000
// paragraphs in <body>. The rest is left out and reported, so every later phase works on a bounded
// tree. Empty elements do not count: a parser that caps nesting (src/cli/parse-html.ts, browsers)
// turns a 20,000-deep page into 20,000 empty siblings with the article after them.
export const MAX_CHILDREN_PER_PARENT = 20_000;

export interface InertCopy {
  doc: Document;
  body: HTMLElement;
  removed: RemovedBlock[];
  /** The <noscript> copies (lazy-image fallbacks), for the pipeline to drop once figures are done. */
  noscripts: Element[];
}

interface Frame {
  src: Node;
  dst: Node;
  /** The shadow host whose <slot>s this node's subtree fills, when inside a shadow tree. */
  host: Element | null;
  /** Depth of dst in the copy. */
  depth: number;
  /** Set on the exit frame of an element: its finished copy, appended to dst then. */
  copy?: Element;
}

export function cloneForExtraction(source: Document, deadline: Deadline): InertCopy {
  const doc = source.implementation.createHTMLDocument('');
  const body = doc.body;
  const removed: RemovedBlock[] = [];
  const noscripts: Element[] = [];
  const srcBody = source.body ?? source.documentElement;
  if (!srcBody) return { doc, body, removed, noscripts };

  // Light children of a shadow host belong to the tree the host itself sits in (maybe another shadow tree).
  const enclosingHost = new Map<Element, Element | null>();
  const stack: Frame[] = [];
  const truncated: Truncation = { count: 0, sample: '' };
  pushChildren(stack, srcBody, body, null, 0, truncated);
  while (stack.length) {
    deadline.tick();
    const { src, dst, host, depth, copy: done } = stack.pop()!;
    if (done) {
      dst.appendChild(done);
      continue;
    }
    if (src.nodeType === 3) {
      dst.appendChild(doc.createTextNode(src.nodeValue ?? ''));
      continue;
    }
    if (src.nodeType !== 1) continue;
    const el = src as Element;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'noscript') {
      const ns = copyNoscript(el, doc);
      if (ns) {
        dst.appendChild(ns);
        noscripts.push(ns);
      }
      continue;
    }
    if (tag === 'slot' && host) {
      // A slot shows the host's light children assigned to it, or its own fallback content.
      const name = el.getAttribute('name') ?? '';
      const assigned: Node[] = [];
      for (let c = host.firstChild; c; c = c.nextSibling) {
        const slotName = c.nodeType === 1 ? ((c as Element).getAttribute('slot') ?? '') : '';
        if (slotName === name && (c.nodeType === 1 || (c.nodeType === 3 && name === ''))) assigned.push(c);
      }
      const outerHost = enclosingHost.get(host) ?? null;
      if (assigned.length) {
        for (let i = assigned.length - 1; i >= 0; i--)
          stack.push({ src: assigned[i]!, dst, host: outerHost, depth });
      } else pushChildren(stack, el, dst, host, depth, truncated);
      continue;
    }
    // One read of the attribute names serves the hidden test and the copy.
    const names = el.getAttributeNames();
    if (names.length && isHidden(el, names)) {
      if (removed.length < HIDDEN_RECORD_MAX) {
        const text = textOf(el, 400);
        if (text.length >= HIDDEN_RECORD_MIN_CHARS)
          removed.push({ kind: 'hidden', text: preview(text), reason: 'hidden on the page' });
      }
      continue;
    }
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) enclosingHost.set(el, host);
    // Past this depth wrappers are dropped and their content joins the deepest kept ancestor, so
    // the copy stays shallow (jsdom's own tree updates recurse once per ancestor level).
    if (depth >= MAX_COPY_DEPTH) {
      pushChildren(stack, shadow ?? el, dst, shadow ? el : host, depth, truncated);
      continue;
    }
    // The copy joins its parent only once its own children are in (bottom-up): jsdom's insertion
    // work walks the new node's ancestors, which are then few and not yet in the document.
    const copy = createLike(doc, el, names);
    stack.push({ src: el, dst, host, depth, copy });
    pushChildren(stack, shadow ?? el, copy, shadow ? el : host, depth + 1, truncated);
  }
  if (truncated.count)
    removed.push({
      kind: 'other',
      text: preview(truncated.sample),
      reason: `${truncated.count} more items of over-long lists left out (page too large)`,
    });
  return { doc, body, removed, noscripts };
}

/** Nodes past MAX_CHILDREN_PER_PARENT in one parent: how many, and a sample of what they said. */
interface Truncation {
  count: number;
  sample: string;
}

function pushChildren(
  stack: Frame[],
  src: Node,
  dst: Node,
  host: Element | null,
  depth: number,
  truncated: Truncation,
): void {
  const kept: Node[] = [];
  let c = src.firstChild;
  let full = 0;
  for (; c; c = c.nextSibling) {
    if (c.nodeType === 1 && c.firstChild && ++full > MAX_CHILDREN_PER_PARENT) break;
    kept.push(c);
  }
  if (c) {
    for (; c; c = c.nextSibling) {
      truncated.count++;
      if (!truncated.sample && c.nodeType === 1) truncated.sample = textOf(c, 200);
    }
  }
  for (let i = kept.length - 1; i >= 0; i--) stack.push({ src: kept[i]!, dst, host, depth });
}

function isHidden(el: Element, names: readonly string[]): boolean {
  if (names.includes('hidden')) return true;
  const style = names.includes('style') ? el.getAttribute('style') : null;
  if (style && HIDDEN_STYLE_RE.test(style)) return true;
  if (names.includes('aria-hidden') && el.getAttribute('aria-hidden') === 'true') {
    // Figures and images are often aria-hidden for screen readers yet shown: keep them.
    const tag = el.localName;
    if (tag === 'figure' || tag === 'img' || tag === 'picture') return false;
    if (el.getElementsByTagName('img').length || el.getElementsByTagName('picture').length) return false;
    // Captions and credits inside a figure are shown though aria-hidden (fundus ORF, Aftonbladet).
    if (el.closest('figure')) return false;
    return true;
  }
  return false;
}

function createLike(doc: Document, el: Element, names: readonly string[] = el.getAttributeNames()): Element {
  const tag = el.localName;
  let copy: Element;
  try {
    copy = doc.createElement(tag);
  } catch {
    copy = doc.createElement('span');
  }
  const dataOk = DATA_ATTR_TAGS.has(tag);
  for (const name of names) {
    if (!KEEP_ATTR_RE.test(name) || (!dataOk && DATA_ATTR_RE.test(name))) continue;
    try {
      copy.setAttribute(name, el.getAttribute(name) ?? '');
    } catch {
      // An attribute name the DOM refuses is of no use to us.
    }
  }
  return copy;
}

// <noscript> usually holds the real <img> of a lazy-loaded picture, which prepareFigures promotes.
// With scripting off (jsdom, saved pages) it parses as elements; in a live page it is text.
function copyNoscript(el: Element, doc: Document): Element | null {
  if (el.firstElementChild) {
    const imgs = el.getElementsByTagName('img');
    if (!imgs.length) return null;
    const copy = doc.createElement('noscript');
    for (let i = 0; i < imgs.length; i++) copy.appendChild(createLike(doc, imgs[i]!));
    return copy;
  }
  const text = el.textContent ?? '';
  if (!IMG_MARKUP_RE.test(text)) return null;
  const copy = doc.createElement('noscript');
  copy.appendChild(doc.createTextNode(text));
  return copy;
}
