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

/**
 * What stands in the copy for a frame the page shows, or null to leave it out, as every other frame
 * is (figures/embedded-video.ts: a known host's video). Made in `doc`, the copy's document.
 */
export type FrameHook = (frame: Element, doc: Document) => Element | null;
