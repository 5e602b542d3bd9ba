// The work copy made with the DOM's own deep clone, then trimmed to what copy-node-by-node.ts would
// have made: in Chromium a native clone costs a fraction of creating each element from script
// (bench:browser), which was a third of extraction time. Taken only when a read-only scan shows
// the page needs none of the node-by-node copier's special handling: no open shadow root to
// flatten, nesting within MAX_COPY_DEPTH, no list long enough to cut. Only for a native DOM
// (native-dom.ts): jsdom clones in script, slower than the node-by-node copy.
import { FIGURE_ATTR } from '../canonical-figure';
import type { RemovedBlock } from '../types';
import { type CopyResult, type PairHook, PLAYER_TAGS, type PlayerHook } from './copy-result';
import {
  copyNoscript,
  isHidden,
  MAX_CHILDREN_PER_PARENT,
  MAX_COPY_DEPTH,
  mayBeHidden,
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
  player?: PlayerHook,
): CopyResult {
  const removed: RemovedBlock[] = [];
  const noscripts: Element[] = [];
  const setAside: SetAside = new Map();
  const doc = body.ownerDocument;
  const menus = menusLeftOut(srcBody, deadline);
  const holders = holdersOf(menus, srcBody);
  // Children one by one, not the body itself: the body's own attributes stay behind, as in the
  // node-by-node copy.
  for (let c = srcBody.firstChild; c; c = c.nextSibling) {
    deadline.tick();
    const t = c.nodeType;
    if (t === 1 ? !SKIP_TAGS.has((c as Element).localName) : t === 3) {
      const copy = body.appendChild(cloneLeavingMenus(c, doc, menus, holders, setAside));
      if (pair && t === 1) pairTrees(c as Element, copy as Element, pair, menus);
    }
  }
  deadline.check();

  // One walk finds comments and never-shown elements. A selector list of the 22 skipped tags cost
  // Chromium one match per tag per element: 0.20 ms against 0.12 for the walk (median over the
  // scrapinghub pages, scratch probe).
  const dropped: Node[] = [];
  const players: Element[] = [];
  const walker = doc.createTreeWalker(body, SHOW_ELEMENT | SHOW_COMMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const tag = n.nodeType === 8 ? '' : (n as Element).localName;
    if (tag && !SKIP_TAGS.has(tag)) continue;
    if (PLAYER_TAGS.has(tag)) players.push(n as Element);
    else dropped.push(n);
  }
  for (const n of dropped) n.parentNode?.removeChild(n);

  // Hidden boxes and menus in one pass, in document order, so the outermost of them decides, as in
  // the node-by-node copy's walk down: a hidden menu is listed as hidden, what hides inside a menu
  // goes with the menu unlisted.
  const leftOut = setAside.size;
  for (const el of Array.from(body.querySelectorAll(HIDDEN_OR_MENU_SELECTOR))) {
    deadline.tick();
    // Inside a subtree already dropped: the node-by-node copy never looks there. A menu's
    // placeholder is no menu.
    if (!body.contains(el) || setAside.has(el)) continue;
    if (isHidden(el, el.getAttributeNames())) {
      // A hidden player goes unlisted, as the node-by-node copy skips it: its fallback text ("This
      // iframe contains the logic …", trafilatura-dev) is no text readers saw.
      if (!PLAYER_TAGS.has(el.localName)) recordHidden(el, removed);
      el.remove();
    } else if (isMenu(el)) el.replaceWith(placeholderFor(el, doc, setAside));
  }

  // Players give way to what stands for them, if anything, once the hidden boxes are gone with
  // theirs: as in the node-by-node copy, a hidden box's preview never holds one.
  const standIns = new Set<Element>();
  for (const el of players) {
    const shown = player && body.contains(el) ? player(el, doc) : null;
    if (shown) {
      el.replaceWith(shown);
      standIns.add(shown);
    } else el.remove();
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
  for (const el of Array.from(body.querySelectorAll(`[${FIGURE_ATTR}]`)))
    if (!standIns.has(el)) el.removeAttribute(FIGURE_ATTR);
  return {
    removed,
    noscripts,
    setAside: leftOut && setAside.size > leftOut ? inPageOrder(setAside, body) : setAside,
  };
}

/**
 * The page's menus that the copy can leave out as it is made, instead of copying each whole and
 * then taking it out (a fifth of a news page's elements sit in them: set-aside-navigation.ts): those
 * that the trimming below would certainly reach and set aside. So not a <nav> inside another, inside
 * an unshown element, or inside or itself a box that may be hidden (whether it is depends on what
 * the copy has already dropped around it); the trimming judges those as it always did.
 */
function menusLeftOut(srcBody: Element, deadline: Deadline): Set<Element> {
  const menus = new Set<Element>();
  const navs = srcBody.getElementsByTagName('nav');
  for (let i = 0; i < navs.length; i++) {
    deadline.tick();
    const nav = navs[i]!;
    if (mayBeHidden(nav) || !isMenu(nav)) continue;
    let reached = true;
    for (let up = nav.parentElement; up && up !== srcBody; up = up.parentElement) {
      if (SKIP_TAGS.has(up.localName) || up.localName === 'nav' || mayBeHidden(up)) {
        reached = false;
        break;
      }
    }
    if (reached) menus.add(nav);
  }
  return menus;
}

/** The elements that hold one of `menus`: copied one level at a time, the rest whole. */
function holdersOf(menus: ReadonlySet<Element>, srcBody: Element): Set<Node> {
  const holders = new Set<Node>();
  for (const menu of menus)
    for (let up = menu.parentElement; up && up !== srcBody && !holders.has(up); up = up.parentElement)
      holders.add(up);
  return holders;
}

/** A copy of `node` in `doc` with each of `menus` in it replaced by its placeholder. */
function cloneLeavingMenus(
  node: Node,
  doc: Document,
  menus: ReadonlySet<Element>,
  holders: ReadonlySet<Node>,
  setAside: SetAside,
): Node {
  if (menus.has(node as Element)) return placeholderFor(node as Element, doc, setAside);
  if (!holders.has(node)) return doc.importNode(node, true);
  // Holders nest no deeper than fitsNativeCopy allowed.
  const copy = doc.importNode(node, false);
  for (let c = node.firstChild; c; c = c.nextSibling)
    copy.appendChild(cloneLeavingMenus(c, doc, menus, holders, setAside));
  return copy;
}

/** `setAside` in the order of its placeholders in the copy, as the node-by-node copy lists them. */
function inPageOrder(setAside: SetAside, body: Element): SetAside {
  const ordered: SetAside = new Map();
  const navs = body.getElementsByTagName('nav');
  for (let i = 0; i < navs.length; i++) {
    const menu = setAside.get(navs[i]!);
    if (menu) ordered.set(navs[i]!, menu);
  }
  return ordered;
}

/**
 * Walks a page subtree and its fresh deep clone in step (same shape until trimmed, but for the menus
 * left out: their placeholders stand for no page element).
 */
function pairTrees(source: Element, copy: Element, pair: PairHook, menus: ReadonlySet<Element>): void {
  const stack: [Element, Element][] = [[source, copy]];
  while (stack.length) {
    const [s, d] = stack.pop()!;
    if (menus.has(s)) continue;
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
