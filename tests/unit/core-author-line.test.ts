import { describe, expect, it } from 'vitest';
import { isAuthorLine } from '../../src/core/content/author-echo';

describe('a line that only names the writers', () => {
  it.each([
    ['Von Nina Muster', ['Nina Muster']],
    ['Jan Roe', ['Jan Roe']],
    ['Von Ada Kern, Lea Stern und Tom Berg, NDR', ['Ada Kern', 'Lea Stern', 'Tom Berg']],
    ['By Ada Kern and Tom Berg', ['Tom Berg', 'Ada Kern']],
  ])('%s', (line, authors) => {
    expect(isAuthorLine(line, authors)).toBe(true);
  });

  it.each([
    ['Ada Kern said the ferry would run again in June, after the repairs.', ['Ada Kern']],
    ['Tom Berg', ['Ada Kern']],
    ['Ada Kern', []],
  ])('not: %s', (line, authors) => {
    expect(isAuthorLine(line, authors)).toBe(false);
  });
});
