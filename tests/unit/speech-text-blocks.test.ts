// The rendered article as spoken blocks, mapped back to DOM ranges (jsdom stands in for the reader).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { rangeFor } from '../../src/extension/content/speech-highlight';
import { buildScript } from '../../src/ui/speech/script';
import { collectBlocks, offsetOf } from '../../src/ui/speech/text-blocks';

const HTML = `<h1 class="folio-title">The lamp at Skerry Point</h1>
<div class="folio-body">
  <p>The keeper <a href="#">climbed <em>the</em> stairs</a> at dusk. He lit the lamp.<br>Then he slept.</p>
  <figure><img src="x.png" alt=""><figcaption>The lamp in 1901. <small class="folio-credit">Photo: Archive</small></figcaption></figure>
  <figure class="folio-video"><a href="https://vimeo.com/1">vimeo.com/1</a><figcaption><span class="folio-caption"><a href="https://vimeo.com/1">vimeo.com/1</a></span> <small class="folio-credit">Vimeo</small></figcaption></figure>
  <pre><code>let x = 1;</code></pre>
  <table><tr><td>a</td><td>b</td></tr></table>
  <ul><li>First item.</li><li>Second item.</li></ul>
</div>`;

function blocksOf(captions: boolean) {
  const doc = new JSDOM(HTML).window.document;
  const roots = Array.from(doc.querySelectorAll('.folio-title, .folio-body'));
  return {
    doc,
    blocks: collectBlocks(roots, { captions, announceCode: 'Code block.', announceTable: 'Table.' }),
  };
}

/** The spoken texts of an article body's markup, captions off. */
function spoken(body: string): string[] {
  const doc = new JSDOM(`<div class="folio-body">${body}</div>`).window.document;
  return collectBlocks(Array.from(doc.querySelectorAll('.folio-body')), {
    captions: false,
    announceCode: 'Code block.',
    announceTable: 'Table.',
  }).map((b) => b.text.trim());
}

describe('spoken blocks', () => {
  it('title, then paragraphs in order; code and tables announced; captions and credits skipped', () => {
    const { blocks } = blocksOf(false);
    expect(blocks.map((b) => b.text.trim().replace(/\s+/g, ' '))).toEqual([
      'The lamp at Skerry Point',
      'The keeper climbed the stairs at dusk. He lit the lamp. Then he slept.',
      'Code block.',
      'Table.',
      'First item.',
      'Second item.',
    ]);
  });

  it('the captions setting reads the caption, never the credit', () => {
    const texts = blocksOf(true).blocks.map((b) => b.text.trim());
    expect(texts).toContain('The lamp in 1901.');
  });

  it("never reads an embedded video's link, whose caption may be its address", () => {
    for (const captions of [false, true])
      expect(
        blocksOf(captions)
          .blocks.map((b) => b.text)
          .join(' '),
      ).not.toMatch(/vimeo/i);
  });

  it('says a formula as a line of its symbols', () => {
    expect(
      spoken('<p>It stands at <math><mfrac><mi>R</mi><mn>2</mn></mfrac></math> above low water.</p>'),
    ).toEqual(['It stands at R/2 above low water.']);
  });

  it("reads who said a quotation with it, though a picture's caption is off", () => {
    expect(
      spoken(
        '<figure><blockquote><p>We will rebuild it.</p></blockquote><figcaption>Mayor Tom Berg</figcaption></figure><figure><img src="p.jpg" alt=""><figcaption>The pier.</figcaption></figure>',
      ),
    ).toEqual(['We will rebuild it.', 'Mayor Tom Berg']);
  });

  it("reads a ruby's characters once, not its reading after them", () => {
    expect(spoken('<p><ruby>桟橋<rp>(</rp><rt>さんばし</rt><rp>)</rp></ruby>を再建へ。</p>')).toEqual([
      '桟橋を再建へ。',
    ]);
  });

  it('a sentence across a link and emphasis is one sentence, and maps back to one DOM range', () => {
    const { doc, blocks } = blocksOf(false);
    const script = buildScript(
      blocks.map((b) => b.text),
      'en',
    );
    const first = script.sentences.find((s) => s.block === 1);
    const block = blocks[1];
    if (!first || !block) throw new Error('no paragraph');
    const range = rangeFor(doc, block, first.start, first.end);
    expect(range?.toString()).toBe('The keeper climbed the stairs at dusk.');
    const em = doc.querySelector('em')?.firstChild;
    if (!em) throw new Error('no em');
    expect(block.text.slice(offsetOf(block, em, 0) ?? 0).startsWith('the stairs')).toBe(true);
    const last = script.sentences.filter((s) => s.block === 1).at(-1);
    if (!last) throw new Error('no last sentence');
    expect(rangeFor(doc, block, last.start, last.end)?.toString()).toBe('Then he slept.');
  });
});
