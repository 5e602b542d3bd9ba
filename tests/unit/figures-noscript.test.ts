import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { markupParserFor } from '../../src/core/dom/parse-markup';
import { promoteNoscripts } from '../../src/core/figures/noscript-images';

// A page read with scripting on keeps a <noscript>'s fallback as text, not as elements.
function boxWithTextFallback(doc: Document, tag: string, markup: string): Element {
  const box = doc.createElement(tag);
  const ns = doc.createElement('noscript');
  ns.textContent = markup;
  box.append(ns);
  doc.body.append(box);
  return box;
}

function pageWithTextFallbacks() {
  const doc = new JSDOM('<!doctype html><body></body>', { url: 'https://news.example/a' }).window.document;
  const lazy = boxWithTextFallback(
    doc,
    'div',
    `<img src='/photos/real.jpg?w=800&amp;h=600' srcset="/photos/real-1x.jpg 1x, /photos/real-2x.jpg 2x">`,
  );
  const placeholder = doc.createElement('img');
  placeholder.setAttribute('src', '/img/placeholder.png');
  placeholder.setAttribute('alt', 'lazy');
  lazy.prepend(placeholder);
  const alone = boxWithTextFallback(
    doc,
    'p',
    '<img alt="Tom &#38; Jerry &quot;live&quot;" src=/photos/alone.jpg width=640>',
  );
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
    const namedMarkup = '<img src="/photos/cafe.jpg" alt="Caf&eacute; de Flore&nbsp;at dawn">';
    const commentedMarkup = '<!-- <img src="/photos/old.jpg"> --><img src="/photos/new.jpg">';
    const named = boxWithTextFallback(doc, 'p', namedMarkup);
    const commented = boxWithTextFallback(doc, 'p', commentedMarkup);
    const parser = markupParserFor(doc)!;
    const asked: string[] = [];
    promoteNoscripts(doc.body, (html) => {
      asked.push(html);
      return parser(html);
    });
    expect(asked).toEqual([namedMarkup, commentedMarkup]);
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
