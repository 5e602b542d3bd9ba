import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { videoStandIn } from '../../src/core/figures/embedded-video';
import { htmlToMarkdown } from '../../src/ui/html-to-markdown';
import { sanitizeArticleHtml } from '../../src/ui/sanitize-article-html';
import { article, extractFixture } from './core-helpers';

const { document: doc, window } = new JSDOM('<!doctype html><body></body>').window;

function frame(attrs: Record<string, string>): Element {
  const el = doc.createElement('iframe');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

describe('embedded videos', () => {
  it("keeps each known host's video the story embeds as a link to it, and drops other and hidden frames", () => {
    const a = article(extractFixture('figures-embedded-video.html'));
    const html = a.html;
    expect(html.match(/<figure class="folio-video">/g)?.length).toBe(3);
    // Each video where the story set it, after the paragraph it follows.
    expect(html.indexOf('watch?v=AbCdEfGhIjK')).toBeGreaterThan(html.indexOf('most tense of the year'));
    expect(html.indexOf('watch?v=AbCdEfGhIjK')).toBeLessThan(html.indexOf('Glass Orchard'));
    expect(html).toContain(
      '<a href="https://www.youtube.com/watch?v=AbCdEfGhIjK" target="_blank" rel="noopener noreferrer"><img src="https://i.ytimg.com/vi/AbCdEfGhIjK/hqdefault.jpg" alt="The Harbour at Dusk – Official Trailer"></a>',
    );
    // The lazy player's address, its start time carried; its stock title names no video.
    expect(html).toContain('https://www.youtube.com/watch?v=Zz_9-yXwVu8&amp;t=17s');
    expect(html).not.toContain('YouTube video player');
    // Vimeo serves no still at an address of its own: the caption is the link.
    expect(html).toContain(
      '<figcaption><span class="folio-caption"><a href="https://vimeo.com/32246206" target="_blank" rel="noopener noreferrer">vimeo.com/32246206</a></span> <small class="folio-credit">Vimeo</small></figcaption>',
    );
    for (const gone of [
      'ads.example.net',
      'HiddenVid01',
      'Hidden teaser clip',
      '<iframe',
      'youtube-nocookie',
    ])
      expect(html).not.toContain(gone);
    // Videos are no photos of the story, and their titles are no text of it.
    expect(a.figures).toEqual([]);
    expect(a.text).not.toContain('Official Trailer');
    expect(a.text).toContain('Tell us which one you are going to see first');
  });

  it('reads the address a lazy loader keeps, only over https, and only for a player of a known host', () => {
    const still = (el: Element | null) => el?.querySelector('img')?.getAttribute('src') ?? null;
    const link = (el: Element | null) => el?.querySelector('a')?.getAttribute('href') ?? null;
    expect(link(videoStandIn(frame({ src: 'http://www.youtube.com/embed/AbCdEfGhIjK' }), doc))).toBe(
      'https://www.youtube.com/watch?v=AbCdEfGhIjK',
    );
    expect(
      link(videoStandIn(frame({ 'data-lazy-src': 'https://www.dailymotion.com/embed/video/x8abc12' }), doc)),
    ).toBe('https://www.dailymotion.com/video/x8abc12');
    expect(
      still(videoStandIn(frame({ 'data-lazy-src': 'https://www.dailymotion.com/embed/video/x8abc12' }), doc)),
    ).toBe('https://www.dailymotion.com/thumbnail/video/x8abc12');
    expect(
      link(
        videoStandIn(
          frame({ src: 'https://www.youtube.com/embed/videoseries?list=PL0123456789abcdef' }),
          doc,
        ),
      ),
    ).toBe('https://www.youtube.com/playlist?list=PL0123456789abcdef');
    for (const src of [
      'javascript:alert(1)//www.youtube.com/embed/AbCdEfGhIjK',
      'https://evil.example/?u=https://www.youtube.com/embed/AbCdEfGhIjK',
      'https://www.youtube.com.evil.example/embed/AbCdEfGhIjK',
      'https://www.youtube.com/embed/short',
      'https://www.youtube.com/embed/videoseries?list=%22%3E%3Cscript%3E',
      'https://player.vimeo.com/video/notanumber',
      'https://ads.example.net/serve?slot=1',
      'about:blank',
    ])
      expect(videoStandIn(frame({ src }), doc), src).toBeNull();
  });

  it("takes a player's stock title for no title, and keeps a real one", () => {
    const caption = (title: string) =>
      videoStandIn(frame({ src: 'https://player.vimeo.com/video/123', title }), doc)?.querySelector(
        '.folio-caption',
      )?.textContent;
    for (const stock of [
      'YouTube video player',
      'vimeo-player',
      'Vimeo embed',
      'Embedded content',
      'Video',
      '',
    ])
      expect(caption(stock), stock).toBe('vimeo.com/123');
    expect(caption('Night trains of the north (trailer)')).toBe('Night trains of the north (trailer)');
  });

  it("survives the reader's sanitizer with its class and links, and copies to Markdown as a linked still", () => {
    const a = article(extractFixture('figures-embedded-video.html'));
    const box = doc.createElement('div');
    box.innerHTML = sanitizeArticleHtml(a.html, window as unknown as Window);
    const figures = box.querySelectorAll('figure.folio-video');
    expect(figures.length).toBe(3);
    expect(figures[0]?.querySelector('a > img')?.getAttribute('src')).toBe(
      'https://i.ytimg.com/vi/AbCdEfGhIjK/hqdefault.jpg',
    );
    expect(htmlToMarkdown(box.innerHTML, doc)).toContain(
      '[![The Harbour at Dusk – Official Trailer](https://i.ytimg.com/vi/AbCdEfGhIjK/hqdefault.jpg)](https://www.youtube.com/watch?v=AbCdEfGhIjK)',
    );
  });
});
