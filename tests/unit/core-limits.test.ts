// Bounds that keep hostile pages cheap (issue 4) without losing the article.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MAX_CHILDREN_PER_PARENT } from '../../src/core/dom/clone-for-extraction';
import { extractArticle } from '../../src/core/extract-article';
import { article, extractFixture, FIXTURE_URL } from './core-helpers';

const FIXTURES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures');

describe('page size limits', () => {
  it('leaves out the tail of an over-long container, says so, and keeps the article', () => {
    const extra = 300;
    const rows = Array.from(
      { length: MAX_CHILDREN_PER_PARENT + extra },
      (_, i) => `<div>Crossing ${i}</div>`,
    );
    const html = readFileSync(path.join(FIXTURES, 'core-overlong-register.html'), 'utf8').replace(
      '<div id="register"></div>',
      `<div id="register">${rows.join('')}</div>`,
    );
    const doc = new JSDOM(html, { url: FIXTURE_URL }).window.document;
    const a = article(extractArticle(doc, { url: FIXTURE_URL }));
    expect(a.text).toContain('Every entry of the register follows');
    expect(a.text).not.toContain(`Crossing ${MAX_CHILDREN_PER_PARENT + extra - 1}`);
    const note = a.removed.find((r) => r.reason.includes('left out'));
    expect(note?.reason).toContain(`${extra} more items`);
    expect(note?.text).toBe(`Crossing ${MAX_CHILDREN_PER_PARENT}`);
  });

  it('does not count empty siblings, so an article after a flattened deep nest is still read', () => {
    // What a parser that caps nesting depth makes of a page nested 20,000 levels deep: the article
    // comes after thousands of empty sibling wrappers.
    const html = readFileSync(path.join(FIXTURES, 'core-overlong-register.html'), 'utf8').replace(
      '<h1>',
      `${'<div></div>'.repeat(MAX_CHILDREN_PER_PARENT + 50)}<h1>`,
    );
    const doc = new JSDOM(html, { url: FIXTURE_URL }).window.document;
    const a = article(extractArticle(doc, { url: FIXTURE_URL }));
    expect(a.text).toContain('Every entry of the register follows');
    expect(a.removed.some((r) => r.reason.includes('left out'))).toBe(false);
  });

  it('judges nested <nav>s once, so thousands of them around an article still give the article', () => {
    // Each <nav> judged on its own walked through all the ones inside it: 2.8 s for 3,000, 11 s for
    // 8,000; judged once, 0.1 s.
    const prose = `<p>${'Plain words of a long paragraph that names no link at all. '.repeat(20)}</p>`;
    const n = 3000;
    const html = `<title>Nested</title><body>${'<nav>'.repeat(n)}${prose}${'</nav>'.repeat(n)}</body>`;
    const doc = new JSDOM(html, { url: FIXTURE_URL }).window.document;
    const a = article(extractArticle(doc, { url: FIXTURE_URL, timeBudgetMs: 1000 }));
    expect(a.text).toContain('Plain words of a long paragraph');
  });

  it('reads a page whose styles repeat "background: url(" without stalling on them', () => {
    // A pattern that backtracked took seconds on each such style; the string search takes none.
    const boxes = [120, 400, 4000]
      .flatMap((n) => Array.from({ length: 4 }, () => `<div style="${'background: url('.repeat(n)}"></div>`))
      .join('');
    const html = readFileSync(path.join(FIXTURES, 'figures-lead-background-image.html'), 'utf8').replace(
      '<main>',
      `<main>${boxes}`,
    );
    const url = 'https://crag.example/news/north-face-route';
    const a = article(extractArticle(new JSDOM(html, { url }).window.document, { url }));
    expect(a.figures.map((f) => f.credit)).toEqual(['Lena Brandt', '']);
  });

  it('resolves image addresses against the <base href> in the head', () => {
    const a = article(extractFixture('core-base-href-images.html'));
    expect(a.figures[0]?.src).toBe('https://cdn.pier.example/media/lamps/pier-evening.jpg');
  });

  it('honours a <base href> placed in the body, as browsers do', () => {
    const html = readFileSync(path.join(FIXTURES, 'core-base-href-images.html'), 'utf8');
    const moved = html
      .replace(/<base [^>]*>/, '')
      .replace('<body>', `<body>${/<base [^>]*>/.exec(html)?.[0]}`);
    expect(moved).not.toBe(html);
    const doc = new JSDOM(moved, { url: FIXTURE_URL }).window.document;
    const a = article(extractArticle(doc, { url: FIXTURE_URL }));
    expect(a.figures[0]?.src).toBe('https://cdn.pier.example/media/lamps/pier-evening.jpg');
  });
});
