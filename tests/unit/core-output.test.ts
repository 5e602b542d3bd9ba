import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { countWordMatches, countWords } from '../../src/core/output/reading-time';
import { foldHtmlSpace, serialize } from '../../src/core/output/serialize';
import { article, extractFixture, extractHtml } from './core-helpers';

function render(html: string) {
  const doc = new JSDOM(`<body><div id="c">${html}</div></body>`).window.document;
  return serialize(doc.getElementById('c')!, 'https://news.example/a/b.html');
}

describe('the allowlist serializer', () => {
  it('writes only allowed tags and safe URLs', () => {
    const { html } = render(
      '<p onclick="x()">Hi <a href="javascript:alert(1)">bad</a> <a href="/ok">good</a><img src="x" onerror="y()"></p><iframe src="https://evil.example"></iframe><form><input></form><p style="color:red">styled</p>',
    );
    expect(html).not.toMatch(/onclick|onerror|javascript:|iframe|<form|<input|style=/);
    expect(html).toContain(
      '<a href="https://news.example/ok" target="_blank" rel="noopener noreferrer">good</a>',
    );
    expect(html).toContain('<img src="https://news.example/a/x"');
  });

  it('escapes text and attributes', () => {
    const { html } = render(
      '<p>1 &lt; 2 &amp; "quotes"</p><img src="https://i.example/a.jpg" alt="&quot;><script>">',
    );
    expect(html).toContain('1 &lt; 2 &amp; &quot;quotes&quot;');
    expect(html).not.toContain('<script>');
  });

  it('demotes h1, wraps loose text in paragraphs and separates text blocks by blank lines', () => {
    const { html, text } = render(
      '<h1>Head</h1><div>Loose text <b>bold</b></div><p>Second</p><ul><li>one</li><li>two</li></ul>',
    );
    expect(html).toContain('<h2>Head</h2>');
    expect(html).toContain('<p>Loose text <b>bold</b></p>');
    expect(text).toBe('Head\n\nLoose text bold\n\nSecond\n\none\n\ntwo');
  });

  it('keeps captions in html but out of text', () => {
    const { html, text } = render(
      '<p>Body</p><figure data-folio-figure=""><img src="https://i.example/p.jpg" alt=""><figcaption><span class="folio-caption">A caption</span> <small class="folio-credit">AP Photo/Someone</small></figcaption></figure>',
    );
    expect(text).toBe('Body');
    expect(html).toContain('<span class="folio-caption">A caption</span>');
    expect(html).toContain('<small class="folio-credit">AP Photo/Someone</small>');
  });
});

describe('numbered lists', () => {
  it("leaves an item's own number to the list in the html, when every item counts as the list does", () => {
    const a = article(extractFixture('core-list-own-numbers.html'));
    expect(a.html).toContain('<ol><li><p>Check the timetable');
    // A number set in bold of its own goes with its element.
    expect(a.html).toMatch(/<li><p>\s?Buy your ticket/);
    expect(a.html).toContain('<li><p>Arrive at least');
    expect(a.html).toContain('<ol start="4"><li><p>Keep your ticket');
    // The text has no list markers: it keeps the page's numbers.
    expect(a.text).toContain('1. Check the timetable');
    // Numbers that do not count as the list does are the page's words.
    expect(a.html).toContain('<li><p>3. The morning crossing');
    expect(a.html).toContain('<li><p>1. The evening crossing');
  });
});

describe('reading time', () => {
  it('counts words for spaced scripts and characters for CJK', () => {
    expect(countWords('one two three').wordCount).toBe(3);
    const zh = '这是一个很长的中文句子'.repeat(100);
    const r = countWords(zh);
    expect(r.wordCount).toBe(1100);
    expect(r.readingTimeMinutes).toBe(3);
    expect(countWords('word '.repeat(460)).readingTimeMinutes).toBe(2);
  });

  // The character pass stands in for the word pattern: both must count the same words in any text
  // (marks, apostrophes and dashes inside and before words, astral letters, lone surrogates).
  // The serializer folds only what must change (output/serialize.ts): it must give what folding every
  // run of HTML whitespace gives.
  it('folds HTML whitespace as folding every run does, in any text', () => {
    const pieces = fc.constantFrom(
      'a',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r',
      '\f',
      '\u00a0',
      '\u2003',
      '\v',
      'é',
      '\r\n',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(foldHtmlSpace(text)).toBe(text.replace(/[ \t\n\r\f]+/g, ' '));
      }),
      { numRuns: 2000 },
    );
    const single = 'Words with single spaces only.';
    expect(foldHtmlSpace(single)).toBe(single);
  });

  it('counts the words the word pattern finds, in any text', () => {
    const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
    const byPattern = (text: string) => text.match(WORD_RE)?.length ?? 0;
    const pieces = fc.constantFrom(
      'a',
      'Z',
      '9',
      ' ',
      '-',
      '_',
      "'",
      '’',
      '\u0301',
      'é',
      'ж',
      'ع',
      '٣',
      '.',
      ',',
      '\n',
      '\u00a0',
      '𝒜',
      '😀',
      '\ud800',
      '\udc00',
      '–',
      'ß',
      'ǅ',
      '\u0e01',
      '\u0e31',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(countWordMatches(text)).toBe(byPattern(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(countWordMatches(text)).toBe(byPattern(text));
      }),
      { numRuns: 2000 },
    );
    expect(countWordMatches("e\u0301te - don't stop_it 3-4 -x")).toBe(5);
  });
});

describe('empty paragraphs', () => {
  it('leaves out paragraphs that hold only line breaks and spaces', () => {
    const a = article(extractFixture('core-empty-paragraphs.html'));
    expect(a.html).not.toMatch(/<p>(?:\s|<br>)*<\/p>/);
    expect(a.html.match(/<p>/g)?.length).toBe(3);
  });
});

describe('figures without a photo', () => {
  it('keeps a table, a quotation and a code listing set in a figure, with their captions', () => {
    const a = article(extractFixture('core-figures-without-photos.html'));
    expect(a.html).toMatch(
      /<figure><table>.*North shore.*<\/table><figcaption>The spring timetable of both routes<\/figcaption><\/figure>/,
    );
    expect(a.text).toContain('We waited four years for this morning');
    expect(a.html).toMatch(
      /<figure><pre><code>curl [^<]*<\/code><\/pre><figcaption>Fetching the timetable<\/figcaption><\/figure>/,
    );
  });

  it("keeps a quote box's quotation and speaker, not its decorative quote mark", () => {
    const a = article(extractFixture('core-figures-without-photos.html'));
    expect(a.html).toContain(
      '<blockquote><p>The boats are ready; now we need the passengers to come back.</p></blockquote>',
    );
    expect(a.html).toContain('<figcaption>Tom Berg, harbour master</figcaption>');
    expect(a.text).not.toMatch(/^[„“]$/m);
    expect(a.text).toContain('children under six still travel “free”, the operator said');
  });

  it('leaves out a figure holding neither a photo nor any of these, nor a video one can play', () => {
    const a = article(extractFixture('core-figures-without-photos.html'));
    expect(a.text).not.toContain('Lake news every Friday');
    // Only the page's script could play a blob: its figure goes whole.
    expect(a.html).not.toContain('the last crossing');
    // A video file is a link to it, captioned as the page captions it ("Video:" opens no credit).
    expect(a.html).toContain(
      '<figure class="folio-video"><figcaption><span class="folio-caption"><a href="https://ferries.example/crossing.mp4" target="_blank" rel="noopener noreferrer">Video: the first crossing</a></span></figcaption></figure>',
    );
  });
});

describe('soft hyphens', () => {
  it('keeps them in the html, where they mark line breaks, and leaves them out of the text', () => {
    const a = article(extractFixture('core-soft-hyphens.html'));
    expect(a.html).toContain('Mit\u00adtel\u00adal\u00adter');
    expect(a.text).toContain('Schon im Mittelalter war der Wein');
    expect(a.text).toContain('die jung getrunken werden');
    expect(a.text).not.toContain('\u00ad');
  });
});

describe('empty blocks', () => {
  it('leaves out blocks with nothing visible: icon-only links, no-break spaces, zero-width text, empty lists', () => {
    const a = article(extractFixture('core-empty-blocks.html'));
    const doc = new JSDOM(`<body>${a.html}</body>`).window.document;
    const blocks = [...doc.body.querySelectorAll('p, h2, h3, li, ul, blockquote')];
    const empty = blocks.filter((b) => !/[^\s\u200b]/.test(b.textContent ?? ''));
    expect(empty.map((b) => b.outerHTML)).toEqual([]);
    expect(doc.querySelectorAll('p')).toHaveLength(4);
    // The plain text has the same four paragraphs: no block of zero-width spaces alone.
    expect(a.text.split('\n\n')).toHaveLength(4);
    // A link with text in a paragraph with text stays as it was.
    expect(a.html).toContain('>last year&#39;s price</a>');
  });

  it('drops the rules drawn in text that end the article, keeps a section break inside it', () => {
    const a = article(extractFixture('core-closing-separators.html'));
    expect(a.text).toMatch(/before next winter\.$/);
    expect(a.text).toContain('\n\n* * *\n\n');
    expect(a.removed.filter((r) => r.reason === 'rule at the end').map((r) => r.text)).toEqual([
      '+++',
      '___',
    ]);
  });

  it("reads a table's rows as lines of the plain text, with the table's caption", () => {
    const a = article(extractFixture('core-table-rows-as-lines.html'));
    expect(a.text).toContain(
      'weather.\n\nDay First Last\n\nMonday 7:15 18:00\n\nSaturday 9:00 16:00\n\nTable 1: Winter crossings. Source: Harbour Board\n\n',
    );
    expect(a.text).toContain('on a Sunday leaves at ten.\n\nThe last one leaves at four.');
  });

  it("keeps a code sample's indentation in the plain text, and folds the paragraphs' spaces", () => {
    const a = article(extractFixture('core-output-code-indent.html'));
    expect(a.text).toContain('jobs:\n  build:\n    steps:\n      - uses: actions/checkout@v4\n\nWithout it');
    expect(a.text).toContain('before every build. Last month');
  });

  it("drops a wire item's end mark in words on its last line, not the word inside a sentence", () => {
    const story = (lang: string, end: string) =>
      article(
        extractHtml(
          `<html lang="${lang}"><head><title>Harbour wall repairs begin</title></head><body><article><h1>Harbour wall repairs begin</h1><div class="story"><p>Work on the harbour wall began on Monday, three months after a winter storm tore a gap of ten metres into the old stones next to the lifeboat station.</p><p>The contractor will close the outer pier to walkers while divers rebuild the footing, a job the council expects to take until the end of June.</p><p>${end}</p></div></article></body></html>`,
        ),
      );
    for (const [lang, end] of [
      ['fa', 'انتهای پیام/'],
      ['ar', '(انتهى)'],
      ['ko', '(끝)'],
      ['en', '-END-'],
      ['en', '(end)'],
    ] as const) {
      const a = story(lang, end);
      expect(a.text).toMatch(/until the end of June\.$/);
      expect(a.removed.map((r) => [r.reason, r.text])).toContainEqual(['end mark', end]);
    }
    expect(story('en', 'The end.').text).toMatch(/The end\.$/);
  });

  it('keeps empty table cells, so a row keeps its columns', () => {
    const { html } = render('<table><tr><td>Mon</td><td></td><td>8:00</td></tr></table>');
    expect(html.match(/<td>/g)).toHaveLength(3);
  });

  it('removes a block only when all of it is empty, never the text before it', () => {
    const { html } = render('<div>Loose text</div><p><a href="/x"></a></p><blockquote><p> </p></blockquote>');
    expect(html).toBe('<p>Loose text</p>');
  });
});

describe('html a browser reads back as written', () => {
  const parse = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
  // A browser that meets a block inside a paragraph ends the paragraph there and makes the stray
  // </p> an empty one, so the element count is the tell of a tree it did not read as written.
  const elementsWritten = (html: string) => (html.match(/<[a-z]/g) ?? []).length;

  it('moves a photo out of the paragraph it was in, and the text after it stays a paragraph', () => {
    const a = article(extractFixture('core-figure-inside-paragraph.html'));
    expect(a.html).not.toMatch(/<p>(?:(?!<\/p>).)*<figure/);
    const doc = parse(a.html);
    expect(doc.body.querySelectorAll('*')).toHaveLength(elementsWritten(a.html));
    expect(doc.querySelectorAll('figure')).toHaveLength(2);
    const after = doc.querySelector('figure')?.nextElementSibling;
    expect(after?.tagName).toBe('P');
    expect(after?.textContent?.trim()).toMatch(/^The trust bought the cottage/);
  });

  // One case per fixture: the set grows with every fix, and one loop over all of them outgrew the
  // time a single case is given.
  const fixtures = readdirSync(new URL('../fixtures/', import.meta.url)).filter((f) => f.endsWith('.html'));
  it.each(fixtures)('holds for the article of %s, with no empty block in it', (name) => {
    const result = extractFixture(name);
    if (!result.isArticle) return;
    const body = parse(result.html).body;
    expect(body.querySelectorAll('*').length).toBe(elementsWritten(result.html));
    const empty: string[] = [];
    for (const b of body.querySelectorAll('p, h2, h3, h4, h5, h6, li, ul, ol, blockquote, figcaption'))
      if (!/[^\s\u200b]/.test(b.textContent ?? '') && !b.querySelector('img')) empty.push(b.outerHTML);
    expect(empty).toEqual([]);
  });

  it('closes and reopens the inline elements around a block', () => {
    // Built node by node: an HTML parser would not put a figure inside a paragraph, the engine can.
    const doc = new JSDOM('<body><div id="c"><p><b>Bold <a href="/x">link  more</a> end</b></p></div>').window
      .document;
    const link = doc.querySelector('a')!;
    const figure = doc.createElement('figure');
    figure.innerHTML = '<img src="/p.jpg">';
    link.insertBefore(figure, (link.lastChild as Text).splitText(5));
    const { html } = serialize(doc.getElementById('c')!, 'https://news.example/a/b.html');
    const a = '<a href="https://news.example/x" target="_blank" rel="noopener noreferrer">';
    expect(html).toBe(
      `<p><b>Bold ${a}link </a></b></p><figure><img src="https://news.example/p.jpg" alt=""></figure>` +
        `<p><b>${a} more</a> end</b></p>`,
    );
  });

  it('writes the cells of a table body taken without its table as paragraphs', () => {
    const doc = new JSDOM(
      '<table><tbody id="c"><tr><td>First cell of the story.</td><td><p>Second cell.</p></td></tr></tbody></table>',
    ).window.document;
    const { html, text } = serialize(doc.getElementById('c')!, 'https://news.example/');
    expect(html).toBe('<p>First cell of the story.</p><p>Second cell.</p>');
    expect(text).toBe('First cell of the story.\n\nSecond cell.');
  });
});

describe('the excerpt', () => {
  it("is the text's first block that reads as a sentence when the metadata gives none, not a poster's name", () => {
    const a = article(extractFixture('core-excerpt-first-prose.html'));
    expect(a.text.startsWith('ada')).toBe(true);
    expect(a.excerpt).toMatch(/^I keep a small boat on a swing mooring/);
  });

  it('weighs a Chinese sentence by what it says: a lead of 45 characters is the excerpt', () => {
    const a = article(extractFixture('core-excerpt-cjk-lead.html'));
    expect(a.excerpt).toBe(
      '市政府14日正式批准港口海底隧道建设计划，该项目总投资约60亿元，预计2030年建成通车。',
    );
  });
});

describe('typesetting: ruby, formulas and inline meaning', () => {
  it("keeps a ruby's readings over its characters in the html, after them in brackets in the text, and out of the title", () => {
    const a = article(extractFixture('core-output-ruby.html', 'https://minato.example/news/sanbashi'));
    expect(a.title).toBe('桟橋を再建へ');
    expect(a.siteName).toBe('港ニュース');
    expect(a.html).toContain(
      '<ruby>北<rt>きた</rt></ruby>の<ruby>桟橋<rp>(</rp><rt>さんばし</rt><rp>)</rp></ruby>を',
    );
    // The page's own brackets where it gives them, plain ones where it does not.
    expect(a.text).toMatch(/^港湾局は火曜日、北\(きた\)の桟橋\(さんばし\)を夏までに再建する/);
  });

  it('writes formulas as MathML in their sentences, reads each once in the text, and takes no symbol for a control', () => {
    const a = article(extractFixture('core-output-mathml.html', 'https://harbournotes.example/tides'));
    expect(a.html).toContain('Write the hour as <math><mi>x</mi></math>, counted from low water');
    expect(a.html).toContain(
      '<math display="block"><mi>h</mi><mo>=</mo><mfrac><mi>R</mi><mn>2</mn></mfrac><mo>(</mo>',
    );
    // The TeX source is no part of the drawn formula.
    expect(a.html).not.toContain('displaystyle');
    expect(a.text).toContain('Write the hour as x, counted from low water, and the range as R.');
    expect(a.text).toContain('The height is then h = R/2 ( 1 − cos (π x)/6 ) for the six hours');
    expect(a.text).toContain('The area swept by the current is A × B, which');
    // A displayed formula in a figure keeps its figure and caption.
    expect(a.html).toContain(
      '<figure><math display="block"><mi>t</mi><mo>=</mo><mn>6</mn><mi>h</mi></math><figcaption>Equation 2: the length of a rising tide.</figcaption></figure>',
    );
    expect(a.removed.map((r) => r.text)).not.toContain('x');
  });

  it('keeps the inline elements that carry meaning: a correction, a quotation, a highlight, a key, a title', () => {
    const a = article(extractFixture('core-output-inline-meaning.html'));
    expect(a.html).toContain('meet on <del>Tuesday</del> <ins>Wednesday</ins> to agree');
    expect(a.html).toContain('the draft was <q>a mistake that should never have left the office</q>,');
    expect(a.html).toContain('would run <mark>every weekday from December</mark>');
    expect(a.html).toContain(
      'press <kbd>Ctrl</kbd>+<kbd>F</kbd> and search for <cite>Winter Timetable</cite>',
    );
    expect(a.html).toContain('the <abbr>HB</abbr> updates');
    // The obsolete <strike> is written as <s>.
    expect(a.html).toContain('The old fare of <s>£4</s> £3.50');
    // The plain text writes the quotation's marks, which the browser draws around a <q>.
    expect(a.text).toContain('the draft was "a mistake that should never have left the office", and');
    // A quotation between the page's own marks is not quoted twice.
    expect(a.html).toContain('<p>„We will not make that mistake twice“, the board&#39;s chair added.</p>');
    expect(a.text).toContain('„We will not make that mistake twice“, the board');
  });
});

describe('the text a page states in its metadata', () => {
  it('reads the article a page states in its JSON-LD when it shows none, a paragraph for each it marks', () => {
    const a = article(extractFixture('core-stated-body.html', 'https://harbour.example/news/pier'));
    expect(a.title).toBe('Pier to be rebuilt');
    expect(a.authors).toEqual(['Jane Roe']);
    expect(a.publishedTime).toBe('2026-11-30T10:00:00Z');
    expect(a.text.split('\n\n')).toEqual([
      'The harbour board met on Tuesday and agreed to rebuild the north pier before the summer season, after months of debate about the cost & the design.',
      'Work will start in March and is expected to take eight months. The ferry will use the south pier in the meantime.',
      'The board will publish the final design in May, and residents can comment on it until the end of June.',
    ]);
    expect(a.html).toContain('<p>The harbour board met on Tuesday');
    expect(a.html).toContain('cost &amp; the design.</p><p>Work will start');
    // Stated as markup, the same paragraphs; stated as less than an article, no article.
    const html = readFileSync(path.join(__dirname, '../fixtures/core-stated-body.html'), 'utf8');
    const marked = article(
      extractHtml(html.replace(/\\n\\n/g, '</p><p>').replace('"articleBody":"', '"articleBody":"<p>')),
    );
    expect(marked.text.split('\n\n')).toHaveLength(3);
    expect(marked.html).not.toContain('&lt;p');
    const short = extractHtml(
      html.replace(/"articleBody":"[^"]+"/, '"articleBody":"The pier will be rebuilt."'),
    );
    expect(short.isArticle).toBe(false);
  });
});
