import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isProbablyArticle } from '../../src/core/detect/is-probably-article';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const detect = (name: string, url: string) => {
  const doc = new JSDOM(readFileSync(path.join(FIXTURES, name), 'utf8'), { url }).window.document;
  return isProbablyArticle(doc, { url });
};

describe('isProbablyArticle', () => {
  it.each([
    ['detect-home-page.html', 'https://gazette.example/'],
    ['detect-home-page.html', 'https://gazette.example/?ref=menu&page=2'],
    ['detect-section-front.html', 'https://gazette.example/sport/'],
    ['detect-search-results.html', 'https://gazette.example/search?q=quay'],
    ['detect-login-page.html', 'https://gazette.example/login'],
    ['detect-shop-page.html', 'https://shop.example/product/brass-ship-bell'],
  ])('%s at %s is not an article', (name, url) => {
    const r = detect(name, url);
    expect(r.isArticle).toBe(false);
    expect(r.reason).not.toBe('');
  });

  it('takes a short post declared an article for one when its paragraphs say a few sentences, not when they are labels', () => {
    const url = 'https://plot42.example/2024/11/first-frost';
    expect(detect('detect-article-short-post.html', url)).toMatchObject({
      isArticle: true,
      reason: 'og:type article',
    });
    const doc = new JSDOM(readFileSync(path.join(FIXTURES, 'detect-article-short-post.html'), 'utf8'), {
      url,
    }).window.document;
    doc.querySelector('.entry')!.innerHTML = '<p>Photos</p><p>Share this post</p><p>Posted in Garden</p>';
    expect(isProbablyArticle(doc, { url })).toMatchObject({
      isArticle: false,
      reason: 'og:type article, but little text',
    });
  });

  it('recognises a login page by its password field, whatever the URL', () => {
    expect(
      detect('detect-login-page.html', 'https://gazette.example/2024/welcome-back-reader').isArticle,
    ).toBe(false);
  });

  it('recognises a shop page by its product metadata, whatever the URL', () => {
    expect(detect('detect-shop-page.html', 'https://shop.example/brass-ship-bell-with-rope').reason).toMatch(
      /shop/,
    );
  });

  it.each([
    ['detect-article-json-ld.html', 'https://gazette.example/2024/03/quay-plan-approved'],
    ['detect-article-plain.html', 'https://notes.example/notes-from-the-quay.html'],
    // WordPress's plain links: the post is named by the query, the path is "/".
    ['detect-article-plain.html', 'https://notes.example/?p=3289'],
    ['detect-article-plain.html', 'https://notes.example/news/?article=4521'],
    ['detect-article-with-related-cards.html', 'https://gazette.example/2024/quay-report-in-full'],
    ['detect-article-cjk.html', 'https://minato.example/news/20250113-000123.html'],
    // Prose outside <p>: lines split by <br>, paragraphs set as <div>s.
    ['detect-article-br-lines.html', 'https://riverside.example/2024/03/a-walk-by-the-river.html'],
    ['detect-article-div-paragraphs.html', 'https://parish.example/news/names-read-out-2024'],
    ['detect-article-div-paragraphs-spaced.html', 'https://millbrook.example/news/mill-pond-clean'],
  ])('%s at %s is an article', (name, url) => {
    const r = detect(name, url);
    expect(r.isArticle).toBe(true);
    expect(r.score).toBeGreaterThan(0.5);
  });

  it('does not take the text boxes of teasers, products, a forum index, a cookie notice or a footer for prose, even at an article-like URL', () => {
    const r = detect('detect-teaser-boxes.html', 'https://gazette.example/2024/03/latest-from-the-quay.html');
    expect(r.isArticle).toBe(false);
  });

  it('takes a forum thread of short posts for an article, not the same boxes as teasers or product cards', () => {
    const url = 'https://allotments.example/showthread.php?t=88';
    expect(detect('detect-forum-thread.html', url).isArticle).toBe(true);
    const load = () =>
      new JSDOM(readFileSync(path.join(FIXTURES, 'detect-forum-thread.html'), 'utf8'), { url }).window
        .document;
    // Each box under a headline that links to another page: a teaser list.
    const teasers = load();
    teasers.querySelectorAll('blockquote').forEach((box, i) => {
      box.insertAdjacentHTML('beforebegin', `<h3><a href="/news/item-${i}">Item ${i}</a></h3>`);
    });
    expect(isProbablyArticle(teasers, { url }).isArticle).toBe(false);
    // Each box beside a button: product cards.
    const products = load();
    products.querySelectorAll('blockquote').forEach((box) => {
      box.insertAdjacentHTML('afterend', '<button>Add to basket</button>');
    });
    expect(isProbablyArticle(products, { url }).isArticle).toBe(false);
  });

  it('gives a clear answer for an empty document instead of throwing', () => {
    const doc = new JSDOM('').window.document;
    expect(isProbablyArticle(doc, { url: 'https://x.example/a' }).isArticle).toBe(false);
  });
});
