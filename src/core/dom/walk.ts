// Iterative tree walks: pages nested 20,000 levels deep must not overflow the stack.
import type { Deadline } from './deadline';
import { isNativeDom } from './native-dom';

/** Elements under root (root excluded) in document order. */
export function elementsInOrder(root: Element): Element[] {
  const out: Element[] = [];
  let node: Element | null = root.firstElementChild;
  while (node) {
    out.push(node);
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) node = node.parentElement;
    if (!node || node === root) break;
    node = node.nextElementSibling;
  }
  return out;
}

/**
 * Visits elements under root in document order. Return false to skip an element's subtree; the
 * visitor may detach the element it is given (the walk resumes at its former next sibling).
 */
export function walkElements(root: Element, visit: (el: Element) => boolean | undefined): void {
  let node: Element | null = root.firstElementChild;
  while (node) {
    const parent: Element | null = node.parentElement;
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
  /**
   * A selector matching every element `pick` can accept (and maybe more). In a native DOM the
   * selector engine narrows the search and `pick` decides among its matches; under jsdom the
   * selector engine costs more than the walk, which is used instead. Same result either way.
   */
  candidates?: string;
}

/**
 * Elements under root (root excluded) for which `pick` is true, in document order. A plain walk
 * with a predicate costs far less under jsdom than a long selector list.
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
  if (options.candidates && isNativeDom(root.ownerDocument)) {
    let last: Element | null = null;
    for (const el of Array.from(root.querySelectorAll(options.candidates))) {
      deadline?.tick();
      // Document order: a match inside an earlier pick follows it directly.
      if (options.outermost && last?.contains(el)) continue;
      if (!pick(el)) continue;
      out.push(el);
      last = el;
      if (out.length >= limit) break;
    }
    return out;
  }
  let node: Element | null = root.firstElementChild;
  while (node) {
    deadline?.tick();
    let descend = true;
    if (pick(node)) {
      out.push(node);
      if (out.length >= limit) break;
      descend = !options.outermost;
    }
    if (descend && node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) node = node.parentElement;
    if (!node || node === root) break;
    node = node.nextElementSibling;
  }
  return out;
}

/** Whether some element under root (root excluded) satisfies `pick`. */
export const someElement = (root: Element, pick: (el: Element) => boolean): boolean =>
  findElements(root, pick, { limit: 1 }).length > 0;

/** Removes a node; safe when it has no parent. */
export function detach(node: Node): void {
  node.parentNode?.removeChild(node);
}
