import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract-article';
import { article, extractFixture, FIXTURE_URL, loadFixture } from './core-helpers';

/** The figures the engine gives for a fixture after `edit` changed one thing in it. */
function figuresAfter(name: string, edit: (doc: Document) => void) {
  const doc = loadFixture(name);
  edit(doc);
  const r = extractArticle(doc, { url: FIXTURE_URL });
  return r.isArticle && r.figures;
}

/** The article's html shows `file` before the text `before`. */
const expectShownBefore = (html: string, file: string, before: string) =>
  expect(html.indexOf(file)).toBeLessThan(html.indexOf(before));

describe('figures in the body', () => {
  it('reads a caption of short paragraphs laid over the photo, and a bracketed "Photo by" credit without its label', () => {
    const a = article(extractFixture('figures-caption-overlay-paragraphs.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['fleet-dusk.jpg', 'Boats return at dusk.', 'Max Muster / AFP'],
      ['auction.jpg', 'Buyers at the first auction.', 'Jane Roe/AFP via Getty Images'],
    ]);
  });

  it('takes a credit box of its own right after a photo with no caption, whole when it says which photo', () => {
    const a = article(extractFixture('figures-credit-box-after-photo.html'));
    expect(a.figures.map((f) => [f.caption, f.credit])).toEqual([
      ['', 'Left image: National Weather Service, right image: Jorge Paiva'],
      ['', ''],
    ]);
    expect(a.text).not.toContain('National Weather Service');
    // A "source" box may be the article's: it is no credit unless a caption comes before it.
    expect(a.text).toContain('Source: state fire service');
  });

  it("reads a slide's or lightbox link's data-caption, but not one shared by several photos", () => {
    const a = article(extractFixture('figures-caption-in-slide-attributes.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['nets.jpg', 'Fishermen mend their nets before dawn.', 'Jane Roe'],
      ['crates.jpg', 'Crates are loaded for the market.', 'Max Muster'],
      ['gulls.jpg', '', ''],
      ['gulls-2.jpg', '', ''],
    ]);
  });

  it('takes a photo drawn by a custom element from its data-src or data-srcset, never a video address', () => {
    const a = article(extractFixture('figures-custom-element-image.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['keepers-boat.jpg', 'The keepers leave the landing stage for the last time.', 'Jane Roe'],
      ['lamp-1600.webp', 'The lamp room after the last watch.', ''],
    ]);
    expect(a.html).not.toContain('m3u8');
  });

  it("takes the photo of a <picture> whose <img> only the page's script writes, once beside its <noscript> copy", () => {
    const a = article(extractFixture('figures-picture-without-img.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['keepers-1600.jpg', 'The keepers leave the landing stage for the last time.', 'Jane Roe'],
      ['lamp.webp', 'The lamp room after the last watch.', ''],
      ['log-book.jpg', 'The last entry in the log book.', ''],
    ]);
  });

  it('shows a photo’s only caption that the page hides behind a "show caption" button, but never twice', () => {
    const a = article(extractFixture('figures-caption-behind-button.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['harbour-wall.jpg', 'Workers set the last block of the new outer wall.', 'Jane Roe'],
      ['boats-return.jpg', 'The first boats return to their moorings.', 'Max Muster'],
      ['quay.jpg', 'The quay on the morning tide.', ''],
      // The button's class names the caption it opens; its label is no caption.
      ['pier-divers.jpg', "Divers check the pier's foundations.", 'Ana Ruiz'],
      // No <figure>: the photo's own box holds the button and the caption it opens.
      ['lamp.jpg', 'The new lamp at the pier head.', 'Jane Roe/Coast News'],
    ]);
    expect(a.text).not.toContain('Show caption');
    expect(a.text).not.toContain('stays hidden');
    expect(a.html).not.toContain('rounding the new wall');
  });

  it("keeps the lead photo of the article's <header> when the header goes, but not the writer's portrait", () => {
    const a = article(extractFixture('figures-lead-in-article-header.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.credit])).toEqual([
      ['lodge-hero.jpg', 'Supplied'],
    ]);
    expectShownBefore(a.html, 'lodge-hero.jpg', 'One of the best-known');
  });

  it('keeps a photo set between the standfirst and the text, however short its caption, but not an avatar there', () => {
    const a = article(extractFixture('figures-lead-between-standfirst-and-text.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['pumpen-70db.jpg', 'Erdölpumpen im Abendrot.', 'Kai Lund/Stock Example'],
    ]);
    expect(a.text).toContain('Schon die Babylonier kannten Erdöl.');
    // A writer's avatar in the same place is no lead photo.
    expect(
      figuresAfter('figures-lead-between-standfirst-and-text.html', (doc) =>
        doc.querySelector('.ce_image img')!.setAttribute('src', '/avatars/writer-48.jpg'),
      ),
    ).toEqual([]);
    // Nor is a small picture with no caption.
    expect(
      figuresAfter('figures-lead-between-standfirst-and-text.html', (doc) =>
        doc.querySelector('.ce_image figcaption')!.remove(),
      ),
    ).toEqual([]);
  });

  it("takes the captioned photo right above the standfirst as the lead, not a writer's photo or one a paragraph away", () => {
    const a = article(extractFixture('figures-lead-above-standfirst.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['SGFyYm91ciBtYXN0ZXIganBn', 'Harbour master', 'Reuters'],
    ]);
    expectShownBefore(a.html, 'SGFyYm91ciBtYXN0ZXIganBn', 'After four decades');
    expect(
      figuresAfter('figures-lead-above-standfirst.html', (doc) =>
        doc.querySelector('.main-photo img')!.setAttribute('alt', 'Author Jane Roe'),
      ),
    ).toEqual([]);
    // A credit alone is a writer's photo's line ("Jane Roe @janeroe").
    expect(
      figuresAfter('figures-lead-above-standfirst.html', (doc) => {
        doc.querySelector('.main-photo img')!.setAttribute('alt', '');
        doc.querySelector('.main-photo figcaption')!.innerHTML =
          '<span class="credit">Jane Roe @janeroe</span>';
      }),
    ).toEqual([]);
    expect(
      figuresAfter('figures-lead-above-standfirst.html', (doc) => {
        // More than a line between photo and standfirst: the photo belongs to that other box.
        const box = doc.createElement('div');
        box.innerHTML =
          '<div>Opening hours of the harbour office</div><div>Monday to Friday from eight until four</div>' +
          '<div>Saturdays by appointment with the duty pilot</div><div>Sundays and holidays closed all day</div>';
        doc.querySelector('.main-photo')!.after(box);
      }),
    ).toEqual([]);
  });

  it('finds the lead photo above the first text part when a later part scores best', () => {
    const a = article(extractFixture('figures-lead-before-first-text-part.html'));
    expect(a.figures.map((f) => f.src.split('/').pop())).toEqual(['lemon-from-seed.jpg']);
    expectShownBefore(a.html, 'lemon-from-seed.jpg', 'Lemon trees are some of the easiest');
  });

  it("keeps a photo stored as a part of its own between the story's text parts, not a linked teaser there", () => {
    const a = article(extractFixture('figures-photo-between-text-parts.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      [
        'staerken-gespraech.jpeg',
        'Die Frage nach den Stärken ist ein Klassiker im Bewerbungsgespräch',
        'Ada Kern',
      ],
    ]);
    expectShownBefore(a.html, 'staerken-gespraech.jpeg', 'In vielen Unternehmen');
    expect(a.text).toContain('Für Führungskräfte beginnt das');
    expect(a.text).not.toContain('Feedback geben');
    // The teaser's box is never taken into the article: it is not even listed as clutter removed from it.
    expect(a.removed.some((r) => r.text.includes('Feedback geben'))).toBe(false);
  });

  it("keeps a photo in a page section of its own between the story's text sections, not one after the story", () => {
    const a = article(extractFixture('figures-photo-between-text-sections.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['pole-vault-winner.jpeg', '', 'Ana Ruiz/Getty Images'],
    ]);
    expectShownBefore(a.html, 'pole-vault-winner.jpeg', 'The world and European hurdles champion');
    expect(a.text).toContain('In the long jump');
  });

  it("gives a hero photo with the headline laid over it its own credit, not the story's byline", () => {
    const a = article(extractFixture('figures-lead-hero-headline-overlay.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['lighthouse-wide.jpg', '', 'Jane Roe'],
    ]);
    expect(a.authors).toEqual(['Ann Lee']);
  });

  it('takes an uncaptioned photo above the body as the lead when its srcset offers a wide picture, not a small portrait', () => {
    const a = article(extractFixture('figures-lead-responsive-no-caption.html'));
    expect(a.figures.map((f) => f.src.split('/').pop())).toEqual(['ferry-main.jpg']);
    expectShownBefore(a.html, 'ferry-main.jpg', 'The council voted');
    // A density descriptor ("2x") says nothing of the width: without a caption the photo is not taken.
    expect(
      figuresAfter('figures-lead-responsive-no-caption.html', (doc) =>
        doc
          .querySelector('.featured img')!
          .setAttribute('srcset', 'https://img.news.example/2026/11/ferry-main@2x.jpg 2x'),
      ),
    ).toEqual([]);
  });

  it("puts the page's share image first when it sits above the body without a caption", () => {
    const a = article(extractFixture('core-lead-image-from-og.html'));
    expect(a.figures.map((f) => f.src)).toEqual(['https://news.example/media/frost-orchard.jpg']);
    expectShownBefore(a.html, 'frost-orchard.jpg', 'Growers in the lower valley');
  });

  it('matches the share image to the copy a CMS resized, named with its size ("-1024x646")', () => {
    const a = article(extractFixture('figures-lead-share-image-resized.html'));
    expect(a.figures.map((f) => f.src.split('/').pop())).toEqual(['night-train-1024x646.jpg']);
    expectShownBefore(a.html, 'night-train-1024x646.jpg', 'Night trains will run');
    // Another picture's name is no match: uncaptioned and of no declared width, it is not the lead.
    expect(
      figuresAfter('figures-lead-share-image-resized.html', (doc) =>
        doc
          .querySelector('meta[property="og:image"]')!
          .setAttribute('content', 'https://railnotes.example/wp-content/uploads/2026/11/night-train-2.jpg'),
      ),
    ).toEqual([]);
  });

  it('takes the share image that a box draws as its CSS background as the lead photo, with its credit line', () => {
    const url = 'https://crag.example/news/north-face-route';
    const a = article(extractFixture('figures-lead-background-image.html', url));
    // Not the teaser of another story drawing it, nor a background pattern.
    // A lazy photo with no src of its own does not count as showing the share image.
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.credit])).toEqual([
      ['north-face-route-1200x520.jpg', 'Lena Brandt'],
      ['rope-team.jpg', ''],
    ]);
    expectShownBefore(a.html, 'north-face-route-1200x520.jpg', 'Two climbers');
    expect(a.text).not.toContain('Photo: Lena Brandt');
    // Without a share image no background is taken for a photo.
    const doc = loadFixture('figures-lead-background-image.html', url);
    doc.querySelector('meta[property="og:image"]')!.remove();
    const r = article(extractArticle(doc, { url }));
    expect(r.figures.map((f) => f.src.split('/').pop())).toEqual(['rope-team.jpg']);
    // The credit set inside the box that draws the photo is the photo's too.
    const inside = loadFixture('figures-lead-background-image.html', url);
    const cover = inside.querySelector('.cover-bg')!;
    cover.innerHTML = '<span class="photo-credit">Lena Brandt</span>';
    inside.querySelector('.cover-credit')!.remove();
    const c = article(extractArticle(inside, { url }));
    expect(c.figures.map((f) => [f.src.split('/').pop(), f.credit])[0]).toEqual([
      'north-face-route-1200x520.jpg',
      'Lena Brandt',
    ]);
    expect(c.text).not.toContain('Lena Brandt');
  });

  it('matches the share image to a resized copy whose path holds its percent-encoded address', () => {
    const a = article(extractFixture('core-lead-image-encoded-path.html'));
    expect(a.figures.map((f) => f.credit)).toEqual(['Jane Roe']);
    expectShownBefore(a.html, '9c36b38b-minister.jpg', 'The minister stepped down');
  });

  it("matches the share image to a crop that keeps the file's words, not to another picture's words", () => {
    const a = article(extractFixture('core-lead-image-same-words.html'));
    expect(a.figures.map((f) => [f.src.split('_').pop(), f.credit])).toEqual([
      ['girl-looking-through-a-wooden-toy-rainbow.jpg', 'Agentur/Ana Ruiz'],
    ]);
    expectShownBefore(a.html, 'wooden-toy-rainbow.jpg', 'Kinder wollen die Welt');
    const otherWords = (doc: Document) =>
      doc
        .querySelector('meta[property="og:image"]')!
        .setAttribute(
          'content',
          '//cdn.news.example/1e/4a/5b/1efc02cf_YyAy_boy-riding-a-red-bike-in-the-park.jpg',
        );
    expect(figuresAfter('core-lead-image-same-words.html', otherWords)).toEqual([]);
  });

  it('shows the captioned copy of a lead photo the page repeats in a zoom box and a thumbnail strip', () => {
    const a = article(extractFixture('core-lead-image-captioned-copy.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['presidente-en-la-casa-blanca-99741.jpg', 'El presidente en la Casa Blanca', 'AFP'],
    ]);
  });

  it('matches the share image through an image proxy by the address in its query', () => {
    const a = article(extractFixture('core-lead-image-through-proxy.html'));
    expect(a.figures[0]?.src).toContain('dredger-at-dawn.png');
    expectShownBefore(a.html, 'dredger-at-dawn.png', 'The first dredger arrived');
    expect(a.html).not.toContain('m-okafor.png');
  });

  it('passes over a share image that links to another page and keeps the captioned lead photo', () => {
    const a = article(extractFixture('core-lead-image-share-image-linked.html'));
    expect(a.figures[0]).toMatchObject({
      src: 'https://news.example/photos/border-crossing.jpg',
      caption: 'Trucks queue at the crossing near the river.',
      credit: 'AP',
    });
    expect(a.html).not.toContain('mostly-true.png');
  });

  it('brings the whole lead gallery above the story, in order, with captions and credits', () => {
    const a = article(extractFixture('core-lead-gallery.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['rally-one.jpg', 'Supporters wave flags at the first rally in the state capital.', 'Ana Ruiz'],
      ['rally-two.jpg', 'The candidate greets volunteers after the speech.', 'Ana Ruiz'],
      ['airport.jpg', 'The president arrives at the airport before the event.', 'Sam Lee'],
    ]);
    expectShownBefore(a.html, 'airport.jpg', 'With nine weeks to go');
  });

  it('keeps a photo that the site wrapped in a slide-viewer button', () => {
    const a = article(extractFixture('core-figure-in-button.html'));
    expect(a.figures.map((f) => f.src)).toContain('https://news.example/img/crates.jpg');
    expect(a.html).toContain('<img src="https://news.example/img/crates.jpg"');
    expect(a.html).not.toContain('<button');
    expect(a.text).not.toContain('Crates of apples wait');
  });

  it('leaves a picture the page repeats without describing it (flags, rating stars) in the text, not as photos', () => {
    const a = article(extractFixture('figures-repeated-image-decoration.html'));
    // The lead photo is on the page three times too, but its alt text says what it shows.
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.credit])).toEqual([
      ['hill-crowd.jpg', 'Rosa Lind'],
    ]);
    expect(a.text).toContain('Anna Berg');
  });

  it('takes the <dd> under a picture term as its caption, and leaves a glossary term with its text', () => {
    const a = article(extractFixture('figures-definition-list-caption.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['cafe.jpg', 'Ein Café an der Weberstraße am frühen Nachmittag.', 'Stadtmarketing'],
    ]);
    expect(a.text).not.toContain('Ein Café an der Weberstraße');
    expect(a.text).toContain('So hießen in der Stadt die Winzer');
  });

  it('leaves smilies, a forum shortcode and an emoji in their sentences, each used once, and keeps the photo', () => {
    const a = article(extractFixture('figures-emoticon-images.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.credit])).toEqual([
      ['frost-on-leeks.jpg', 'Jan Holm'],
    ]);
    expect(a.text).toContain('The leeks do not mind at all');
    // The emoji is written as the character it draws, in the html and the plain text alike.
    expect(a.text).toContain('compost 🐦 and not the least bit shy');
    expect(a.html).toContain('compost 🐦 and');
    expect(a.html).toContain('alt=":grr:"');
  });

  it('reads the credit box of a row that sets a view counter beside it, and a credit with words around its inner box whole', () => {
    const a = article(
      extractFixture('figures-credit-box-beside-counter.html', 'https://radiopuerto.example/nota'),
    );
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['camioneros-750x400.jpg', '', 'Héctor Andrade | Agencia Uno'],
      ['puerto-800x533.jpg', 'El puerto al amanecer.', 'Agencia Uno / Ana Ruiz'],
    ]);
    expect(a.text).not.toContain('visitas');
  });

  it("draws a builder gallery's photos from the links that open their files, with the lightbox's caption and credit", () => {
    const a = article(
      extractFixture('figures-linked-placeholder-gallery.html', 'https://harbour.example/pier'),
    );
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['pier-dawn.jpg', 'The north pier at dawn', 'Tom Berg'],
      ['divers.jpg', 'Divers inspect the piles', 'Ann Lee'],
      // The zoom link beside the photo draws no second photo.
      ['quay-800x533.jpg', 'The quay in the morning.', ''],
      // A labelled credit in a data attribute is a credit, not an address.
      ['model.jpg', '', 'Max Muster'],
    ]);
  });

  it("leaves formula images sized in the text's own units in their sentence, and makes the photo a figure", () => {
    const a = article(extractFixture('figures-text-scaled-images.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['hermite.jpg', 'Charles Hermite in 1887.', 'Archive of the Academy'],
    ]);
    expect(a.html).toMatch(
      /of a matrix <img src="[^"]+7daff\.svg" alt="A"> is denoted by <img [^>]+>, then the Hermitian/,
    );
  });

  it('keeps a photo whose height the page declares as 0 beside its width, and writes no 0 side', () => {
    const a = article(extractFixture('figures-unknown-side.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['light-app.jpg', 'The light app will be available in the store in eleven countries.', 'Jana Pohl'],
    ]);
    expect(a.html).not.toMatch(/height="0"/);
    expect(a.html).not.toContain('pixel.gif');
  });

  it("draws a figure's photo from an empty lazy-load placeholder's data-src, never a video or a 2-pixel rule", () => {
    const a = article(extractFixture('figures-lazy-placeholder.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.alt, f.caption, f.credit])).toEqual([
      [
        'island-workers.jpg',
        'Workers on the island',
        'About forty people were buried on Thursday',
        'Reuters',
      ],
    ]);
  });

  it('reads the largest of the size-named addresses a loader keeps beside a placeholder, and no other data attribute', () => {
    const a = article(extractFixture('figures-lazy-size-named-attributes.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption])).toEqual([
      ['fog-lake-1600.jpeg', 'Figure 1: A sea of fog instead of a lake, seen from the ridge above the town'],
      // A photo with an address of its own keeps it, whatever its data attributes name.
      ['ridge-profile.png', 'Figure 2: The snow depth along the ridge, station by station.'],
    ]);
    // A placeholder whose attributes name a page, not an image file, is no photo.
    expect(a.html).not.toContain('reports/week-2');
  });

  it('reads the address a slider keeps in "content" for the slides not yet shown, and only an address', () => {
    const a = article(extractFixture('figures-lazy-content-attribute.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.credit])).toEqual([
      ['wurmkiste-01.jpg', 'Ada Kern'],
      ['wurmkiste-02.jpg', 'Ada Kern'],
      ['wurmkiste-03.jpg', 'Ada Kern'],
    ]);
    expect(a.html).not.toContain('fertig gebaut');
  });

  it("shows the file a lightbox link opens for a placeholder that has no address of its own, never a page's", () => {
    const a = article(extractFixture('figures-lazy-placeholder-in-image-link.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption])).toEqual([
      ['ferry-last-crossing.jpg', 'The ferry leaves the harbour for the last time on Saturday morning.'],
    ]);
    expect(a.html).not.toContain('blank.gif');
  });

  it("shows the widest of a lazy srcset, not the preview its loader shows in src before, and a page's own src beside its own srcset", () => {
    const a = article(extractFixture('figures-lazy-srcset-preview-src.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption])).toEqual([
      ['keeper-tower-1600x1040.jpg', 'The keeper on the gallery of the tower at dusk.'],
      ['logbook-1200x900.jpg', 'Thirty-two years of entries in his own hand.'],
      // A srcset the page set itself: its src is the page's choice, not a loader's stand-in.
      ['pier-800x600.jpg', 'The pier where the new beacon will stand.'],
    ]);
    // The srcset stays whole for the reader's browser to choose from; the preview is no candidate.
    expect(a.figures[0]!.srcset).toContain('keeper-tower-800x520.jpg 800w');
    expect(a.html).not.toContain('x9812');
  });

  it("leaves out the writer's photo, named so by its folder, its address or its class, and keeps the story's", () => {
    const a = article(extractFixture('figures-writer-photo.html'));
    expect(a.figures.map((f) => f.src.split('/').pop())).toEqual([
      'chief-education-officer-750x508.jpg',
      // Only a folder names a writer's photo: this file's name is about the story.
      'authors-at-the-book-fair.jpg',
    ]);
    // Nor the link that held only the photo.
    for (const file of ['Jane-Roe.jpg', 'avatar80x80', 'gravatar']) expect(a.html).not.toContain(file);
  });

  it("leaves out a small photo beside the line naming the writer, and keeps the writer's own photos of the story", () => {
    const a = article(extractFixture('figures-writer-photo-beside-byline.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['hecht-im-schilf.jpg', 'Ein Hecht lauert im Schilf am Ufer des Sees.', 'Jan Berger'],
      ['eis-am-ufer.jpg', 'Jan Berger', ''],
      ['blinker-120x120.jpg', 'Ein silberner Blinker mit roten Punkten', ''],
    ]);
    expect(a.html).not.toContain('jb-see-150x150');
  });

  it('shows a photo the page repeats once: where it is captioned, and twice only under two captions', () => {
    const a = article(extractFixture('figures-repeated-photo.html'));
    const photos = a.figures.filter((f) => !f.src.includes('formula'));
    expect(photos.map((f) => [f.src.split('/').pop(), f.caption])).toEqual([
      ['skipper.jpg', 'The skipper stands near his boat at the terminal.'],
      ['halibut-counter.jpg', 'Halibut on sale at the fish counter.'],
      ['harbour-map.png', 'The northern grounds, where the fleet fishes first.'],
      ['skipper.jpg', 'The skipper on his first season, in 1978.'],
    ]);
    expect(a.html.match(/halibut-counter\.jpg"/g)).toHaveLength(1);
    // Uncaptioned pictures may be words of the text: both stay.
    expect(a.html.match(/formula-q\.png"/g)).toHaveLength(2);
  });

  it('keeps a captioned photo the site set in an aside, but not a linked teaser in the same kind of aside', () => {
    const a = article(extractFixture('core-figure-in-aside.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['ferry-dock.jpg', 'The ferry takes on its first cars at the harbour on Monday morning.', 'Lena Sorel'],
    ]);
    expect(a.text).not.toContain('Island school budget');
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

  it('takes a photo drawn as a CSS background when a caption of its own is in its box, not a background pattern', () => {
    const a = article(
      extractFixture('figures-background-photo-with-caption.html', 'https://coast.example/essays/keeper'),
    );
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['keeper-on-the-gallery-2000.jpg', 'The keeper on the lamp gallery in January.', 'Tomas Berg'],
    ]);
    expect(a.removed.map((r) => r.reason)).not.toContain('caption without its image');
    expect(a.text).not.toContain('lamp gallery');
  });

  it("takes a captioned photo a lazy loader keeps as a background's address in a data attribute, not a pattern", () => {
    const a = article(extractFixture('figures-background-photo-lazy.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['ferry-in-the-ice-1600.jpg', 'The ferry breaks the ice off the north pier.', 'Tomas Berg'],
      // The largest of a set's addresses.
      ['deck-cargo-1200.jpg', 'Post and groceries on the car deck.', 'Tomas Berg'],
    ]);
    // Only the theme's box, which draws no photo, has a caption without its image.
    expect(a.removed.filter((r) => r.reason === 'caption without its image').map((r) => r.text)).toEqual([
      'Letters to the editor are welcome.',
    ]);
    expect(a.html).not.toContain('waves-pattern');
    expect(a.html).not.toContain('imageurl');
  });

  it('reads a line naming the source, or a short italic line, under a photo as its caption, not a paragraph of the story', () => {
    const a = article(
      extractFixture('figures-caption-italic-line.html', 'https://harbour-notes.example/pier'),
    );
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['pier-at-dawn.jpg', 'The old pier at dawn, before the work began.', 'Kai Lund'],
      ['new-planks.jpg', '', ''],
      ['boat-shed.jpg', 'The boat shed where the planks are cut.', 'Lena Korff'],
      ['regatta.jpg', '', ''],
      ['plank-1.jpg', 'The first plank.', 'Kai Lund'],
      ['plank-2.jpg', 'The last plank.', 'Kai Lund'],
      ['divider.png', '', ''],
      ['lamp-post.jpg', 'The lamp post at the end of the deck.', ''],
      // An advertising notice in italics under a photo is none of its caption.
      ['sponsor-banner.jpg', '', ''],
    ]);
    expect(a.text).not.toContain('before the work began');
    expect(a.text).not.toContain('The lamp post at the end');
    // Without a credit a long italic line is the story's; "Top photo by" credits another photo.
    expect(a.text).toContain('By June the new deck reached the lamp post');
    expect(a.text).toContain('Top photo by Kai Lund');
    // Set like the text, a line needs a label: an agency in brackets ends a news item.
    expect(a.text).toContain('for the first time since the storms. (AFP)');
    expect(a.text).not.toContain('The boat shed where');
  });

  it("keeps a slideshow's hidden slides with their captions, and leaves other hidden boxes out", () => {
    const a = article(extractFixture('figures-hidden-slides.html', 'https://coast.example/island-year'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['winter.jpg', 'The first storm of the winter.', 'Kai Lund'],
      ['spring.jpg', 'Lambs on the cliff path in April.', 'Kai Lund'],
      ['summer.jpg', 'The last ferry of the summer.', 'Kai Lund'],
    ]);
    expect(a.text).not.toContain('newsletter');
  });

  it('keeps both photos of a pair under one caption, and gives the caption to one of them', () => {
    const a = article(extractFixture('figures-two-photos-one-caption.html', 'https://coast.example/beach'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['beach-before.jpg', '', ''],
      ['beach-after.jpg', 'The beach before and after the storm.', 'Kai Lund'],
    ]);
  });

  it("reads the title of a lightbox link that opens the photo's file as its caption, when it names the source", () => {
    const a = article(
      extractFixture('figures-caption-lightbox-title.html', 'https://harbour.example/spring'),
    );
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['first-ferry-800x533.jpg', 'The first ferry of the season leaves the quay.', 'Lena Korff'],
      ['quay-800x533.jpg', '', ''],
      // A zoom icon's link opens another picture: its title is that picture's.
      ['zoom.png', '', ''],
      // A title that is only a credit is the credit.
      ['bread-800x533.jpg', '', 'Island Bakery'],
      // A gallery's thumbnail named for its file ("thumbs_nets.jpg") opens that file: the photo is
      // the file, and the title its caption.
      ['nets.jpg', 'Nets drying on the quay.', 'Lena Korff'],
      // A link to another page is a teaser: its title is for that page.
      ['gallery-teaser.jpg', '', ''],
    ]);
  });
});
