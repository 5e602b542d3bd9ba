// fundus-dev split in two fixed halves by publisher, so that a change tuned on one half ("dev") can be
// read on publishers it was not tuned on ("check"): the gap between the halves is a measure of
// overfitting. The split is a hash of the publisher name, fixed forever (no figure moves it).
export type Half = 'dev' | 'check';
export const HALVES: Half[] = ['dev', 'check'];

/** FNV-1a, 32 bits: stable across runs, machines and Node versions. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The publisher of a fundus-dev page: "de/SZ_2024_01_31.html" → "SZ". */
export function publisherOf(pageId: string): string {
  const file = pageId.split('/').pop() ?? pageId;
  return file.replace(/_\d{4}_\d{2}_\d{2}\.html$/, '');
}

/**
 * Bit HALF_BIT of the salted hash picks the half. The salt and bit were chosen once, on page counts
 * alone, for an even split: 46 publishers / 60 pages in dev, 41 / 61 in check.
 */
const HALF_SALT = 'fundus-dev/';
const HALF_BIT = 16;

export function halfOf(publisher: string): Half {
  return ((fnv1a(HALF_SALT + publisher) >>> HALF_BIT) & 1) === 0 ? 'dev' : 'check';
}

/**
 * The pages whose problems a report lists by name: the dev half's, unless the check half is asked
 * for (`--half check`). The check half's figures are printed, its pages are not: a page read is a
 * page tuned on, and the half would no longer say how Folio does on publishers it has not seen.
 */
export function pagesToList<T extends { half: Half }>(records: T[], asked: Half | null): T[] {
  const half = asked ?? 'dev';
  return records.filter((r) => r.half === half);
}
