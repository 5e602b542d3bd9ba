// Remembered answers of pure functions of a string, for the addresses, titles and names that several
// phases ask about again within one extraction (bench:browser profile: new URL, the title folding and
// the image file names were each 1-2% of extraction time in Chromium). Bounded: the memo empties at
// `maxEntries`, and values longer than `maxChars` (data: addresses, whole texts) are not kept.

const MAX_ENTRIES = 1024;
const MAX_CHARS = 2048;

/** `compute` of one string, remembered. */
export function memoized<T>(
  compute: (value: string) => T,
  maxEntries = MAX_ENTRIES,
  maxChars = MAX_CHARS,
): (value: string) => T {
  const known = new Map<string, T>();
  return (value) => {
    if (known.has(value)) return known.get(value) as T;
    const answer = compute(value);
    if (value.length <= maxChars) {
      if (known.size >= maxEntries) known.clear();
      known.set(value, answer);
    }
    return answer;
  };
}

// Bases remembered at once: an extraction reads against its page's base, and now and then against
// none or the document's own address; more bases than this empty the memo.
const MAX_BASES = 4;

/** `compute` of a string read against a base address, remembered per base. */
export function memoizedPerBase<T>(
  compute: (value: string, base: string | undefined) => T,
): (value: string, base?: string) => T {
  const perBase = new Map<string | undefined, (value: string) => T>();
  return (value, base) => {
    let known = perBase.get(base);
    if (!known) {
      if (perBase.size >= MAX_BASES) perBase.clear();
      known = memoized((v: string) => compute(v, base));
      perBase.set(base, known);
    }
    return known(value);
  };
}
