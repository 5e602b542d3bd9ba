// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, nodeToMarkdown } from '../../src/ui/html-to-markdown';

describe('htmlToMarkdown', () => {
  it('keeps headings, emphasis, links, lists and quotes', () => {
    const md = htmlToMarkdown(
      '<h2>Tides</h2><p>The <strong>spring</strong> tide is <em>high</em>, see <a href="https://tides.example/">tables</a>.</p>' +
        '<ol start="3"><li>Moon</li><li>Sun<ul><li>Wind</li></ul></li></ol><blockquote><p>Line one</p><p>Line two</p></blockquote>',
      document,
    );
    expect(md).toBe(
      [
        '## Tides',
        'The **spring** tide is _high_, see [tables](https://tides.example/).',
        '3. Moon\n4. Sun\n\n   - Wind',
        '> Line one\n>\n> Line two',
      ].join('\n\n'),
    );
  });

  it('escapes markdown characters in text and keeps code verbatim', () => {
    const md = htmlToMarkdown('<p>2*3 = [six]</p><pre><code>a *b* _c_\n  indented</code></pre>', document);
    expect(md).toBe('2\\*3 = \\[six\\]\n\n```\na *b* _c_\n  indented\n```');
  });

  it("keeps a ruby's readings over their characters, without the brackets for browsers that lack ruby", () => {
    const md = htmlToMarkdown(
      '<p><ruby>桟橋<rp>(</rp><rt>さんばし</rt><rp>)</rp></ruby>を<em>再建</em></p>',
      document,
    );
    expect(md).toBe('<ruby>桟橋<rt>さんばし</rt></ruby>を_再建_');
  });

  it("writes an inline quotation's marks and a correction's struck words", () => {
    const md = htmlToMarkdown('<p>He said <q>on time</q>, on <del>Tuesday</del> Wednesday.</p>', document);
    expect(md).toBe('He said "on time", on ~~Tuesday~~ Wednesday.');
  });

  it('writes a formula as a line of its symbols', () => {
    const md = htmlToMarkdown(
      '<p>So <math><mi>h</mi><mo>=</mo><mfrac><mi>R</mi><mn>2</mn></mfrac><msup><mi>x</mi><mn>2</mn></msup></math> holds.</p>',
      document,
    );
    expect(md).toBe('So h = R/2 x^2 holds.');
  });

  it('writes figures with caption and credit, and tables', () => {
    const md = htmlToMarkdown(
      '<figure><img src="https://x.example/a.jpg" alt="Boat"><figcaption><span class="folio-caption">At sea.</span> <small class="folio-credit">Photo: Kim</small></figcaption></figure>' +
        '<table><tr><th>Port</th><th>Depth</th></tr><tr><td>Oban</td><td>12 m</td></tr></table>',
      document,
    );
    expect(md).toContain('![Boat](https://x.example/a.jpg)\n\n_At sea. (Photo: Kim)_');
    expect(md).toContain('| Port | Depth |\n| --- | --- |\n| Oban | 12 m |');
  });

  it('handles nesting 20,000 levels deep without overflowing the stack', () => {
    // Built bottom-up: jsdom's own parser and insertion recurse per level, a browser's do not.
    let node: Element = document.createElement('p');
    node.textContent = 'deep';
    for (let i = 0; i < 20_000; i++) {
      const wrapper = document.createElement(i % 2 === 0 ? 'div' : 'blockquote');
      wrapper.append(node);
      node = wrapper;
    }
    const fragment = document.createDocumentFragment();
    fragment.append(node);
    expect(nodeToMarkdown(fragment)).toContain('deep');
  });
});
