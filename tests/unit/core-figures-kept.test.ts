import { describe, expect, it } from 'vitest';
import { article, extractFixture } from './core-helpers';

describe('figures in the body', () => {
  it('keeps a photo that the site wrapped in a slide-viewer button', () => {
    const a = article(extractFixture('core-figure-in-button.html'));
    expect(a.figures.map((f) => f.src)).toContain('https://news.example/img/crates.jpg');
    expect(a.html).toContain('<img src="https://news.example/img/crates.jpg"');
    expect(a.html).not.toContain('<button');
    expect(a.text).not.toContain('Crates of apples wait');
  });
});
