import { describe, expect, it } from 'vitest';
import { buildScript } from '../../src/ui/speech/script';
import { cutUtterances, MAX_UTTERANCE_CHARS, sentencesOf, wordsOf } from '../../src/ui/speech/segment';

const texts = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('English: abbreviations and initials do not end a sentence; quotes stay with theirs', () => {
    const text = 'Dr. Holm went to St. Ives at 9 a.m. on Monday. He said “hi!” Then he left, e.g. quietly.';
    expect(texts(text, sentencesOf(text, 'en'))).toEqual([
      'Dr. Holm went to St. Ives at 9 a.m. on Monday.',
      'He said “hi!”',
      'Then he left, e.g. quietly.',
    ]);
  });

  it('German: "z. B." and the ordinal in "am 3. Oktober" do not end a sentence', () => {
    const text = 'Das ist z. B. ein Test. Am 3. Oktober kam er zurück. Gut!';
    expect(texts(text, sentencesOf(text, 'de-DE'))).toEqual([
      'Das ist z. B. ein Test.',
      'Am 3. Oktober kam er zurück.',
      'Gut!',
    ]);
  });

  it('Japanese: sentences end at 。！？ with no spaces anywhere', () => {
    const text = '今日は晴れです。明日は雨でしょう！本当ですか？';
    expect(texts(text, sentencesOf(text, 'ja'))).toEqual([
      '今日は晴れです。',
      '明日は雨でしょう！',
      '本当ですか？',
    ]);
  });

  it('Arabic: sentences end at . and the Arabic question mark', () => {
    const text = 'مرحبا بكم في المدينة. هل هذا اختبار؟ نعم!';
    expect(texts(text, sentencesOf(text, 'ar'))).toEqual(['مرحبا بكم في المدينة.', 'هل هذا اختبار؟', 'نعم!']);
  });

  it('Thai: no sentence marks, so the text stays one sentence and is cut by words', () => {
    const text = 'สวัสดีครับ วันนี้อากาศดีมาก';
    expect(sentencesOf(text, 'th')).toHaveLength(1);
  });

  it('a malformed lang from the page falls back to the default locale instead of throwing', () => {
    expect(texts('One. Two.', sentencesOf('One. Two.', 'not a locale!!'))).toEqual(['One.', 'Two.']);
  });
});

describe('words', () => {
  it('English, German: punctuation and spaces are not words', () => {
    expect(texts('Hello, world!', wordsOf('Hello, world!', 'en'))).toEqual(['Hello', 'world']);
    expect(texts('Straßenbahn fährt.', wordsOf('Straßenbahn fährt.', 'de'))).toEqual([
      'Straßenbahn',
      'fährt',
    ]);
  });

  it('Japanese and Thai: words found without spaces', () => {
    expect(texts('今日は晴れです。', wordsOf('今日は晴れです。', 'ja'))).toEqual([
      '今日',
      'は',
      '晴れ',
      'です',
    ]);
    const thai = 'สวัสดีครับ วันนี้อากาศดีมาก';
    expect(texts(thai, wordsOf(thai, 'th'))).toEqual(['สวัสดี', 'ครับ', 'วัน', 'นี้', 'อากาศ', 'ดี', 'มาก']);
  });

  it('Arabic', () => {
    expect(texts('مرحبا بكم.', wordsOf('مرحبا بكم.', 'ar'))).toEqual(['مرحبا', 'بكم']);
  });
});

describe('utterance cuts', () => {
  const long = `${'The keeper climbed the stairs every night before dusk '.repeat(3)}and then, after the lamp was lit, he wrote the weather in the log, the ships he saw and the state of the sea.`;

  it('a long sentence becomes pieces of at most 200 characters, cut at a clause mark when there is one', () => {
    expect(long.length).toBeGreaterThan(MAX_UTTERANCE_CHARS);
    const pieces = texts(long, cutUtterances(long, { start: 0, end: long.length }, 'en'));
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_UTTERANCE_CHARS);
    expect(pieces[0]?.endsWith(',')).toBe(true);
    // Nothing is lost or repeated.
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(long);
  });

  it('without clause marks it cuts between words, never inside one', () => {
    const words = 'lighthouse '.repeat(40).trim();
    const pieces = texts(words, cutUtterances(words, { start: 0, end: words.length }, 'en'));
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(MAX_UTTERANCE_CHARS);
      expect(piece.split(' ').every((w) => w === 'lighthouse')).toBe(true);
    }
  });

  it('Thai with no spaces is cut at a word boundary the segmenter finds', () => {
    const thai = 'วันนี้อากาศดีมาก'.repeat(20);
    const spans = cutUtterances(thai, { start: 0, end: thai.length }, 'th');
    const pieces = texts(thai, spans);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(thai);
    const wordStarts = new Set(wordsOf(thai, 'th').map((w) => w.start));
    for (const span of spans) {
      expect(span.end - span.start).toBeLessThanOrEqual(MAX_UTTERANCE_CHARS);
      expect(wordStarts.has(span.start)).toBe(true);
    }
  });

  it('the script keeps every utterance inside its sentence and in order', () => {
    const script = buildScript(['Short one. ' + long, 'Second paragraph.'], 'en');
    expect(script.sentences.map((s) => s.block)).toEqual([0, 0, 1]);
    expect(script.utterances.length).toBeGreaterThan(3);
    for (const u of script.utterances) expect(u.text.length).toBeLessThanOrEqual(MAX_UTTERANCE_CHARS);
    expect(script.utterances.at(-1)?.text).toBe('Second paragraph.');
  });
});
