// Collects <meta> values by lower-cased name / property / itemprop / http-equiv, in page order.
// OpenGraph, Twitter, Dublin Core, Parse.ly, Sailthru and citation_* all come through here.
import { inOtherWork } from './other-works';
import { decodeText } from './text';

export type MetaMap = Map<string, string[]>;

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
