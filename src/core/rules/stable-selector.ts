// Builds a selector for one element that should still find it on the site's next page: the id,
// then stable class names and attributes, then its position among same-tag siblings, walking up
// only as far as needed. The result is checked to match exactly that element, else null.
import { cssIdent, cssString } from './css-escape';
import { looksGenerated } from './generated-names';

// Attributes that name what a block is rather than how it looks today.
const STABLE_ATTRIBUTES = ['itemprop', 'role', 'data-testid', 'data-component', 'data-module', 'data-type'];
const MAX_ATTRIBUTE_VALUE = 40;
// Class names used per step: two already single out almost any block.
const MAX_CLASSES = 2;
// A selector deeper than this is as fragile as no selector.
const MAX_STEPS = 30;

function matchesOnly(root: ParentNode, selector: string, el: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

function stableClasses(el: Element): string[] {
  const raw = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  return raw.filter((c) => !looksGenerated(c)).slice(0, MAX_CLASSES);
}

/** Ways to name `el` by itself, most stable first: id, tag with classes, tag with an attribute. */
function ownCandidates(el: Element): string[] {
  const tag = el.localName;
  const out: string[] = [];
  const id = el.getAttribute('id');
  if (id && !looksGenerated(id)) out.push(`#${cssIdent(id)}`);
  const classes = stableClasses(el);
  if (classes.length) out.push(tag + classes.map((c) => `.${cssIdent(c)}`).join(''));
  for (const name of STABLE_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value && value.length <= MAX_ATTRIBUTE_VALUE && !looksGenerated(value.replace(/\s+/g, '-')))
      out.push(`${tag}[${name}=${cssString(value)}]`);
  }
  return out;
}

/** `el` among its siblings: a stable name when it alone has it, else its place among same tags. */
function stepFor(el: Element, parent: Element): string {
  const siblings = Array.from(parent.children);
  for (const candidate of ownCandidates(el)) {
    if (candidate.startsWith('#')) continue;
    try {
      if (siblings.filter((s) => s.matches(candidate)).length === 1) return candidate;
    } catch {}
  }
  const tag = el.localName;
  const sameTag = siblings.filter((s) => s.localName === tag);
  if (sameTag.length === 1) return tag;
  return `${tag}:nth-of-type(${sameTag.indexOf(el) + 1})`;
}

/** A selector that matches `el` and nothing else in its document, or null (detached, html, body). */
export function buildStableSelector(el: Element): string | null {
  const doc = el.ownerDocument;
  if (!doc?.documentElement?.contains(el)) return null;
  const steps: string[] = [];
  let current: Element | null = el;
  while (current && steps.length < MAX_STEPS) {
    const tag = current.localName;
    if (tag === 'body' || tag === 'html') {
      steps.unshift(tag);
      break;
    }
    const own = ownCandidates(current).find((c) => matchesOnly(doc, c, current!));
    if (own) {
      steps.unshift(own);
      break;
    }
    const parent: Element | null = current.parentElement;
    if (!parent) return null;
    steps.unshift(stepFor(current, parent));
    // The path so far may already be unique under a named ancestor found further up; keep climbing.
    current = parent;
  }
  const selector = steps.join(' > ');
  return matchesOnly(doc, selector, el) ? selector : null;
}

/**
 * The element's exact place on this page (`body > :nth-child(2) > :nth-child(5)`): cheap, no
 * lookups, right only for the page as it is now. Used for the current view's put-back and remove;
 * a saved fix gets a stable selector instead.
 */
export function structuralSelector(el: Element): string | null {
  const steps: string[] = [];
  let current: Element = el;
  for (;;) {
    const parent: Element | null = current.parentElement;
    if (!parent) return null;
    let index = 1;
    for (let s = current.previousElementSibling; s; s = s.previousElementSibling) index++;
    steps.push(`:nth-child(${index})`);
    if (parent.localName === 'body') break;
    current = parent;
  }
  steps.push('body');
  return steps.reverse().join(' > ');
}
