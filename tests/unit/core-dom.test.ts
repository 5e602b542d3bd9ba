import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collapse, shownText, showsMoreThan } from '../../src/core/dom/text';
import { absoluteUrl } from '../../src/core/dom/url';
import { extractArticle } from '../../src/core/extract-article';
import { fold } from '../../src/core/metadata/text';
import { countWords } from '../../src/core/output/reading-time';
import { article, extractFixture, FIXTURE_URL, loadFixture } from './core-helpers';

const PARAS = [
  'Inside the component, the first paragraph tells how the ferry service returned after the winter storms and the repairs to the pier.',
  'The second paragraph explains that the timetable will add an evening crossing on Fridays, which commuters had asked for since the autumn.',
  'The third paragraph quotes the harbour master, who said the new schedule would be reviewed again in June after a month of trial runs.',
];

describe('the inert copy', () => {
  it('counts content inside an open shadow root as page content, slots filled from the light tree', () => {
    const doc = loadFixture('core-shadow-dom.html');
    const host = doc.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<div class="inner"><slot name="lead"></slot>${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const a = article(extractArticle(doc, { url: FIXTURE_URL }));
    for (const p of PARAS) expect(a.text).toContain(p);
    expect(a.text).toContain('The lead paragraph comes from the page');
  });

  it('never changes the document it is given', () => {
    const doc = loadFixture('core-seed-like-article.html');
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, { url: FIXTURE_URL });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('leaves out hidden nodes, scripts and styles', () => {
    const body = PARAS.map((p) => `<p>${p}</p>`).join('');
    const doc = new JSDOM(
      `<body><article>${body}<p hidden>Secret hidden text that must stay out.</p><p style="display: none">Also invisible text here.</p><script>var injected = 'script text';</script><style>.x{color:red}</style></article></body>`,
      { url: FIXTURE_URL },
    ).window.document;
    const a = article(extractArticle(doc, { url: FIXTURE_URL }));
    expect(a.text).not.toContain('Secret hidden');
    expect(a.text).not.toContain('Also invisible');
    expect(a.text).not.toContain('script text');
    expect(a.text).not.toContain('color:red');
  });

  // jsdom itself overflows past a few thousand levels (its tree updates recurse per ancestor), so the
  // 20,000-level page is exercised in the browser and stress benchmarks; here: as deep as jsdom goes.
  it('takes very deep nesting without recursion and keeps its copy shallow', () => {
    const doc = new JSDOM('<body></body>', { url: FIXTURE_URL }).window.document;
    let node = doc.createElement('div');
    node.innerHTML = PARAS.map((p) => `<p>${p}</p>`).join('');
    for (let i = 0; i < 3000; i++) {
      const wrap = doc.createElement('div');
      wrap.appendChild(node);
      node = wrap;
    }
    doc.body.appendChild(node);
    const a = article(extractArticle(doc, { url: FIXTURE_URL }));
    for (const p of PARAS) expect(a.text).toContain(p);
  });
});

describe('no article', () => {
  it('says so for an empty document', () => {
    const doc = new JSDOM('<html><body></body></html>', { url: FIXTURE_URL }).window.document;
    const res = extractArticle(doc, { url: FIXTURE_URL });
    expect(res).toMatchObject({ isArticle: false, reason: 'empty-document' });
  });

  it('says so for a login page', () => {
    const res = extractFixture('core-no-article-login.html');
    expect(res.isArticle).toBe(false);
    if (!res.isArticle) expect(res.reason).toBe('no-content');
  });

  it('never throws, even on a broken document object', () => {
    const res = extractArticle({} as Document, { url: FIXTURE_URL });
    expect(res.isArticle).toBe(false);
  });

  it('reports a page past the time budget as too large', () => {
    const big = Array.from(
      { length: 4000 },
      (_, i) => `<div><p>Paragraph ${i}, with some words, commas, and text.</p></div>`,
    ).join('');
    const doc = new JSDOM(`<body>${big}</body>`, { url: FIXTURE_URL }).window.document;
    const res = extractArticle(doc, { url: FIXTURE_URL, timeBudgetMs: 0.001 });
    expect(res).toMatchObject({ isArticle: false, reason: 'too-large' });
  });
});

describe('reading time', () => {
  it('counts words and characters of scripts written without spaces', () => {
    expect(countWords('Harbour’s new pier, built in 2024 — re-opened.').wordCount).toBe(7);
    expect(countWords('東京で会議が開かれた').wordCount).toBe(10);
    // Each script counted by character, whatever block it sits in (astral Han, Khmer, Myanmar...).
    expect(countWords('𠮷野家').wordCount).toBe(3);
    expect(countWords('ภาษาไทย').wordCount).toBe(7);
    expect(countWords('ភាសា').wordCount).toBe(4);
    expect(countWords('မြန်').wordCount).toBe(4);
    expect(countWords('ພາສາ').wordCount).toBe(4);
    expect(countWords('').readingTimeMinutes).toBe(0);
  });
});

describe('whitespace folding', () => {
  it('turns every run of whitespace into one space, single non-space whitespace included', () => {
    expect(collapse('  a\u00a0b\nc\t\td \u2003 e  ')).toBe('a b c d e');
    expect(collapse('a\r\nb')).toBe('a b');
    expect(collapse('\n')).toBe('');
    expect(collapse(null)).toBe('');
  });

  it('gives back text that needs no folding unchanged', () => {
    const text = 'One sentence with single spaces only.';
    expect(collapse(text)).toBe(text);
  });
});

// absoluteUrl and fold remember their answers (dom/url.ts, metadata/text.ts): what they remember
// must never leak from one page's base, or one text, to another.
describe('remembered answers', () => {
  it('resolves the same address against each base it is given', () => {
    expect(absoluteUrl('photo.jpg', 'https://one.example/a/story')).toBe('https://one.example/a/photo.jpg');
    expect(absoluteUrl('photo.jpg', 'https://two.example/b/c/story')).toBe(
      'https://two.example/b/c/photo.jpg',
    );
    expect(absoluteUrl('photo.jpg', 'https://one.example/a/story')).toBe('https://one.example/a/photo.jpg');
    expect(absoluteUrl('http://[bad', 'https://one.example/')).toBe('');
    expect(absoluteUrl('http://[bad', 'https://one.example/')).toBe('');
  });

  it('folds each text to its own form however often it is asked', () => {
    for (let i = 0; i < 3; i++) {
      expect(fold('Élan — Vital!')).toBe('elan vital');
      expect(fold('ÉLAN VITAL?')).toBe('elan vital');
      expect(fold(`Headline number ${i}`)).toBe(`headline number ${i}`);
    }
    const long = `${'Word '.repeat(200)}End`;
    expect(fold(long)).toBe(`${'word '.repeat(200)}end`);
  });
});

// showsMoreThan (dom/text.ts) bounds shownText's length from the first text nodes: it must give the
// same answer as counting the non-whitespace characters of shownText itself.
describe('showsMoreThan', () => {
  const { document } = new JSDOM('<body></body>').window;
  const nonSpace = (text: string) => text.replace(/\s/g, '').length;

  it('agrees with shownText on any markup, code, breaks and every kind of whitespace', () => {
    const pieces = fc.constantFrom(
      'word',
      'Ünïcödé',
      ' ',
      '  ',
      '\n\t',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\ufeff',
      '\u200b',
      '\u0007',
      '😀',
      '<br>',
      '<b>',
      '</b>',
      '<p>',
      '</p>',
      '<span> x </span>',
      '<style>.a{color:red}</style>',
      '<script>var a = 1;</script>',
      '<template>hidden words</template>',
      '<!-- a comment -->',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.integer({ min: 0, max: 40 }), (parts, max) => {
        const el = document.createElement('div');
        el.innerHTML = parts.join('');
        expect(showsMoreThan(el, max)).toBe(nonSpace(shownText(el)) > max);
      }),
      { numRuns: 3000 },
    );
  });

  it('stops reading once the bound is passed', () => {
    const el = document.createElement('div');
    el.innerHTML = `<p>${'a'.repeat(50)}</p><p>${'b'.repeat(10)}</p>`;
    expect(showsMoreThan(el, 49)).toBe(true);
    expect(showsMoreThan(el, 60)).toBe(false);
    expect(showsMoreThan(el, 59)).toBe(true);
    // A style's text shows nothing, unless the element asked about is the style itself.
    const style = document.createElement('style');
    style.textContent = 'a{color:red}';
    el.append(style);
    expect(showsMoreThan(el, 60)).toBe(false);
    expect(showsMoreThan(style, 5)).toBe(true);
  });
});
