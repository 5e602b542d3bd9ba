// Element searches by predicate instead of selector lists. In jsdom a `[class*="…" i]` selector is
// matched through nwsapi against every element, and a querySelectorAll always walks the whole
// tree even when only the first few matches are read; these walks stop at `max` and tick the
// deadline, so a huge or deep page cannot stall them.
import type { Deadline } from './deadline';

/**
 * Descendants of `root` (root excluded) in document order for which `pick` is true, at most `max`.
 * `root` may be a Document (then its <html> element is a candidate too).
 */
export function findElements(
  root: Document | Element,
  pick: (el: Element) => boolean,
  max = Number.POSITIVE_INFINITY,
  deadline?: Deadline,
): Element[] {
  const out: Element[] = [];
  if (max <= 0) return out;
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    deadline?.tick();
    const el = stack.pop()!;
    if (pick(el)) {
      out.push(el);
      if (out.length >= max) break;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

/** The nearest inclusive ancestor of `el` for which `pick` is true (closest() by predicate). */
export function closestBy(el: Element, pick: (el: Element) => boolean): Element | null {
  for (let a: Element | null = el; a; a = a.parentElement) if (pick(a)) return a;
  return null;
}
