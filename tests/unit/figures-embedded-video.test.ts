import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle as extractWithCore } from '../../src/core/extract-article';
import { VideoStandIns } from '../../src/core/figures/embedded-video';
import { EMBED_HOSTS } from '../../src/site-data/embed-hosts';
import { htmlToMarkdown } from '../../src/ui/html-to-markdown';
import { sanitizeArticleHtml } from '../../src/ui/sanitize-article-html';
import { article, extractFixture, loadFixture } from './core-helpers';

const { document: doc, window } = new JSDOM('<!doctype html><body></body>').window;

function frame(attrs: Record<string, string>): Element {
  const el = doc.createElement('iframe');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** Where the stand-in for `player` leads: its still's video, or its own figure's link. */
function standIn(player: Element): { page: string | null; still: string | null } {
  const videos = new VideoStandIns(EMBED_HOSTS.videos);
  const el = videos.standIn(player, doc);
  if (!el) return { page: null, still: null };
  const video = videos.stills.get(el);
  if (video) return { page: video.page, still: el.getAttribute('src') };
  return { page: el.querySelector('a')?.getAttribute('href') ?? null, still: null };
}

/** The written video figures: the still's link and address, the caption (a link) and the credit. */
function videosIn(html: string) {
  return Array.from(new JSDOM(html).window.document.querySelectorAll('figure.folio-video')).map((fig) => ({
    link: fig.querySelector(':scope > a')?.getAttribute('href') ?? null,
    still: fig.querySelector('img')?.getAttribute('src') ?? null,
    caption: fig.querySelector('.folio-caption > a')?.textContent ?? null,
    captionLink: fig.querySelector('.folio-caption > a')?.getAttribute('href') ?? null,
    credit: fig.querySelector('.folio-credit')?.textContent ?? '',
  }));
}

describe('embedded videos', () => {
  it('knows no host in the engine itself: src/lib hands it the providers, a page-owned <video> needs none', () => {
    const bare = article(extractWithCore(loadFixture('figures-embedded-video.html')));
    expect(videosIn(bare.html)).toEqual([]);
    const own = article(extractWithCore(loadFixture('figures-video-element.html')));
    const links = videosIn(own.html).map((v) => v.captionLink ?? '');
    expect(links).toContain('https://news.example/media/storm.mp4');
    expect(links.filter((l) => /youtube|vimeo/.test(l))).toEqual([]);
  });

  it("keeps each known host's video the story embeds as a link to it, and drops other and hidden frames", () => {
    const a = article(extractFixture('figures-embedded-video.html'));
    expect(videosIn(a.html)).toEqual([
      {
        link: 'https://www.youtube.com/watch?v=AbCdEfGhIjK',
        still: 'https://i.ytimg.com/vi/AbCdEfGhIjK/hqdefault.jpg',
        caption: 'The Harbour at Dusk – Official Trailer',
        captionLink: 'https://www.youtube.com/watch?v=AbCdEfGhIjK',
        credit: 'YouTube',
      },
      // The lazy player's address, its start time carried; its stock title names no video.
      {
        link: 'https://www.youtube.com/watch?v=Zz_9-yXwVu8&t=17s',
        still: 'https://i.ytimg.com/vi/Zz_9-yXwVu8/hqdefault.jpg',
        caption: 'youtube.com/watch?v=Zz_9-yXwVu8&t=17s',
        captionLink: 'https://www.youtube.com/watch?v=Zz_9-yXwVu8&t=17s',
        credit: 'YouTube',
      },
      // Vimeo serves no still at an address of its own: the caption is the link.
      {
        link: null,
        still: null,
        caption: 'vimeo.com/32246206',
        captionLink: 'https://vimeo.com/32246206',
        credit: 'Vimeo',
      },
    ]);
    // Each video where the story set it, after the paragraph it follows.
    const html = a.html;
    expect(html.indexOf('watch?v=AbCdEfGhIjK')).toBeGreaterThan(html.indexOf('most tense of the year'));
    expect(html.indexOf('watch?v=AbCdEfGhIjK')).toBeLessThan(html.indexOf('Glass Orchard'));
    for (const gone of [
      'ads.example.net',
      'HiddenVid01',
      'Hidden teaser clip',
      '<iframe',
      'YouTube video player',
    ])
      expect(html).not.toContain(gone);
    // Videos are no photos of the story, and their titles are no text of it.
    expect(a.figures).toEqual([]);
    expect(a.text).not.toContain('Official Trailer');
    expect(a.text).toContain('Tell us which one you are going to see first');
  });

  it("keeps the page's own videos, and pairs a video's caption and credit as a photo's", () => {
    const a = article(extractFixture('figures-video-element.html'));
    expect(videosIn(a.html)).toEqual([
      {
        link: 'https://news.example/media/storm.mp4',
        still: 'https://news.example/media/storm-poster.jpg',
        caption: 'Waves break over the harbour wall in Kilbay on Tuesday night.',
        captionLink: 'https://news.example/media/storm.mp4',
        credit: 'Jane Roe',
      },
      // No poster: the caption is the link, named for the file; a file elsewhere by its host too,
      // without the CDN's folders and the signed query.
      {
        link: null,
        still: null,
        caption: 'drone.mp4',
        captionLink: 'https://news.example/media/drone.mp4',
        credit: '',
      },
      {
        link: null,
        still: null,
        caption: 'cdn.video.example/…/file.mp4',
        captionLink:
          'https://cdn.video.example/playback/7519/rendition/540p/file.mp4?loc=external&token_id=1329&signature=a80d65b9d682ee61',
        credit: '',
      },
      // A caption box of its own after the player's box, credit split off.
      {
        link: 'https://www.youtube.com/watch?v=Kilbay12345',
        still: 'https://i.ytimg.com/vi/Kilbay12345/hqdefault.jpg',
        caption: 'The mayor of Kilbay visits the flooded harbour.',
        captionLink: 'https://www.youtube.com/watch?v=Kilbay12345',
        credit: 'Tom Berg / Coast TV',
      },
      // No still, in the page's <figure>: that figure's caption is its own, credit split off.
      {
        link: null,
        still: null,
        caption: 'The harbour wall from the air, a year before the storm.',
        captionLink: 'https://vimeo.com/76979871',
        credit: 'Kilbay Drone Club',
      },
      // A clip's label opens the video's own caption: beside a photo it would name a teaser's clip.
      {
        link: 'https://news.example/media/council.mp4',
        still: 'https://news.example/media/council-poster.jpg',
        caption: "Watch: the council's emergency meeting on Wednesday.",
        captionLink: 'https://news.example/media/council.mp4',
        credit: 'Coast TV',
      },
    ]);
    expect(a.html).not.toContain('blob:');
    expect(a.html).not.toContain('does not support the video tag');
    expect(a.removed.filter((r) => r.kind === 'caption')).toEqual([]);
    expect(a.figures).toEqual([]);
  });

  it('reads the address a lazy loader keeps, only over https, and only for a player of a known host', () => {
    expect(standIn(frame({ src: 'http://www.youtube.com/embed/AbCdEfGhIjK' }))).toEqual({
      page: 'https://www.youtube.com/watch?v=AbCdEfGhIjK',
      still: 'https://i.ytimg.com/vi/AbCdEfGhIjK/hqdefault.jpg',
    });
    expect(standIn(frame({ 'data-lazy-src': 'https://www.dailymotion.com/embed/video/x8abc12' }))).toEqual({
      page: 'https://www.dailymotion.com/video/x8abc12',
      still: 'https://www.dailymotion.com/thumbnail/video/x8abc12',
    });
    expect(
      standIn(frame({ src: 'https://www.youtube.com/embed/videoseries?list=PL0123456789abcdef' })),
    ).toEqual({
      page: 'https://www.youtube.com/playlist?list=PL0123456789abcdef',
      still: null,
    });
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
      expect(standIn(frame({ src })).page, src).toBeNull();
  });

  it("takes a player's stock title for no title, and keeps a real one", () => {
    const caption = (title: string) =>
      new VideoStandIns(EMBED_HOSTS.videos)
        .standIn(frame({ src: 'https://player.vimeo.com/video/123', title }), doc)
        ?.querySelector('.folio-caption')?.textContent;
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

describe('embedded posts', () => {
  it("keeps an Instagram post the story embeds as a link to it, with the post's lines as caption", () => {
    const a = article(extractFixture('figures-social-post.html'));
    expect(videosIn(a.html)).toEqual([
      {
        link: null,
        still: null,
        caption:
          'Der erste Sprung vom Steg, halb sieben Uhr morgens #see #sommer — Ein Beitrag geteilt von Seebad Nord (@seebad.nord)',
        captionLink: 'https://www.instagram.com/p/C7abcDEFghi/',
        credit: 'Instagram',
      },
      {
        link: null,
        still: null,
        caption: 'A post shared by Camping Bucht (@camping.bucht)',
        captionLink: 'https://www.instagram.com/reel/C8xyzUVWrst/',
        credit: 'Instagram',
      },
    ]);
    // The host's own line for its script goes; a quotation stays a quotation.
    expect(a.html).not.toMatch(/Sieh dir diesen Beitrag|View this post/);
    expect(a.html).toContain('<blockquote><p>„Der See ist im August wärmer als das Meer“');
    expect(a.removed.filter((r) => r.kind === 'navigation')).toEqual([]);
  });
});
