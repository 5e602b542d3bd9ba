import { describe, expect, it } from 'vitest';
import { article, extractFixture } from './core-helpers';

const STORY = [
  'The orchard cooperative finished its autumn harvest',
  'Growers said the early finish gave them time',
  'The manager, who has worked in the packing shed',
  'Next spring the members plan to plant',
];

describe('single clutter lines around the story', () => {
  it('drops a teaser whose headline is a link', () => {
    const a = article(extractFixture('core-linked-headline-teaser.html'));
    for (const s of STORY) expect(a.text).toContain(s);
    expect(a.text).not.toContain('Cider fair returns');
    expect(a.text).not.toContain('Forty stalls');
  });

  it('drops gallery control labels, stray credits, bare URLs and contact lines', () => {
    const a = article(extractFixture('core-gallery-control-labels.html'));
    for (const s of STORY) expect(a.text).toContain(s);
    for (const s of [
      'https://news.example',
      'Photo: Ada Kern',
      'Caption',
      'Close',
      '1 / 8',
      'ada.kern@',
      'twitter.com',
    ])
      expect(a.text).not.toContain(s);
  });

  it('drops reporting credits and copyright boilerplate', () => {
    const a = article(extractFixture('core-credits-and-boilerplate.html'));
    for (const s of STORY) expect(a.text).toContain(s);
    expect(a.text).not.toContain('contributed to this report');
    expect(a.text).not.toContain('Reporting by');
    expect(a.text).not.toContain('subject to copyright');
  });

  it('drops an appeal that opens with its call to action, however long', () => {
    const a = article(extractFixture('core-appeal-opening-cta.html'));
    for (const s of STORY) expect(a.text).toContain(s);
    expect(a.text).not.toContain('proposition for you');
  });

  it('drops a share prompt and a print-subscription offer', () => {
    expect(article(extractFixture('core-share-bar.html')).text).not.toContain('Share it with a friend');
    expect(article(extractFixture('core-newsletter-box.html')).text).not.toContain('12 issues for');
  });
});
