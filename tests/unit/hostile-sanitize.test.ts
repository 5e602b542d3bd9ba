import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { safeSrcset, sanitizeArticleHtml } from '../../src/ui/sanitize-article-html';

const { window } = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://reader.test/' });
const win = window as unknown as Window;

function clean(html: string): string {
  return sanitizeArticleHtml(html, win);
}

describe('sanitizeArticleHtml', () => {
  it('keeps article structure, figures and the folio classes', () => {
    const html =
      '<h2>Harbour</h2><p>The <em>ferry</em> <strong>left</strong>.</p><ul><li>one</li></ul>' +
      '<figure data-folio-figure=""><img src="https://img.test/a.jpg" alt="Boat" width="640" height="480">' +
      '<figcaption><span class="folio-caption">A boat</span> <small class="folio-credit">Photo: Ana</small></figcaption></figure>' +
      '<table><thead><tr><th scope="col">a</th></tr></thead><tbody><tr><td colspan="2">b</td></tr></tbody></table>';
    expect(clean(html)).toBe(html);
  });

  it('removes scripts, handlers, frames, objects, forms, base/meta/link/style and style attributes', () => {
    const out = clean(
      '<p onclick="x()" style="color:red" id="main">text</p><script>alert(1)</script><iframe src="https://e.test"></iframe>' +
        '<object data="x.swf"></object><embed src="x.swf"><form action="https://evil.test"><input type="password"><button>Go</button></form>' +
        '<base href="https://evil.test/"><meta http-equiv="refresh" content="0;url=https://evil.test"><link rel="stylesheet" href="https://evil.test/a.css">' +
        '<style>body{display:none}</style><svg onload="x()"><circle/></svg><template><p>t</p></template>',
    );
    expect(out).toBe('<p>text</p>');
  });

  it("keeps a formula's presentation MathML with its layout attributes, and nothing of MathML's payload elements", () => {
    expect(
      clean(
        '<p>So <math display="block" onclick="x()" href="javascript:alert(1)"><msup mathvariant="bold" style="color:red"><mi>x</mi><mn>2</mn></msup><mglyph src="x"/><malignmark/><maction actiontype="statusline"><mi>y</mi></maction><semantics><mi>z</mi><annotation-xml encoding="text/html"><img src=x onerror="x()"></annotation-xml></semantics></math></p>',
      ),
    ).toBe(
      // An <maction> and a <semantics> leave their drawn content; an annotation leaves nothing.
      '<p>So <math display="block"><msup mathvariant="bold"><mi>x</mi><mn>2</mn></msup><mi>y</mi><mi>z</mi></math></p>',
    );
    // An HTML element inside a token element is kept only as the allowlist keeps it anywhere; the
    // classic mutation payload leaves no element that runs anything.
    const out = clean(
      '<math><mtext><table><mglyph><style><img src=x onerror="window.__bump()"></style></mglyph></table></mtext></math>',
    );
    expect(out).not.toMatch(/onerror|<style|<mglyph|<img/);
  });

  it('drops non-http(s) link targets, including obfuscated javascript:', () => {
    for (const href of [
      'javascript:alert(1)',
      'jav&#x09;ascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'mailto:a@b.test',
      '/relative',
      '//evil.test/x',
    ]) {
      expect(clean(`<p><a href="${href}">x</a></p>`)).toBe('<p><a>x</a></p>');
    }
  });

  it('opens links in a new tab without opener or referrer', () => {
    expect(clean('<p><a href="https://news.test/a" target="_self" rel="opener">x</a></p>')).toBe(
      '<p><a href="https://news.test/a" target="_blank" rel="noopener noreferrer">x</a></p>',
    );
  });

  it('allows http(s) and raster data images only', () => {
    expect(clean('<img src="javascript:alert(1)">')).toBe('<img>');
    expect(clean('<img src="data:image/svg+xml;base64,PHN2Zz4=">')).toBe('<img>');
    expect(clean('<img src="data:image/png;base64,iVBORw0KGgo=">')).toBe(
      '<img src="data:image/png;base64,iVBORw0KGgo=">',
    );
    expect(clean('<img srcset="https://a.test/1.jpg 1x, javascript:alert(1) 2x">')).toBe('<img>');
  });

  it('keeps only folio classes', () => {
    expect(clean('<span class="folio-credit evil overlay">c</span><p class="x">y</p>')).toBe(
      '<span class="folio-credit">c</span><p>y</p>',
    );
  });

  it('is idempotent', () => {
    const once = clean(
      '<p><a href="https://a.test/">x</a><img src="https://a.test/i.png" srcset="https://a.test/i2.png 2x"></p>',
    );
    expect(clean(once)).toBe(once);
  });

  it('normalizes srcset candidates', () => {
    expect(safeSrcset('https://a.test/1.jpg 480w,https://a.test/2.jpg 960w')).toBe(
      'https://a.test/1.jpg 480w, https://a.test/2.jpg 960w',
    );
    expect(safeSrcset('https://a.test/1.jpg 480w 2x')).toBeNull();
  });

  it('keeps commas inside a srcset URL in that URL (figures-comma-urls.html)', () => {
    const url = 'https://i.img.test/abc/c:1200:675,fp:0.5,0.5/photo.jpg';
    expect(safeSrcset(`${url} 1200w, https://i.img.test/small.jpg 600w`)).toBe(
      `${url} 1200w, https://i.img.test/small.jpg 600w`,
    );
  });

  it('never throws on garbage and handles deep nesting', () => {
    expect(clean('')).toBe('');
    expect(() => clean('<<<>>>\u0000\ufffd</p></div><p')).not.toThrow();
    const deep = `${'<div>'.repeat(1500)}deep${'</div>'.repeat(1500)}`;
    expect(clean(deep)).toContain('deep');
  });
});
