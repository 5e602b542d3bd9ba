// What will be said, in order: the blocks cut into sentences, the sentences into utterances of at
// most MAX_UTTERANCE_CHARS. Positions (resume, next/previous) count in sentences; the queue plays
// utterances.
import { cutUtterances, MAX_UTTERANCE_CHARS, type Span, sentencesOf } from './segment';

export interface Sentence extends Span {
  block: number;
  /** Index of the sentence's first utterance. */
  firstUtterance: number;
}

export interface Utterance extends Span {
  sentence: number;
  text: string;
}

export interface SpeechScript {
  /** Each block's text (indexed by Sentence.block). */
  blocks: readonly string[];
  sentences: Sentence[];
  utterances: Utterance[];
}

export function buildScript(
  blocks: readonly string[],
  lang: string,
  max = MAX_UTTERANCE_CHARS,
): SpeechScript {
  const sentences: Sentence[] = [];
  const utterances: Utterance[] = [];
  blocks.forEach((text, block) => {
    for (const span of sentencesOf(text, lang)) {
      const sentence = sentences.length;
      sentences.push({ ...span, block, firstUtterance: utterances.length });
      for (const piece of cutUtterances(text, span, lang, max)) {
        utterances.push({ ...piece, sentence, text: text.slice(piece.start, piece.end) });
      }
    }
  });
  return { blocks, sentences, utterances };
}

/** The sentence containing `offset` of `block` (the next one when it falls between sentences). */
export function sentenceAt(script: SpeechScript, block: number, offset: number): number | null {
  let found: number | null = null;
  for (let i = 0; i < script.sentences.length; i++) {
    const sentence = script.sentences[i];
    if (!sentence || sentence.block !== block) continue;
    found ??= i;
    if (offset < sentence.end) return i;
  }
  return found;
}

/** First sentence of the paragraph `step` paragraphs away from the one holding `sentence`. */
export function paragraphStart(script: SpeechScript, sentence: number, step: 1 | -1): number {
  const current = script.sentences[sentence];
  if (!current) return 0;
  const target = current.block + step;
  const index = script.sentences.findIndex((s) => s.block === target);
  if (index >= 0) return index;
  return step < 0 ? 0 : sentence;
}
