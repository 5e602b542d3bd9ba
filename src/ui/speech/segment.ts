// Sentences, words and utterance cuts over plain text, with Intl.Segmenter. Pure: strings in,
// offsets out, so every language's rules are unit-tested without a browser.

export interface Span {
  start: number;
  end: number;
}

/**
 * Voices with a time limit on one utterance (Chrome's remote voices stop after about 15 s) never
 * reach it with this many characters at normal speed; short enough that a cut is rarely needed.
 */
export const MAX_UTTERANCE_CHARS = 200;
/** A clause cut is only worth it when the first part is not tiny (else the word cut is better). */
const MIN_CLAUSE_SHARE = 0.4;
// Where a long sentence may be cut: after these, a pause is natural in the language.
const CLAUSE_END = /[,;:\u2013\u2014\u3001\uff0c\uff1b\uff1a\u060c\u061b)]/;
// ICU ends a sentence after any "word." ; after these it does not (titles and Latin shorthand that
// the article texts in tests/fixtures/speech-*.html use: "Dr. Holm", "z. B.", "e.g. this").
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'prof',
  'nr',
  'vs',
  'etc',
  'eg',
  'ie',
  'bzw',
  'usw',
  'ca',
  'vgl',
]);
// Languages that write ordinals as "3." ("am 3. Oktober"): a number before the dot ends no sentence.
const ORDINAL_DOT_LANGS = new Set([
  'de',
  'da',
  'nb',
  'nn',
  'no',
  'fi',
  'cs',
  'sk',
  'pl',
  'hu',
  'sl',
  'hr',
  'sr',
  'et',
  'lv',
  'is',
  'tr',
]);
const WHITESPACE = /\s/;
const LAST_TOKEN = /([\p{L}\p{N}.]+)\.\s*$/u;
const STARTS_LOWER = /^\s*[\p{Ll}]/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${lang}|${granularity}`;
  let found = segmenters.get(key);
  if (!found) {
    let locale: string | undefined = lang || undefined;
    try {
      found = new Intl.Segmenter(locale, { granularity });
    } catch {
      // A malformed lang attribute (from the page) must not stop reading: the default locale.
      locale = undefined;
      found = new Intl.Segmenter(locale, { granularity });
    }
    segmenters.set(key, found);
  }
  return found;
}

export function baseLanguage(lang: string): string {
  return (lang.split(/[-_]/)[0] ?? '').toLowerCase();
}

/** `span` without its leading and trailing whitespace; null when nothing is left. */
function trimmed(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && WHITESPACE.test(text.charAt(s))) s++;
  while (e > s && WHITESPACE.test(text.charAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : null;
}

/** Does ICU's break after `piece` fall after an abbreviation or ordinal rather than a sentence? */
function falseBreak(piece: string, next: string, base: string): boolean {
  const match = LAST_TOKEN.exec(piece);
  if (!match) return false;
  if (STARTS_LOWER.test(next)) return true;
  const token = (match[1] ?? '').toLowerCase();
  if (/^\p{L}$/u.test(token)) return true;
  if (ABBREVIATIONS.has(token.replaceAll('.', ''))) return true;
  return /^\d+$/.test(token) && ORDINAL_DOT_LANGS.has(base);
}

/** The sentences of `text`, trimmed, in order. */
export function sentencesOf(text: string, lang: string): Span[] {
  const base = baseLanguage(lang);
  const raw: Span[] = [];
  for (const part of segmenter(lang, 'sentence').segment(text)) {
    raw.push({ start: part.index, end: part.index + part.segment.length });
  }
  const merged: Span[] = [];
  for (const span of raw) {
    const last = merged[merged.length - 1];
    if (last && falseBreak(text.slice(last.start, last.end), text.slice(span.start, span.end), base)) {
      last.end = span.end;
    } else merged.push({ ...span });
  }
  return merged.map((span) => trimmed(text, span.start, span.end)).filter((s): s is Span => s !== null);
}

/** The words of `text` (letters and digits; punctuation and spaces are not words). */
export function wordsOf(text: string, lang: string): Span[] {
  const words: Span[] = [];
  for (const part of segmenter(lang, 'word').segment(text)) {
    if (part.isWordLike) words.push({ start: part.index, end: part.index + part.segment.length });
  }
  return words;
}

/**
 * Cuts `text[span]` into pieces of at most `max` characters: at the last clause mark that leaves a
 * fair first part, else at the last word boundary, else (one enormous "word") at `max` itself.
 */
export function cutUtterances(text: string, span: Span, lang: string, max = MAX_UTTERANCE_CHARS): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > max) {
    const limit = start + max;
    let cut = -1;
    for (let i = limit - 1; i > start + max * MIN_CLAUSE_SHARE; i--) {
      if (
        CLAUSE_END.test(text.charAt(i)) &&
        (i + 1 >= text.length ||
          WHITESPACE.test(text.charAt(i + 1)) ||
          !/[\p{L}\p{N}]/u.test(text.charAt(i + 1)))
      ) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) {
      for (const word of wordsOf(text.slice(start, limit + 1), lang)) {
        const at = start + word.start;
        if (at > start && at <= limit) cut = at;
      }
    }
    if (cut <= start) cut = limit;
    const piece = trimmed(text, start, cut);
    if (piece) pieces.push(piece);
    start = cut;
  }
  const rest = trimmed(text, start, span.end);
  if (rest) pieces.push(rest);
  return pieces;
}
