import { describe, expect, it } from 'vitest';
import { article, extractFixture } from './core-helpers';

const STORY = [
  'The orchard cooperative finished its autumn harvest',
  'Growers said the early finish gave them time',
  'The manager, who has worked in the packing shed',
  'Next spring the members plan to plant',
];

describe('clutter recognised by shape and wording, not class names', () => {
  it('removes a comment thread whose classes say nothing', () => {
    const a = article(extractFixture('core-comment-thread-neutral.html'));
    for (const s of STORY) expect(a.text).toContain(s);
    expect(a.text).not.toContain('my grandfather used to bring his apples');
    expect(a.text).not.toContain('Reply');
    expect(a.removed.some((r) => r.kind === 'comments')).toBe(true);
  });

  it('removes a newsletter box but keeps a paragraph that merely mentions subscribing', () => {
    const a = article(extractFixture('core-newsletter-box.html'));
    for (const s of STORY) expect(a.text).toContain(s);
    expect(a.text).not.toContain('delivered to your inbox');
    expect(a.text).toContain('Members who want to subscribe to the pruning course');
    expect(a.removed.some((r) => r.kind === 'newsletter')).toBe(true);
  });

  it("keeps a checklist's labels (recipe ingredients), not a lone checkbox's or a form's", () => {
    const a = article(extractFixture('core-checklist-labels.html'));
    for (const item of [
      '500 g flour',
      '1 kg ripe plums',
      '100 g flaked almonds',
      'butter',
      'brown sugar',
      'cinnamon',
    ])
      expect(a.text).toContain(item);
    // The styled checkbox's tick is no photo: made a figure, it took the item's name with it.
    expect(a.figures).toEqual([]);
    expect(a.text).not.toContain('Save my name');
    expect(a.text).not.toContain('Baking tips');
  });

  it('takes a Korean byline ("NAME 기자") and its year-first posted stamp out of the text', () => {
    const a = article(extractFixture('meta-byline-korean-reporter.html'));
    expect(a.text).toContain('항구에 새 부두가 문을 열었다.');
    expect(a.text).not.toContain('기자');
    expect(a.text).not.toContain('입력 2025.05.05');
  });

  it("says a pull quote once, but keeps a quotation the writer repeats and a forum reply's quote", () => {
    const a = article(extractFixture('core-pull-quote-repeated.html'));
    const count = (s: string) => a.text.split(s).length - 1;
    expect(count('will never be the same again')).toBe(1);
    expect(count('Nobody told us the dam would open')).toBe(1);
    expect(a.text).toContain('she said, before thanking the volunteers');
    expect(count('The gates were opened to protect the towns')).toBe(2);
    expect(count('We lost the whole orchard')).toBe(2);
    expect(a.removed.filter((r) => r.reason === 'pull quote repeating the text')).toHaveLength(2);
  });

  it('removes share bars made of share links', () => {
    const a = article(extractFixture('core-share-bar.html'));
    for (const s of STORY) expect(a.text).toContain(s);
    expect(a.text).not.toMatch(/Tweet|WhatsApp|LinkedIn|Share this article/);
    expect(a.removed.some((r) => r.kind === 'share')).toBe(true);
  });

  it('removes "You may also like" and "Most read" lists', () => {
    const a = article(extractFixture('core-related-most-read.html'));
    for (const s of STORY) expect(a.text).toContain(s);
    expect(a.text).not.toContain('Cider makers prepare');
    expect(a.text).not.toContain('Most read');
    expect(a.text).not.toContain('Bakery on the square');
    expect(a.removed.filter((r) => r.kind === 'related').length).toBeGreaterThanOrEqual(2);
  });

  it('removes an appeal widget with a button even though it holds long paragraphs', () => {
    const a = article(extractFixture('core-cta-widget-with-button.html'));
    expect(a.text).toContain('The manager said prices at the regional market');
    expect(a.text).not.toContain('we rely on your generosity');
  });

  it('keeps numbered news items that end in a long "read more" link', () => {
    const a = article(extractFixture('core-prose-list-with-links.html'));
    expect(a.text).toContain('A warm September ripened the late apples');
    expect(a.text).toContain('The bridge needs new bearings');
    expect(a.text).toContain('Thirty pupils sang');
  });
});

describe('menus', () => {
  it('drops site menus and lists the ones inside the article, with what they said', () => {
    const a = article(extractFixture('core-menus-set-aside.html'));
    expect(a.text).toContain('a sleeper train left the valley terminus');
    expect(a.text).toContain('the station master');
    expect(a.text).not.toMatch(/Culture|Opinion|forty years|Previous:|My account/);
    expect(a.figures).toEqual([]);
    const menus = a.removed.filter((r) => r.kind === 'navigation').map((r) => r.text);
    expect(menus).toEqual([
      'Home / News / Region',
      'Previous: Harbour ferry returns Next: Market hall reopens',
    ]);
  });

  it('keeps an article that a page wrapped in <nav>', () => {
    const a = article(extractFixture('core-layout-in-nav.html'));
    expect(a.text).toContain('forty new plots opened on the old school playing field');
    expect(a.text).toContain('pulling brambles instead of growing food');
    expect(a.text).not.toContain('Contact');
  });
});

describe('content that only looks like clutter', () => {
  it('keeps a subheading whose anchor id says "nav" and handles that follow a label', () => {
    const a = article(extractFixture('core-content-named-like-clutter.html'));
    expect(a.text).toContain('Where the studios are');
    for (const handle of ['@clayriver', '@kilnhouse', '@bluequay']) expect(a.text).toContain(handle);
  });
});

describe('leftovers at the top of the body', () => {
  it('drops the title repeated as a paragraph, a reading-time widget, a lone photo credit, a weekday dateline and the separator left between byline parts', () => {
    const a = article(extractFixture('core-header-leftovers.html'));
    expect(a.text.startsWith('The rail operator will run sleeper trains')).toBe(true);
    expect(a.text).toContain('Tickets go on sale next month');
    expect(a.removed.map((r) => r.reason)).toEqual(
      expect.arrayContaining([
        'title repeated',
        'reading time',
        'credit without image',
        'dateline',
        'separator',
      ]),
    );
  });
});
