// The table of contents from the article's headings: which headings make entries, at what depth,
// and the id each one is reached by. Pure: headings come in as plain data (level, text, id), so
// the rules are unit tested without a DOM.

/** A heading as the view found it in the article body. */
export interface HeadingInfo {
  /** 1–6, from h1–h6. */
  level: number;
  text: string;
  /** The heading's own id, if it has one. */
  id: string;
}

export interface TocEntry {
  /** Position of the heading in the input list. */
  index: number;
  /** The id the heading must carry (its own when usable, otherwise a new one). */
  id: string;
  text: string;
  /** 0 for the article's top section level, at most MAX_TOC_DEPTH - 1. */
  depth: number;
}

/** From the issue: fewer headings than this do not need a table of contents. */
export const TOC_MIN_ENTRIES = 3;
/** A list longer than this is no help to anyone, and a hostile page could make it huge. */
export const MAX_TOC_ENTRIES = 200;
/** Deeper levels are shown at the deepest indent: a side list has no room for more. */
export const MAX_TOC_DEPTH = 3;
// Slugs stay short enough to read in an inspector; the text itself is never cut.
const MAX_SLUG = 40;
const ID_PREFIX = 'folio-toc-';
const FALLBACK_SLUG = 'section';
const SPACES = /\s+/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const EDGE_DASHES = /^-+|-+$/g;

function slug(text: string): string {
  const base = text.toLowerCase().replace(NOT_WORD, '-').replace(EDGE_DASHES, '').slice(0, MAX_SLUG);
  return base.replace(EDGE_DASHES, '') || FALLBACK_SLUG;
}

/**
 * Entries for the headings with text, or [] when fewer than TOC_MIN_ENTRIES remain. Depths are
 * relative to the shallowest heading and never skip a level (an h2 followed by an h4 nests once).
 * Ids are unique among themselves and never equal to one in `takenIds` (the ids already on the
 * page or in the view).
 */
export function buildToc(headings: readonly HeadingInfo[], takenIds: ReadonlySet<string>): TocEntry[] {
  const usable = headings
    .map((heading, index) => ({ ...heading, index, text: heading.text.replace(SPACES, ' ').trim() }))
    .filter((heading) => heading.text !== '' && heading.level >= 1 && heading.level <= 6)
    .slice(0, MAX_TOC_ENTRIES);
  if (usable.length < TOC_MIN_ENTRIES) return [];
  const top = Math.min(...usable.map((heading) => heading.level));
  const used = new Set<string>();
  const ownIds = new Map<string, number>();
  for (const heading of usable) if (heading.id) ownIds.set(heading.id, (ownIds.get(heading.id) ?? 0) + 1);
  const entries: TocEntry[] = [];
  let previousDepth = -1;
  for (const heading of usable) {
    const depth = Math.min(heading.level - top, previousDepth + 1, MAX_TOC_DEPTH - 1);
    previousDepth = depth;
    // A heading's own id is kept when it names it alone; it is already on the page, so it is taken.
    let id = heading.id && ownIds.get(heading.id) === 1 && !used.has(heading.id) ? heading.id : '';
    if (id === '') {
      const base = `${ID_PREFIX}${slug(heading.text)}`;
      id = base;
      for (let n = 2; takenIds.has(id) || used.has(id) || ownIds.has(id); n++) id = `${base}-${n}`;
    }
    used.add(id);
    entries.push({ index: heading.index, id, text: heading.text, depth });
  }
  return entries;
}

/**
 * The entry for the section being read: the last one whose heading starts at or above `line` (a
 * height in the same coordinates as `tops`, one per entry); -1 above the first heading.
 */
export function currentEntry(tops: readonly number[], line: number): number {
  let current = -1;
  for (const [index, top] of tops.entries()) {
    if (top <= line) current = index;
    else break;
  }
  return current;
}
