// Word highlighting follows the voice's boundary events; some voices report offsets that drift from
// the text (counted in another encoding, or after their own normalisation). A boundary that does not
// land on a word of the text counts as a miss; once misses are frequent, the word highlight is turned
// off for the rest of the session and the sentence highlight carries on alone.
import type { Span } from './segment';

/** A few misses are tolerated (a voice may report a boundary at a quote mark or a space). */
const MISS_LIMIT = 3;
/** Spaces and punctuation a voice may put its boundary before the word. */
const LEAD_SLACK = 2;

export interface DriftDetector {
  /** The word the boundary points at, or null (a miss, or word highlighting is off). */
  word(words: readonly Span[], charIndex: number, charLength: number | undefined): Span | null;
  readonly drifting: boolean;
}

export function createDriftDetector(): DriftDetector {
  let misses = 0;
  let hits = 0;
  let drifting = false;
  return {
    get drifting() {
      return drifting;
    },
    word(words, charIndex, charLength) {
      if (drifting) return null;
      const found = words.find((w) => charIndex >= w.start - LEAD_SLACK && charIndex <= w.start);
      // A length that runs past the word it starts (by more than the slack) is a drift too.
      const fits =
        found !== undefined &&
        (charLength === undefined ||
          charLength === 0 ||
          Math.abs(charIndex + charLength - found.end) <= LEAD_SLACK);
      if (found && fits) {
        hits++;
        return found;
      }
      misses++;
      if (misses >= MISS_LIMIT && misses * 2 > hits) drifting = true;
      return null;
    },
  };
}
