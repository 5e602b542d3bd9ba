// Where reading stopped, per page URL, in the tab's session storage: closing and reopening the
// reader on the same page resumes from the same sentence while the tab lives. The sentence's opening
// words are kept too, so a page whose text changed does not resume mid-way into another sentence.
import type { SpeechScript } from './script';

const KEY_PREFIX = 'folio:speech:';
/** Enough of the sentence to recognise it again. */
const CHECK_CHARS = 40;
const MAX_URL_CHARS = 2048;

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

interface Saved {
  sentence: number;
  check: string;
}

function sentenceText(script: SpeechScript, index: number): string {
  const sentence = script.sentences[index];
  return sentence ? (script.blocks[sentence.block] ?? '').slice(sentence.start, sentence.end) : '';
}

function keyFor(url: string): string {
  return KEY_PREFIX + url.split('#')[0]?.slice(0, MAX_URL_CHARS);
}

export function savePosition(
  storage: StorageLike | null,
  url: string,
  script: SpeechScript,
  sentence: number,
): void {
  const saved: Saved = { sentence, check: sentenceText(script, sentence).slice(0, CHECK_CHARS) };
  try {
    storage?.setItem(keyFor(url), JSON.stringify(saved));
  } catch {
    // Storage full or refused (private mode, a sandboxed page): resuming is a convenience.
  }
}

/** The sentence to resume from: the saved one if its text still matches, else where it moved, else 0. */
export function loadPosition(storage: StorageLike | null, url: string, script: SpeechScript): number {
  let saved: unknown;
  try {
    saved = JSON.parse(storage?.getItem(keyFor(url)) ?? 'null');
  } catch {
    return 0;
  }
  if (typeof saved !== 'object' || saved === null) return 0;
  const { sentence, check } = saved as Partial<Saved>;
  if (typeof sentence !== 'number' || typeof check !== 'string' || !Number.isSafeInteger(sentence)) return 0;
  const matches = (index: number) => sentenceText(script, index).startsWith(check);
  if (sentence >= 0 && sentence < script.sentences.length && matches(sentence)) return sentence;
  const moved = script.sentences.findIndex((_, index) => matches(index));
  return Math.max(moved, 0);
}
