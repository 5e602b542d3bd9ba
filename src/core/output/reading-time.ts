// Word count and reading time. Scripts written without spaces between words (Chinese, Japanese,
// Thai, Lao, Khmer, Myanmar) are counted in characters and read at a characters-per-minute rate.

const WORDS_PER_MINUTE = 230;
// Typical adult reading speed for Chinese/Japanese text (roughly 300-500 characters per minute).
const CJK_CHARS_PER_MINUTE = 400;
const CHAR_SCRIPT_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
// Every code unit those scripts are written in falls in these ranges (a superset: any astral
// character passes). Text without them skips the Unicode-script scan, which cost a tenth of the
// final phase on the scrapinghub pages (in-page profile).
const MAYBE_CHAR_SCRIPT_RE =
  /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF\u2E80-\u9FFF\uA9E0-\uAA7F\uF900-\uFAFF\uFF66-\uFF9F\uD800-\uDBFF]/;

export interface Counts {
  wordCount: number;
  readingTimeMinutes: number;
  /** Characters of the scripts counted one by one (Chinese, Japanese, Thai...). */
  characterWords: number;
}

// test() on a global regex moves lastIndex without building a match: no array of every word.
function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.test(text)) n++;
  return n;
}

// A word is a letter or a digit, then any letters, digits, marks, apostrophes, "_" and "-" (the
// pattern /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/u, which tests/unit/core-output.test.ts checks the
// count against). What a character is to a word: it starts one, goes on with one, or ends it.
// Known once per character of the Basic Multilingual Plane.
const OTHER = 1;
const STARTS = 2;
const GOES_ON = 3;
const STARTS_RE = /^[\p{L}\p{N}]$/u;
const GOES_ON_RE = /^[\p{M}'’_-]$/u;
const bmpKinds = new Uint8Array(0x10000);

function kindOf(cp: number): number {
  const known = cp < 0x10000 ? bmpKinds[cp]! : 0;
  if (known) return known;
  const ch = String.fromCodePoint(cp);
  const kind = STARTS_RE.test(ch) ? STARTS : GOES_ON_RE.test(ch) ? GOES_ON : OTHER;
  if (cp < 0x10000) bmpKinds[cp] = kind;
  return kind;
}

/**
 * The words in `text`, counted by one pass over its characters: a regex call per word was the
 * extraction's last phase's largest cost in Chromium (bench:browser profile).
 */
export function countWordMatches(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    // An astral character is two code units; a lone surrogate stands alone.
    if (cp > 0xffff) i++;
    const kind = kindOf(cp);
    if (inWord) inWord = kind !== OTHER;
    else if (kind === STARTS) {
      n++;
      inWord = true;
    }
  }
  return n;
}

export function countWords(text: string): Counts {
  const charScript = MAYBE_CHAR_SCRIPT_RE.test(text) ? countMatches(CHAR_SCRIPT_RE, text) : 0;
  const rest = charScript ? text.replace(CHAR_SCRIPT_RE, ' ') : text;
  const words = countWordMatches(rest);
  const minutes = words / WORDS_PER_MINUTE + charScript / CJK_CHARS_PER_MINUTE;
  // CJK characters are each a word for the count a reader sees.
  const wordCount = words + charScript;
  return {
    wordCount,
    readingTimeMinutes: wordCount ? Math.max(1, Math.round(minutes)) : 0,
    characterWords: charScript,
  };
}
