// The benchmark's scorers on small hand-made cases: the figures in the README and the CI gate rest on
// them, and the corpus README fixes how each must count.
import { describe, expect, it } from 'vitest';
import { fnv1a, halfOf, pagesToList, publisherOf } from '../bench/quality/fundus-halves';
import {
  authorsMatch,
  captionMatches,
  creditHolds,
  dateMatches,
  scoreFigures,
} from '../bench/quality/fundus-score';
import { matchMetadata, metadataShare } from '../bench/quality/trafilatura-metadata';
import { scoreSnippets, summarizeSnippets } from '../bench/quality/trafilatura-score';
import { scoreDoc, shingles, summarize, tokenize } from '../bench/quality-score';

const fig = (caption: string, credit = '', src = '') => ({ caption, credit, src, srcset: '' });

describe('scrapinghub body scoring (4-token shingles)', () => {
  it('tokens are runs of word characters in any script, case kept', () => {
    expect(tokenize('Hello, wörld! 42 x_y — Привет')).toEqual(['Hello', 'wörld', '42', 'x_y', 'Привет']);
  });

  it('a text shorter than four tokens is one shingle, an empty one none', () => {
    expect([...shingles(['a', 'b']).values()]).toEqual([1]);
    expect(shingles([]).size).toBe(0);
    expect(shingles(['a', 'b', 'c', 'd', 'e']).size).toBe(2);
  });

  it('scores an exact copy 1 and counts repeated shingles as a multiset', () => {
    const same = scoreDoc('one two three four five', 'one two three four five');
    expect(same).toMatchObject({ precision: 1, recall: 1, exact: true });
    // Truth has the 4-gram once; the prediction twice: one tp, one fp.
    const twice = scoreDoc('a b c d', 'a b c d a b c d');
    expect(twice.precision).toBeCloseTo(1 / 5 / (1 / 5 + 4 / 5));
    expect(twice.recall).toBe(1);
    expect(twice.exact).toBe(false);
  });

  it('an empty prediction has no precision and leaves the precision mean', () => {
    const empty = scoreDoc('a b c d e', '');
    expect(empty.precision).toBeNull();
    expect(empty.recall).toBe(0);
    const s = summarize([empty, scoreDoc('a b c d', 'a b c d')]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(s.accuracy).toBe(0.5);
  });
});

describe('trafilatura snippet scoring', () => {
  it('finds snippets after whitespace normalisation on both sides', () => {
    const text = 'The  main\n\ntext of the page.\nShare this';
    expect(scoreSnippets(text, ['main text', 'missing'], ['Share this', 'Imprint'])).toEqual({
      tp: 1,
      fn: 1,
      fp: 1,
      tn: 1,
    });
  });

  it('a page without text loses every "with" snippet and avoids every "without"', () => {
    expect(scoreSnippets('', ['a'], ['b', 'c'])).toEqual({ tp: 0, fn: 1, fp: 0, tn: 2 });
  });

  it('sums over pages before dividing', () => {
    const s = summarizeSnippets([
      { tp: 3, fn: 1, fp: 1, tn: 3 },
      { tp: 0, fn: 2, fp: 0, tn: 2 },
    ]);
    expect(s.precision).toBe(0.75);
    expect(s.recall).toBe(0.5);
    expect(s.accuracy).toBe(8 / 12);
    expect(s.f).toBeCloseTo(0.6);
  });
});

describe('fundus field matching', () => {
  it('captions match by folded containment or close wording', () => {
    expect(captionMatches('Le Président, à Paris.', 'le president a paris (photo AFP)')).toBe(true);
    expect(
      captionMatches(
        'one two three four five six seven eight nine ten',
        'one two three four five six seven eight nine',
      ),
    ).toBe(true);
    expect(captionMatches('A dog in the park', 'A cat on the roof')).toBe(false);
    expect(captionMatches('', 'anything')).toBe(false);
  });

  it('a credit holds every name; an empty credit holds none', () => {
    expect(creditHolds(['Jane Doe', 'AFP'], 'Foto: Jane Doe / AFP')).toBe(true);
    expect(creditHolds(['Jane Doe', 'AFP'], 'Jane Doe')).toBe(false);
    expect(creditHolds(['Jane Doe'], '')).toBe(false);
  });

  it('dates match within a day; a missing truth date wants none', () => {
    expect(dateMatches('2024-03-01T10:00:00+01:00', '2024-03-01T09:00:00Z')).toBe(true);
    expect(dateMatches('2024-03-01', '2024-03-03T00:00:00Z')).toBe(false);
    expect(dateMatches(null, '')).toBe(true);
    expect(dateMatches(null, '2024-03-01')).toBe(false);
  });

  it('authors match as folded sets, nothing missing and nothing extra', () => {
    expect(authorsMatch(['José Núñez', 'Ann Lee'], ['Ann Lee', 'jose nunez'])).toBe(true);
    expect(authorsMatch(['Ann Lee'], ['Ann Lee', 'Staff'])).toBe(false);
    expect(authorsMatch(null, [])).toBe(true);
  });
});

describe('fundus caption and credit recall and precision', () => {
  const images = [
    {
      caption: 'The mayor opens the bridge.',
      authors: ['Foto: Jane Doe'],
      versions: [{ url: 'https://x.test/a/bridge.jpg' }],
    },
    { caption: null, authors: ['Max Roe'], versions: [{ url: 'https://x.test/b/lead.jpg?w=800' }] },
  ];

  it('counts a caption found, a credit tied by file name, and nothing shown wrongly', () => {
    const s = scoreFigures(images, [
      fig('The mayor opens the bridge.', 'Jane Doe'),
      fig('', 'Max Roe', 'https://cdn.test/lead.jpg'),
    ]);
    expect(s).toMatchObject({ captionHit: 1, captionAll: 1, creditHit: 2, creditAll: 2 });
    expect(s).toMatchObject({ captionRight: 1, captionShown: 1, creditRight: 2, creditShown: 2 });
  });

  it('ties a photo served through an image proxy by the file of the address it carries', () => {
    const proxied = (file: string, quality: number) =>
      `https://img.test/resize/quality/${quality}/?url=${encodeURIComponent(`https://cdn.test/p/${file}`)}`;
    const truth = [
      { caption: null, authors: ['Ann Lee'], versions: [{ url: proxied('one.jpg', 80) }] },
      { caption: null, authors: ['Bo Chen'], versions: [{ url: proxied('two.jpg', 80) }] },
    ];
    const s = scoreFigures(truth, [
      fig('', 'Bo Chen', proxied('two.jpg', 60)),
      fig('', 'Ann Lee', proxied('one.jpg', 60)),
    ]);
    expect(s).toMatchObject({ creditHit: 2, creditAll: 2, creditRight: 2, creditShown: 2 });
    // A proxy address that carries no other address ties nothing.
    const bare = scoreFigures(
      [{ caption: null, authors: ['Ann Lee'], versions: [{ url: 'https://img.test/resize/80/' }] }],
      [fig('', 'Ann Lee', 'https://img.test/resize/60/')],
    );
    expect(bare.creditHit).toBe(0);
  });

  it("a player's text as caption and a credit on the wrong photo count against precision", () => {
    const s = scoreFigures(images, [
      fig('The mayor opens the bridge.', 'Max Roe'),
      fig('Video Loading Click to play', '3:18 min'),
    ]);
    expect(s).toMatchObject({ captionHit: 1, captionRight: 1, captionShown: 2 });
    expect(s).toMatchObject({ creditHit: 0, creditRight: 0, creditShown: 2 });
  });
});

describe('fundus halves', () => {
  it('FNV-1a gives the published test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('the publisher is the file name without its date, and its half is fixed', () => {
    expect(publisherOf('de/SomePaper_2024_01_31.html')).toBe('SomePaper');
    expect(halfOf('SomePaper')).toBe(halfOf(publisherOf('at/SomePaper_2020_02_02.html')));
    expect(['dev', 'check']).toContain(halfOf('SomePaper'));
  });

  it("lists the dev half's pages by name, and the check half's only when asked", () => {
    const records = [
      { id: 'a', half: 'dev' as const },
      { id: 'b', half: 'check' as const },
      { id: 'c', half: 'dev' as const },
    ];
    expect(pagesToList(records, null).map((r) => r.id)).toEqual(['a', 'c']);
    expect(pagesToList(records, 'dev').map((r) => r.id)).toEqual(['a', 'c']);
    expect(pagesToList(records, 'check').map((r) => r.id)).toEqual(['b']);
  });
});

describe('trafilatura-dev metadata check', () => {
  it('compares the calendar day as the page states it, not the instant', () => {
    expect(
      matchMetadata({ date: '2022-05-03' }, { title: '', authors: [], date: '2022-05-03T23:37:37-04:00' })
        .date,
    ).toBe(true);
    expect(
      matchMetadata({ date: '2022-05-03' }, { title: '', authors: [], date: '2022-05-04T03:37:37Z' }).date,
    ).toBe(false);
    expect(matchMetadata({ date: null }, { title: '', authors: [], date: '2022-05-04' }).date).toBeNull();
  });

  it('compares the folded name sets, the truth split at "and", "und" and commas', () => {
    const got = { title: '', authors: ['Jane Roe', 'John Doe'], date: '' };
    expect(matchMetadata({ author: 'Jane Roe and John Doe' }, got).authors).toBe(true);
    expect(matchMetadata({ author: 'JANE ROE und john doe' }, got).authors).toBe(true);
    expect(matchMetadata({ author: 'Jane Roe' }, got).authors).toBe(false);
    expect(matchMetadata({ author: ['Jane Roe', 'John Doe', 'Ada Kern'] }, got).authors).toBe(false);
    expect(matchMetadata({}, got).authors).toBeNull();
  });

  it('compares the headline after folding, and only where the truth has one', () => {
    const got = { title: 'Ferry returns – to the islands', authors: [], date: '' };
    expect(matchMetadata({ title: 'Ferry Returns to the Islands' }, got).title).toBe(true);
    expect(matchMetadata({ title: 'Ferry returns' }, got).title).toBe(false);
    expect(matchMetadata({ title: null }, got).title).toBeNull();
  });

  it('counts only the pages the truth scores', () => {
    expect(metadataShare([true, false, null, true])).toEqual({ share: 2 / 3, hits: 2, pages: 3 });
  });
});
