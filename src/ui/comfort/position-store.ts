// Where each article was left, to offer "Continue where you left off" on reopening. Pure: the
// stored list in, a new list out. The list is bounded (the oldest entries dropped), and pages are
// keyed by a hash of their address, so what sits in storage is not a readable browsing history.

export interface PositionEntry {
  key: string;
  /** 0–1 through the article (scrollProgress). */
  progress: number;
  /** When it was saved (ms since the epoch): the oldest go first. */
  savedAt: number;
}

/** Where and how it is stored (browser.storage.local, this device only). */
export interface PositionMemory {
  recall(url: string): Promise<number | null>;
  remember(url: string, progress: number): Promise<void>;
}

export const POSITIONS_STORAGE_KEY = 'folio.positions';
// A few months of daily reading; at ~60 bytes an entry the list stays far below local quotas.
export const MAX_POSITIONS = 500;
/** Nearer the top than this is not worth offering; at or past FINISHED the article was read. */
export const MIN_RESUMABLE = 0.03;
export const FINISHED = 0.97;
const KEY_PATTERN = /^[0-9a-z]{1,16}$/;

/** The page's address without its fragment (#section links land on the same article). */
function pageAddress(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** A short stable key for a URL (64-bit FNV-1a, in base 36). */
export function positionKey(url: string): string {
  let hash = 0xcbf29ce484222325n;
  const text = pageAddress(url);
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(36);
}

/** Whatever storage held, as valid entries (junk dropped, one per key, newest MAX_POSITIONS). */
export function parsePositions(raw: unknown): PositionEntry[] {
  if (!Array.isArray(raw)) return [];
  const byKey = new Map<string, PositionEntry>();
  for (const item of raw) {
    if (typeof item !== 'object' || item === null) continue;
    const { key, progress, savedAt } = item as Record<string, unknown>;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) continue;
    if (typeof progress !== 'number' || !(progress >= 0 && progress <= 1)) continue;
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) continue;
    const known = byKey.get(key);
    if (!known || known.savedAt < savedAt) byKey.set(key, { key, progress, savedAt });
  }
  return newestFirst([...byKey.values()]).slice(0, MAX_POSITIONS);
}

function newestFirst(entries: PositionEntry[]): PositionEntry[] {
  return entries.sort((a, b) => b.savedAt - a.savedAt);
}

/**
 * The list with `key` at `progress`, newest first, at most `max` long. A position too near the top
 * or past the end removes the entry instead: there is nothing to continue.
 */
export function rememberPosition(
  entries: readonly PositionEntry[],
  key: string,
  progress: number,
  now: number,
  max = MAX_POSITIONS,
): PositionEntry[] {
  const others = entries.filter((entry) => entry.key !== key);
  if (!(progress >= MIN_RESUMABLE && progress < FINISHED)) return others;
  return newestFirst([{ key, progress, savedAt: now }, ...others]).slice(0, Math.max(0, max));
}

/** The progress to offer for `key`, or null. */
export function recallPosition(entries: readonly PositionEntry[], key: string): number | null {
  const entry = entries.find((item) => item.key === key);
  return entry && entry.progress >= MIN_RESUMABLE && entry.progress < FINISHED ? entry.progress : null;
}
