// What both ways of making the work copy (copy-natively.ts, copy-node-by-node.ts) hand back. Its own
// module so neither copier imports clone-for-extraction.ts, which imports them.
import type { RemovedBlock } from '../types';
import type { SetAside } from './set-aside-navigation';

export interface CopyResult {
  removed: RemovedBlock[];
  /** The <noscript> copies (lazy-image fallbacks), for the pipeline to drop once figures are done. */
  noscripts: Element[];
  /** Site menus left out, by the placeholder left in their place (set-aside-navigation.ts). */
  setAside: SetAside;
}

/** Told each page element and its copy, when a caller asked (site fixes: rules/rule-plan.ts). */
export type PairHook = (source: Element, copy: Element) => void;

/** The players the copy hands to a PlayerHook instead of leaving them out. */
export const PLAYER_TAGS: ReadonlySet<string> = new Set(['iframe', 'video']);

/**
 * What stands in the copy for a player the page shows (an <iframe>, a <video>), or null to leave it
 * out as every other one is (figures/embedded-video.ts: a video). Made in `doc`, the copy's document.
 */
export type PlayerHook = (player: Element, doc: Document) => Element | null;
