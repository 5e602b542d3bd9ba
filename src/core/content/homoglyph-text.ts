// Text spelt with look-alike letters of another script: "Аdvеrtіѕе wіth thе most visited news site
// in Веlіzе", its а, е, і, ѕ, о and с Cyrillic, is written so that ad blockers' filters and search
// engines do not read it (trafilatura-dev: a Belizean news site's ad under the story; fixture
// clutter-homoglyph-ad.html). No language spells its words that way: across the corpora's 878
// pages no other block holds a single such word.

// A block needs this many such words, and this share of its words, to be disguised text: a typo
// that glues a Latin brand to a Cyrillic ending ("iPhoneа") is one word.
const MIN_MIXED_WORDS = 3;
const MIN_MIXED_SHARE = 0.2;
const WORD_RE = /\p{L}+/gu;
const LATIN_RE = /\p{Script=Latin}/u;
const LOOK_ALIKE_SCRIPT_RE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** Whether `text` is disguised with look-alike letters: many of its words mix Latin with Cyrillic or Greek. */
export function isHomoglyphText(text: string): boolean {
  // Read on every short block of every page: most hold no letter of the other scripts at all.
  if (!LOOK_ALIKE_SCRIPT_RE.test(text) || !LATIN_RE.test(text)) return false;
  let words = 0;
  let mixed = 0;
  for (const [word] of text.matchAll(WORD_RE)) {
    words++;
    if (word.length > 1 && LATIN_RE.test(word) && LOOK_ALIKE_SCRIPT_RE.test(word)) mixed++;
  }
  return mixed >= MIN_MIXED_WORDS && mixed >= MIN_MIXED_SHARE * words;
}
