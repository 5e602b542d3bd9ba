import { describe, expect, it } from 'vitest';
import { article, extractFixture } from './core-helpers';

// A page shaped like the seed article: clutter inside and around the body, two AP-credited figures.
describe('a news page modelled on the seed article', () => {
  const a = article(extractFixture('core-seed-like-article.html', 'https://coastline.example/news/barrier/'));

  it('keeps every paragraph of the story', () => {
    for (const s of [
      'The harbour council voted on Tuesday evening',
      'Supporters said the barrier would protect',
      'Opponents argued that the structure',
      'The chief engineer told the meeting',
      'Work on the foundations is expected',
      'Several residents said after the vote',
      'The council will publish the final design in May',
    ])
      expect(a.text).toContain(s);
  });

  it('drops the clutter in and around the body, and lists it', () => {
    for (const s of [
      'Join our Coastline Daily community',
      'Leave a Comment',
      'Post Comment',
      'Your email address will not be published',
      'What You Need to Know',
      'is an online news outlet',
      'Recent Posts',
      'Advertisement',
      'Share on Facebook',
      'READ MORE',
      'We use cookies',
      'Subscribe to our newsletter',
      'Previous:',
      'Quick Links',
      'Tags:',
    ]) {
      expect(a.text).not.toContain(s);
      expect(a.html).not.toContain(s);
    }
    const kinds = new Set(a.removed.map((r) => r.kind));
    expect(kinds.has('promo')).toBe(true);
    expect(kinds.has('ad')).toBe(true);
    for (const r of a.removed) expect(r.text.length).toBeLessThanOrEqual(120);
  });

  it('takes the title and the body byline out of the text and names the writers', () => {
    expect(a.text).not.toContain('Harbour council approves new tidal barrier');
    expect(a.text).not.toContain('By Marta Quill');
    expect(a.authors).toEqual(['Marta Quill', 'Jonas Reed']);
    expect(a.title).toBe('Harbour council approves new tidal barrier after long debate');
  });

  it('keeps captions and credits out of the text', () => {
    expect(a.text).not.toContain('scale model of the planned barrier');
    expect(a.text).not.toContain('AP Photo');
    expect(a.html).toContain('<figure');
  });

  it('counts words and reading time', () => {
    expect(a.wordCount).toBeGreaterThan(150);
    expect(a.readingTimeMinutes).toBeGreaterThanOrEqual(1);
    expect(a.excerpt.length).toBeGreaterThan(0);
  });
});
