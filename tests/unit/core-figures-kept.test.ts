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

  it('keeps a photo slider whose boxes carry utility class names like "overflow-hidden"', () => {
    const a = article(extractFixture('core-figures-in-utility-classes.html'));
    const srcs = a.figures.map((f) => f.src);
    expect(srcs).toContain('https://news.example/img/press.jpg');
    expect(srcs).toContain('https://news.example/img/rows.jpg');
    expect(a.text).not.toContain('1/2');
  });

  it('keeps a photo inside its full-screen viewer box, but not a sign-up pop-up with a picture', () => {
    const a = article(extractFixture('core-figure-in-lightbox-box.html'));
    const smudge = a.figures.find((f) => f.src === 'https://news.example/img/smudge-pots.jpg');
    expect(smudge?.caption).toBe('Smudge pots burn between the apple trees at dawn.');
    expect(smudge?.credit).toBe('Ines Warder');
    expect(a.text).not.toContain('full screen');
    expect(a.figures.map((f) => f.src)).not.toContain('https://news.example/img/envelope.jpg');
    expect(a.text).not.toContain('orchard report');
  });
});
