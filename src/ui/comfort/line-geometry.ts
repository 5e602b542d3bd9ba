// Line focus as geometry: which lines the ruler uncovers, from the boxes the browser laid text out
// in. Pure (numbers in, numbers out), so every rule here is unit tested without a browser.

/** A vertical extent in one coordinate space (the reader's scrolled content). */
export interface Span {
  top: number;
  bottom: number;
}

/** How many lines each line-focus setting leaves uncovered. */
export const LINE_FOCUS_SIZES = { off: 0, one: 1, three: 3, five: 5 } as const;
export type LineFocusMode = keyof typeof LINE_FOCUS_SIZES;

// Two fragments are on one line when they share at least this part of the shorter one's height: a
// superscript or a bigger inline font shifts a fragment, it does not start a new line.
const SAME_LINE_OVERLAP = 0.5;

/**
 * The text lines from the fragments' boxes (one per text run per line, any order): sorted top to
 * bottom, fragments of one line merged, empty boxes dropped.
 */
export function mergeLineBoxes(boxes: readonly Span[]): Span[] {
  const sorted = boxes
    .filter((box) => Number.isFinite(box.top) && Number.isFinite(box.bottom) && box.bottom > box.top)
    .sort((a, b) => a.top - b.top || a.bottom - b.bottom);
  const lines: Span[] = [];
  for (const box of sorted) {
    const last = lines.at(-1);
    if (last) {
      const overlap = Math.min(last.bottom, box.bottom) - Math.max(last.top, box.top);
      const shorter = Math.min(last.bottom - last.top, box.bottom - box.top);
      if (overlap >= shorter * SAME_LINE_OVERLAP) {
        last.top = Math.min(last.top, box.top);
        last.bottom = Math.max(last.bottom, box.bottom);
        continue;
      }
    }
    lines.push({ top: box.top, bottom: box.bottom });
  }
  return lines;
}

/** The line at height `y`: the one containing it, else the nearest; -1 when there are no lines. */
export function lineAt(lines: readonly Span[], y: number): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [index, line] of lines.entries()) {
    const distance = y < line.top ? line.top - y : y > line.bottom ? y - line.bottom : 0;
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  }
  return best;
}

/** The first line starting at or below `y` (where reading resumes at the top of the view). */
export function firstLineFrom(lines: readonly Span[], y: number): number {
  const index = lines.findIndex((line) => line.top >= y);
  return index === -1 ? lines.length - 1 : index;
}

/** `index` moved by `delta` lines, kept on the page. */
export function stepLine(count: number, index: number, delta: number): number {
  if (count === 0) return -1;
  return Math.min(count - 1, Math.max(0, index + delta));
}

export interface FocusBand extends Span {
  /** The line being read; the band runs from `first` to `last` around it. */
  current: number;
  first: number;
  last: number;
}

/**
 * The uncovered band: `size` lines around line `index`, centred on it, shifted (not shrunk) at the
 * start and end of the text. Null when there is nothing to show.
 */
export function focusBand(lines: readonly Span[], index: number, size: number): FocusBand | null {
  if (lines.length === 0 || size <= 0 || index < 0) return null;
  const span = Math.min(size, lines.length);
  const current = Math.min(index, lines.length - 1);
  const first = Math.min(Math.max(0, current - Math.floor(span / 2)), lines.length - span);
  const last = first + span - 1;
  const top = lines[first]?.top;
  const bottom = lines[last]?.bottom;
  if (top === undefined || bottom === undefined) return null;
  return { current, first, last, top, bottom };
}
