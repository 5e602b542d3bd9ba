// Element searches by predicate instead of selectors. In jsdom a `[class*="…" i]` selector is
// matched through nwsapi against every element, and a querySelectorAll always walks the whole
// tree even when only the first few matches are read; these walks stop at `max` and tick the
// deadline, so a huge or deep page cannot stall them. (Single searches: walk.ts findElements.)
import type { Deadline } from './deadline';
import { isNativeDom } from './native-dom';
import { SHOW_ELEMENT } from './walk';

/**
 * One element's attributes, for the queries of one walk: the names read once, a value only when
 * the element has it. The five metadata queries asked each element for seven attributes it mostly
 * lacks; in Chromium a lookup costs about as much as reading all the names (bench:browser probe).
 */
export class Attributes {
  private el: Element | null = null;
  private names: string[] = [];
  private cls: string | null = null;
  /** The element's tag (localName), read once for the queries: each read is a call into the DOM. */
  tag = '';

  /** Points the view at `el`. */
  read(el: Element): this {
    this.el = el;
    this.tag = el.localName;
    this.names = el.getAttributeNames();
    this.cls = this.names.includes('class') ? el.getAttribute('class') : null;
    return this;
  }
  has(name: string): boolean {
    return this.names.includes(name);
  }
  get(name: string): string | null {
    return this.el && this.names.includes(name) ? this.el.getAttribute(name) : null;
  }
  /** The class attribute, '' when none. */
  get className(): string {
    return this.cls ?? '';
  }
}

export interface ElementQuery {
  pick: (el: Element, attributes: Attributes) => boolean;
  /** Matches wanted; the query stops collecting past it. */
  max: number;
  /** Only descendants of <body> count (else the whole document, <head> included). */
  inBody: boolean;
}

/**
 * Several element searches over one document in a single walk. Only elements with attributes are
 * offered to the queries (every query needs one), which skips most of a page cheaply.
 */
export function findAll(doc: Document, queries: readonly ElementQuery[], deadline?: Deadline): Element[][] {
  const out: Element[][] = queries.map(() => []);
  let open = queries.filter((q) => q.max > 0).length;
  const root = doc.documentElement;
  if (!root || open === 0) return out;
  const body = doc.body;
  // The walk is in document order, so <body>'s subtree is one stretch: from body to the first
  // element after it.
  let bodyEnd: Element | null = null;
  let inBody = false;
  // The browser's own traversal: one call per element instead of a script-side stack.
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  const attributes = new Attributes();
  for (let el: Element | null = root; el && open > 0; el = walker.nextNode() as Element | null) {
    deadline?.tick();
    if (el === body) {
      inBody = true;
      bodyEnd = elementAfter(body);
    } else if (el === bodyEnd) inBody = false;
    if (!el.hasAttributes()) continue;
    attributes.read(el);
    for (let i = 0; i < queries.length; i++) {
      const q = queries[i]!;
      const found = out[i]!;
      if (found.length >= q.max || (q.inBody && !inBody) || !q.pick(el, attributes)) continue;
      found.push(el);
      if (found.length >= q.max) open--;
    }
  }
  return out;
}

/** The first element after `el`'s subtree in document order. */
function elementAfter(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement)
    if (e.nextElementSibling) return e.nextElementSibling;
  return null;
}

/**
 * The elements under `root` that match `selector`, which `pick` states again as a predicate. A
 * browser answers the selector natively; jsdom parses and matches it in script against every
 * element, and a walk asking `pick` costs half as much or less (bench:speed profile: the scan for
 * background photos, the server-error and canonical-figure lookups). Reading getElementsByTagName's
 * live lists item by item costs more still in jsdom.
 */
export function select(root: Element, selector: string, pick: (el: Element) => boolean): Element[] {
  if (isNativeDom(root.ownerDocument)) return Array.from(root.querySelectorAll(selector));
  const out: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null)
    if (pick(el)) out.push(el);
  return out;
}
