// Reads schema.org microdata that sits in the body: itemprop author / name / datePublished / headline.
import type { Deadline } from '../dom/deadline';
import { type Attributes, type ElementQuery, findAll } from '../dom/find';
import { collapse, shownText } from '../dom/text';
import { closestTag, firstElement } from '../dom/walk';
import { isOrganizationType } from './json-ld';
import { inOtherWork } from './other-works';

export interface MicrodataInfo {
  headline: string;
  authors: string[];
  datePublished: string;
}

// Bounds the scan on huge pages; real article microdata sits in the first few hundred itemprops.
const MAX_ITEMPROPS = 400;
const MAX_NAME_CHARS = 80;

function itemValue(el: Element): string {
  const tag = el.tagName.toLowerCase();
  if (tag === 'meta') return el.getAttribute('content') ?? '';
  if (tag === 'time') return el.getAttribute('datetime') ?? el.textContent ?? '';
  if (tag === 'link' || tag === 'a') return el.getAttribute('content') ?? shownText(el);
  return el.getAttribute('content') ?? shownText(el);
}

// Bounds the climb to an author's top-level item, as in other-works.ts.
const MAX_ROOT_CLIMB = 40;
// Article-like item types: a list of them after the page's own is a teaser grid, each card signed.
const ARTICLE_ITEM_RE = /article|posting|report/i;

/** The outermost-level item an element belongs to: the nearest item that is no other item's property. */
function rootItem(el: Element): Element | null {
  let a: Element | null = el;
  for (let i = 0; a && i < MAX_ROOT_CLIMB; i++, a = a.parentElement)
    if (a.hasAttribute('itemscope') && !a.hasAttribute('itemprop')) return a;
  return null;
}

const hasItemprop = (_el: Element, attrs: Attributes): boolean => attrs.has('itemprop');

const NAME_PROP_RE = /(?:^|\s)name(?:\s|$)/;
const hasNameProp = (el: Element): boolean => NAME_PROP_RE.test(el.getAttribute('itemprop') ?? '');

export const MICRODATA_QUERY: ElementQuery = { pick: hasItemprop, max: MAX_ITEMPROPS, inBody: false };

/** `found`: the MICRODATA_QUERY result when the caller walked the page already. */
export function readMicrodata(doc: Document, deadline?: Deadline, found?: Element[]): MicrodataInfo {
  const info: MicrodataInfo = { headline: '', authors: [], datePublished: '' };
  // The first signed article item is the page's; later ones are its related-post cards
  // (trafilatura-dev blog post with three signed cards under it; fixture meta-microdata-teaser-cards).
  let articleRoot: Element | null = null;
  // Organisations among the authors: they go when a person is there too, as in JSON-LD (fixture
  // meta-author-organization-beside-person.html; the microdata case in meta-collect.test.ts).
  const organizations = new Set<string>();
  // A walk that stops at the bound: querySelectorAll would visit the whole page first.
  for (const el of found ?? findAll(doc, [MICRODATA_QUERY], deadline)[0] ?? []) {
    if ((el.tagName === 'META' && closestTag(el, 'head')) || inOtherWork(el)) continue;
    const props = (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/);
    if (props.includes('headline') && !info.headline) info.headline = collapse(itemValue(el));
    if (props.includes('datepublished') && !info.datePublished) info.datePublished = collapse(itemValue(el));
    if (props.includes('author') || props.includes('creator')) {
      // An author item usually wraps itemprop="name"; a plain element holds the name itself.
      const nameEl = el.hasAttribute('itemscope') ? firstElement(el, hasNameProp) : null;
      const name = collapse(nameEl ? itemValue(nameEl) : itemValue(el));
      const root = rootItem(el);
      if (root && ARTICLE_ITEM_RE.test(root.getAttribute('itemtype') ?? '')) {
        if (articleRoot && root !== articleRoot) continue;
        articleRoot = root;
      }
      if (name && name.length <= MAX_NAME_CHARS) {
        info.authors.push(name);
        if (isOrganizationType(el.getAttribute('itemtype') ?? '')) organizations.add(name);
      }
    }
  }
  if (organizations.size && info.authors.some((a) => !organizations.has(a)))
    info.authors = info.authors.filter((a) => !organizations.has(a));
  return info;
}
