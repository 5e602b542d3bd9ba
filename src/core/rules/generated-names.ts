// Whether a class name or id looks made by a build tool or a page counter (css-1x9k2, sc-bdVaJa,
// post-48213): such names change with the next deploy or the next article, so a site fix must not
// depend on them.

// Prefixes of CSS-in-JS libraries and framework scoping.
const TOOL_PREFIX_RE = /^(?:css|sc|jsx|emotion|styled|svelte|astro|ng|v|data-v|tw)-/i;
// State classes a page toggles while it runs (hover, menus open, lazy images loaded).
const STATE_RE =
  /^(?:is-|has-)|^(?:active|hover|focus|open|opened|closed|visible|hidden|show|shown|selected|loaded|lazyloaded|sticky|fixed|expanded|collapsed|in-view|animated)$/i;
// A segment with digits: two or more, or one in a longer letter-digit mix (a1b2c), is a counter or hash.
const MANY_DIGITS_RE = /[0-9].*[0-9]/;
const LETTERS_AND_DIGIT_RE = /^(?=.*[0-9])(?=.*[a-z]).{5,}$/i;
const VOWEL_RE = /[aeiouy]/i;
// Six letters with no vowel ("xkzqwt") are not a word.
const NO_VOWEL_MIN = 6;
// A short token whose case flips three times or more ("bdVaJa", "kGhTz") is a hash, not camelCase.
const CASE_FLIPS_HASH = 3;
const HASH_MAX_LENGTH = 10;

function caseFlips(s: string): number {
  let flips = 0;
  for (let i = 1; i < s.length; i++) {
    const a = s[i - 1]!;
    const b = s[i]!;
    const upperA = a !== a.toLowerCase();
    const upperB = b !== b.toLowerCase();
    if (/[a-z]/i.test(a) && /[a-z]/i.test(b) && upperA !== upperB) flips++;
  }
  return flips;
}

function segmentLooksGenerated(seg: string): boolean {
  if (!seg) return false;
  if (MANY_DIGITS_RE.test(seg) || LETTERS_AND_DIGIT_RE.test(seg)) return true;
  if (seg.length >= NO_VOWEL_MIN && !VOWEL_RE.test(seg)) return true;
  return seg.length <= HASH_MAX_LENGTH && caseFlips(seg) >= CASE_FLIPS_HASH;
}

/** True for names a fix should not rely on: generated, counted or toggled at run time. */
export function looksGenerated(name: string): boolean {
  if (!name || name.length > 60) return true;
  if (TOOL_PREFIX_RE.test(name) || STATE_RE.test(name)) return true;
  if (name.startsWith('_')) return true;
  return name.split(/[-_]+/).some(segmentLooksGenerated);
}
