import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isProbablyArticle } from '../../src/core/detect/is-probably-article';
import { articleOnPage, forgetArticle } from '../../src/extension/content/page-article';

function load(fixture: string, url: string): Document {
  const html = readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), 'utf8');
  return new JSDOM(html, { url }).window.document;
}

describe('the article on a page (what the popup and the reader ask for)', () => {
  it('is extracted even when the detector says no: a short news item in <br>-separated text', () => {
    forgetArticle();
    const url = 'https://harbour-gazette.example/ferry';
    const doc = load('popup-short-news-br.html', url);
    expect(isProbablyArticle(doc, { url }).isArticle).toBe(false);
    const result = articleOnPage(doc, url);
    expect(result.isArticle).toBe(true);
    if (result.isArticle) expect(result.text).toContain('twenty minutes earlier');
  });

  it('is "no article" only when the engine finds none either', () => {
    forgetArticle();
    const url = 'https://shop.example/login';
    const result = articleOnPage(load('e2e-not-article.html', url), url);
    expect(result.isArticle).toBe(false);
    // The engine's own reason, not a detector verdict: the popup ran the engine.
    if (!result.isArticle) expect(result.reason).toBe('no-content');
  });
});
