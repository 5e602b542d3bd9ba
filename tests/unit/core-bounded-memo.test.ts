// dom/bounded-memo.ts: each string is computed once, the memo stays within its bounds, and an
// answer read against one base is never given for another.
import { describe, expect, it } from 'vitest';
import { memoized, memoizedPerBase } from '../../src/core/dom/bounded-memo';

describe('bounded memo', () => {
  it('computes each string once and answers again from memory', () => {
    const seen: string[] = [];
    const upper = memoized((v: string) => {
      seen.push(v);
      return v.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a'), upper('b')]).toEqual(['A', 'B', 'A', 'B']);
    expect(seen).toEqual(['a', 'b']);
  });

  it('empties itself at its bound and does not keep long strings', () => {
    const seen: string[] = [];
    const same = memoized(
      (v: string) => {
        seen.push(v);
        return v;
      },
      2,
      5,
    );
    for (const v of ['a', 'b', 'c', 'a']) same(v);
    // 'c' found the memo full: it was emptied, so 'a' is computed again.
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
    same('longer than five');
    same('longer than five');
    expect(seen.filter((v) => v.length > 5)).toHaveLength(2);
  });

  it('remembers falsy answers as answers', () => {
    let calls = 0;
    const empty = memoized(() => {
      calls++;
      return '';
    });
    empty('x');
    empty('x');
    expect(calls).toBe(1);
  });

  it('reads each string against the base it is asked with', () => {
    const join = memoizedPerBase((v, base) => `${base ?? '-'}/${v}`);
    expect(join('p', 'one')).toBe('one/p');
    expect(join('p', 'two')).toBe('two/p');
    expect(join('p')).toBe('-/p');
    expect(join('p', 'one')).toBe('one/p');
  });
});

describe('bounded memo per base', () => {
  it('keeps each base apart however the calls alternate, and past its bound of bases', () => {
    let calls = 0;
    const join = memoizedPerBase((v, base) => {
      calls++;
      return `${base ?? '-'}/${v}`;
    });
    for (let i = 0; i < 3; i++) {
      expect(join('p', 'one')).toBe('one/p');
      expect(join('p', 'two')).toBe('two/p');
    }
    // Two bases, one value each: computed once per base.
    expect(calls).toBe(2);
    for (const base of ['a', 'b', 'c', 'd', 'e', 'one']) expect(join('q', base)).toBe(`${base}/q`);
  });
});
