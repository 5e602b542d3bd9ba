import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/core/output/reading-time';
import { serialize } from '../../src/core/output/serialize';
import { article, extractFixture } from './core-helpers';

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

describe('reading time', () => {
  it('counts words for spaced scripts and characters for CJK', () => {
    expect(countWords('one two three').wordCount).toBe(3);
    const zh = '这是一个很长的中文句子'.repeat(100);
    const r = countWords(zh);
    expect(r.wordCount).toBe(1100);
    expect(r.readingTimeMinutes).toBe(3);
    expect(countWords('word '.repeat(460)).readingTimeMinutes).toBe(2);
  });
});

describe('empty paragraphs', () => {
  it('leaves out paragraphs that hold only line breaks and spaces', () => {
    const a = article(extractFixture('core-empty-paragraphs.html'));
    expect(a.html).not.toMatch(/<p>(?:\s|<br>)*<\/p>/);
    expect(a.html.match(/<p>/g)?.length).toBe(3);
  });
});
