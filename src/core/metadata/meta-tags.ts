// Collects <meta> values by lower-cased name / property / itemprop / http-equiv, in page order.
// OpenGraph, Twitter, Dublin Core, Parse.ly, Sailthru and citation_* all come through here.
import { decodeText } from './text';

export type MetaMap = Map<string, string[]>;

// Items inside the page's item that are other works: a paper's references, reviews, comments,
// list entries. Their <meta itemprop="author"> names their writers, not the page's (trafilatura-dev
// link.springer.com: 68 references, each with its authors; fixture meta-nested-citation-items.html).
const OTHER_WORK_PROPS = new Set([
  'citation',
  'review',
  'comment',
  'itemlistelement',
  'isrelatedto',
  'relatedlink',
  'ispartof',
  'workexample',
  'subjectof',
]);

// Items nest a few levels deep (a reference's author in the reference in the list); the climb is
// bounded so that a hostile page of metas nested 20,000 deep costs no more than a shallow one.
const MAX_ITEM_CLIMB = 40;

/** The element sits in (or is) an item that is another work named inside the page's item. */
export function inOtherWork(el: Element): boolean {
  let a: Element | null = el;
  for (let i = 0; a && i < MAX_ITEM_CLIMB; i++, a = a.parentElement) {
    if (!a.hasAttribute('itemscope')) continue;
    const props = a.getAttribute('itemprop')?.toLowerCase().split(/\s+/) ?? [];
    if (props.some((p) => OTHER_WORK_PROPS.has(p))) return true;
  }
  return false;
}

export function readMetaTags(doc: Document): MetaMap {
  const map: MetaMap = new Map();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const content = m.getAttribute('content');
    if (content === null) continue;
    const value = decodeText(content);
    if (!value) continue;
    const itemprop = m.getAttribute('itemprop');
    const keys = [
      m.getAttribute('property'),
      m.getAttribute('name'),
      itemprop && !inOtherWork(m) ? itemprop : null,
      m.getAttribute('http-equiv'),
    ];
    for (const raw of keys) {
      if (!raw) continue;
      // "og:title twitter:title" is valid (space-separated properties, readability-pages 004).
      for (const spelled of raw.toLowerCase().trim().split(/\s+/)) {
        // Dublin Core comes as "dc:creator" and "DC.creator": one key for both.
        const key = spelled.replace(/^(dc|dcterms):/, '$1.');
        const list = map.get(key);
        if (list) list.push(value);
        else map.set(key, [value]);
      }
    }
  }
  return map;
}

/** The first value among the given keys, in key priority order. */
export function firstMeta(map: MetaMap, keys: readonly string[]): string {
  for (const k of keys) {
    const v = map.get(k)?.[0];
    if (v) return v;
  }
  return '';
}

/** Every value of every given key, in key priority order. */
export function allMeta(map: MetaMap, keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const k of keys) out.push(...(map.get(k) ?? []));
  return out;
}
