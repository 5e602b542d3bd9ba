import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectFigures } from '../../src/core/figures/collect-figures';
import { prepareFigures } from '../../src/core/figures/prepare-figures';
import { splitCredit } from '../../src/core/figures/split-credit';
import { article, extractFixture } from './core-helpers';

const BASE = 'https://news.example/2024/story';

const figure = (name: string, file: string) =>
  article(extractFixture(name)).figures.find((f) => f.src.endsWith(file));

describe('credits and captions from where pages keep them', () => {
  it("reads a figure's <footer> beside its figcaption as the credit", () => {
    expect(figure('core-figure-footer-credit.html', 'cranes-750.jpg')).toMatchObject({
      caption: 'The cranes at the north quay moved again for the first time since March.',
      credit: 'Lena Korff/Harbour Press',
    });
  });

  it("takes a labelled credit from the alt text and a caption and credit from the img's data attributes", () => {
    expect(figure('core-figure-credit-in-attributes.html', 'meteorite.jpg')?.credit).toBe('Jane Roe');
    expect(figure('core-figure-credit-in-attributes.html', 'imam.jpg')).toMatchObject({
      caption: 'The imam at prayer during Ramadan in the old church hall.',
      credit: 'Rolf Miller/Agency',
    });
  });

  it('reads the name before the agency as the subject when the alt names it, as a photographer when not', () => {
    const a = article(extractFixture('figures-credit-after-subject-named-by-alt.html'));
    expect(a.figures.map((f) => [f.caption, f.credit])).toEqual([
      ['Constitutional Tribunal', 'Shutterstock'],
      ['', 'Jane Roe / Shutterstock'],
    ]);
  });

  it('reads a caption box inside a credit box as the caption, and a credit box holding only one as the credit', () => {
    const a = article(extractFixture('figures-caption-inside-credit-box.html'));
    expect(a.figures.map((f) => [f.caption, f.credit])).toEqual([
      ['Ein Gericht ist kein Ort für Maskenmuffel', 'Pixabay'],
      ['', 'Jana Roth'],
    ]);
  });

  it("reads the caption after a photo's <figure> whose only other text is a heading for screen readers", () => {
    const a = article(extractFixture('figures-caption-beside-figure-with-hidden-label.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['student-taking-test-1160x768.jpg', 'A student erasing answers from a test', 'Jane Roe/iStock'],
    ]);
  });

  it("takes the credit field right after a caption field as the photo's credit, not as text", () => {
    const a = article(extractFixture('figures-credit-field-after-caption.html'));
    expect(a.figures.find((f) => f.src.includes('mill-wheel.jpg'))).toMatchObject({
      caption: 'The restored wheel turned again on Saturday for the first time since 1961.',
      credit: 'Lena Korff',
    });
    expect(a.text).not.toContain('Lena Korff');
  });

  it("does not take the story's byline field after a caption field for the photo's credit", () => {
    expect(figure('figures-byline-after-caption.html', 'boathouse-roof.jpg')).toMatchObject({
      caption: 'The new roof, in oak from the valley.',
      credit: '',
    });
  });

  it('leaves the words of a caption control ("hide caption", "toggle caption") out of captions, credits and text', () => {
    const a = article(extractFixture('figures-caption-toggle-words.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['harbour-wall.jpg', 'Waves break over the harbour wall during a storm in January.', 'John Doe/AP'],
      ['cranes.jpg', 'Die Kräne stehen still am nördlichen Arm.', 'Mary Major'],
      [
        'sign.jpg',
        'A sign on the pier reads "Show caption" in four languages, a leftover of the museum\'s old exhibition.',
        '',
      ],
    ]);
    expect(a.text).not.toMatch(/caption|ausblenden/i);
  });

  it('leaves a link that only runs a script ("Zoom") and a <details> toggle\'s label out of captions, and reads credits after a bar or a bare "Photo"', () => {
    const a = article(extractFixture('figures-caption-controls.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['breakwater.jpg', 'Waves over the breakwater in January.', 'Mary Major'],
      ['cranes.jpg', 'The cranes on the north arm stand still.', ''],
      ['divers.jpg', 'Divers check the foundations.', 'Jane Roe / Reuters'],
      ['moorings.jpg', 'Empty moorings in the east basin.', 'Jane Roe/The Coast Herald'],
      ['quai.jpg', 'Le vieux quai au matin.', 'ARCHIVES JEAN DUPONT'],
      ['phare.jpg', 'Le phare au coucher du soleil.', 'Marie Martin'],
      ['quay.jpg', 'The old quay, where the new wall will meet the shore, seen from the lighthouse.', ''],
      ['lighthouse.jpg', 'The lighthouse at dusk.', 'John Doe'],
    ]);
    expect(a.text).not.toMatch(/Zoom|Enlarge|Caption/);
  });

  it("reads the caption and credit a script keeps in an empty figcaption's attributes", () => {
    const a = article(extractFixture('figures-caption-in-attributes-of-figcaption.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['breakwater.jpg', 'Waves over the breakwater in January.', 'Jane Roe, The Coast Herald'],
      ['cranes.jpg', 'The cranes on the north arm stand still.', 'John Doe/AP'],
    ]);
  });

  it('leaves the labels meant for screen readers out of captions and credits', () => {
    expect(figure('figures-caption-hidden-label.html', 'ferry-pier.jpg')?.caption).toBe(
      'The first ferry of the season leaves the pier at eight',
    );
    expect(figure('figures-caption-hidden-label.html', 'ferry-deck.jpg')).toMatchObject({
      caption: 'Passengers on the upper deck.',
      credit: 'Ada Kern',
    });
  });

  it('reads a line beside the photo that opens with a label for screen readers as its credit, not a counter', () => {
    expect(figure('figures-credit-hidden-label.html', 'mill-wheel.jpg')).toMatchObject({
      caption: 'The wheel turned for the first time since 1961',
      credit: 'Lena Korff',
    });
    expect(figure('figures-credit-hidden-label.html', 'mill-gallery-1.jpg')).toMatchObject({
      caption: "The millers' guild on the bridge",
      credit: '',
    });
  });

  it('splits a "Credit..." label set apart after the caption, not an ellipsis in a sentence', () => {
    const pairs = article(extractFixture('figures-credit-ellipsis-label.html')).figures.map((f) => [
      f.caption,
      f.credit,
    ]);
    expect(pairs).toEqual([
      [
        'The control room in the valley. The operator runs the power lines for most of the region.',
        'Lena Korff/Valley Press',
      ],
      ['Power lines over the dry hills.', 'Max Muster for the Valley Gazette'],
      ['Critics gave the plan little credit... Few expected it to work.', ''],
    ]);
  });

  it('reads the credit from the tooltip of a "©" button, never the sign itself', () => {
    expect(figure('figures-credit-tooltip.html', 'synode.jpg')).toMatchObject({
      caption: '',
      credit: 'Anna Berg/Kirchenkreis',
    });
  });

  it('keeps a caption that ends in a quoted sentence as the caption, not the credit', () => {
    const a = article(extractFixture('core-caption-ends-in-quote.html'));
    expect(a.figures.map((f) => [f.caption, f.credit])).toEqual([
      ['Mayor Ruth Ahl at the opening: "Books for everyone."', ''],
      ["The children's shelves.", 'Tom Berg'],
    ]);
    expect(splitCredit('Protesters at the gate. Photo: "We stay here."')).toEqual({
      caption: 'Protesters at the gate. Photo: "We stay here."',
      credit: '',
    });
  });
});

describe('photos drawn by AMP elements', () => {
  it('keeps an <amp-img> photo with its caption and credit instead of dropping the caption as an orphan', () => {
    const a = article(extractFixture('core-amp-image-caption.html'));
    expect(a.figures).toMatchObject([
      {
        src: 'https://news.example/img/station.jpg',
        caption: 'Union Station, Chicago, 1960.',
        credit: 'Ada Lane/Archive',
      },
    ]);
    expect(a.removed.map((r) => r.reason)).not.toContain('caption without its image');
  });
});

describe('attribute captions that are not captions', () => {
  const figuresOf = (body: string) => {
    const doc = new JSDOM(`<body>${body}</body>`, { url: BASE }).window.document;
    prepareFigures(doc.body, BASE);
    return collectFigures(doc.body).map((f) => [f.caption, f.credit]);
  };

  it("gives a teaser photo that links to another page none of its attributes' captions", () => {
    expect(
      figuresOf(
        '<div><a href="/other-story"><img src="/a.jpg" width="600" height="400" data-caption="The other story in a few words"></a></div>',
      ),
    ).toEqual([['', '']]);
  });

  it('takes a caption attribute only with a credit beside it or inside it', () => {
    expect(
      figuresOf(
        '<div><img src="/a.jpg" width="600" height="400" data-caption="Slide two of the show"></div>',
      ),
    ).toEqual([['', '']]);
    expect(
      figuresOf(
        '<div><img src="/a.jpg" width="600" height="400" data-caption="The quay at dusk. Photo: Ada Lane"></div>',
      ),
    ).toEqual([['The quay at dusk.', 'Ada Lane']]);
  });

  it('reads the text of markup kept in an attribute and passes over wiki placeholders', () => {
    expect(
      figuresOf(
        '<div><img src="/a.jpg" width="600" height="400" data-source="(Quelle:&amp;nbsp;&lt;cite&gt;Ada Lane/Archive&lt;/cite&gt;)" data-caption="`UNIQ--ref-0000002A-QINU`"></div>',
      ),
    ).toEqual([['', 'Ada Lane/Archive']]);
  });
});

describe("a gallery's own caption", () => {
  it('credits every photo of the gallery that has no credit of its own, and keeps the rest of its caption', () => {
    const a = article(extractFixture('figures-gallery-credit.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['quarry.jpg', 'The quarry in the north', 'Lisa Grant'],
      ['barge.jpg', 'A barge loaded with granite', 'Lisa Grant'],
      ['crane.jpg', 'The crane on the quay.', 'Harbour Authority'],
      ['blocks-1.jpg', '', 'Tom Reed'],
      ['blocks-2.jpg', '', 'Tom Reed'],
      ['wall-1.jpg', '', ''],
      ['wall-2.jpg', '', ''],
      // A slider's own credit line under its track.
      ['storm-1.jpg', '', 'Kai Lund'],
      ['storm-2.jpg', '', 'Kai Lund'],
      // No gallery name: the line is no slider's credit, but the photos in its box stay.
      ['repair-1.jpg', '', ''],
      ['repair-2.jpg', '', ''],
    ]);
    expect(a.html).not.toContain('Photos: Kai Lund');
    // The gallery's line stays as its caption, without the credit; a lone credit line is gone.
    expect(a.html).toContain('Blocks waiting on the quay for the outer wall.</');
    expect(a.html).not.toContain('Photos by Tom Reed');
    expect(a.html).not.toContain('Photos: Lisa Grant');
    expect(a.html).toContain('The outer wall in March and in May.');
    expect(a.removed.map((r) => r.text)).not.toContain('Photos: Lisa Grant');
  });
});
