// The contents' outline on a rendered article body (jsdom): ids given to the headings that get an
// entry, never one already used in the same root, and the headings made focusable for navigation.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../src/ui/comfort/article-outline';

function body(html: string): Element {
  const { document } = new JSDOM(
    `<h1 id="folio-title">Title</h1><div id="folio-toc-one"></div><div class="folio-body">${html}</div>`,
  ).window;
  return document.querySelector('.folio-body') as Element;
}

describe('article outline', () => {
  it('gives each listed heading a fresh id and makes it focusable; skips empty ones', () => {
    const root = body('<h2>One</h2><p>x</p><h3> </h3><h3>Two</h3><h2>Three</h2>');
    const outline = outlineOf(root);
    expect(outline.entries.map((entry) => [entry.text, entry.depth])).toEqual([
      ['One', 0],
      ['Two', 1],
      ['Three', 0],
    ]);
    expect(outline.targets.map((heading) => heading.id)).toEqual([
      'folio-toc-one-2',
      'folio-toc-two',
      'folio-toc-three',
    ]);
    for (const heading of outline.targets) expect(heading.tabIndex).toBe(-1);
    const ids = Array.from(root.ownerDocument.querySelectorAll('[id]'), (element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(root.querySelector('h3:not([id])')?.textContent).toBe(' ');
  });

  it('gives no outline to an article with fewer than three headings, and changes nothing', () => {
    const root = body('<h2>One</h2><h2>Two</h2>');
    expect(outlineOf(root)).toEqual({ entries: [], targets: [] });
    expect(root.querySelectorAll('[id], [tabindex]')).toHaveLength(0);
  });
});
