import { describe, expect, it } from 'vitest';
import { findStandfirst } from '../../src/core/content/standfirst';
import { computeStats } from '../../src/core/content/text-stats';
import { Deadline } from '../../src/core/dom/deadline';
import { extractArticle } from '../../src/core/extract-article';
import { article, extractFixture, FIXTURE_URL, loadFixture } from './core-helpers';

describe('choosing the body container', () => {
  it('keeps a blog post whose headline links to the post itself (not a teaser of another page)', () => {
    const a = article(extractFixture('core-post-title-links-to-itself.html'));
    expect(a.text).toContain('I know I am drunk');
    expect(a.text).toContain('Then do not say it.');
  });

  it('shows a two-line post on a page declared an article, and refuses the same text undeclared', () => {
    const a = article(extractFixture('core-short-post.html'));
    expect(a.text).toContain('Who slips on the ice next?');
    const doc = loadFixture('core-short-post.html');
    doc.querySelector('meta[property="og:type"]')!.remove();
    const r = extractArticle(doc, { url: FIXTURE_URL });
    expect(r.isArticle).toBe(false);
  });

  it('shows a two-sentence Japanese news item: a character there says what three Latin letters say', () => {
    const a = article(extractFixture('core-short-cjk-item.html'));
    expect(a.text).toContain('新しい橋の建設計画を賛成多数で承認した。');
    expect(a.text).toContain('市長は「渋滞の解消につながる」と述べた。');
    // A not-found notice in the same script is still too little to be an article.
    const doc = loadFixture('core-short-cjk-item.html');
    doc.querySelector('.news-body')!.innerHTML =
      '<p>お探しのページは見つかりませんでした。トップページへ戻る</p>';
    expect(extractArticle(doc, { url: FIXTURE_URL }).isArticle).toBe(false);
  });

  it('shows a two-sentence Korean news item set as lines, a syllable weighing two Latin letters, signed by its last line', () => {
    const a = article(extractFixture('core-short-korean-item.html'));
    expect(a.text).toContain('해안시는 관내 해수욕장 3곳을 다음 달 1일 개장한다고 20일 밝혔다.');
    expect(a.text).toContain('샤워장과 탈의실 정비를 마쳤다.');
    expect(a.authors).toEqual(['홍길동']);
    // A not-found notice in Korean is still too little to be an article.
    const doc = loadFixture('core-short-korean-item.html');
    doc.querySelector('#article_body')!.innerHTML = '요청하신 페이지를 찾을 수 없습니다. 홈으로 돌아가기';
    expect(extractArticle(doc, { url: FIXTURE_URL }).isArticle).toBe(false);
  });

  it('shows a photo essay, whose story is in its captions, and refuses its two-photo remnant', () => {
    const a = article(extractFixture('core-photo-essay.html'));
    expect(a.text).toContain('the harbour never sleeps');
    expect(a.figures.map((f) => f.caption)).toEqual([
      'Fishermen mend nets on the quay at dawn, as their fathers did before them.',
      'The last cannery on the north shore closed in 1998; its walls still smell of brine.',
      'A ferry leaves for the islands with forty passengers and a van of groceries.',
      'The harbour master logs every arrival by hand in a ledger kept since 1921.',
    ]);
    // Two captioned photos are an illustrated notice, not an essay: the captions do not count.
    const doc = loadFixture('core-photo-essay.html');
    for (const fig of [...doc.querySelectorAll('figure')].slice(2)) fig.remove();
    expect(extractArticle(doc, { url: FIXTURE_URL }).isArticle).toBe(false);
  });

  it("reads a text set straight into the page's body, its paragraphs parted by <br>s", () => {
    const a = article(extractFixture('core-content-text-in-body.html'));
    expect(a.title).toBe('My trip to the harbour');
    expect(a.text).toContain('where my grandfather kept his boat');
    expect(a.text).toContain('Some things do not change.');
    expect(a.text).not.toContain('My trip to the harbour');
  });

  it('does not take a drop-down archive list for a paragraph: its votes pulled the sidebar in', () => {
    const a = article(extractFixture('core-select-not-paragraph.html'));
    expect(a.text).toContain('the best of them shows an ant at a bar');
    expect(a.text).not.toContain('Archive');
    expect(a.text).not.toContain('March 2015');
  });

  it('takes the whole story when its longest section only just outscores the column holding it all', () => {
    const doc = loadFixture('core-content-long-section-wins.html');
    const first = doc.querySelector('#c1 p')!.textContent!;
    const middle = doc.querySelector('#c2 p:last-child')!.textContent!;
    const interview = doc.querySelector('.panel-body p:last-child')!.textContent!;
    const a = article(extractFixture('core-content-long-section-wins.html'));
    expect(a.text).toContain(first);
    expect(a.text).toContain(middle);
    expect(a.text).toContain(interview);
  });

  it('takes the story around an embedded gallery whose slide captions outvote it, and drops the bare gallery', () => {
    const a = article(extractFixture('core-content-gallery-inside-story.html'));
    expect(a.text).toMatch(/^Most guests check into a hotel/);
    expect(a.text).toContain('The second was the door.');
    expect(a.text).toMatch(/write a review after going home\.$/);
    for (const s of [
      'Harbour club loses its sponsor',
      'Chocolate costs more',
      '1/24',
      'Business news in pictures',
    ])
      expect(a.text).not.toContain(s);
    expect(a.removed.map((r) => r.reason)).toContain('gallery without its images');
  });

  it('keeps a gallery that is the article: its captions stay when there is little story beside them', () => {
    const doc = loadFixture('core-content-gallery-inside-story.html');
    for (const p of Array.from(doc.querySelectorAll('.text-wrapper > p')).slice(1)) p.remove();
    const a = article(extractArticle(doc, { url: FIXTURE_URL }));
    expect(a.text).toContain('Harbour club loses its sponsor');
    expect(a.text).toContain('The price of a bar of chocolate is set to rise');
  });

  it("keeps a header slider's one or two lines (a standfirst, a date) beside a long story", () => {
    const doc = loadFixture('core-content-gallery-inside-story.html');
    const slider = doc.createElement('div');
    slider.className = 'lead-slider';
    slider.innerHTML =
      '<p>Hotel managers told an online forum what guests never see: blankets left unwashed, spy holes turned round and luggage racks full of bugs.</p>';
    doc.querySelector('.text-wrapper')!.prepend(slider);
    const a = article(extractArticle(doc, { url: FIXTURE_URL }));
    expect(a.text).toMatch(/^Hotel managers told an online forum what guests never see/);
  });

  it("keeps a post of short paragraphs over the writer's long bio in the author box below it", () => {
    const a = article(extractFixture('core-content-author-bio-long.html'));
    expect(a.text).toContain('Choosing presents as if I were shopping for myself');
    expect(a.text).toContain('Bookends: the present nobody buys for themselves, but');
    expect(a.text).not.toContain('I cannot walk in high heels');
  });

  it('joins paragraphs split into sibling containers around an ad', () => {
    const a = article(extractFixture('core-split-paragraph-divs.html'));
    expect(a.text).toContain('The orchard cooperative finished its autumn harvest');
    expect(a.text).toContain('Growers said the early finish');
    expect(a.text).toContain('The cooperative will hold its open day');
    expect(a.text).not.toContain('Advertisement');
  });

  it('prefers the short article to a longer reader comment', () => {
    const a = article(extractFixture('core-long-comment-not-body.html'));
    expect(a.text).toContain('The orchard cooperative finished its autumn harvest');
    expect(a.text).not.toContain('seasonal workers');
  });

  it('is not fooled by a title box with a content-like class name, and drops link clusters in a sentence', () => {
    const a = article(extractFixture('core-title-box-class-name.html'));
    expect(a.text).toContain('Growers said the early finish');
    expect(a.text).toContain('The manager said prices');
    expect(a.text).not.toContain('opens the cider fair');
    expect(a.text).toContain('this year, Anna Berg the chair of the board');
  });

  it('reaches the container of paragraphs wrapped four divs deep', () => {
    const a = article(extractFixture('core-deeply-wrapped-paragraphs.html'));
    for (const s of [
      'finished its autumn harvest',
      'repair the old cider press',
      'prices at the regional market',
      'line of old poplars',
    ])
      expect(a.text).toContain(s);
    expect(a.text).not.toContain('parking rules');
  });

  it('joins an article split into wrapper divs around an ad', () => {
    const a = article(extractFixture('core-split-article-in-wrappers.html'));
    for (const s of ['finished its autumn harvest', 'founded by eleven families', 'line of old poplars'])
      expect(a.text).toContain(s);
    expect(a.text).not.toContain('Bus timetable changes');
  });

  it('reads an RTL article and reports its direction', () => {
    const a = article(extractFixture('core-rtl-article.html'));
    expect(a.text).toContain('افتتحت البلدية يوم الثلاثاء');
    expect(a.text).not.toContain('افتتاح مكتبة جديدة في وسط المدينة');
    expect(a.dir).toBe('rtl');
    expect(a.lang).toBe('ar');
  });
});

describe('a story split into repeated wrappers', () => {
  it('keeps every part of the story, not only the best-voted one', () => {
    const a = article(extractFixture('core-content-split-columns.html'));
    expect(a.text).toContain('As temperatures climbed across the valley');
    expect(a.text).toContain('Officials said on Saturday');
    expect(a.text).toContain('In particular, the operator said');
    expect(a.text.indexOf('As temperatures')).toBeLessThan(a.text.indexOf('Officials said'));
    expect(a.text.indexOf('Officials said')).toBeLessThan(a.text.indexOf('In particular'));
    expect(a.text).not.toContain('Imprint');
  });

  it('joins wrappers shaded in turn ("windowbg2", "windowbg"), as a forum shades its posts', () => {
    const a = article(extractFixture('core-content-split-alternate-rows.html'));
    for (const post of [
      'Does anyone know',
      'They meet on the first Monday',
      'The drainage ditch',
      'I will bring it up',
      'Count me in',
      'Rosa, the troughs',
    ])
      expect(a.text).toContain(post);
    expect(a.text).not.toContain('Growing leeks');
  });

  it('joins the parts of a story set one per page section, each deep in a card, and not a related block', () => {
    const a = article(extractFixture('core-content-split-sections.html'));
    expect(a.text).toContain('The reigning pole vault champion opened his indoor season');
    expect(a.text).toContain('The double hurdles champion, back after a string of injuries');
    expect(a.text).toContain("The women's middle-distance team also showed its form");
    expect(a.text.indexOf('The reigning pole vault')).toBeLessThan(a.text.indexOf('The double hurdles'));
    expect(a.text.indexOf('The double hurdles')).toBeLessThan(a.text.indexOf("The women's middle-distance"));
    expect(a.text).not.toContain('More from the archive');
  });

  it("keeps a part holding only a subheading between two of the story's text parts, not a linked teaser heading", () => {
    const a = article(extractFixture('core-content-heading-part-between-text.html'));
    expect(a.text).toContain('Method 1: in a paper towel');
    expect(a.text.indexOf('Before you start')).toBeLessThan(a.text.indexOf('Method 1'));
    expect(a.text.indexOf('Method 1')).toBeLessThan(a.text.indexOf('The seedlings now need'));
    expect(a.text).not.toContain('Read next');
  });

  it("leaves out the next story an endless page appends in a box like the page's own", () => {
    const a = article(extractFixture('core-content-next-story-appended.html'));
    expect(a.text).toContain('The city council voted 9–2 on Tuesday night');
    expect(a.text).toContain('The vote sends the plan to the province');
    expect(a.text).not.toContain('The school board approved');
    expect(a.figures.map((f) => f.caption)).toEqual(['A rendering of the proposed tram stop at Pier 4.']);
  });

  it("leaves out the next story set beside the page's own in a box of the same kind", () => {
    const a = article(extractFixture('core-content-next-story-sibling.html'));
    expect(a.text).toMatch(/^The harbour board met on Tuesday/);
    expect(a.text).toMatch(/the south pier is already crowded\.$/);
    expect(a.text).not.toContain('Old library');
    expect(a.text).not.toContain('The town council voted');
  });

  it("takes the story under the page's headline when the appended next story is the longer one", () => {
    const a = article(extractFixture('core-content-next-story-longer.html'));
    expect(a.text).toContain('The city council voted 9–2 on Tuesday night');
    expect(a.text).toContain('The vote sends the plan to the province');
    expect(a.text).not.toContain('Trustees heard from');
    expect(a.text).not.toContain('The school board approved');
    // The same next story set apart in an "up next" box of its own.
    const doc = loadFixture('core-content-next-story-longer.html');
    const next = doc.querySelector('[data-story-id="1002"]')!;
    const aside = doc.createElement('aside');
    next.replaceWith(aside);
    aside.append(next);
    const b = article(extractArticle(doc, { url: FIXTURE_URL }));
    expect(b.text).toContain('The vote sends the plan to the province');
    expect(b.text).not.toContain('Trustees heard from');
  });

  it('joins a page-builder block of another type beside the winner (shared class tokens, prose)', () => {
    const a = article(extractFixture('core-content-builder-blocks.html'));
    expect(a.text).toContain('The first hive went up on the library roof');
    expect(a.text).toContain('Anyone who wants to keep bees in town');
    expect(a.text).not.toContain('Bees in winter');
    // A block of the same classes that is not prose through and through: name lines, a label.
    expect(a.text).not.toContain('Ann has written about gardens');
    expect(a.text).not.toContain('Imprint');
  });
});

describe('a table inside the article', () => {
  it('keeps the letter around a comma-heavy table of names, not the table alone', () => {
    const a = article(extractFixture('core-content-table-in-article.html'));
    expect(a.text).toContain('Our town library has been open six days a week');
    expect(a.text).toContain('A library that is open half the week');
    expect(a.text).toContain('Ada Kern, Ada Lund');
  });
});

describe('standfirst', () => {
  it('keeps the dek and the key points set between the headline and the body', () => {
    const a = article(extractFixture('core-standfirst-outside-body.html'));
    expect(a.text).toContain('The only ferry to the outer islands sails again from Monday');
    expect(a.text).toContain('Key points\n\nDaily crossings resume on Monday with the summer timetable.');
    expect(a.text).toContain('The harbour authority said the new ramp had passed');
    expect(a.text).not.toContain('Imprint');
    expect(a.text.indexOf('The only ferry')).toBeLessThan(a.text.indexOf('The harbour authority'));
  });

  it('takes a summary list of short points when its box or its heading names it so, not an unnamed list', () => {
    const a = article(extractFixture('core-standfirst-named-key-points.html'));
    expect(a.text.startsWith('Work starts in spring\n\nThe pier closes for a year')).toBe(true);
    expect(a.text).toContain('The harbour council voted on Tuesday evening');
    const doc = loadFixture('core-standfirst-named-key-points.html');
    const box = doc.querySelector('.article-summary')!;
    box.removeAttribute('class');
    expect(article(extractArticle(doc, { url: FIXTURE_URL })).text).not.toContain('Work starts in spring');
    box.insertAdjacentHTML('afterbegin', '<h2>At a glance</h2>');
    box.append(box.querySelector('ul')!);
    const named = article(extractArticle(doc, { url: FIXTURE_URL })).text;
    expect(named.startsWith('At a glance\n\nWork starts in spring')).toBe(true);
  });

  it('takes a dek set as a subheading under the headline, not a second headline there', () => {
    const dek = 'La empresa anunció 150 despidos, hubo paros, dejó sin efecto la medida';
    const a = article(extractFixture('core-standfirst-subheading.html'));
    expect(a.text.startsWith(dek)).toBe(true);
    // Shown as the standfirst, not as the heading of a part.
    expect(a.html.startsWith(`<p>${dek}`)).toBe(true);
    expect(a.text).toContain('La empresa que carga y descarga contenedores');
    const doc = loadFixture('core-standfirst-subheading.html');
    const h2 = doc.querySelector('h2.epigraph')!;
    h2.textContent =
      'Empleo portuario: por qué la empresa suspendió los 150 despidos y qué pasará con los trabajadores';
    expect(article(extractArticle(doc, { url: FIXTURE_URL })).text).not.toContain('Empleo portuario');
  });

  it('takes a subheading named as the dek, a line without a stop', () => {
    const dek = 'Thirty years of mackerel, and one summer like no other';
    const a = article(extractFixture('core-standfirst-named-subheading.html'));
    expect(a.text.startsWith(dek)).toBe(true);
    expect(a.html.startsWith(`<p>${dek}`)).toBe(true);
    // Unnamed, a line this short under the headline is no dek.
    const doc = loadFixture('core-standfirst-named-subheading.html');
    doc.querySelector('h3')!.removeAttribute('class');
    expect(article(extractArticle(doc, { url: FIXTURE_URL })).text).not.toContain(dek);
  });

  it("keeps a header's block named as the dek, a line without a stop, when the header goes as the byline's", () => {
    const dek = "What the harbour's yearly figures say about the town and its fishing fleet";
    const a = article(extractFixture('core-standfirst-named-in-header.html'));
    expect(a.text.startsWith(`${dek}\n\nThe harbour office published`)).toBe(true);
    expect(a.figures.map((f) => f.caption)).toEqual(['Boats in the inner basin.']);
    // Unnamed, a line without a stop goes with the header.
    const doc = loadFixture('core-standfirst-named-in-header.html');
    doc.querySelector('.article-excerpt')!.removeAttribute('class');
    expect(article(extractArticle(doc, { url: FIXTURE_URL })).text).not.toContain(dek);
  });

  it("takes a subheading under the headline that says what the page's description says as the dek, stop or none", () => {
    const dek =
      'Storm damage to the foundations pushes the opening back by two years and adds millions to the bill';
    const a = article(extractFixture('core-standfirst-described.html'));
    expect(a.text.startsWith(`${dek}\n\n`)).toBe(true);
    expect(a.html.startsWith(`<p>${dek}</p>`)).toBe(true);
    const withDescription = (description: string, inHeader = false) => {
      const doc = loadFixture('core-standfirst-described.html');
      doc.querySelector('meta[property="og:description"]')!.setAttribute('content', description);
      if (inHeader) {
        // The same two lines in the article's own header, which goes as the byline's box.
        const header = doc.createElement('header');
        header.append(...doc.querySelector('.story-top')!.children);
        header.insertAdjacentHTML('beforeend', '<p class="byline">By Jane Roe</p>');
        doc.querySelector('article')!.prepend(header);
      }
      return article(extractArticle(doc, { url: FIXTURE_URL })).text;
    };
    expect(withDescription(dek, true).startsWith(`${dek}\n\n`)).toBe(true);
    // A description cut short is the dek's start.
    expect(withDescription('Storm damage to the foundations pushes the opening back by two…')).toMatch(
      /^Storm damage/,
    );
    // A date set inside the dek is no part of it.
    const dated = loadFixture('core-standfirst-described.html');
    dated.querySelector('meta[property="og:description"]')!.setAttribute('content', `${dek.slice(0, 60)}...`);
    dated
      .querySelector('h2')!
      .insertAdjacentHTML('beforeend', '<span class="date">Monday, 9 March 2026</span>');
    expect(article(extractArticle(dated, { url: FIXTURE_URL })).text.startsWith(`${dek}\n\n`)).toBe(true);
    // A description that says something else leaves the subheading no dek, in either place.
    expect(withDescription('The breakwater will open two years late.')).toMatch(/^The harbour authority/);
    expect(withDescription('The breakwater will open two years late.', true)).toMatch(
      /^The harbour authority/,
    );
    // Nor is a description cut too short to know it by.
    expect(withDescription('Storm damage…')).toMatch(/^The harbour authority/);
  });

  it("takes a lead box that runs the body's first paragraphs together once, as the paragraphs", () => {
    const doc = loadFixture('core-standfirst-described.html');
    const paragraphs = [...doc.querySelectorAll('.article-body p')].slice(0, 2).map((p) => p.textContent);
    const lead = paragraphs.join(' ');
    doc.querySelector('h2')!.textContent = lead;
    doc.querySelector('meta[property="og:description"]')!.setAttribute('content', `${lead.slice(0, 150)}…`);
    const a = article(extractArticle(doc, { url: FIXTURE_URL }));
    expect(a.text.startsWith(`${paragraphs[0]}\n\n${paragraphs[1]}\n\n`)).toBe(true);
    expect(a.text.split('The harbour authority said on Tuesday')).toHaveLength(2);
  });

  it('shows the rest of the story hidden behind a "Continue reading" button, not a hidden pop-up', () => {
    const a = article(extractFixture('core-content-story-behind-button.html'));
    expect(a.text).toContain('The bridge, which will carry pedestrians');
    expect(a.text).toMatch(/could be expanded quickly\.$/);
    expect(a.text).not.toContain('Continue reading');
    expect(a.text).not.toContain('Sign in to keep reading');
  });

  it("shows an accordion's questions and collapsed answers, not a collapsed menu of links", () => {
    const a = article(extractFixture('core-content-faq-accordion.html'));
    expect(a.text).toContain(
      'When does the first boat leave?\n\nThe first boat leaves the old town landing at 6.10am on weekdays',
    );
    expect(a.text).toContain('Can I take my bicycle?\n\nYes. Each boat carries up to twelve bicycles');
    expect(a.html).toContain('<h3>Can I take my bicycle?</h3>');
    expect(a.text).not.toMatch(/Post it|Mail it/);
  });

  it("keeps the dek of the article's own header when the header goes as the byline's box", () => {
    const a = article(extractFixture('core-standfirst-in-article-header.html'));
    expect(a.text).toMatch(/^Der Leseforscher Christian Dawidowski sagt/);
    expect(a.text).toContain('Durch das Lesen am Bildschirm');
    expect(a.text).not.toMatch(/Stand: 17\.06|Von Jana Berger|Was heißt das|Eine Studentin liest/);
    // The headline's title part goes with the header, not as a dek of its own.
    const header = a.removed.find((b) => b.reason === '<header> of the article');
    expect(header?.text).toContain('Was heißt das für die Hochschulen?');
    expect(header?.text).not.toContain('Leseforscher');
  });

  it('keeps a list of links that a sentence of the story announces, not a related list under a label', () => {
    const a = article(extractFixture('core-content-announced-link-list.html'));
    expect(a.text).toContain(
      'every time I plan a route:\n\nOpenTrail Maps\n\nMountain Weather\n\nRail Planner\n\nHut Finder',
    );
    expect(a.text).not.toMatch(/Ten coastal walks|Sleeping in mountain huts/);
  });

  it('takes a Korean dek that is short in characters but a line in words', () => {
    const dek = '시, 1조2천억원 투입해 친수공간·업무시설 조성…주민 설명회 이달 중 개최';
    const a = article(extractFixture('core-standfirst-cjk-dek.html'));
    expect(a.text.startsWith(dek)).toBe(true);
    expect(a.text).toContain('부산 북항 일대 항만 재개발 사업이 본격화된다.');
    // The same count of Latin letters is too short to be a dek.
    const doc = loadFixture('core-standfirst-cjk-dek.html');
    doc.querySelector('h4')!.textContent = 'Port plan for 2028, meeting this month';
    expect(article(extractArticle(doc, { url: FIXTURE_URL })).text).not.toContain('Port plan');
  });

  it("takes the dek and passes over a share button's popup saved between headline and body", () => {
    const a = article(extractFixture('core-standfirst-skips-popup.html'));
    expect(a.text).toMatch(/^Die alte Fähre fällt immer öfter aus\./);
    expect(a.text).toContain('Die Stadt hat eine neue Fähre');
    expect(a.text).not.toContain('Zwischenablage');
  });

  it('finds the dek past a lead-photo box named as a sidebar, and takes no headline shown again for it', () => {
    const a = article(extractFixture('core-standfirst-past-named-boxes.html'));
    expect(a.text).toContain('Leasen, finanzieren oder bar bezahlen?');
    expect(a.text.indexOf('Leasen, finanzieren')).toBeLessThan(a.text.indexOf('Rund 83 Prozent'));
    expect(a.text).not.toContain('Neues Auto:');
  });

  it('takes a dek the body opens with again once', () => {
    const a = article(extractFixture('core-standfirst-repeated-in-body.html'));
    const dek = "Our editors' picks of trail rides, shows and clinics";
    expect(a.text.split(dek)).toHaveLength(2);
    expect(a.text.indexOf(dek)).toBeLessThan(a.text.indexOf('RIDE the coastal bridleway'));
    expect(a.text).toContain('BOOK early for the moorland endurance ride');
    // The summary list is in the body too: it is taken once, and its heading is not left alone above it.
    expect(a.text.split('The coastal bridleway reopens with three guided rides.')).toHaveLength(2);
    expect(a.text).not.toContain('At a glance');
  });
});

describe('dialogs and names of places beside a region', () => {
  it('does not take a dialog laid over the page for the story, however much prose it holds', () => {
    const a = article(extractFixture('core-content-dialog-over-page.html'));
    expect(a.text).toContain('Basil is one of the easiest herbs to raise indoors');
    expect(a.text).toContain('Pinch out the tips once the plant has three pairs of leaves');
    expect(a.text).not.toContain('privacy policy');
    expect(a.text).not.toContain('Orders are shipped');
  });

  it('keeps the dek under the headline when a dialog sits between them', () => {
    const a = article(extractFixture('core-content-dialog-over-page.html'));
    expect(a.text).toContain('A sunny sill, a deep pot and some patience');
    expect(a.text).not.toContain('copied to your clipboard');
  });

  it('takes a box named for the place above the footer as no footer', () => {
    const a = article(extractFixture('core-content-beside-region-name.html'));
    expect(a.text).toContain('The sleeper service to the coast runs again from May');
    expect(a.text).toContain('Cabins sleep two or four');
    expect(a.text).not.toContain('earn us a commission');
  });

  it('finds the dek under a heading that shows the title, kicker and all, where no h1 stands before the story', () => {
    const a = article(extractFixture('core-standfirst-headline-h2.html'));
    expect(a.text).toMatch(/^Die Abogebühr eines Hörers/);
    expect(a.text).not.toContain('Audioversion');
    // The headline known by the title alone: without it, the story has no headline to read down from.
    const doc = loadFixture('core-standfirst-headline-h2.html');
    const index = computeStats(doc.body, new Deadline(10_000));
    const first = doc.querySelector('.story-text')!;
    const dek = (title?: string) =>
      findStandfirst(index, first, title).map((el) => el.textContent?.trim().slice(0, 19));
    expect(dek('Musiker fordern neues Streaming-Modell')).toContain('Die Abogebühr eines');
    expect(dek()).toEqual([]);
    // A heading that only shares a word or two with the title is no headline.
    expect(dek('Streaming')).toEqual([]);
  });
});
