// The hostile fixture (30+ XSS vectors inside the article, a phishing form, an overlay, page CSS and
// prototype tampering) through the engine and the render-time sanitizer: the story survives, none of
// the payloads do.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/index';
import { ALLOWED_ATTR, ALLOWED_TAGS, sanitizeArticleHtml } from '../../src/ui/sanitize-article-html';
import { findHostileMarkup } from './hostile-markup';

const FIXTURE = new URL('../fixtures/hostile-article.html', import.meta.url);
const PAGE_URL = 'https://coastline.example/people/last-keeper';
/** Every payload in the fixture carries one of these; none may survive in an attribute. */
const PAYLOAD_MARKERS = ['__bump', 'javascript:', 'vbscript:', 'data:text', 'expression('];

function scanArticleHtml(html: string): string[] {
  const { window } = new JSDOM('<!doctype html><body></body>');
  const template = window.document.createElement('template');
  template.innerHTML = html;
  return findHostileMarkup(template.content, {
    forbiddenTags: null,
    allowedTags: [...ALLOWED_TAGS],
    allowedAttrs: [...ALLOWED_ATTR, 'target', 'rel'],
    bannedValueParts: PAYLOAD_MARKERS,
  });
}

function extractFixture() {
  const html = readFileSync(FIXTURE, 'utf8');
  const { window } = new JSDOM(html, { url: PAGE_URL });
  const before = window.document.documentElement.outerHTML;
  const result = extractArticle(window.document, { url: PAGE_URL });
  return { result, window, before };
}

describe('hostile article fixture', () => {
  it('holds at least 30 distinct attack vectors', () => {
    const html = readFileSync(FIXTURE, 'utf8');
    expect(html.match(/__bump/g)?.length ?? 0).toBeGreaterThanOrEqual(30);
  });

  it('still yields the story, with its first and last paragraphs', () => {
    const { result } = extractFixture();
    expect(result.isArticle).toBe(true);
    if (!result.isArticle) return;
    expect(result.text).toContain('hundred and twelve steps');
    expect(result.text).toContain('He says he will keep checking anyway.');
    expect(result.text).not.toContain('Continue reading');
  });

  it('leaves no forbidden element, handler or script URL in the article html', () => {
    const { result } = extractFixture();
    if (!result.isArticle) throw new Error(`no article: ${result.message}`);
    expect(scanArticleHtml(result.html)).toEqual([]);
    for (const figure of result.figures) {
      expect(figure.src).toMatch(/^(https?:|data:image\/)/);
      expect(figure.srcset ?? '').not.toMatch(/javascript:|data:/i);
    }
  });

  it('leaves nothing for the render-time sanitizer to remove, and its output is clean too', () => {
    const { result, window } = extractFixture();
    if (!result.isArticle) throw new Error(`no article: ${result.message}`);
    const rendered = sanitizeArticleHtml(result.html, window as unknown as Window);
    expect(scanArticleHtml(rendered)).toEqual([]);
    const text = (html: string) => {
      const t = window.document.createElement('template');
      t.innerHTML = html;
      return (t.content.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    expect(text(rendered)).toBe(text(result.html));
  });

  it('sanitizes the raw hostile page body on its own (the second layer does not rely on the first)', () => {
    const html = readFileSync(FIXTURE, 'utf8');
    const { window } = new JSDOM('<!doctype html><body></body>', { url: PAGE_URL });
    const rendered = sanitizeArticleHtml(html, window as unknown as Window);
    expect(scanArticleHtml(rendered)).toEqual([]);
    expect(rendered).toContain('hundred and twelve steps');
  });

  it('does not change the page it reads', () => {
    const { window, before } = extractFixture();
    expect(window.document.documentElement.outerHTML).toBe(before);
  });
});
