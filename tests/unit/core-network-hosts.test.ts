import { describe, expect, it } from 'vitest';
import { extractArticle as extractWithCore } from '../../src/core/extract-article';
import { article, extractFixture, FIXTURE_URL, loadFixture } from './core-helpers';

// The social networks' and trackers' addresses are data (src/site-data/networks.ts) that src/lib
// hands the engine; the engine names none of them.
describe('links and images known by the networks they point at', () => {
  const FIXTURE = 'clutter-network-links-by-address.html';

  it('removes share and profile rows, a bare profile line and a tracker image, all known by address', () => {
    const a = article(extractFixture(FIXTURE));
    expect(a.text).toMatch(/^The orchard cooperative finished/);
    expect(a.text).toMatch(/a line of old poplars\.$/);
    expect(a.figures).toEqual([]);
    expect(a.html).not.toContain('doubleclick');
    expect(a.removed.map((r) => [r.kind, r.reason, r.text])).toEqual([
      ['share', '3 share links', 'Post Send Pin'],
      ['other', 'bare address', 'instagram.com/orchardcoop'],
      ['share', 'social profile links', 'Pictures Films Notes'],
    ]);
  });

  it('knows no network in the engine itself: a row of links still goes, by its shape alone', () => {
    const a = article(extractWithCore(loadFixture(FIXTURE), { url: FIXTURE_URL }));
    expect(a.text).toMatch(/instagram\.com\/orchardcoop$/);
    expect(a.figures.map((f) => f.src)).toEqual([
      'https://ad.doubleclick.net/ddm/activity/orchard-visit.png',
    ]);
    expect(a.removed.map((r) => [r.kind, r.text])).toEqual([
      ['navigation', 'Post Send Pin'],
      ['navigation', 'Pictures Films Notes'],
    ]);
  });
});
