import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { coverPage } from '../../src/extension/content/page-cover';

function page(bodyAttributes = '') {
  const dom = new JSDOM(
    `<!doctype html><html><head></head><body ${bodyAttributes}><p>Text</p><input id="field"></body></html>`,
    {
      url: 'https://news.example/story',
    },
  );
  const win = dom.window as unknown as Window;
  win.scrollTo = () => undefined;
  return { dom, doc: dom.window.document, win };
}

describe('coverPage', () => {
  it('hides the body and makes it inert, then restores the DOM exactly', () => {
    const { doc, win } = page();
    const before = doc.documentElement.outerHTML;
    const cover = coverPage(doc, win);
    expect(doc.body.style.getPropertyValue('visibility')).toBe('hidden');
    expect(doc.body.hasAttribute('inert')).toBe(true);
    cover.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps the body’s own style and inert attributes byte for byte', () => {
    const { doc, win } = page('style="color: red;  margin:0" inert="inert"');
    const before = doc.documentElement.outerHTML;
    const cover = coverPage(doc, win);
    cover.restore();
    cover.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps changes the page made to the body style while covered', () => {
    const { doc, win } = page('style="color: red"');
    const cover = coverPage(doc, win);
    doc.body.style.setProperty('background', 'blue');
    cover.restore();
    expect(doc.body.style.getPropertyValue('background')).toBe('blue');
    expect(doc.body.style.getPropertyValue('color')).toBe('red');
    expect(doc.body.style.getPropertyValue('visibility')).toBe('');
  });

  it('gives focus back to the element that had it', () => {
    const { doc, win } = page();
    const field = doc.getElementById('field') as HTMLInputElement;
    field.focus();
    const cover = coverPage(doc, win);
    (doc.activeElement as HTMLElement | null)?.blur();
    cover.restore();
    expect(doc.activeElement).toBe(field);
  });
});
