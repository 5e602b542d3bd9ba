import { describe, expect, it } from 'vitest';
import { isNewWindowNotice } from '../../src/core/content/link-hints';
import { SHOP_BUTTON_RE } from '../../src/core/content/phrases/ads';
import { computeStats } from '../../src/core/content/text-stats';
import { Deadline } from '../../src/core/dom/deadline';
import { extractArticle } from '../../src/core/extract-article';
import { isReadingTimeLine } from '../../src/core/metadata/reading-time-line';
import { article, extractFixture, FIXTURE_URL, loadFixture } from './core-helpers';

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
    expect(count('had stood for two hundred years')).toBe(1);
    expect(a.removed.filter((r) => r.reason === 'pull quote repeating the text')).toHaveLength(3);
  });

  it('removes share bars made of share links', () => {
    const a = article(extractFixture('core-share-bar.html'));
    for (const s of STORY) expect(a.text).toContain(s);
    expect(a.text).not.toMatch(/Tweet|WhatsApp|LinkedIn|Share this article/);
    expect(a.removed.some((r) => r.kind === 'share')).toBe(true);
  });

  it('keeps the standfirst that shares a box with the date and the share row, and drops the row', () => {
    const a = article(extractFixture('clutter-share-row-beside-standfirst.html'));
    expect(a.text).toMatch(/^Ab Mai fährt eine zweite Fähre zur Insel\./);
    expect(a.text).toContain('Bewerbungen nimmt sie bis Ende März an.');
    expect(a.text).not.toMatch(/Twitter|Facebook|Empfehlen/);
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
  it('keeps a subheading whose anchor id says "nav" or "share", handles that follow a label, and a subheading that opens with "Related"', () => {
    const a = article(extractFixture('core-content-named-like-clutter.html'));
    expect(a.text).toContain('Where the studios are');
    expect(a.text).toContain("The town's share of sales");
    expect(a.text).toContain('Related work on the old quay');
    expect(a.text).not.toMatch(/Related\n|north bank|weavers/);
    for (const handle of ['@clayriver', '@kilnhouse', '@bluequay']) expect(a.text).toContain(handle);
  });

  it("keeps a data table whose first column links to each row's page, and drops a table of links", () => {
    const a = article(extractFixture('clutter-data-table-links.html'));
    for (const model of [
      'Ironclad Fold 900',
      'Stronghold U Plus',
      'CityChain 8',
      'QuickCable Basic',
      'TwinLoop',
    ])
      expect(a.html).toMatch(
        new RegExp(`<tr><td>(?:<p>)?<a [^>]*>${model}</a>(?:</p>)?</td><td>(?:<p>)?\\d+ €`),
      );
    expect(a.text).toMatch(/TwinLoop\s+25 €\s+cable\s+4\/5/);
    expect(a.text).not.toMatch(/Helmets in the test|More tests|Saddles/);
  });

  it('keeps every line of a list whose lines mostly have no link, and drops a list of links', () => {
    const a = article(extractFixture('clutter-list-with-some-links.html'));
    for (const line of [
      '300 g butter, soft',
      '200 g sugar',
      '350 g flour',
      '2 tsp baking powder',
      'zest of two lemons',
    ])
      expect(a.text).toContain(line);
    expect(a.text).not.toMatch(/Orange cake|Poppy seed loaf/);
  });

  it('keeps paragraphs wrapped whole in a named jump target, while a line that only links away goes', () => {
    const a = article(extractFixture('core-named-anchor-paragraphs.html'));
    expect(a.text).toContain('when does the winter timetable end?');
    expect(a.text).toContain('whether the night crossing will stay after the trial.');
    expect(a.text).toContain('will the season ticket cost more next year');
    expect(a.text).not.toContain('All episodes of Harbour Questions');
    // In a form a named anchor with no address is the scripted submit button: a link.
    const doc = loadFixture('core-named-anchor-paragraphs.html');
    const question = doc.querySelector('a[name="night"]')!;
    const form = doc.createElement('form');
    question.replaceWith(form);
    form.append(question);
    const link = (el: Element) => computeStats(doc.body, new Deadline(10_000)).stats.get(el)!.link;
    expect(link(form)).toBe(question.textContent!.length);
    form.replaceWith(question);
    expect(link(question.parentElement!)).toBe(0);
  });
});

describe('names inside sentences', () => {
  it('keeps a word of a sentence that the site links to its topic page under a "tag" class', () => {
    const a = article(extractFixture('clutter-named-word-in-sentence.html'));
    expect(a.text).toContain('kann das Wort "Skoda" auf der Tarnfolie erkennen');
    expect(a.text).toContain('ein sogenannter "Crossover" werden, eine Kreuzung aus SUV und Coupé.');
    // Inside a link of the sentence too: a paper's "Abbildung <a><span class="…ref_tag">1</span></a>".
    expect(a.text).toContain('Die Messungen zeigt Abbildung 1 für alle drei Häfen');
    // A topic link with only a label beside it, and a line of topic links, still go.
    expect(a.text).not.toMatch(/Mehr zum Thema|Themen:/);
  });

  it('keeps a linked phrase inside a sentence whose words alone read as a related heading or a share label', () => {
    const a = article(extractFixture('clutter-phrase-inside-sentence.html'));
    expect(a.text).toContain('said the latest news from the engine maker was encouraging');
    expect(a.text).toContain('told that the most read pages of the council');
    expect(a.text).toContain('The council will share the cost');
    expect(a.text).toContain('urged residents to support local journalism by following');
    expect(a.removed).toEqual([]);
  });
});

describe('related lists under headings the page marks in other ways', () => {
  it('drops a list under an ARIA heading "More Great … Stories" and photo teasers under "Try These Next"', () => {
    const a = article(extractFixture('core-related-aria-heading.html'));
    expect(a.text).toContain('What the engineers say');
    expect(a.text).toMatch(/the largest cost of all\.$/);
    for (const s of [
      'More Great Harbour Stories',
      'built their own weather app',
      'lighter language models',
      'Try These Next',
    ])
      expect(a.text).not.toContain(s);
    expect(a.figures).toHaveLength(0);
  });
});

describe('teaser cards under a related heading', () => {
  it('drops the whole box of cards (thumbnail, linked headline, excerpt, date) under "Related"', () => {
    const a = article(extractFixture('core-related-teaser-cards.html'));
    expect(a.text).toMatch(/may see a different market from the one the figures describe\.$/);
    for (const s of ['2015 developer survey', 'April 8, 2015', 'In "News"', 'most feared tools'])
      expect(a.text).not.toContain(s);
    expect(a.figures).toHaveLength(0);
  });
});

describe('hints inside links', () => {
  it('drops the hidden "opens in a new window" hint from a link, and keeps a link that is only such words', () => {
    const a = article(extractFixture('clutter-link-new-window-hint.html'));
    expect(a.text).toContain('mehr war vom Hersteller nicht zu erfahren. Auch');
    expect(a.text).toContain('The supplier said that the cells');
    expect(a.text).not.toMatch(/öffnet im neuen Fenster|Opens a new window/);
    expect(a.text).toContain('wie ein neues Fenster öffnen');
    expect(a.text).toContain('Datenblatt (PDF, neuen Tab öffnen)');
  });

  it("drops a share panel's new-window notice left as a line, and keeps a sentence about links", () => {
    const a = article(extractFixture('clutter-link-new-window-hint.html'));
    expect(a.text).not.toContain('These are external links');
    expect(a.text).toMatch(
      /Alle Links im Handbuch öffnen sich in einem neuen Fenster, damit .* Hersteller\.$/,
    );
  });

  it('reads a notice about links opening in a new window as one, and a heading naming external links as none', () => {
    expect(isNewWindowNotice('These are external links and will open in a new window')).toBe(true);
    expect(isNewWindowNotice('Links öffnen in einem neuen Fenster')).toBe(true);
    expect(isNewWindowNotice('External links')).toBe(false);
    expect(isNewWindowNotice('Weblinks')).toBe(false);
  });
});

describe('leftovers at the top of the body', () => {
  it.each([
    'Tempo de leitura: 2 minutos',
    'Tempo di lettura: 5 minuti',
    'Czas czytania: 3 min',
    'Lästid: 4 minuter',
    'Время чтения: 5 минут',
    'Okuma süresi: 3 dakika',
    'Tiempo de lectura: 7 minutos',
    'Estimated reading time: 6 minutes',
    'Geschätzte Lesezeit: 5 Minuten',
  ])('reads "%s" as a reading-time widget', (line) => {
    expect(isReadingTimeLine(line)).toBe(true);
  });

  it('takes a widget in another language out of the text, and leaves a sentence about minutes', () => {
    expect(isReadingTimeLine('5 minutes of silence')).toBe(false);
    const a = article(extractFixture('clutter-reading-time-languages.html'));
    expect(a.text.startsWith('A professora apresenta')).toBe(true);
    expect(a.text).toContain('dez minutos de leitura em voz alta');
    expect(a.removed).toContainEqual(expect.objectContaining({ reason: 'reading time' }));
  });

  it("drops a split post's list of its pages, its page counter and its step to the next page, not a sentence with numbers", () => {
    const a = article(extractFixture('clutter-page-links.html'));
    expect(a.text).toMatch(/the programme is free at the gate\.$/);
    expect(a.text).toContain('Tickets cost 2 or 3 pounds, and children under 12 go free.');
    for (const s of ['Pages:', 'Seite 1', 'Page 1 of 4', 'Next page', 'Página siguiente'])
      expect(a.text).not.toContain(s);
    expect(a.removed.filter((r) => r.reason === 'page links')).toHaveLength(4);
  });

  it("reads a shop button's wording: 'view' and 'see' before a shop, not before another site", () => {
    for (const t of [
      'View at Best Buy',
      'See it at Shop',
      'Buy on Shop',
      '$189 at Shop',
      '199 € bei Shop',
      'Check price',
    ])
      expect(SHOP_BUTTON_RE.test(t), t).toBe(true);
    for (const t of ['View on GitHub', 'See on the map', 'Buy now or wait for the sale'])
      expect(SHOP_BUTTON_RE.test(t), t).toBe(false);
  });

  it("drops a shop's buy buttons under the products, not the same words inside a sentence", () => {
    const a = article(extractFixture('clutter-shop-button.html'));
    expect(a.text).not.toContain('$189 at Shop');
    expect(a.text).not.toContain('Zum Angebot');
    expect(a.text).not.toMatch(/^Buy now$/m);
    expect(a.text).toContain('If you need it before the spring, buy now: the price goes up in April');
    expect(a.text).toContain('The best for heavy rain');
  });

  it("drops a recipe card's prompt to post a photo of the dish, not the card or a sentence that says readers tried it", () => {
    const a = article(extractFixture('clutter-recipe-share-prompt.html'));
    expect(a.text).not.toContain('Tried this recipe?');
    expect(a.text).not.toContain('Did you make this recipe?');
    expect(a.text).not.toContain('@kitchennotes');
    for (const kept of [
      '1 cup whole-milk ricotta',
      'Whip the whites to soft peaks',
      'friends who tried this recipe at home',
    ])
      expect(a.text).toContain(kept);
  });

  it("takes a wiki section's edit links out of its heading, in two languages, and keeps the heading and a sentence saying [edit]", () => {
    const a = article(extractFixture('clutter-wiki-edit-links.html'));
    expect(a.html).toContain('<h2>History</h2>');
    expect(a.html).toContain('<h2>Service</h2>');
    expect(a.text).toContain('Readers who spot a mistake can [edit] this page themselves');
    expect(a.text).not.toMatch(/bearbeiten|History\s*\[/i);
    expect(a.removed.filter((r) => r.reason === 'edit link').map((r) => r.text)).toEqual([
      '[edit]',
      '[Bearbeiten | Quelltext bearbeiten]',
    ]);
  });

  it("takes a heading's or caption's link to itself out when it shows only a mark, and keeps marks and numbers that link elsewhere or say something", () => {
    const a = article(extractFixture('clutter-section-links.html'));
    const blocks = a.text.split('\n\n');
    for (const heading of ['The table format', 'Departure windows', 'Margins'])
      expect(blocks).toContain(heading);
    expect(a.text).not.toMatch(/[#\u200b]/u);
    expect(a.text.match(/¶/g)).toHaveLength(1);
    expect(a.figures.map((f) => f.caption)).toEqual(['The tide curve drawn from one day of the table.']);
    // A footnote's number and a mark that links to another page are no section links.
    expect(blocks).toContain('Charts and the datum1 §');
    // Outside a heading or caption a pilcrow is the text's.
    expect(a.text).toContain('marks its notes with a pilcrow ¶ in the margin');
    // The page's own address with a fragment links within the page as a bare fragment does.
    const doc = loadFixture('clutter-section-links.html');
    doc.querySelector('a.bookmark')!.setAttribute('href', `${FIXTURE_URL}#the-table-format`);
    expect(article(extractArticle(doc, { url: FIXTURE_URL })).text.split('\n\n')).toContain(
      'The table format',
    );
  });

  it("drops a post's rating widget, prompt and tally, in several languages, keeps a sentence that rates, and gives the tally to no photo", () => {
    const a = article(extractFixture('clutter-rating-widget.html'));
    expect(a.text).toContain('We rate the new bee hotels');
    for (const gone of ['Rate this post', 'Beitrag bewerten', 'votes']) expect(a.text).not.toContain(gone);
    expect(a.html).not.toContain('votes');
    expect(a.figures.map((f) => f.caption)).not.toContainEqual(expect.stringContaining('votes'));
    expect(a.removed.filter((r) => r.reason === 'rating widget')).toHaveLength(2);
    // The prompt and the tally in one box, the tally in brackets.
    const doc = loadFixture('clutter-rating-widget.html');
    doc.querySelector('.post-ratings')!.innerHTML =
      '<strong>War der Artikel nützlich?</strong><br> (<strong>95</strong> Stimmen: <strong>4,73</strong> von 5)';
    const b = article(extractArticle(doc, { url: FIXTURE_URL }));
    expect(b.text).not.toContain('Stimmen');
    expect(b.removed).toContainEqual(
      expect.objectContaining({ reason: 'rating widget', text: expect.stringContaining('Stimmen') }),
    );
  });

  it('drops a line of labelled dates at the top, run together or in another language, and keeps a labelled fact that holds a date', () => {
    const a = article(extractFixture('clutter-labelled-stamps.html'));
    expect(a.text).not.toContain('Written:');
    expect(a.text).not.toContain('Updated:');
    expect(a.text).toContain('Venue: Town Hall, 12 March 2024');
    expect(a.text).toContain('The harbour ferry will run on a new timetable');
    expect(a.removed).toContainEqual(
      expect.objectContaining({ reason: 'dateline', text: expect.stringContaining('Written:') }),
    );
    const doc = loadFixture('clutter-labelled-stamps.html');
    doc.querySelector('.stamp')!.textContent = 'Stand des Artikels: 12. März 2024, 09:15 Uhr.';
    const b = article(extractArticle(doc, { url: FIXTURE_URL }));
    expect(b.text).not.toContain('Stand des Artikels');
    // A labelled line that is not all dates is the story's.
    doc.querySelector('.stamp')!.textContent = 'Written: 2024-03-12 09:15:30 Note: two boats are in dock';
    const c = article(extractArticle(doc, { url: FIXTURE_URL }));
    expect(c.text).toContain('Note: two boats are in dock');
  });

  it('drops a headline longer than a lead paragraph at the top of the story, or set in two h1s, and keeps the summary under it and a later h1', () => {
    const a = article(extractFixture('core-header-long-headline.html'));
    expect(a.html).not.toContain('<h2');
    expect(a.text).not.toContain("second step': three villages");
    expect(a.text.startsWith('Rescue crews reached the last stranded households')).toBe(true);
    expect(a.removed).toContainEqual(expect.objectContaining({ reason: 'title repeated' }));
    // A subheading set in h1 after the headline (blog themes do) is the story's.
    const doc = loadFixture('core-header-long-headline.html');
    doc.querySelector('.story__date')!.insertAdjacentHTML('afterend', '<h1>Why the weir matters</h1>');
    const b = article(extractArticle(doc, { url: FIXTURE_URL }));
    expect(b.text).toContain('Why the weir matters');
    expect(b.text).not.toContain("second step': three villages");
    // A headline set in two h1s goes whole: its first half says the title's start.
    const split = loadFixture('core-header-long-headline.html');
    split.querySelector('h1')!.outerHTML =
      "<h1>'The water came up to the second step':</h1><h1>three villages cut off overnight</h1>";
    const c = article(extractArticle(split, { url: FIXTURE_URL }));
    expect(c.text).not.toContain("second step':");
    expect(c.text).not.toContain('three villages cut off overnight');
  });

  it('drops the label over the headline with the headline, and keeps a sentence there', () => {
    const a = article(extractFixture('core-header-kicker.html'));
    expect(a.text.startsWith('Die Stadtplanerin Eva Roth über heiße Sommer')).toBe(true);
    expect(a.removed).toContainEqual(expect.objectContaining({ reason: 'kicker', text: 'Interview' }));
    // A sentence over the headline is no label.
    const doc = loadFixture('core-header-kicker.html');
    doc.querySelector('.label')!.textContent = 'Vorab gedruckt.';
    expect(article(extractArticle(doc, { url: FIXTURE_URL })).text).toContain('Vorab gedruckt.');
  });

  it("drops a byline of the writer's name over the writer's job, a line each, in a box no byline class names", () => {
    const a = article(extractFixture('core-header-name-over-role.html'));
    expect(a.authors).toEqual(['Jane Roe']);
    expect(a.text.startsWith('The harbour office published')).toBe(true);
    expect(a.text).not.toContain('Correspondent');
  });

  it("keeps a live blog's first entry time, as every entry keeps its own, and drops the header's stamps", () => {
    const a = article(extractFixture('core-header-live-post-time.html'));
    expect(a.text.startsWith('14:20\n\nBridge reopens to cars')).toBe(true);
    expect(a.text).toContain('13:05\n\nFerries still suspended');
    expect(a.text).not.toContain('10 March 2026');
  });

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
    // A credit label in the plural, in brackets.
    const doc = loadFixture('core-header-leftovers.html');
    const credit = [...doc.querySelectorAll('p')].find(
      (p) => p.textContent === 'Photo: Jon Ode / Rail Press',
    )!;
    credit.textContent = '(Credits: Rail Press)';
    const b = article(extractArticle(doc, { url: FIXTURE_URL }));
    expect(b.text).not.toContain('Rail Press');
    expect(b.removed).toContainEqual(expect.objectContaining({ reason: 'credit without image' }));
  });
});
