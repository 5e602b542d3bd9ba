// The work copy made with the DOM's own deep clone, then trimmed to what copy-node-by-node.ts would
// have made: in Chromium a native clone costs a fraction of creating each element from script
// (bench:browser), which was a third of extraction time. Taken only when a read-only scan shows
// the page needs none of the node-by-node copier's special handling: no open shadow root to
// flatten, nesting within MAX_COPY_DEPTH, no list long enough to cut. Only for a native DOM
// (native-dom.ts): jsdom clones in script, slower than the node-by-node copy.
import { FIGURE_ATTR } from '../canonical-figure';
import type { RemovedBlock } from '../types';
import type { CopyResult, PairHook } from './copy-result';
import {
  copyNoscript,
  isHidden,
  MAX_CHILDREN_PER_PARENT,
  MAX_COPY_DEPTH,
  recordHidden,
  SKIP_TAGS,
  swallowTest,
} from './copy-rules';
import type { Deadline } from './deadline';
import { isMenu, placeholderFor, type SetAside } from './set-aside-navigation';
import { SHOW_ELEMENT } from './walk';

// Elements that may be hidden by attribute (isHidden decides), and menus (isMenu decides).
const HIDDEN_OR_MENU_SELECTOR = '[hidden],[style],[aria-hidden],nav';
const SHOW_COMMENT = 0x80;

/** Whether `srcBody` can be copied natively: a cheap read-only walk, stopping at the first obstacle. */
export function fitsNativeCopy(srcBody: Element, deadline: Deadline): boolean {
  // More elements than one parent may hold: maybe one parent holds them all; let the copier count.
  if (srcBody.getElementsByTagName('*').length > MAX_CHILDREN_PER_PARENT) return false;
  if (hasShadowRoot(srcBody)) return false;
  // A plain walk that tracks depth: cheaper in Chromium than a selector 200 child-combinators long.
  let el = srcBody.firstElementChild;
  let depth = 1;
  while (el) {
    deadline.tick();
    if (hasShadowRoot(el)) return false;
    const child = el.firstElementChild;
    if (child) {
      if (++depth > MAX_COPY_DEPTH) return false;
      el = child;
      continue;
    }
    let next = el.nextElementSibling;
    while (!next) {
      const up: Element | null = el.parentElement;
      if (!up || up === srcBody) return true;
      el = up;
      depth--;
      next = el.nextElementSibling;
    }
    el = next;
  }
  return true;
}

const hasShadowRoot = (el: Element): boolean =>
  !!(el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;

/** Copies into `body`, an empty element of the inert document. */
export function copyNatively(
  srcBody: Element,
  body: Element,
  deadline: Deadline,
  pair?: PairHook,
): CopyResult {
  const removed: RemovedBlock[] = [];
  const noscripts: Element[] = [];
  const setAside: SetAside = new Map();
  const doc = body.ownerDocument;
  // Children one by one, not the body itself: the body's own attributes stay behind, as in the
  // node-by-node copy.
  for (let c = srcBody.firstChild; c; c = c.nextSibling) {
    deadline.tick();
    const t = c.nodeType;
    if (t === 1 ? !SKIP_TAGS.has((c as Element).localName) : t === 3) {
      const copy = body.appendChild(doc.importNode(c, true));
      if (pair && t === 1) pairTrees(c as Element, copy as Element, pair);
    }
  }
  deadline.check();

  // One walk finds comments and never-shown elements. A selector list of the 22 skipped tags cost
  // Chromium one match per tag per element: 0.20 ms against 0.12 for the walk (median over the
  // scrapinghub pages, scratch probe).
  const dropped: Node[] = [];
  const walker = doc.createTreeWalker(body, SHOW_ELEMENT | SHOW_COMMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (n.nodeType === 8 || SKIP_TAGS.has((n as Element).localName)) dropped.push(n);
  for (const n of dropped) n.parentNode?.removeChild(n);

  // Hidden boxes and menus in one pass, in document order, so the outermost of them decides, as in
  // the node-by-node copy's walk down: a hidden menu is listed as hidden, what hides inside a menu
  // goes with the menu unlisted.
  for (const el of Array.from(body.querySelectorAll(HIDDEN_OR_MENU_SELECTOR))) {
    deadline.tick();
    // Inside a subtree already dropped: the node-by-node copy never looks there.
    if (!body.contains(el)) continue;
    if (isHidden(el, el.getAttributeNames())) {
      recordHidden(el, removed);
      el.remove();
    } else if (isMenu(el)) el.replaceWith(placeholderFor(el, doc, setAside));
  }

  const swallowsPage = swallowTest(body);
  for (const el of Array.from(body.getElementsByTagName('noscript'))) {
    if (!body.contains(el)) continue;
    if (swallowsPage(el)) {
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    const copy = copyNoscript(el, doc);
    if (copy) {
      el.replaceWith(copy);
      noscripts.push(copy);
    } else el.remove();
  }

  // Our own figure mark must not come from the page.
  for (const el of Array.from(body.querySelectorAll(`[${FIGURE_ATTR}]`))) el.removeAttribute(FIGURE_ATTR);
  return { removed, noscripts, setAside };
}

/** Walks a page subtree and its fresh deep clone in step (same shape until trimmed). */
function pairTrees(source: Element, copy: Element, pair: PairHook): void {
  const stack: [Element, Element][] = [[source, copy]];
  while (stack.length) {
    const [s, d] = stack.pop()!;
    pair(s, d);
    let sc = s.firstElementChild;
    let dc = d.firstElementChild;
    while (sc && dc) {
      stack.push([sc, dc]);
      sc = sc.nextElementSibling;
      dc = dc.nextElementSibling;
    }
  }
}
