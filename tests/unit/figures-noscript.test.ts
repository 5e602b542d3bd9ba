import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { markupParserFor } from '../../src/core/dom/parse-markup';
import { promoteNoscripts } from '../../src/core/figures/noscript-images';

// A page read with scripting on keeps a <noscript>'s fallback as text, not as elements.
function pageWithTextFallbacks() {
  const doc = new JSDOM('<!doctype html><body></body>', { url: 'https://news.example/a' }).window.document;
  const lazy = doc.createElement('div');
  lazy.innerHTML = '<img src="/img/placeholder.png" alt="lazy">';
  const lazyNs = doc.createElement('noscript');
  lazyNs.textContent = `<img src='/photos/real.jpg?w=800&amp;h=600' srcset="/photos/real-1x.jpg 1x, /photos/real-2x.jpg 2x">`;
  lazy.append(lazyNs);
  const alone = doc.createElement('p');
  const aloneNs = doc.createElement('noscript');
  aloneNs.textContent = '<img alt="Tom &#38; Jerry &quot;live&quot;" src=/photos/alone.jpg width=640>';
  alone.append(aloneNs);
  doc.body.append(lazy, alone);
  return { doc, lazy, alone };
}

describe('promoteNoscripts on fallbacks held as text', () => {
  for (const [name, withParser] of [
    ['with the page window’s DOMParser', true],
    ['with the attribute reader (no DOMParser)', false],
  ] as const) {
    it(name, () => {
      const { doc, lazy, alone } = pageWithTextFallbacks();
      promoteNoscripts(doc.body, withParser ? markupParserFor(doc) : null);
      expect(doc.getElementsByTagName('noscript')).toHaveLength(0);
      const img = lazy.querySelector('img')!;
      expect(img.getAttribute('src')).toBe('/photos/real.jpg?w=800&h=600');
      expect(img.getAttribute('srcset')).toBe('/photos/real-1x.jpg 1x, /photos/real-2x.jpg 2x');
      const own = alone.querySelector('img')!;
      expect(own.getAttribute('src')).toBe('/photos/alone.jpg');
      expect(own.getAttribute('alt')).toBe('Tom & Jerry "live"');
      expect(own.getAttribute('width')).toBe('640');
      expect(own.ownerDocument).toBe(doc);
    });
  }

  it('asks the parser only for markup the attribute reader cannot read as a parser would', () => {
    const { doc, lazy, alone } = pageWithTextFallbacks();
    const named = doc.createElement('p');
    const namedNs = doc.createElement('noscript');
    namedNs.textContent = '<img src="/photos/cafe.jpg" alt="Caf&eacute; de Flore&nbsp;at dawn">';
    named.append(namedNs);
    const commented = doc.createElement('p');
    const commentedNs = doc.createElement('noscript');
    commentedNs.textContent = '<!-- <img src="/photos/old.jpg"> --><img src="/photos/new.jpg">';
    commented.append(commentedNs);
    doc.body.append(named, commented);
    const parser = markupParserFor(doc)!;
    const asked: string[] = [];
    promoteNoscripts(doc.body, (html) => {
      asked.push(html);
      return parser(html);
    });
    expect(asked).toEqual([namedNs.textContent, commentedNs.textContent]);
    expect(named.querySelector('img')!.getAttribute('alt')).toBe('Café de Flore\u00a0at dawn');
    expect(commented.querySelector('img')!.getAttribute('src')).toBe('/photos/new.jpg');
    // "&amp;", numeric references and "&h=600" in an address: the reader's result is the parser's.
    expect(lazy.querySelector('img')!.getAttribute('src')).toBe('/photos/real.jpg?w=800&h=600');
    expect(alone.querySelector('img')!.getAttribute('alt')).toBe('Tom & Jerry "live"');
  });

  it('markupParserFor gives null for a document without a window', () => {
    const { doc } = pageWithTextFallbacks();
    expect(markupParserFor(doc.implementation.createHTMLDocument(''))).toBeNull();
  });
});
