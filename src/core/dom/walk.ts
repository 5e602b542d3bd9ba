// Iterative tree walks: pages nested 20,000 levels deep must not overflow the stack.
import type { Deadline } from './deadline';

/** NodeFilter.SHOW_ELEMENT (the engine does not rely on a global NodeFilter). */
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;

/**
 * Visits elements under root in document order. Return false to skip an element's subtree; the
 * visitor may detach the element it is given and the siblings after it (the walk resumes at the
 * first sibling still in place: the cleaner removes a "Related" heading with the list under it).
 */
export function walkElements(root: Element, visit: (el: Element) => boolean | undefined): void {
  let node: Element | null = root.firstElementChild;
  while (node) {
    const parent: Element | null = node.parentElement;
    const prev: Element | null = node.previousElementSibling;
    const next: Element | null = node.nextElementSibling;
    const descend = visit(node) !== false;
    if (descend && node.parentElement === parent && node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    if (next && next.parentElement === parent) {
      node = next;
      continue;
    }
    // The next sibling went with the node: go on from what follows the previous one, which stayed.
    if (next && node.parentElement !== parent && parent) {
      const resume =
        prev && prev.parentElement === parent ? prev.nextElementSibling : parent.firstElementChild;
      if (resume) {
        node = resume;
        continue;
      }
    }
    let up: Element | null = parent;
    while (up && up !== root && !up.nextElementSibling) up = up.parentElement;
    if (!up || up === root) break;
    node = up.nextElementSibling;
  }
}

export interface FindOptions {
  /** A picked element's subtree is not searched. */
  outermost?: boolean;
  /** Stop after this many. */
  limit?: number;
  deadline?: Deadline;
}

/**
 * Elements under root (root excluded) for which `pick` is true, in document order. A walk with a
 * predicate costs far less under jsdom than a long selector list, and in Chromium no more than a
 * case-insensitive substring selector.
 */
export function findElements(
  root: Element,
  pick: (el: Element) => boolean,
  options: FindOptions = {},
): Element[] {
  const out: Element[] = [];
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (limit <= 0) return out;
  const deadline = options.deadline;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  let node = walker.firstChild() as Element | null;
  while (node) {
    deadline?.tick();
    let descend = true;
    if (pick(node)) {
      out.push(node);
      if (out.length >= limit) break;
      descend = !options.outermost;
    }
    node = (descend ? walker.nextNode() : nextPastSubtree(walker, root)) as Element | null;
  }
  return out;
}

/** Moves the walker to the first node after its current node's subtree (null past root's). */
function nextPastSubtree(walker: TreeWalker, root: Node): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    const parent = walker.parentNode();
    if (!parent || parent === root) return null;
  }
}

/** The first element under root (root excluded) that satisfies `pick`, in document order, or null. */
export const firstElement = (root: Element, pick: (el: Element) => boolean): Element | null =>
  findElements(root, pick, { limit: 1 })[0] ?? null;

/** A predicate for elements with one of these tag names (a selector list of tags). */
export const withTag = (...tags: string[]): ((el: Element) => boolean) => {
  // Most lists are one tag: a comparison, asked of every element of a walk.
  const [only] = tags;
  return tags.length === 1 ? (el) => el.localName === only : (el) => tags.includes(el.localName);
};

/** Whether some element under root (root excluded) satisfies `pick`. */
export const someElement = (root: Element, pick: (el: Element) => boolean): boolean =>
  findElements(root, pick, { limit: 1 }).length > 0;

/** The nearest inclusive ancestor of `el` for which `pick` is true (closest() by predicate). */
export function closestBy(el: Element, pick: (el: Element) => boolean): Element | null {
  for (let a: Element | null = el; a; a = a.parentElement) if (pick(a)) return a;
  return null;
}

// The closest() calls the engine makes most, as walks up: jsdom parses and matches the selector of
// every closest() call in script, at several times the cost (bench:speed profile).
/** The nearest inclusive ancestor with this tag name (closest(tag)). */
export function closestTag(el: Element, tag: string): Element | null {
  for (let a: Element | null = el; a; a = a.parentElement) if (a.localName === tag) return a;
  return null;
}

/** A link to somewhere: an <a> with an href (the selector a[href]). */
export const isLink = (el: Element): boolean => el.localName === 'a' && el.hasAttribute('href');

/** The nearest inclusive ancestor that is a link to somewhere (closest('a[href]')). */
export const closestLink = (el: Element): Element | null => closestBy(el, isLink);

// A tag lookup through getElementsByTagName: in jsdom a selector query costs far more (it parses and
// matches a selector per call).
export function hasDescendant(el: Element, tags: readonly string[]): boolean {
  for (const tag of tags) if (el.getElementsByTagName(tag).length > 0) return true;
  return false;
}

/**
 * An <h1>…<h6> element by its tag alone (the selector "h1, h2, h3, h4, h5, h6"). Read by character:
 * asked of every element of a box, a regex test was 2% of extraction time in Chromium (bench:browser
 * profile).
 */
export const isHeadingTag = (el: Element): boolean => {
  const tag = el.localName;
  if (tag.length !== 2 || tag.charCodeAt(0) !== 104) return false;
  const level = tag.charCodeAt(1) - 48;
  return level >= 1 && level <= 6;
};
/** An <img> element. */
export const isImg = withTag('img');
/**
 * An <h1>…<h6> element, or an element the page marks as one for assistive technology (<div
 * role="heading" aria-level="3">: a tech magazine's "More Great … Stories" over its list of links,
 * trafilatura-dev; fixture core-related-aria-heading.html).
 */
export const isHeading = (el: Element): boolean => isHeadingTag(el) || el.getAttribute('role') === 'heading';
