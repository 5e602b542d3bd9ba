import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseSrcset } from '../../src/core/dom/url';
import { article, extractFixture } from './core-helpers';

const QUAY_600 = 'https://img.example/abc/c:600:338,fp:0.5,0.5/quay.jpg';
const QUAY_1200 = 'https://img.example/abc/c:1200:675,fp:0.5,0.5/quay.jpg';
const CRANE_480 = 'https://news.example/abc/c:480:270,fp:0.5,0.5/crane.jpg';
const CRANE_960 = 'https://news.example/abc/c:960:540,fp:0.5,0.5/crane.jpg';

describe('image URLs that contain commas (tests/fixtures/figures-comma-urls.html)', () => {
  it('parseSrcset keeps commas inside a URL and splits only between candidates', () => {
    expect(parseSrcset(`${QUAY_600} 600w, ${QUAY_1200} 1200w`)).toEqual([
      { url: QUAY_600, descriptor: '600w' },
      { url: QUAY_1200, descriptor: '1200w' },
    ]);
    // No space after the comma: the descriptor ends the candidate.
    expect(parseSrcset('a.jpg 1x,b.jpg 2x')).toEqual([
      { url: 'a.jpg', descriptor: '1x' },
      { url: 'b.jpg', descriptor: '2x' },
    ]);
    // A URL that ends in a comma ends its candidate; empty candidates are skipped.
    expect(parseSrcset(' a.jpg,, b.jpg 2x ,')).toEqual([
      { url: 'a.jpg', descriptor: '' },
      { url: 'b.jpg', descriptor: '2x' },
    ]);
    expect(parseSrcset('')).toEqual([]);
  });

  it('the figures list and the html point at the same, whole URLs', () => {
    const a = article(extractFixture('figures-comma-urls.html'));
    expect(a.figures.map((f) => f.src)).toEqual([QUAY_1200, CRANE_960]);
    expect(a.figures[0]!.srcset).toBe(`${QUAY_600} 600w, ${QUAY_1200} 1200w`);
    expect(a.figures[1]!.srcset).toBe(`${CRANE_480} 480w, ${CRANE_960} 960w`);
    const doc = new JSDOM(a.html).window.document;
    const imgs = [...doc.querySelectorAll('img')];
    expect(imgs.map((img) => img.getAttribute('src'))).toEqual([QUAY_1200, CRANE_960]);
    expect(imgs.map((img) => img.getAttribute('srcset'))).toEqual([
      a.figures[0]!.srcset,
      a.figures[1]!.srcset,
    ]);
    expect(a.figures.map((f) => f.credit)).toEqual(['Jane Doe', 'Max Muster']);
  });
});
