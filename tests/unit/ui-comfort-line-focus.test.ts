import { describe, expect, it } from 'vitest';
import {
  firstLineFrom,
  focusBand,
  lineAt,
  mergeLineBoxes,
  type Span,
  stepLine,
} from '../../src/ui/comfort/line-geometry';

/** Ten 20px lines with 4px between them, starting at 100. */
const LINES: Span[] = Array.from({ length: 10 }, (_, i) => ({ top: 100 + i * 24, bottom: 120 + i * 24 }));

describe('line focus geometry', () => {
  it('merges the fragments of one line (fonts, links, superscripts) and sorts lines', () => {
    const lines = mergeLineBoxes([
      { top: 130, bottom: 150 },
      { top: 100, bottom: 120 },
      { top: 102, bottom: 118 }, // a link on line one
      { top: 96, bottom: 110 }, // a superscript on line one
      { top: 131, bottom: 149 },
      { top: 160, bottom: 160 }, // empty box
      { top: Number.NaN, bottom: 5 },
    ]);
    expect(lines).toEqual([
      { top: 96, bottom: 120 },
      { top: 130, bottom: 150 },
    ]);
  });

  it('keeps tight lines apart when they only touch', () => {
    expect(
      mergeLineBoxes([
        { top: 0, bottom: 20 },
        { top: 18, bottom: 38 },
      ]),
    ).toHaveLength(2);
  });

  it('finds the line under the pointer, or the nearest one', () => {
    expect(lineAt(LINES, 110)).toBe(0);
    expect(lineAt(LINES, 150)).toBe(2);
    expect(lineAt(LINES, 0)).toBe(0);
    expect(lineAt(LINES, 9999)).toBe(9);
    expect(lineAt([], 10)).toBe(-1);
    expect(firstLineFrom(LINES, 121)).toBe(1);
    expect(firstLineFrom(LINES, 9999)).toBe(9);
  });

  it('moves by lines and stops at the ends', () => {
    expect(stepLine(10, 4, 1)).toBe(5);
    expect(stepLine(10, 9, 1)).toBe(9);
    expect(stepLine(10, 0, -1)).toBe(0);
    expect(stepLine(0, 0, 1)).toBe(-1);
  });

  it('uncovers 1, 3 or 5 lines centred on the current one', () => {
    expect(focusBand(LINES, 4, 1)).toEqual({ current: 4, first: 4, last: 4, top: 196, bottom: 216 });
    expect(focusBand(LINES, 4, 3)).toEqual({ current: 4, first: 3, last: 5, top: 172, bottom: 240 });
    expect(focusBand(LINES, 4, 5)).toEqual({ current: 4, first: 2, last: 6, top: 148, bottom: 264 });
  });

  it('shifts the band at the start and end instead of shrinking it', () => {
    expect(focusBand(LINES, 0, 5)).toMatchObject({ first: 0, last: 4 });
    expect(focusBand(LINES, 9, 3)).toMatchObject({ first: 7, last: 9 });
    expect(focusBand(LINES.slice(0, 2), 1, 5)).toMatchObject({ current: 1, first: 0, last: 1 });
    expect(focusBand(LINES, 40, 1)).toMatchObject({ current: 9, first: 9, last: 9 });
  });

  it('shows nothing when off or when there is no text', () => {
    expect(focusBand(LINES, 3, 0)).toBeNull();
    expect(focusBand([], 0, 3)).toBeNull();
    expect(focusBand(LINES, -1, 3)).toBeNull();
  });
});
