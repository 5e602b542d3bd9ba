import { describe, expect, it } from 'vitest';
import {
  FINISHED,
  MAX_POSITIONS,
  MIN_RESUMABLE,
  type PositionEntry,
  parsePositions,
  positionKey,
  recallPosition,
  rememberPosition,
} from '../../src/ui/comfort/position-store';

describe('reading position store', () => {
  it('keys a page by its address without the fragment, and not readably', () => {
    const key = positionKey('https://example.com/news/a?id=1');
    expect(positionKey('https://example.com/news/a?id=1#part-2')).toBe(key);
    expect(positionKey('https://example.com/news/a?id=2')).not.toBe(key);
    expect(key).toMatch(/^[0-9a-z]{1,16}$/);
    expect(key).not.toContain('example');
  });

  it('remembers and recalls a position', () => {
    const entries = rememberPosition([], 'a', 0.4, 1000);
    expect(recallPosition(entries, 'a')).toBe(0.4);
    expect(recallPosition(entries, 'b')).toBeNull();
    const updated = rememberPosition(entries, 'a', 0.6, 2000);
    expect(updated).toEqual([{ key: 'a', progress: 0.6, savedAt: 2000 }]);
  });

  it('forgets a page read to the end or left near the top', () => {
    const entries = rememberPosition([], 'a', 0.5, 1);
    expect(rememberPosition(entries, 'a', FINISHED, 2)).toEqual([]);
    expect(rememberPosition(entries, 'a', MIN_RESUMABLE / 2, 2)).toEqual([]);
    expect(rememberPosition([], 'a', Number.NaN, 2)).toEqual([]);
  });

  it('keeps at most the bound, dropping the oldest first', () => {
    let entries: PositionEntry[] = [];
    for (let i = 0; i < 8; i++) entries = rememberPosition(entries, `k${i}`, 0.5, 100 + i, 5);
    expect(entries.map((entry) => entry.key)).toEqual(['k7', 'k6', 'k5', 'k4', 'k3']);
    // Reading an old page again makes it the newest: it survives the next additions.
    entries = rememberPosition(entries, 'k3', 0.7, 200, 5);
    entries = rememberPosition(entries, 'k8', 0.5, 201, 5);
    expect(entries.map((entry) => entry.key)).toEqual(['k8', 'k3', 'k7', 'k6', 'k5']);
  });

  it('holds the default bound over many pages', () => {
    let entries: PositionEntry[] = [];
    for (let i = 0; i < MAX_POSITIONS + 50; i++) entries = rememberPosition(entries, `p${i}`, 0.5, i);
    expect(entries).toHaveLength(MAX_POSITIONS);
    expect(recallPosition(entries, 'p0')).toBeNull();
    expect(recallPosition(entries, `p${MAX_POSITIONS + 49}`)).toBe(0.5);
  });

  it('reads whatever storage holds without throwing, keeping only valid entries', () => {
    expect(parsePositions(undefined)).toEqual([]);
    expect(parsePositions({ a: 1 })).toEqual([]);
    const parsed = parsePositions([
      null,
      'x',
      { key: 'ok', progress: 0.5, savedAt: 10 },
      { key: 'ok', progress: 0.2, savedAt: 5 },
      { key: 'Bad Key', progress: 0.5, savedAt: 1 },
      { key: 'far', progress: 7, savedAt: 1 },
      { key: 'nan', progress: 0.5, savedAt: Number.NaN },
      { key: 'new', progress: 0.3, savedAt: 20 },
    ]);
    expect(parsed).toEqual([
      { key: 'new', progress: 0.3, savedAt: 20 },
      { key: 'ok', progress: 0.5, savedAt: 10 },
    ]);
    const huge = Array.from({ length: MAX_POSITIONS * 2 }, (_, i) => ({
      key: `k${i}`,
      progress: 0.5,
      savedAt: i,
    }));
    const bounded = parsePositions(huge);
    expect(bounded).toHaveLength(MAX_POSITIONS);
    expect(bounded[0]?.key).toBe(`k${MAX_POSITIONS * 2 - 1}`);
  });
});
