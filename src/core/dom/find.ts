// Element searches by predicate instead of selectors. In jsdom a `[class*="…" i]` selector is
// matched through nwsapi against every element, and a querySelectorAll always walks the whole
// tree even when only the first few matches are read; these walks stop at `max` and tick the
// deadline, so a huge or deep page cannot stall them. (Single searches: walk.ts findElements.)
import type { Deadline } from './deadline';

/** The nearest inclusive ancestor of `el` for which `pick` is true (closest() by predicate). */
export function closestBy(el: Element, pick: (el: Element) => boolean): Element | null {
  for (let a: Element | null = el; a; a = a.parentElement) if (pick(a)) return a;
  return null;
}

export interface ElementQuery {
  pick: (el: Element) => boolean;
  /** Matches wanted; the query stops collecting past it. */
  max: number;
  /** Only descendants of <body> count (else the whole document, <head> included). */
  inBody: boolean;
}

/**
 * Several findElements over one document in a single walk: each result is what findElements would
 * give for that query. With `needsAttributes`, elements without attributes are not offered to the
 * queries (every query needs one), which skips most of a page cheaply.
 */
export function findAll(
  doc: Document,
  queries: readonly ElementQuery[],
  needsAttributes: boolean,
  deadline?: Deadline,
): Element[][] {
  const out: Element[][] = queries.map(() => []);
  let open = queries.filter((q) => q.max > 0).length;
  const body = doc.body;
  const stack: Element[] = [];
  // Parallel to `stack`: whether the element sits inside <body>.
  const inBodyStack: boolean[] = [];
  for (let c = doc.lastElementChild; c; c = c.previousElementSibling) {
    stack.push(c);
    inBodyStack.push(false);
  }
  while (stack.length && open > 0) {
    deadline?.tick();
    const el = stack.pop()!;
    const inBody = inBodyStack.pop()!;
    if (!needsAttributes || el.hasAttributes()) {
      for (let i = 0; i < queries.length; i++) {
        const q = queries[i]!;
        const found = out[i]!;
        if (found.length >= q.max || (q.inBody && !inBody) || !q.pick(el)) continue;
        found.push(el);
        if (found.length >= q.max) open--;
      }
    }
    const childInBody = inBody || el === body;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) {
      stack.push(c);
      inBodyStack.push(childInBody);
    }
  }
  return out;
}
