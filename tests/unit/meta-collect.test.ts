import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract-article';
import { collectMetadata } from '../../src/core/metadata/collect-metadata';
import { article, extractFixture, extractHtml, FIXTURE_URL, loadFixture } from './core-helpers';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const load = (name: string, url = 'https://gazette.example/2024/03/quay-plan') =>
  new JSDOM(readFileSync(path.join(FIXTURES, name), 'utf8'), { url }).window.document;

describe('collectMetadata', () => {
  it('reads a JSON-LD @graph: headline, @id authors, publisher, date, body, language', () => {
    const doc = load('meta-json-ld-graph.html');
    const before = doc.documentElement.outerHTML;
    const m = collectMetadata(doc, doc.URL);
    expect(m.title).toBe('Quay plan approved after long night');
    expect(m.authors).toEqual(['Mira Okafor', 'Tomas Berg']);
    expect(m.siteName).toBe('Harbour Gazette Ltd');
    expect(m.publishedTime).toBe('2024-03-05T21:40:00+01:00');
    expect(m.articleBody).toContain('harbour committee');
    expect(m.lang).toBe('en');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads JSON-LD with script comments among its values and two objects set one after the other', () => {
    const m = collectMetadata(load('meta-json-ld-loose.html'), 'https://harbour.example/pier');
    expect(m.authors).toEqual(['Jane Roe']);
    expect(m.publishedTime).toBe('2026-03-10T09:00:00+01:00');
  });

  it('survives broken JSON-LD and falls back to metas, cleaning the author and the RFC 2822 date', () => {
    const m = collectMetadata(load('meta-broken-json-ld.html'), 'https://coast.example/ferry');
    expect(m.title).toBe('Ferry timetable changes');
    expect(m.siteName).toBe('Coast Courier');
    expect(m.authors).toEqual(['Lena Vogt']);
    expect(m.publishedTime).toBe('2024-03-05T08:15:00+01:00');
    expect(m.excerpt).toBe('The spring timetable brings earlier crossings.');
  });

  it('splits a visible multi-author byline and dates the article from <time>', () => {
    const m = collectMetadata(load('meta-multi-author-byline.html'), 'https://x.example/night-market');
    expect(m.authors).toEqual(['Jane Doe', 'John Roe', 'Ana Lima']);
    expect(m.publishedTime).toBe('2024-06-01T19:00:00Z');
  });

  it('reads a byline box named in Turkish and a date written with a Turkish month', () => {
    const a = article(extractFixture('meta-byline-class-words.html'));
    expect(a.authors).toEqual(['Ayşe Yılmaz']);
    expect(a.publishedTime).toBe('2026-03-03T08:00:00');
  });

  it("takes the visible headline from a share title that adds the blog's name after a chevron", () => {
    expect(article(extractFixture('meta-title-decoration.html')).title).toBe(
      'Winter running in twelve months',
    );
    // Older themes set the blog's name after "«" or " :: ".
    for (const decorated of [
      'Winter running in twelve months « Nordish Notes',
      'Winter running in twelve months :: Nordish Notes',
    ]) {
      const doc = load('meta-title-decoration.html');
      doc.querySelector('meta[property="og:title"]')!.setAttribute('content', decorated);
      expect(collectMetadata(doc, 'https://nordish.example/winter-running').title).toBe(
        'Winter running in twelve months',
      );
    }
  });

  // The page with its <title> alone to tell the headline: no heading, no share title.
  const titleOnly = (title: string, url: string, siteName = '') => {
    const doc = load('meta-title-decoration.html');
    doc.querySelector('h1')!.remove();
    doc.querySelector('meta[property="og:title"]')!.remove();
    if (siteName)
      doc.head.insertAdjacentHTML('beforeend', `<meta property="og:site_name" content="${siteName}">`);
    doc.title = title;
    return collectMetadata(doc, url).title;
  };

  it('takes the visible headline from a <title> that opens with a tag in lenticular brackets', () => {
    const doc = load('meta-title-decoration.html');
    doc.querySelector('meta[property="og:title"]')!.remove();
    doc.querySelector('h1')!.textContent = 'フェリー船員が新契約を受け入れ';
    doc.title = '【速報】フェリー船員が新契約を受け入れ | 港新聞';
    expect(collectMetadata(doc, 'https://minato.example.jp/news/1').title).toBe(
      'フェリー船員が新契約を受け入れ',
    );
  });

  it('cuts a name after " :: " from a <title> when no heading shows the headline', () => {
    expect(
      titleOnly(
        'Winter running in twelve months :: Northern Trails',
        'https://nordish.example/winter-running',
      ),
    ).toBe('Winter running in twelve months');
  });

  it("does not take a Chinese headline that holds the blog's name for the name alone", () => {
    expect(
      titleOnly('旧码头重建的故事 @ 海岸日记 :: 博客网', 'https://haian.blog.example/post/1', '海岸日记'),
    ).toMatch(/^旧码头重建的故事/);
  });

  it("drops the site's name in brackets after the headline", () => {
    const m = collectMetadata(
      load('meta-title-site-in-brackets.html'),
      'https://www.inselbote.example/mietenstreik',
    );
    expect(m.title).toBe('»Kein Geld mehr für die Miete«');
  });

  it("drops the site's name that its address holds under a country's second level", () => {
    const m = collectMetadata(
      load('meta-title-country-domain.html'),
      'https://www.hafenamt.gv.at/nachrichten/2022/02/hafenplan.html',
    );
    expect(m.title).toBe('Ministerin stellt den neuen Hafenplan vor');
  });

  it("takes no title from an h1 that is only the logo's link to the front page", () => {
    const a = article(extractFixture('meta-title-logo-heading.html'));
    expect(a.title).toBe('Historic market returns to the square');
    // The logo's text names the site.
    expect(a.siteName).toBe('Harbour Society');
  });

  it("names the site after the <title> part its logo's link to the front page shows, and titles a page whose <title> is that name alone after its h1", () => {
    const url = 'https://harbour.example/news/pier';
    const m = collectMetadata(load('meta-site-name-front-page-link.html'), url);
    expect(m.siteName).toBe('Harbour News');
    expect(m.title).toBe('Pier to be rebuilt');
    // A template's <title> that is the site's name alone names no article: the h1 is the headline.
    const only = load('meta-site-name-front-page-link.html');
    only.title = 'Harbour News';
    const n = collectMetadata(only, url);
    expect(n.siteName).toBe('Harbour News');
    expect(n.title).toBe('Pier to be rebuilt before summer, board decides');
    // Another site's front page is a partner's: its name is no part to cut.
    const partner = load('meta-site-name-front-page-link.html');
    partner.title = 'Pier to be rebuilt - Partner Daily';
    const p = collectMetadata(partner, url);
    expect(p.siteName).toBe('');
    // A menu's text link to the front page is no logo.
    const menu = load('meta-site-name-front-page-link.html');
    menu.title = 'Pier to be rebuilt - Home';
    expect(collectMetadata(menu, url).siteName).toBe('');
  });

  it('reads headline, byline and date without the CSS of a <style> inside their elements', () => {
    const m = collectMetadata(load('meta-inline-style-text.html'), 'https://kuestenpost.example/faehre');
    expect(m.title).toBe('Harbour ferry saved for winter');
    expect(m.authors).toEqual(['Jane Roe']);
    expect(m.publishedTime).toBe('2026-03-04');
  });

  it("takes the <title>'s headline over an og:title that names only the section", () => {
    const m = collectMetadata(load('meta-title-section-name.html'), 'https://seeland.example/medien/impfen');
    expect(m.title).toBe('Impfen ist bis Ende Februar noch überall möglich');
  });

  it('takes the whole headline from the <title> when an unescaped quote mark cut og:title short', () => {
    const m = collectMetadata(load('meta-title-unescaped-quote.html'), 'https://coast.example/senator');
    expect(m.title).toBe('Senator calls the harbour plan "unworkable"');
  });

  it('takes the whole headline from the h1 when the metadata title was cut short with an ellipsis', () => {
    const url = 'https://harbour.example/news/ferry-vote';
    const whole =
      'Ferry crews vote to accept the new contract after a long summer dispute that cost the town its visitors';
    expect(collectMetadata(load('meta-title-cut-short.html'), url).title).toBe(whole);
    // From the <title> too, and cut inside a word with "…".
    const doc = load('meta-title-cut-short.html');
    doc.querySelector('script')!.remove();
    doc.head.insertAdjacentHTML(
      'beforeend',
      '<meta property="og:title" content="Ferry crews vote to accept the new contract after a long summer dispute that cost the t…">',
    );
    doc.querySelector('h1')!.remove();
    doc.title = `${whole} | Harbour News`;
    expect(collectMetadata(doc, url).title).toBe(whole);
    // A headline that ends in an ellipsis of its own keeps it.
    const own = load('meta-title-cut-short.html');
    own.querySelector('script')!.textContent =
      '{"@type":"NewsArticle","headline":"And then the ferry came..."}';
    own.querySelector('h1')!.textContent = 'And then the ferry came...';
    expect(collectMetadata(own, url).title).toBe('And then the ferry came...');
  });

  it("cuts a blog's <title> at its post's h2 when no h1 is the headline", () => {
    const m = collectMetadata(load('meta-title-post-h2.html'), 'https://harbournotes.example/2019/10/boats');
    expect(m.title).toBe('Counting the boats in the old harbour');
  });

  it("names the site after the banner's h1 and titles the page after the post's h2 when the <title> holds both", () => {
    const m = collectMetadata(
      load('meta-site-name-h1-over-post-h2.html'),
      'https://boats.example/viewtopic.php?t=456',
    );
    expect(m.siteName).toBe('Harbour Boating Forum');
    expect(m.title).toBe("Outboard won't start after winter");
    // The same two parts with the post's title shown as the h1 and no h2 holding the other: the
    // h1 is the headline, and the rest of the <title> the site.
    const doc = load('meta-site-name-h1-over-post-h2.html');
    doc.querySelector('h1')!.textContent = "Outboard won't start after winter";
    doc.querySelector('h2')!.textContent = 'Engines';
    const n = collectMetadata(doc, 'https://boats.example/viewtopic.php?t=456');
    expect(n.siteName).toBe('Harbour Boating Forum');
    expect(n.title).toBe("Outboard won't start after winter");
  });

  it("names the site after the <title>'s last part when an older CMS sets the article's title as an h2 and no h1, and reads its writer from the list of facts", () => {
    const m = collectMetadata(
      load('meta-site-name-h2-headline.html'),
      'https://stadtanzeiger.example/lokales/radwege',
    );
    expect(m.siteName).toBe('Stadtanzeiger Musterstadt');
    expect(m.title).toBe('Neue Radwege am Stadtpark eröffnet');
    // The facts are a <dl> of <dd> lines with no space between them: the name is not run into the
    // next line's label.
    expect(m.authors).toEqual(['Petra Lindner']);
    expect(m.publishedTime).toBe('2026-04-14T09:30:00+02:00');
  });

  it("reads a paper's writers from citation_author tags set family name first", () => {
    const m = collectMetadata(
      load('meta-author-citation-inverted.html'),
      'https://papers.example/abs/2611.01234',
    );
    expect(m.authors).toEqual([
      'Jane Roe',
      'Tom van der Berg',
      'A. C. Okafor',
      'Michiel de Jong',
      'Harbour Research Group',
    ]);
  });

  it("reads a forum post's writer and date from its DiscussionForumPosting, and takes no avatar for its photo", () => {
    const url = 'https://talk.example/threads/which-anchor.789/';
    const m = collectMetadata(load('meta-forum-posting-json-ld.html'), url);
    expect(m.authors).toEqual(['mudlark']);
    expect(m.publishedTime).toBe('2026-03-10T09:00:00Z');
    const a = article(extractArticle(load('meta-forum-posting-json-ld.html'), { url }));
    expect(a.authors).toEqual(['mudlark']);
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('What do people here use in thick mud?');
  });

  it('cuts the <title> at the part its meta description states alone when no heading shows the headline, not at its last part', () => {
    const url = 'https://hafenbembel.example/modules/news/article.php?storyid=504';
    expect(collectMetadata(load('meta-title-description-part.html'), url).title).toBe(
      'Der Verein stellt die Weichen für die Zukunft',
    );
    // A description that repeats the slogan at the title's end is no headline.
    const doc = load('meta-title-description-part.html');
    doc.title = 'Der Verein stellt die Weichen - Nachrichten aus dem Hafenviertel';
    doc
      .querySelector('meta[name="description"]')!
      .setAttribute('content', 'Nachrichten aus dem Hafenviertel');
    expect(collectMetadata(doc, url).title).not.toBe('Nachrichten aus dem Hafenviertel');
  });

  it('reads the byline and the labelled date from two lines of small print, and no byline from a poem opening with "By"', () => {
    const url = 'https://gazette.example/2006/03/10/ferry.html';
    const m = collectMetadata(load('meta-date-font-facts.html'), url);
    expect(m.authors).toEqual(['Jane Roe']);
    expect(m.publishedTime).toBe('2006-03-10');
    // Without the date line the "By" line is no byline either.
    const doc = load('meta-date-font-facts.html');
    const facts = doc.querySelector('font[color]')!;
    facts.innerHTML = 'By Jane Roe, Harbour Reporter<br>Photographs by Tom Berg';
    expect(collectMetadata(doc, url).authors).toEqual([]);
  });

  it("reads the date from the article's facts list, not from a ticker's linked items", () => {
    const m = collectMetadata(load('meta-date-facts-list.html'), 'https://hafenblatt.example/wissen/eisfrei');
    expect(m.publishedTime).toBe('2020-02-26');
  });

  it("reads the date from the facts list in the article's side column, not from the page's sidebar", () => {
    const m = collectMetadata(
      load('meta-date-facts-side-column.html'),
      'https://bergblatt.example/natur/zugvoegel',
    );
    expect(m.publishedTime).toBe('2020-03-14');
  });

  it('reads the writer and date from analytics and sharing tags when no standard tag states them', () => {
    const page = (head: string) =>
      new JSDOM(`<html><head>${head}</head><body><h1>Quay plan approved</h1></body></html>`, {
        url: 'https://gazette.example/quay',
      }).window.document;
    const m = collectMetadata(
      page(
        '<meta name="cXenseParse:author" content="Mira Okafor"><meta name="publication_date" content="2022-02-08T14:00:00">',
      ),
      'https://gazette.example/quay',
    );
    expect(m.authors).toEqual(['Mira Okafor']);
    expect(m.publishedTime).toBe('2022-02-08T14:00:00');
    const share = collectMetadata(
      page(
        "<meta name=shareaholic:article_author_name content='Tomas Berg'><meta name=shareaholic:article_published_time content=2017-06-07T11:19:22+02:00>",
      ),
      'https://gazette.example/quay',
    );
    expect(share.authors).toEqual(['Tomas Berg']);
    expect(share.publishedTime).toBe('2017-06-07T11:19:22+02:00');
  });

  it("takes the h1 when the title and og:title are only the site's name", () => {
    const m = collectMetadata(
      load('meta-title-site-name-only.html'),
      'https://coastcourier.example/lighthouse',
    );
    expect(m.title).toBe('Lighthouse keeper retires after forty years');
    expect(m.siteName).toBe('Coast Courier');
  });

  it("reads the header's date and byline on a page whose body class names related links or comments", () => {
    const m = collectMetadata(load('meta-date-body-class.html'), 'https://fachblatt.example/waermepumpen');
    expect(m.publishedTime).toBe('2022-12-06');
    expect(m.authors).toEqual(['Jana Berg']);
  });

  it('reads the dateline that opens the text after the standfirst', () => {
    const m = collectMetadata(
      load('meta-date-dateline-opens-text.html'),
      'https://energie.example/bioenergie',
    );
    expect(m.publishedTime).toBe('2022-11-29');
  });

  it('reads the date that opens the line under the headline before the section', () => {
    const m = collectMetadata(load('meta-date-line-with-section.html'), 'https://natur.example/hermelin');
    expect(m.publishedTime).toBe('2021-11-01');
  });

  it("takes the CMS's articleAuthor meta over a JSON-LD author that is the outlet itself", () => {
    const m = collectMetadata(load('meta-author-article-author-meta.html'), 'https://coast.example/fees');
    expect(m.authors).toEqual(['Harbour Press Agency']);
  });

  it('reads the date beside the reading time, not the minutes as the day', () => {
    const r = article(extractFixture('meta-date-reading-time.html', 'https://notes.example/tide-tables'));
    expect(r.publishedTime).toBe('2024-03-12');
    expect(r.text).not.toContain('min read');
    expect(r.text).not.toContain('Mar 12');
  });

  it('reads the date line under a byline, and takes it out of the text', () => {
    const r = article(extractFixture('meta-date-line-under-byline.html', 'https://puerto.example/muelle'));
    expect(r.authors).toEqual(['Juana Pérez']);
    expect(r.publishedTime).toBe('2024-03-12');
    expect(r.text).not.toContain('marzo de 2024');
  });

  it("takes no date from an embedded post's closing line, and keeps the post in the text", () => {
    const r = article(
      extractFixture('meta-date-not-from-embedded-post.html', 'https://harbour.example/pier'),
    );
    expect(r.authors).toEqual(['Jane Roe']);
    expect(r.publishedTime).toBe('');
    expect(r.text).toContain('December 1, 2026');
  });

  it("takes a date line signed by the newsroom's desk out of the text, and names no writer for the desk", () => {
    const html = readFileSync(path.join(__dirname, '../fixtures/meta-date-line-signed-by-desk.html'), 'utf8');
    for (const line of [
      'Freitag, 12.04.2024 | Redaktion',
      '12.04.2024, 14:32 Uhr | Redaktion',
      'Fr., 12.04.2024 · Newsroom',
    ]) {
      const r = article(extractHtml(html.replace('Freitag, 12.04.2024 | Redaktion', line)));
      expect(r.authors).toEqual([]);
      expect(r.publishedTime.slice(0, 10)).toBe('2024-04-12');
      expect(r.text).toMatch(/^Wegen Bauarbeiten/);
      expect(r.removed).toContainEqual(expect.objectContaining({ text: line, reason: 'dateline' }));
    }
  });

  it("reads the publication's date from a line that gives the update's first", () => {
    const m = collectMetadata(load('meta-date-published-beside-updated.html'), 'https://coast.example/ferry');
    expect(m.authors).toEqual(['Jane Doe']);
    expect(m.publishedTime).toBe('2024-03-12');
  });

  it("reads the publication's date beside an update's in further languages, in either order and with no separator", () => {
    const dated = (line: string, lang: string) => {
      const doc = load('meta-date-published-beside-updated.html');
      doc.documentElement.lang = lang;
      [...doc.querySelectorAll('p')].find((p) => p.textContent!.startsWith('Updated'))!.textContent = line;
      return collectMetadata(doc, 'https://coast.example/ferry').publishedTime;
    };
    expect(dated('Actualizado: 14/03/2024 10:00 · Publicado: 12/03/2024 09:30', 'es')).toBe(
      '2024-03-12T09:30:00',
    );
    expect(dated('Aggiornato il 14 marzo 2024 · Pubblicato il 12 marzo 2024', 'it')).toBe('2024-03-12');
    expect(dated('Обновлено 14 марта 2024 · Опубликовано 12 марта 2024', 'ru')).toBe('2024-03-12');
    expect(dated('Uppdaterad 14 mars 2024 · Publicerad 12 mars 2024', 'sv')).toBe('2024-03-12');
    // The publication's date first and the update's after it, in one run of text.
    expect(dated('입력 2024.03.12 09:30 수정 2024.03.14 10:00', 'ko')).toBe('2024-03-12T09:30:00');
    expect(dated('Published March 12, 2024 Updated March 14, 2024', 'en')).toBe('2024-03-12');
    // An update's date alone is no publication's.
    expect(dated('Actualizado: 14/03/2024', 'es')).toBe('');
  });

  it('dates the article by the dateline the header cleaner takes out, when nothing else dates it', () => {
    const r = article(
      extractFixture('meta-date-header-dateline.html', 'https://bembel.example/news/article.php?id=504'),
    );
    expect(r.publishedTime).toBe('2015-08-25T22:30:00');
    expect(r.text).not.toContain('Cooper');
  });

  it("takes a header line that names the story's writer beside a date out of the text, and dates the story by it", () => {
    const r = article(extractFixture('meta-byline-with-date-line.html'));
    expect(r.text.startsWith('Die Stadt hat eine neue Fähre')).toBe(true);
    expect(r.text).not.toContain('Mittwoch');
    expect(r.text).toContain('Claudia Riedler hat die Werft besucht');
    expect(r.publishedTime).toBe('2019-10-19');
    // Long, with the site's name, an update and co-writers, it is still the byline, not the lead.
    const doc = loadFixture('meta-byline-with-date-line.html');
    doc.querySelector('.kopfzeile')!.textContent =
      'Hafenbote | 19.10.2019 um 13:36 Uhr • Aktualisiert am 20.10.2019 um 20:13 Uhr | Von Claudia Riedler (mit Jan Roe und Eva Muster)';
    expect(article(extractArticle(doc, { url: FIXTURE_URL })).text).not.toContain('Aktualisiert');
  });

  it('reads the writer of a byline whose date follows the word for "on" ("Erstellt von NAME am Dienstag 6. Mai 2014")', () => {
    const r = article(extractFixture('meta-byline-on-date-languages.html'));
    expect(r.authors).toEqual(['Jana Roth']);
    expect(r.publishedTime).toBe('2014-05-06');
    expect(r.text).not.toContain('Erstellt von');
  });

  it("reads the writers of a byline, not the photographer's or the editor's credit after them nor where each filed from", () => {
    expect(article(extractFixture('meta-byline-other-credits.html')).authors).toEqual(['Ada Lund']);
    const authorsWith = (line: string) => {
      const doc = loadFixture('meta-byline-other-credits.html');
      doc.querySelector('.byline')!.textContent = line;
      return article(extractArticle(doc, { url: FIXTURE_URL })).authors;
    };
    expect(authorsWith('Text: Ada Lund Fotos: Kai Berg')).toEqual(['Ada Lund']);
    expect(authorsWith('Reporting by Ada Lund in London; Editing by Kai Berg')).toEqual(['Ada Lund']);
    expect(authorsWith('By Ada Lund in Washington and Kai Berg in London')).toEqual(['Ada Lund', 'Kai Berg']);
  });

  it("reads the writer from a link to the writer's page, in the paths newsrooms and platforms give it", () => {
    expect(article(extractFixture('meta-byline-writer-page-links.html')).authors).toEqual(['Ada Lund']);
    for (const href of ['/columnists/ada-lund', '/contributors/ada-lund/', '/journalists/ada-lund']) {
      const doc = loadFixture('meta-byline-writer-page-links.html');
      doc.querySelector('.post-meta a')!.setAttribute('href', href);
      expect(article(extractArticle(doc, { url: FIXTURE_URL })).authors).toEqual(['Ada Lund']);
    }
    // A link to a page of another kind is no writer's.
    const doc = loadFixture('meta-byline-writer-page-links.html');
    doc.querySelector('.post-meta a')!.setAttribute('href', '/topics/ada-lund');
    expect(article(extractArticle(doc, { url: FIXTURE_URL })).authors).toEqual([]);
  });

  it('reads the writer of a content system\'s "Submitted by NAME on DATE" line', () => {
    const r = article(extractFixture('meta-byline-submitted-by.html'));
    expect(r.authors).toEqual(['Ada Lund']);
    expect(r.text).not.toContain('Submitted by');
  });

  it('reads the writer of a blog theme\'s "Posted on DATE by NAME" line, and its date', () => {
    const r = article(extractFixture('meta-byline-date-then-name.html'));
    expect(r.authors).toEqual(['Jane Roe']);
    expect(r.publishedTime).toBe('2026-03-10');
    expect(r.text).not.toContain('Posted on');
  });

  it('reads the writer of a post footer that names the hour after them ("Posted by NAME at 10:12 AM")', () => {
    const r = article(extractFixture('meta-byline-time-after-name.html'));
    expect(r.authors).toEqual(['Jane Roe']);
    expect(r.text).not.toContain('Posted by');
  });

  it('reads a Chinese reporter named after the role under the headline, not the editor at the foot', () => {
    const r = article(extractFixture('meta-byline-chinese-reporter.html'));
    expect(r.authors).toEqual(['李明']);
    // A Taiwanese paper's byline: the place it was filed from after a slash, then "reports".
    const html = readFileSync(path.join(FIXTURES, 'meta-byline-chinese-reporter.html'), 'utf8');
    for (const [line, names] of [
      ['記者：王小明／台北報導', ['王小明']],
      ['記者王小明、李大華／高雄報導', ['王小明', '李大華']],
    ] as const) {
      const t = article(
        extractHtml(
          html
            .replace('<span class="author">记者 李明</span>', `<span class="author">${line}</span>`)
            .replace('（记者 李明）', ''),
        ),
      );
      expect(t.authors, line).toEqual(names);
    }
  });

  it('reads the writer of an interview from the line that says who led it', () => {
    const r = article(extractFixture('meta-byline-interview-credit.html'));
    expect(r.authors).toEqual(['Jonas Weber']);
    expect(r.text).not.toContain('Das Gespräch führte');
    expect(r.text).toContain('Nichtstun ist teurer.');
  });

  it("gives a one-word display name its surname from the writer's bio that opens with the whole name", () => {
    const url = 'https://blog.example/briefe/';
    expect(collectMetadata(loadFixture('meta-author-name-from-bio.html'), url).authors).toEqual([
      'Nils Pickert',
    ]);
    for (const [name, bio, names] of [
      ['Stefanus', 'Stefanus Stahl - Maschinenbauer, Abenteurer und Projektleiter.', ['Stefanus Stahl']],
      ['Nils', 'Nils van der Berg schreibt über Familie.', ['Nils van der Berg']],
      // No surname: capitals after the name that run on, or a bio about someone else.
      ['Nils', 'Nils Is A Writer From Hamburg.', ['Nils']],
      ['Nils', 'Anna Berg und Nils schreiben hier.', ['Nils']],
    ] as const) {
      const doc = loadFixture('meta-author-name-from-bio.html');
      const script = doc.querySelector('script[type="application/ld+json"]')!;
      script.textContent = script
        .textContent!.replace(/"description":"[^"]*"/, `"description":"${bio}"`)
        .replace('"name":"Nils"', `"name":"${name}"`);
      expect(collectMetadata(doc, url).authors, bio).toEqual(names);
    }
  });

  it("takes the printed reporter over a newsroom desk named as the metadata's author", () => {
    const r = article(extractFixture('meta-author-desk-name.html'));
    expect(r.authors).toEqual(['Carlos Mendes']);
  });

  it("takes neither the writer nor the date of a teaser's byline inside its link to another story", () => {
    const r = article(extractFixture('meta-byline-teaser-link.html'));
    expect(r.authors).toEqual([]);
    expect(r.publishedTime).toBe('');
    // The article's own byline box, in a link to its writer's page, is still read.
    const doc = loadFixture('meta-byline-teaser-link.html');
    doc
      .querySelector('h1')!
      .insertAdjacentHTML(
        'afterend',
        '<a href="/autor/lea-stern/"><span class="article__author">Lea Stern</span></a>',
      );
    expect(article(extractArticle(doc, { url: FIXTURE_URL })).authors).toEqual(['Lea Stern']);
  });

  it('keeps a sentence at the top that names the writer and a date: it ends like a sentence', () => {
    const doc = loadFixture('meta-byline-with-date-line.html');
    doc.querySelector('.kopfzeile')!.textContent = 'Claudia Riedler war am 19.10.2019 auf der Werft.';
    expect(article(extractArticle(doc, { url: FIXTURE_URL })).text).toContain(
      'Claudia Riedler war am 19.10.2019 auf der Werft.',
    );
  });

  it('takes the publication stamp and the dated byline under the standfirst out of the text, not another day', () => {
    const r = article(extractFixture('meta-stamp-after-standfirst.html'));
    expect(r.text.startsWith('Die Sprengung der beiden 160 Meter hohen Kühltürme')).toBe(true);
    expect(r.text).not.toContain('15:26');
    expect(r.text).not.toContain('Gundremmingen, 25.10.2025');
    expect(r.text).toContain('Die beiden Kühltürme des früheren Kraftwerks sind');
    // A date line further down, in the story's chronicle, stays.
    expect(r.text).toContain('12.12.2021');
    // Right under the standfirst, a line that states another day than the page's is the story's.
    const doc = loadFixture('meta-stamp-after-standfirst.html');
    doc.querySelector('.stamp')!.textContent = '24.10.2025 - 15:26 Uhr';
    doc.querySelector('.autor')!.textContent = 'Claudia Riedler, Gundremmingen, 12.12.2021';
    const other = article(extractArticle(doc, { url: FIXTURE_URL })).text;
    expect(other).toContain('24.10.2025 - 15:26 Uhr');
    expect(other).toContain('Claudia Riedler, Gundremmingen, 12.12.2021');
  });

  it("leaves a header <time>'s short text out of the body", () => {
    const r = article(extractFixture('meta-date-time-in-header.html', 'https://coast.example/keeper'));
    expect(r.publishedTime).toBe('2024-03-12');
    expect(r.text).not.toContain('12 March');
    expect(r.text.startsWith('For thirty-one years')).toBe(true);
  });

  it("does not take the authors of the works a paper cites for the paper's own", () => {
    const m = collectMetadata(load('meta-nested-citation-items.html'), 'https://journal.example/marsh');
    expect(m.authors).toEqual(['Mara Quist']);
    const doc = load('meta-nested-citation-items.html');
    doc.querySelector('meta[name="citation_author"]')!.remove();
    const bare = collectMetadata(doc, 'https://journal.example/marsh');
    expect(bare.authors).not.toContain('R. Day');
    expect(bare.publishedTime).not.toContain('1988');
  });

  it("takes a recipe's author and date from its JSON-LD, not its readers' reviews", () => {
    const m = collectMetadata(load('meta-json-ld-reviews.html'), 'https://harbourkitchen.example/lemon-cake');
    expect(m.authors).toEqual(['Ana Lima']);
    expect(m.publishedTime).toBe('2020-01-02');
  });

  it('reads date and writer lines that hold their label and value in one, not a date in the footer', () => {
    const m = collectMetadata(load('meta-date-inline-label.html'), 'https://zeitung.example/trinkwasser');
    expect(m.publishedTime).toBe('2023-11-01');
    expect(m.authors).toEqual(['Lena Vogt']);
    // Without a colon, the label's verb and its "on" before a date alone.
    const dated = (line: string) => {
      const doc = load('meta-date-inline-label.html');
      const p = [...doc.querySelectorAll('p')].find((el) => el.textContent?.startsWith('Erstellt am'))!;
      p.innerHTML = line;
      return collectMetadata(doc, 'https://zeitung.example/trinkwasser').publishedTime;
    };
    expect(dated('Veröffentlicht am 01.11.2023')).toBe('2023-11-01');
    expect(dated('Published on November 2, 2023')).toBe('2023-11-02');
    expect(dated('Veröffentlicht am Montag im Amtsblatt der Gemeinde')).toBe('');
    expect(dated('Erstellt am 01.11.2023 von der Gemeindeverwaltung Schwarzenmatt')).toBe('');
    // A press office's line, and a line of an episode's facts that <br>s divide.
    expect(dated('Pressemitteilung vom 02.11.2023')).toBe('2023-11-02');
    expect(dated('Pressemitteilung vom Verband der Wasserversorger')).toBe('');
    expect(
      dated('Veröffentlicht am 03.11.2023<br>Dauer: 1 Stunde<br>Lizenz: <a href="/cc">CC BY 4.0</a>'),
    ).toBe('2023-11-03');
    // Not a verse of many lines, nor lines around a block of their own.
    expect(dated(`Veröffentlicht am 03.11.2023${'<br>Wasser, Wasser, überall'.repeat(7)}`)).toBe('');
    expect(dated('Veröffentlicht am 03.11.2023<br><div>Dauer: 1 Stunde</div>')).toBe('');
  });

  it('reads the French "mise en ligne" label before its date in the next element', () => {
    const doc = load('meta-date-inline-label.html');
    const p = [...doc.querySelectorAll('p')].find((el) => el.textContent?.startsWith('Erstellt am'))!;
    p.outerHTML =
      '<ul class="credits"><li><p class="title">Mise en ligne</p><p class="content">23 mai 2019</p></li></ul>';
    expect(collectMetadata(doc, 'https://zeitung.example/trinkwasser').publishedTime).toBe('2019-05-23');
  });

  it("reads the byline line under the headline's h1, not under a section's h1 link above it", () => {
    const m = collectMetadata(load('meta-byline-after-second-h1.html'), 'https://farang.example/bote');
    expect(m.authors).toEqual(['Björn Jahn']);
    expect(m.publishedTime).toBe('2023-10-31');
  });

  it('reads lang and dir of a right-to-left article', () => {
    const m = collectMetadata(load('meta-rtl-article.html'), 'https://x.example/maktaba');
    expect(m.lang).toBe('ar');
    expect(m.dir).toBe('rtl');
  });

  it('prefers people from the visible byline when JSON-LD names only the publication', () => {
    const m = collectMetadata(load('meta-site-author-fallback.html'), 'https://elbblatt.example/bruecke');
    expect(m.authors).toEqual(['Max Muster', 'Erika Muster']);
    expect(m.title).toBe('Neue Brücke freigegeben');
  });

  it('takes the JSON-LD name shown as the h1 over a headline the page never shows', () => {
    const m = collectMetadata(load('meta-title-ld-name-shown.html'), 'https://coastwiki.example/Tidal_Mill');
    expect(m.title).toBe('Tidal Mill');
  });

  it('keeps the JSON-LD headline that the <title> holds, whatever the node is named', () => {
    const m = collectMetadata(load('meta-title-ld-headline-in-title.html'), 'https://courier.example/mill');
    expect(m.title).toBe('Old tidal mill grinds flour again after forty years');
  });

  it("skips a columnist's page listed in a site menu and reads the article's own byline", () => {
    const m = collectMetadata(load('meta-byline-author-in-menu.html'), 'https://moorgazette.example/library');
    expect(m.authors).toEqual(['Owen Pryce']);
  });

  it("skips a header roster of the site's columnists and reads the article's own byline", () => {
    const m = collectMetadata(
      load('meta-byline-columnist-roster.html'),
      'https://moorgazette.example/library',
    );
    expect(m.authors).toEqual(['Owen Pryce']);
  });

  it("reads a list of the article's writers, which links most items to writers' pages", () => {
    const m = collectMetadata(load('meta-byline-writers-list.html'), 'https://moorgazette.example/library');
    expect(m.authors[0]).toBe('Owen Pryce');
  });

  it('spells a login slug given as the author the way another source prints that name', () => {
    const m = collectMetadata(load('meta-author-login-slug.html'), 'https://soundledger.example/ferry');
    expect(m.authors).toEqual(['Dana Whitfield-Okoro', 'Tom Brannigan']);
  });

  it('keeps a login slug that no printed name spells out', () => {
    // "Gary Thompson" is two words like "green-thumb", but neither starts with the slug's word.
    const m = collectMetadata(load('meta-author-login-unspelled.html'), 'https://soundledger.example/plots');
    expect(m.authors).toEqual(['green-thumb']);
  });

  it('takes the name from a link to an author page when the meta author is the site', () => {
    const m = collectMetadata(load('meta-author-page-link.html'), 'https://kuestenpost.example/faehrhafen');
    expect(m.authors).toEqual(['Dr. Lea Stern']);
  });

  it('reads a signature line under the article when the metas name only the site', () => {
    const m = collectMetadata(load('meta-signature-line.html'), 'https://tinbien.example/ben-cang');
    expect(m.authors).toEqual(['Trần Minh Anh']);
  });

  it('keeps a joint credit of the publication and an agency whole', () => {
    const m = collectMetadata(load('meta-joint-credit.html'), 'https://gazetteduport.example/quais');
    expect(m.authors).toEqual(['La Gazette du Port et AFP']);
  });

  it('reads a JSON-LD author list nested in the author list (the desk after the reporter)', () => {
    const m = collectMetadata(load('meta-nested-author-list.html'), 'https://kuestenfunk.example/rampe');
    expect(m.authors).toEqual(['Lena Vogt', 'Küstenfunk Nord']);
  });

  it('drops an organisation listed as a JSON-LD author beside a person, and keeps one listed alone', () => {
    const url = 'https://coastherald.example/ramp';
    expect(collectMetadata(load('meta-author-organization-beside-person.html'), url).authors).toEqual([
      'Lena Vogt',
    ]);
    const html = readFileSync(
      path.join(__dirname, '../fixtures/meta-author-organization-beside-person.html'),
      'utf8',
    );
    const alone = html.replace(',{"@type":"Person","name":"Lena Vogt"}', '');
    expect(collectMetadata(new JSDOM(alone).window.document, url).authors).toEqual(['Coast Herald Online']);
    // The same in microdata.
    const item = (type: string, name: string) =>
      `<span itemprop="author" itemscope itemtype="https://schema.org/${type}"><span itemprop="name">${name}</span></span>`;
    const micro = `<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Ferry port gets a new ramp</h1>${item('Organization', 'Coast Herald Online')}${item('Person', 'Lena Vogt')}<p>The old ramp at the ferry port will be replaced in the autumn.</p></article>`;
    expect(collectMetadata(new JSDOM(micro).window.document, url).authors).toEqual(['Lena Vogt']);
  });

  it('drops the outlet signed after the reporter in a printed byline', () => {
    const m = collectMetadata(load('meta-byline-outlet-signature.html'), 'https://radionord.example/faehre');
    expect(m.authors).toEqual(['Jana Peters']);
  });

  it('drops the outlet a metadata byline names after the writer', () => {
    const m = collectMetadata(
      load('meta-author-outlet-in-meta.html'),
      'https://harbourgazette.example/ferry',
    );
    expect(m.authors).toEqual(['Jane Roe']);
  });

  it('drops the site signed after the writer in the byline the article text starts with', () => {
    const a = article(
      extractArticle(load('meta-byline-site-after-writer.html', 'https://harbourtimes.example/tide'), {
        url: 'https://harbourtimes.example/tide',
      }),
    );
    expect(a.authors).toEqual(['Mara Lind']);
    expect(a.byline).toBe('Mara Lind');
    expect(a.text).toMatch(/^The tide gauge at the north pier/);
  });

  it("takes the writer of the page's own microdata item, not the writers of the signed cards after it", () => {
    const m = collectMetadata(load('meta-microdata-teaser-cards.html'), 'https://harbournotes.example/ferry');
    expect(m.authors).toEqual(['Ada Kern']);
    expect(m.title).toBe('Why the ferry timetable changed');
  });

  it("reads a byline's first line for the writer, not the desk under it or the degree after the name", () => {
    const url = 'https://harbourhealth.example/peanuts';
    const m = collectMetadata(load('meta-byline-two-lines.html'), url);
    expect(m.authors).toEqual(['Kim Lark']);
    expect(m.byline).toBe('Kim Lark');
    // The same box read again at the start of the article's text.
    expect(article(extractArticle(load('meta-byline-two-lines.html', url), { url })).authors).toEqual([
      'Kim Lark',
    ]);
    // A first line that ends in a list's joint goes on with the next writer.
    const doc = load('meta-byline-two-lines.html');
    for (const joint of [',', ' &', ' and']) {
      doc.querySelector('.author_fmt')!.innerHTML = `By Kim Lark${joint}<br>Tom Berg`;
      expect(collectMetadata(doc, url).authors).toEqual(['Kim Lark', 'Tom Berg']);
    }
  });

  it('takes the writer from a closing "Von Name" line where the metadata names only the paper', () => {
    const url = 'https://harburger-kurier.example/versteigerung';
    const a = article(extractArticle(load('meta-byline-closing-signature.html', url), { url }));
    expect(a.authors).toEqual(['Lena Vogt']);
    // A writer the metadata names stays; a closing sentence names no one.
    const named = load('meta-byline-closing-signature.html', url);
    const ld = named.querySelector('script[type="application/ld+json"]')!;
    ld.textContent = (ld.textContent ?? '').replace('"HK"', '"Jonas Reed"');
    expect(article(extractArticle(named, { url })).authors).toEqual(['Jonas Reed']);
    const sentence = load('meta-byline-closing-signature.html', url);
    sentence.querySelector('.text p:last-child')!.textContent = 'Von den Erlösen wird der Turm saniert.';
    expect(article(extractArticle(sentence, { url })).authors).toEqual(['HK']);
  });

  it('does not take the web agency a meta author names with its own address for the writer', () => {
    const m = collectMetadata(
      load('meta-author-site-maker.html'),
      'https://gemeindebrief-nord.example/trauer',
    );
    expect(m.authors).toEqual([]);
  });

  it('keeps a meta author with a homepage elsewhere when the page signs the same writer', () => {
    const m = collectMetadata(load('meta-author-homepage.html'), 'https://kitchennotes.example/liver');
    expect(m.authors).toEqual(['Jane Roe']);
  });

  it("does not take a video's publisher account inside the article's microdata for a writer", () => {
    const m = collectMetadata(load('meta-microdata-video-author.html'), 'https://kuechenlabor.example/grill');
    expect(m.authors).toEqual(['Nora Falk']);
  });

  it('takes the byline of several writers over a JSON-LD author that names the first of them', () => {
    const m = collectMetadata(
      load('meta-author-first-of-several.html'),
      'https://gacetadelpuerto.example/muelle',
    );
    expect(m.authors).toEqual(['Ana Ruiz', 'Pedro Soto', 'María José Vidal']);
    expect(m.publishedTime).toBe('2025-05-10T09:00:00-04:00');
  });

  it("keeps an outlet's credit joined to a writer's initials", () => {
    const m = collectMetadata(load('meta-author-outlet-initials.html'), 'https://radionord.example/faehre');
    expect(m.authors).toEqual(['radionord/jpe', 'kesm']);
  });

  it("shows no byline whose only name is a placeholder, and keeps a desk's", () => {
    const m = collectMetadata(
      load('meta-byline-placeholder-name.html'),
      'https://carnet.example/2018/06/hiver',
    );
    expect(m.authors).toEqual([]);
    expect(m.byline).toBe('');
    const doc = load('meta-byline-placeholder-name.html');
    doc.querySelector('.fn')!.textContent = 'admin';
    expect(collectMetadata(doc, 'https://carnet.example/2018/06/hiver').byline).toBe('');
    doc.querySelector('.fn')!.textContent = 'Redaktion';
    expect(collectMetadata(doc, 'https://carnet.example/2018/06/hiver').byline).toBe('Publié par Redaktion');
  });

  it('reads the writer after a German label in its gender-inclusive spelling, over the broadcaster in the metadata', () => {
    const m = collectMetadata(load('meta-byline-inclusive-label.html'), 'https://radionord.example/deich');
    expect(m.authors).toEqual(['Jana Berger']);
    expect(m.byline).toBe('Jana Berger');
    // The same line with the label as a box of its own before the name.
    const doc = load('meta-byline-inclusive-label.html');
    doc.querySelector('.author')!.innerHTML = '<b>Verfasser*in:</b> Jana Berger';
    expect(collectMetadata(doc, 'https://radionord.example/deich').authors).toEqual(['Jana Berger']);
  });

  it("reads the writer's name without the site's name run on after it, and keeps a surname that is the address's label", () => {
    const url = 'https://harbourtimes.example/keepers';
    const m = collectMetadata(load('meta-byline-site-run-on.html'), url);
    expect(m.authors).toEqual(['Jane Roe']);
    expect(m.byline).toBe('Jane Roe');
    const doc = load('meta-byline-site-run-on.html');
    const box = doc.querySelector('.author-byline')!;
    // A name whose last word is the address's label, not the site's stated name, stays whole.
    box.innerHTML = 'By Mary Anne Roe';
    expect(collectMetadata(doc, 'https://roe.example/keepers').authors).toEqual(['Mary Anne Roe']);
    // Two words must be left for a name.
    box.innerHTML = 'By Roe Harbour Times';
    expect(collectMetadata(doc, url).authors).not.toEqual(['Roe']);
  });

  it("keeps the site's own name whole when it is the only author", () => {
    const m = collectMetadata(load('meta-author-site-name-joined.html'), 'https://macundco.example/passwort');
    expect(m.authors).toEqual(['Mac & Co']);
  });

  it('drops a kicker glued before the headline when another metadata title is the headline alone', () => {
    const m = collectMetadata(load('meta-title-kicker-glued.html'), 'https://kuestenblatt.example/faehre');
    expect(m.title).toBe('Die Fähre fährt wieder pünktlich');
  });

  it('takes the headline with its kicker out of the body once the title is the headline alone', () => {
    const r = article(extractFixture('meta-title-kicker-glued.html'));
    expect(r.title).toBe('Die Fähre fährt wieder pünktlich');
    expect(r.text.startsWith('Die Fähre zwischen Festland')).toBe(true);
  });

  it('drops a prefix the page never shows when the visible headline is the rest without its kicker', () => {
    const m = collectMetadata(load('meta-title-seo-kicker.html'), 'https://kuestenblatt.example/faehre');
    expect(m.title).toBe('Die Fähre fährt wieder pünktlich');
  });

  it('keeps the kicker when the metadata title is the headline as shown, kicker included', () => {
    const m = collectMetadata(load('meta-title-kicker-shown.html'), 'https://kuestenblatt.example/faehre');
    expect(m.title).toBe('Inselverkehr: Die Fähre fährt wieder pünktlich');
  });

  it('drops a kicker the page prints nowhere from a metadata title over a plain h1', () => {
    const m = collectMetadata(
      load('meta-title-unprinted-kicker.html'),
      'https://windverband.example/presse/netz',
    );
    expect(m.title).toBe('Windräder gehen schneller ans Netz');
  });

  it('keeps a kicker the page prints above its headline in an element of its own', () => {
    const m = collectMetadata(
      load('meta-title-kicker-printed-apart.html'),
      'https://kuestenblatt.example/faehre',
    );
    expect(m.title).toBe('Nach dem Sturm: Die Fähre fährt wieder pünktlich');
  });

  it('drops a tail the page prints nowhere from a metadata title over a plain h1', () => {
    const m = collectMetadata(load('meta-title-unprinted-tail.html'), 'https://hummelhilfe.example/linden');
    expect(m.title).toBe('Tote Hummeln unter Linden');
  });

  it('keeps a tail the page prints under its headline', () => {
    const m = collectMetadata(
      load('meta-title-tail-printed-apart.html'),
      'https://hummelhilfe.example/linden',
    );
    expect(m.title).toBe('Tote Hummeln unter Linden: Die Erklärung');
  });

  it("reads the site's name after the headline in the <title> when the site's h1 comes first", () => {
    const m = collectMetadata(
      load('meta-title-site-first-heading.html'),
      'https://docs.harbourkit.example/timetables',
    );
    expect(m.title).toBe('Timetables: Shared Sailing Data');
    expect(m.siteName).toBe('harbourkit documentation');
  });

  it("cuts the site's name run on after the headline without a separator", () => {
    const m = collectMetadata(
      load('meta-title-site-run-on.html'),
      'https://branchenbuch.example/waschstrasse',
    );
    expect(m.title).toBe('Waschstraße am Hafen');
  });

  it("takes no title from an h1 that links to the front page through a web archive's address", () => {
    const m = collectMetadata(
      load('meta-title-archived-logo-heading.html'),
      'https://pagekeeper.example/web/20080731095558/http://www.hafenblog.example/2008/07/29/was-ist-virales-marketing/',
    );
    expect(m.title).toBe('Was ist virales Marketing?');
    expect(m.siteName).toBe('Hafenblog');
  });

  it('reads the "Name | date" line under the headline when nothing else names the author', () => {
    const m = collectMetadata(load('meta-headline-signed-line.html'), 'https://inselbote.example/anleger');
    expect(m.authors).toEqual(['Tomke Harms']);
    // The page has no date in its metadata: the one in that line dates it.
    expect(m.publishedTime).toBe('2025-04-05');
  });

  it('reads the name and date under the headline set apart by their boxes or a slash, not a section link beside the date', () => {
    const html = readFileSync(path.join(__dirname, '../fixtures/meta-headline-signed-line.html'), 'utf8');
    const read = (line: string) => {
      const page = html.replace(/<div class="meta">.*?<\/div>/, `<div class="meta">${line}</div>`);
      const m = collectMetadata(new JSDOM(page).window.document, 'https://inselbote.example/anleger');
      return [m.authors, m.publishedTime];
    };
    expect(read('<span>Tomke Harms</span> <span>05.04.2025, 10:12</span>')).toEqual([
      ['Tomke Harms'],
      '2025-04-05T10:12:00',
    ]);
    expect(read('<a href="/autor/tomke-harms">Tomke Harms</a><span>05.04.2025</span>')).toEqual([
      ['Tomke Harms'],
      '2025-04-05',
    ]);
    expect(read('Tomke Harms / 05.04.2025')).toEqual([['Tomke Harms'], '2025-04-05']);
    expect(read('<a href="/lokales/nordhafen">Hafen Nord</a> <span>05.04.2025</span>')).toEqual([
      [],
      '2025-04-05',
    ]);
    // Topics in a box of their own, and a label the parser cannot read past, name no one.
    expect(read('<span>05.04.2025</span> <span class="news-category">Hafen Wetter Inseln</span>')).toEqual([
      [],
      '2025-04-05',
    ]);
    expect(read('<span>Eingestellt von der Michel</span> <span>05.04.2025</span>')).toEqual([
      [],
      '2025-04-05',
    ]);
  });

  it("reads the writer and date in a footer of the article, right under the headline, not the page footer's date", () => {
    const m = collectMetadata(load('meta-byline-article-footer.html'), 'https://harbournotes.example/tides');
    expect(m.authors).toEqual(['Jane Roe']);
    expect(m.publishedTime).toBe('2024-03-03');
  });

  it('reads a line of date, writer and comment count under the headline, the date with a comma of its own', () => {
    const html = readFileSync(path.join(__dirname, '../fixtures/meta-byline-date-line-parts.html'), 'utf8');
    const read = (line: string) => {
      const page = html.replace(/<div class="left">.*?<\/div>/, `<div class="left">${line}</div>`);
      const m = collectMetadata(
        new JSDOM(page, { url: 'https://spielerblog.example/quests' }).window.document,
        'https://spielerblog.example/quests',
      );
      return [m.authors, m.publishedTime];
    };
    const [authors, date] = read(html.match(/<div class="left">(.*?)<\/div>/)![1]!);
    expect(authors).toEqual(['Tomke Harms']);
    expect(date).toBe('2008-05-26');
    expect(read('May 26, 2008 | Tomke Harms')).toEqual([['Tomke Harms'], '2008-05-26']);
    expect(read('jeudi 13 juin 2019, par Tomke Harms')).toEqual([['Tomke Harms'], '2019-06-13']);
    // A name and then a date after a comma still splits there.
    expect(read('Tomke Harms, 12. März 2024')).toEqual([['Tomke Harms'], '2024-03-12']);
    // A weekday before a numeric date is the date's, whole or short, in the page's language or not.
    expect(read('Freitag, 12.04.2024 | Tomke Harms')).toEqual([['Tomke Harms'], '2024-04-12']);
    expect(read('Fr., 12.04.2024 · Tomke Harms')).toEqual([['Tomke Harms'], '2024-04-12']);
    expect(read('vendredi, 12.04.2024 - Tomke Harms')).toEqual([['Tomke Harms'], '2024-04-12']);
    // The page's reading time is no name (a publishing platform's header line).
    expect(read('Tomke Harms · 3 min read · May 26, 2008')).toEqual([['Tomke Harms'], '2008-05-26']);
    expect(read('Tomke Harms | Lesezeit: 4 Minuten | 26.05.2008')).toEqual([['Tomke Harms'], '2008-05-26']);
    // A time set apart by a comma of its own is the date's, not a second name.
    expect(read('Иван Петров, 4 декабря 2026, 09:30')).toEqual([['Иван Петров'], '2026-12-04T09:30:00']);
    // After an update's date the time stays a part: a dateline's place is no writer.
    expect(read('New Delhi, Harbour Bureau | Updated : 19 November 2019, 09:01 AM')).toEqual([[], '']);
  });

  it('reads a year-first date beside the source in one line, and a date after a Chinese or Japanese label', () => {
    const html = readFileSync(path.join(__dirname, '../fixtures/meta-date-cjk-labels.html'), 'utf8');
    const dated = (line: string, foot = '') => {
      const page = html
        .replace(/<div class="info">.*?<\/div>/, `<div class="info">${line}</div>`)
        .replace('<div class="foot"></div>', `<div class="foot">${foot}</div>`);
      const url = 'https://haian.example/news/pier';
      return collectMetadata(new JSDOM(page, { url }).window.document, url).publishedTime;
    };
    expect(dated(html.match(/<div class="info">(.*?)<\/div>/)![1]!)).toBe('2026-12-04T09:30:15');
    expect(dated('2026-12-04 09:30 来源：海岸新闻')).toBe('2026-12-04T09:30:00');
    expect(dated('<span>发布时间：</span>2026-12-04')).toBe('2026-12-04');
    expect(dated('<span>公開日</span>2026年12月4日')).toBe('2026-12-04');
    // Under the text, a labelled line dates the page only in its own words.
    expect(dated('', '<p>发布日期：2026-12-04</p>')).toBe('2026-12-04');
    expect(dated('', '<p>작성일: 2026.12.04</p>')).toBe('2026-12-04');
    // A document number that opens with a date is no date.
    expect(dated('文号：2026-12-04-0193 来源：海岸新闻')).toBe('');
  });

  it('reads a date line under the headline written in the digits of another script', () => {
    const html = readFileSync(path.join(__dirname, '../fixtures/meta-date-eastern-digits.html'), 'utf8');
    const dated = (line: string) => {
      const page = html.replace(/<div class="info">.*?<\/div>/, `<div class="info">${line}</div>`);
      const url = 'https://sahil.example/news/pier';
      return collectMetadata(new JSDOM(page, { url }).window.document, url).publishedTime;
    };
    expect(dated(html.match(/<div class="info">(.*?)<\/div>/)![1]!)).toBe('2026-12-04T09:30:00');
    expect(dated('প্রকাশ: ৪ ডিসেম্বর ২০২৬')).toBe('2026-12-04');
    expect(dated('प्रकाशित: ४ दिसंबर २०२६')).toBe('2026-12-04');
    // An Iranian or Afghan page's Solar Hijri date, as the common era's day.
    expect(dated('تاریخ انتشار: شنبه ۱۷ آذر ۱۴۰۳ - ۱۴:۳۰')).toBe('2024-12-07T14:30:00');
    expect(dated('۱۷ قوس ۱۴۰۳')).toBe('2024-12-07');
  });

  it("reads the reporters a Korean or Chinese dateline names at the start of the text, not a teaser's above the headline", () => {
    const html = readFileSync(path.join(__dirname, '../fixtures/meta-byline-wire-lead.html'), 'utf8');
    const authors = (lead: string, byline = '') => {
      const page = html
        .replace('(서울=해안뉴스) 홍길동 기자 = ', lead)
        .replace('<div class="date">', `${byline}<div class="date">`);
      const url = 'https://news.example.kr/article/1';
      return collectMetadata(new JSDOM(page, { url }).window.document, url).authors;
    };
    expect(authors('(서울=해안뉴스) 홍길동 기자 = ')).toEqual(['홍길동']);
    expect(authors('[해안신문=홍길동 기자] ')).toEqual(['홍길동']);
    expect(authors('[해안신문 사회부 홍길동 기자] ')).toEqual(['홍길동']);
    expect(authors('(워싱턴=해안뉴스) 김철수·이영희 특파원 = ')).toEqual(['김철수', '이영희']);
    expect(authors('新华社北京12月4日电（记者 张三 李四）')).toEqual(['张三', '李四']);
    expect(authors('本报讯（记者张三、李四 通讯员王五）')).toEqual(['张三', '李四']);
    // No reporter in the dateline, and the teaser's above the headline is not the article's.
    expect(authors('(서울=해안뉴스) ')).toEqual([]);
    // A byline names the writer first.
    expect(authors('(서울=해안뉴스) 홍길동 기자 = ', '<span class="writer">김철수 기자</span>')).toEqual([
      '김철수',
    ]);
  });

  it('finds the headline by the title when the first h1 is the logo, and reads the writer and dateline under it', () => {
    const m = collectMetadata(
      load('meta-byline-headline-after-logo.html'),
      'https://inselbote.example/stolpersteine',
    );
    expect(m.title).toBe('Stolpersteine für zwei Schwestern');
    expect(m.authors).toEqual(['Amelie Lorenz']);
    expect(m.publishedTime).toBe('2022-01-27');
  });

  it("reads a date set above the headline in the headline's box, not the masthead's date of the day or a linked line's", () => {
    const html = readFileSync(path.join(__dirname, '../fixtures/meta-date-above-headline.html'), 'utf8');
    const dated = (kicker: string) => {
      const page = html.replace('<div class="kicker">Kultur, 2.11.22</div>', kicker);
      const url = 'https://inselbote.example/konzerte';
      return collectMetadata(new JSDOM(page, { url }).window.document, url).publishedTime;
    };
    expect(dated('<div class="kicker">Kultur, 2.11.22</div>')).toBe('2022-11-02');
    expect(dated('<div><span class="time-rubric">18. Januar 2019</span></div>')).toBe('2019-01-18');
    expect(dated('<small>31.01.2022&nbsp; 2. HBL</small>')).toBe('2022-01-31');
    expect(dated('')).toBe('');
    expect(dated('<div><a href="/alt">Ältere Meldung</a> <span>1. März 2019</span></div>')).toBe('');
    // A script between the line and the headline (an ad slot's) shows nothing: the line is still
    // read.
    const script = `<script>window.slots = ${JSON.stringify(Array.from({ length: 20 }, (_, i) => `slot-${i}`))};</script>`;
    expect(dated(`<div class="kicker">Kultur, 2.11.22</div>${script}`)).toBe('2022-11-02');
  });

  it('reads no line of the head above a headline that opens the body', () => {
    const m = collectMetadata(
      load('meta-date-headline-opens-body.html'),
      'https://inselbote.example/konzerte',
    );
    expect(m.publishedTime).toBe('');
  });

  it('reads a date the headline holds in a secondary line of its own, not a number of its words or a linked line', () => {
    const html = readFileSync(path.join(__dirname, '../fixtures/meta-date-inside-headline.html'), 'utf8');
    const line =
      '<small><span class="icon"></span>&nbsp;02.02.2022 •&nbsp;<span class="category">Verband</span></small>';
    const dated = (secondary: string) => {
      const page = html.replace(line, secondary);
      const url = 'https://handball-nord.example/news/zuschauer';
      return collectMetadata(new JSDOM(page, { url }).window.document, url).publishedTime;
    };
    expect(dated(line)).toBe('2022-02-02');
    expect(dated('<time>3. Februar 2022</time>')).toBe('2022-02-03');
    expect(dated('')).toBe('');
    expect(dated('<small>Saison 2022</small>')).toBe('');
    expect(dated('<small><a href="/archiv/2022-02-02">02.02.2022</a></small>')).toBe('');
  });

  it('reads "date - Name" under the headline, the date first and a spaced dash between', () => {
    const m = collectMetadata(
      load('meta-signed-line-date-first.html'),
      'https://kinderkurse.example/variablen',
    );
    expect(m.authors).toEqual(['Amelie Lorenz']);
    expect(m.publishedTime).toBe('2019-12-11');
  });

  it('reads a "By …" line under the headline in a box no name marks as a byline, with its date', () => {
    const url = 'https://rail.example/2026/night-trains';
    const m = collectMetadata(load('meta-byline-between-headline-and-body.html'), url);
    expect(m.authors).toEqual(['Ada Kern', 'Tomas Berg']);
    expect(m.publishedTime).toBe('2026-11-30');
    // A sentence that opens with "By" is no byline.
    const doc = load('meta-byline-between-headline-and-body.html');
    const line = doc.querySelector('.entry-meta')!;
    line.textContent = 'By car, the coast is two hours from the city';
    expect(collectMetadata(doc, url).authors).toEqual([]);
    // A labelled publication date on a line of its own dates the article.
    line.textContent = 'Publié le 29 novembre 2026';
    expect(collectMetadata(doc, url).publishedTime).toBe('2026-11-29');
    // So does a line that is a date and nothing else; an update's date or a sentence with a date
    // in it does not.
    line.textContent = 'Nov 27, 2026';
    expect(collectMetadata(doc, url).publishedTime).toBe('2026-11-27');
    line.textContent = 'Updated Nov 27, 2026';
    expect(collectMetadata(doc, url).publishedTime).toBe('');
    line.textContent = 'Tickets go on sale on 27 November 2026 at the station';
    expect(collectMetadata(doc, url).publishedTime).toBe('');
    // The byline's own line, not the box that also holds the share bar's words.
    line.innerHTML =
      '<div>By Tomas Berg</div><div><a href="/share/fb">facebook</a><a href="/share/x">x</a></div>';
    expect(collectMetadata(doc, url).authors).toEqual(['Tomas Berg']);
    line.innerHTML = '<span>Published 28 November 2026</span><span>By Ada Kern</span>';
    expect(collectMetadata(doc, url)).toMatchObject({ authors: ['Ada Kern'], publishedTime: '2026-11-28' });
    // The "By" part of a line that also holds a label and the date.
    line.innerHTML =
      '<span>Trending</span> | <span>By</span> <span>Ada Kern</span> | <span>Nov 26, 2026</span>';
    expect(collectMetadata(doc, url)).toMatchObject({ authors: ['Ada Kern'], publishedTime: '2026-11-26' });
    // A byline box whose "By" and name are boxes set side by side, with no space between.
    line.outerHTML =
      '<div data-testid="story-byline"><span>By</span><span><a href="/team/tomas-berg">Tomas Berg</a></span></div>';
    expect(collectMetadata(doc, url).authors).toEqual(['Tomas Berg']);
  });

  it('dates a page from the year, month and day in its address when nothing on the page dates it', () => {
    const doc = load('meta-date-in-address.html');
    expect(collectMetadata(doc, 'https://notes.example/blog/?p=12').publishedTime).toBe('2020-01-13');
    // A date the page states wins over its address.
    const dated = load('meta-date-in-address.html');
    dated.head.insertAdjacentHTML(
      'beforeend',
      '<meta property="article:published_time" content="2020-01-15">',
    );
    expect(collectMetadata(dated, 'https://notes.example/').publishedTime).toBe('2020-01-15');
    // No such day: an archive's numbering, not a date.
    const numbered = load('meta-date-in-address.html');
    numbered
      .querySelector('link[rel=canonical]')!
      .setAttribute('href', 'https://notes.example/blog/2020/02/31/x/');
    expect(collectMetadata(numbered, 'https://notes.example/').publishedTime).toBe('');
    // Year and month joined by a hyphen, month and day joined, or one hyphenated segment.
    for (const [path, date] of [
      ['/local/2020-02/19/c_1125597921.htm', '2020-02-19'],
      ['/gn/2020/02-19/9096611.shtml', '2020-02-19'],
      ['/n1/2020/0219/c1002-31592377.html', '2020-02-19'],
      ['/news/2020-02-19/doc-iimxxstf2345.shtml', '2020-02-19'],
      ['/catalogue/2020/1234/item', ''],
      ['/tags/2020-02/', ''],
    ]) {
      const page = load('meta-date-in-address.html');
      page.querySelector('link[rel=canonical]')!.remove();
      expect(collectMetadata(page, `https://news.example${path}`).publishedTime, path).toBe(date);
    }
  });

  it('gives a date stated in UTC in the offset the page states the same moment in', () => {
    const url = 'https://schools.example/news/term-dates';
    expect(collectMetadata(load('meta-date-local-offset.html'), url).publishedTime).toBe(
      '2022-05-03T23:37:37-04:00',
    );
    // Another moment (a related story's time) is not this one: the stated date stays as it is.
    const doc = load('meta-date-local-offset.html');
    doc.querySelector('article time')!.remove();
    expect(collectMetadata(doc, url).publishedTime).toBe('2022-05-04T03:37:37Z');
  });

  it("gives a date stated in UTC as the day or the clock the page's text shows", () => {
    const url = 'https://marsh.example/new-years-walk';
    expect(collectMetadata(load('meta-date-shown-local-day.html'), url).publishedTime).toBe('2019-01-01');
    // Shown with a time, the same minute on the page's clock gives its offset.
    const timed = load('meta-date-shown-local-day.html');
    timed.querySelector('.post-date')!.textContent = 'January 1, 2019 | 1:11am';
    expect(collectMetadata(timed, url).publishedTime).toBe('2019-01-01T01:11:59+02:00');
    // Another minute is another moment: the stated date stays.
    timed.querySelector('.post-date')!.textContent = 'January 1, 2019 | 1:12am';
    expect(collectMetadata(timed, url).publishedTime).toBe('2018-12-31T23:11:59Z');
    // A masthead's "today" before the post's own date, which is the UTC day: the stated date stays.
    const masthead = load('meta-date-shown-local-day.html');
    masthead.querySelector('.post-date')!.textContent = 'December 31, 2018';
    masthead.querySelector('header')!.insertAdjacentHTML('beforeend', '<p class="date">January 1, 2019</p>');
    expect(collectMetadata(masthead, url).publishedTime).toBe('2018-12-31T23:11:59Z');
  });

  it("reads a slashed date in the order of the page's language", () => {
    const url = 'https://gazeta.example/politica/senado-aprova-reforma';
    // Day first in Portuguese: the UTC date goes on the clock of "03/05/2022 21:44".
    expect(collectMetadata(load('meta-date-slash-by-language.html'), url).publishedTime).toBe(
      '2022-05-03T21:44:00-03:00',
    );
    // With no metadata date, the shown one is the date, read as the language writes it.
    const shown = (lang: string) => {
      const doc = load('meta-date-slash-by-language.html');
      doc.querySelector('script[type="application/ld+json"]')!.remove();
      doc.documentElement.setAttribute('lang', lang);
      doc.querySelector('.article-date')!.innerHTML = '<li>04/03/2022</li>';
      return collectMetadata(doc, url).publishedTime;
    };
    expect(shown('fr')).toBe('2022-03-04');
    expect(shown('en-GB')).toBe('2022-03-04');
    expect(shown('en-US')).toBe('2022-04-03');
    // English with no region, or a year-first language, says neither order.
    expect(shown('en')).toBe('');
    expect(shown('ja')).toBe('');
  });

  it('reads a line break in the headline and the byline as a space between words', () => {
    const meta = collectMetadata(
      load('meta-byline-line-break.html'),
      'https://orbit.example/2019/11/big-rocket',
    );
    expect(meta.title).toBe('Seeking a bigger role for a big rocket');
    expect(meta.authors).toEqual(['Ada Kern']);
    expect(meta.publishedTime).toMatch(/^2019-11-18/);
  });

  it('reads an author box that holds a bare name, and the words blog engines post under', () => {
    const url = 'https://bikes.example/news/strava-maps';
    expect(collectMetadata(load('meta-byline-bare-name.html'), url).authors).toEqual(['Stefan Loibl']);
    const doc = load('meta-byline-bare-name.html');
    const box = doc.querySelector('.info .author')!;
    box.outerHTML = '<ul class="author"><li>Ada Kern</li></ul>';
    expect(collectMetadata(doc, url).authors).toEqual(['Ada Kern']);
    // Where the writer filed from, after the name.
    doc.querySelector('ul.author li')!.textContent = 'Ada Kern in Kyiv';
    expect(collectMetadata(doc, url).authors).toEqual(['Ada Kern']);
    doc.querySelector('ul.author')!.outerHTML = '<span class="post-author">Eingestellt von Tomas Berg</span>';
    expect(collectMetadata(doc, url).authors).toEqual(['Tomas Berg']);
    // A label the parser cannot read past, or a desk's name, is no writer.
    doc.querySelector('.post-author')!.textContent = 'Eingestellt von der Michel';
    expect(collectMetadata(doc, url).authors).toEqual([]);
  });

  it("reads the hCard's formatted name in an author box, a one-word user name too, not a placeholder", () => {
    const url = 'https://harbourwalks.example/entry/2025/06/01/101010';
    expect(collectMetadata(load('meta-byline-hcard-name.html'), url).authors).toEqual(['harbourwalker']);
    const doc = load('meta-byline-hcard-name.html');
    doc.querySelector('.fn')!.textContent = 'admin';
    expect(collectMetadata(doc, url).authors).toEqual([]);
  });

  it('reads a Chinese, Japanese or Korean name alone in an author box, not a desk', () => {
    const url = 'https://minato.example.jp/articles/123';
    expect(collectMetadata(load('meta-byline-cjk-bare-name.html'), url).authors).toEqual(['山田 花子']);
    const doc = load('meta-byline-cjk-bare-name.html');
    const box = doc.querySelector('.p-article__author')!;
    for (const [name, want] of [
      ['山田花子', ['山田花子']],
      ['李明', ['李明']],
      ['김철수', ['김철수']],
      ['編集部', []],
      ['港町新聞社', []],
      ['市が計画を正式決定した', []],
    ] as const) {
      box.textContent = name;
      expect(collectMetadata(doc, url).authors, name).toEqual(want);
    }
    // A link of a menu named for bylines, to a section of writers ("個人", "individuals").
    box.innerHTML = '<a href="/bylines/">個人</a>';
    expect(collectMetadata(doc, url).authors).toEqual([]);
  });

  it('reads a byline whose names hold initials or a title with its full stop', () => {
    const url = 'https://harbour.example/news/pier-repairs';
    expect(collectMetadata(load('meta-byline-initials.html'), url).authors).toEqual([
      'Michael D. Shear',
      'Dr. J. K. Rowan',
    ]);
    const doc = load('meta-byline-initials.html');
    const box = doc.querySelector('.byline')!;
    box.textContent = 'Von Prof. Jana Rohr';
    expect(collectMetadata(doc, url).authors).toEqual(['Prof. Jana Rohr']);
    // A full stop after a whole word still ends a sentence, not a byline.
    box.textContent = 'By Jane Roe. The ferry was late again on Monday';
    expect(collectMetadata(doc, url).authors).toEqual([]);
  });

  it('reads a byline that sets each writer in an element of its own, and no more than its names', () => {
    const url = 'https://harbour.example/news/school-roof';
    expect(collectMetadata(load('meta-byline-writer-per-element.html'), url).authors).toEqual([
      'Jane Roe',
      'John Doe',
    ]);
    const doc = load('meta-byline-writer-per-element.html');
    const box = doc.querySelector('.authors')!;
    box.outerHTML =
      '<div class="byline">By <a rel="author" href="/a/jr">Jane Roe</a> <a rel="author" href="/a/jd">John Doe</a></div>';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe', 'John Doe']);
    const byline = doc.querySelector('.byline')!;
    byline.innerHTML = '<span class="author">Jane Roe</span><span class="author">John Doe</span>';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe', 'John Doe']);
    // Another credit between the names: the second is the photographer, not a writer.
    byline.innerHTML =
      'By <a rel="author" href="/a/jr">Jane Roe</a> Photos: <a rel="author" href="/a/jd">John Doe</a>';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe']);
    // A byline box per writer, the first with its label; a job in a box of its own is no writer.
    const meta = doc.querySelector('.byline')!;
    meta.outerHTML =
      '<div class="meta"><span class="byline">By Jane Roe</span><span class="byline">John Doe</span></div>';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe', 'John Doe']);
    doc.querySelector('.meta')!.innerHTML =
      '<span class="byline">By Jane Roe</span><span class="byline">Staff Writer</span>';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe']);
    // Byline paragraphs one after another straight in the story, with no box of their own around.
    doc.querySelector('.meta')!.outerHTML =
      '<p class="byline">By Jane Roe</p><p class="byline">By John Doe</p><p class="byline">Staff Writers</p>';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe', 'John Doe']);
  });

  it("reads the name in a byline box that adds the writer's job, and a byline with its date run into it", () => {
    const url = 'https://ferry.example/news/winter-timetable';
    expect(collectMetadata(load('meta-byline-name-and-role.html'), url).authors).toEqual(['Jane Roe']);
    const doc = load('meta-byline-name-and-role.html');
    const box = doc.querySelector('.byline')!;
    box.textContent = 'Jane Roe | Senior Reporter';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe']);
    box.textContent = 'By Jane Roe Dec. 4, 2026 9:30 a.m. ET';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe']);
    // A job that names the desk or the beat.
    box.textContent = 'Jane Roe, Harbour Correspondent';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe']);
    // A part after the name that is no job is no bare name.
    box.textContent = 'Jane Roe, Harbour Street';
    expect(collectMetadata(doc, url).authors).toEqual([]);
    // A freelancer's piece, and a job after a labelled byline, in any box.
    box.textContent = 'Jane Roe, Special to The Post';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe']);
    box.outerHTML = '<p class="author">By Jane Roe, Contributor</p>';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe']);
    doc.querySelector('p.author')!.textContent = 'By Jane Roe, Staff Writer';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe']);
  });

  it("reads the name in a byline box that sets the writer's job apart in an element of its own, and no name from parts run together", () => {
    const url = 'https://ferry.example/news/pier-repairs';
    expect(collectMetadata(load('meta-byline-name-over-role.html'), url).authors).toEqual(['Jane Roe']);
    const doc = load('meta-byline-name-over-role.html');
    const box = doc.querySelector('[data-testid="byline"]')!;
    box.innerHTML = '<span>Jane Roe</span><span>Political editor</span><span>BBC Sport reporter</span>';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe']);
    // Lines a <br> sets apart, read together as a four-word name before.
    box.innerHTML = 'Jane Roe<br>Harbour Correspondent';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe']);
    // What follows the name is no job: not one name either ("Jane RoeHarbour News" read as one).
    box.innerHTML = '<span>Jane Roe</span><span>Harbour News</span>';
    expect(collectMetadata(doc, url).authors).toEqual([]);
    // Unless it is the site's own name (here its address's).
    box.innerHTML = '<span>Jane Roe</span><span>Ferry News</span>';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe']);
    // A name alone, and a name with its parts in elements of their own, spaced, stay names.
    box.innerHTML = '<div><span>Jane Roe</span></div>';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe']);
    box.innerHTML = '<span>Jane</span> <span>Roe</span>';
    expect(collectMetadata(doc, url).authors).toEqual(['Jane Roe']);
    // Under the name and job: the writer's handle or address, the update's date, the reading time.
    for (const aside of [
      'Jane Roe<br>Harbour Correspondent<br>@janeroe',
      'Jane Roe<br>jane.roe@coast.example',
      '<span>Jane Roe</span> <span>Updated 2 Dec 2026, 10:15am</span>',
      '<span>Jane Roe</span><span>4 min read</span>',
    ]) {
      box.innerHTML = aside;
      expect(collectMetadata(doc, url).authors, aside).toEqual(['Jane Roe']);
    }
  });

  it('reads the byline labels of further languages, and not a sentence that starts with one', () => {
    const url = 'https://kabar.example/berita/feri-malam';
    expect(collectMetadata(load('meta-byline-languages.html'), url).authors).toEqual(['Budi Santoso']);
    const cases: [string, string[]][] = [
      ['Skrevet af Jens Hansen', ['Jens Hansen']],
      ['Skrivet av Anna Svensson', ['Anna Svensson']],
      ['Napisała: Anna Nowak', ['Anna Nowak']],
      ['Yazar: Ayşe Yılmaz', ['Ayşe Yılmaz']],
      ['Szerző: Kovács Péter', ['Kovács Péter']],
      ['Kirjoittaja: Matti Meikäläinen', ['Matti Meikäläinen']],
      ['Συντάκτης: Γιάννης Παπαδόπουλος', ['Γιάννης Παπαδόπουλος']],
      ['Tác giả: Nguyễn Văn An', ['Nguyễn Văn An']],
      ['بقلم: أحمد علي', ['أحمد علي']],
      ['מאת יוסי כהן', ['יוסי כהן']],
      ['文/王小明', ['王小明']],
      ['Autorius: Jonas Jonaitis', ['Jonas Jonaitis']],
      ['Autors: Jānis Bērziņš', ['Jānis Bērziņš']],
      ['Avtor: Janez Novak', ['Janez Novak']],
      ['Teksti: Matti Virtanen', ['Matti Virtanen']],
      ['Eftir Jón Jónsson', ['Jón Jónsson']],
      ['Piše: Ivan Horvat', ['Ivan Horvat']],
      ['Пише: Иван Петровић', ['Иван Петровић']],
      ['लेखक: राम शर्मा', ['राम शर्मा']],
      ['লেখক: রহিম উদ্দিন', ['রহিম উদ্দিন']],
      ['โดย สมชาย ใจดี', ['สมชาย ใจดี']],
      ['تحریر: احمد علی', ['احمد علی']],
      ['نویسنده: علی رضایی', ['علی رضایی']],
      ['كتب - محمد علي', ['محمد علي']],
      ['Του Γιώργου Παπαδόπουλου', ['Γιώργου Παπαδόπουλου']],
      ['Γράφει η Μαρία Παπαδοπούλου', ['Μαρία Παπαδοπούλου']],
      ['Από τον Γιώργο Παπαδόπουλο', ['Γιώργο Παπαδόπουλο']],
      ['Texte : Jeanne Roux', ['Jeanne Roux']],
      ['Kirjoittanut Matti Virtanen', ['Matti Virtanen']],
      ['Napsala Jana Nováková', ['Jana Nováková']],
      ['Írta: Kovács Anna', ['Kovács Anna']],
      ['Scris de Ion Popescu', ['Ion Popescu']],
      ['Yazan: Ayşe Yılmaz', ['Ayşe Yılmaz']],
      ['Muhabir: Ayşe Yılmaz', ['Ayşe Yılmaz']],
      ['Bởi Nguyễn Văn An', ['Nguyễn Văn An']],
      ['Müəllif: Əli Məmmədov', ['Əli Məmmədov']],
      ['Muallif: Aziz Karimov', ['Aziz Karimov']],
      ['Höfundur: Jón Jónsson', ['Jón Jónsson']],
      ['ผู้เขียน: สมชาย ใจดี', ['สมชาย ใจดี']],
      ['Nga Arben Hoxha', ['Arben Hoxha']],
      ['Haber: Ayşe Yılmaz', ['Ayşe Yılmaz']],
      ['Reportagem de Ana Souza', ['Ana Souza']],
      ['Autorka: Jana Nováková', ['Jana Nováková']],
      ['Autorzy: Jan Kowalski i Anna Nowak', ['Jan Kowalski', 'Anna Nowak']],
      ['Napisao: Ivan Horvat', ['Ivan Horvat']],
      ['Ditulis oleh Budi Santoso', ['Budi Santoso']],
      ['Isinulat ni Juan dela Cruz', ['Juan dela Cruz']],
      ['Imeandikwa na Juma Ali', ['Juma Ali']],
      ['Por Juan de los Santos', ['Juan de los Santos']],
      // "Haber Merkezi" is the news desk; Albanian "Nga ana tjetër" is "on the other hand".
      ['Haber Merkezi', []],
      ['Nga ana tjetër, trageti u kthye', []],
      // The Greek article opens phrases too ("The world's history").
      ['Του κόσμου η ιστορία', []],
      // "كتب" opens sentences too ("The minister wrote a letter"); "Per" is a first name.
      ['كتب الوزير رسالة', []],
      ['Per Olsson', ['Per Olsson']],
      // Where the writer works is no second writer.
      ['Por João Silva, da Agência Brasil', ['João Silva']],
      // "Oleh karena itu" is "therefore".
      ['Oleh karena itu, feri kembali', []],
    ];
    for (const [line, names] of cases) {
      const doc = load('meta-byline-languages.html');
      doc.querySelector('.byline')!.textContent = line;
      expect(collectMetadata(doc, url).authors, line).toEqual(names);
    }
  });

  it('dates a blog post by its microformat <abbr class="published">, not by a comment\'s', () => {
    const m = collectMetadata(
      load('meta-date-abbr-published.html'),
      'https://walks.example/2026/12/coast.html',
    );
    expect(m.publishedTime).toBe('2026-12-04T09:30:00+01:00');
  });

  it('takes the bold line of names that opens the text as the byline when the metadata names only the site', () => {
    const r = article(
      extractFixture('meta-byline-signed-in-body.html', 'https://courier.example/quarry-blasts'),
    );
    expect(r.authors).toEqual(['Mathatisi Sebu', 'Tomas Berg']);
    expect(r.text).not.toContain('Mathatisi');
    expect(r.text).toContain('Key Findings');
    // An account named after the site ("Highland D") is the site's too.
    const named = loadFixture('meta-byline-signed-in-body.html', 'https://courier.example/quarry-blasts');
    named.querySelector('meta[name="author"]')!.setAttribute('content', 'Highland D');
    named.querySelector('script[type="application/ld+json"]')!.remove();
    named.querySelector('.entry-meta')!.remove();
    expect(article(extractArticle(named, { url: 'https://courier.example/quarry-blasts' })).authors).toEqual([
      'Mathatisi Sebu',
      'Tomas Berg',
    ]);
    // Where a person is named, a bold line at the top may be a heading: it stays in the text.
    const signed = loadFixture('meta-byline-signed-in-body.html', 'https://courier.example/quarry-blasts');
    signed.querySelector('meta[name="author"]')!.setAttribute('content', 'Ada Kern');
    signed.querySelector('script[type="application/ld+json"]')!.remove();
    signed.querySelector('.entry-meta')!.remove();
    const kept = article(extractArticle(signed, { url: 'https://courier.example/quarry-blasts' }));
    expect(kept.authors).toEqual(['Ada Kern']);
    expect(kept.text).toContain('Mathatisi Sebu/Tomas Berg');
    // So it does on a page that names no author at all.
    signed.querySelector('meta[name="author"]')!.remove();
    const unsigned = article(extractArticle(signed, { url: 'https://courier.example/quarry-blasts' }));
    expect(unsigned.authors).toEqual([]);
    expect(unsigned.text).toContain('Mathatisi Sebu/Tomas Berg');
  });

  it("reads the writer and the date from label-and-value pairs, not an update's date or a comment's author", () => {
    const url = 'https://inselbote.example/faehre';
    const m = collectMetadata(load('meta-label-value-facts.html'), url);
    expect(m.authors).toEqual(['Jana Peters']);
    expect(m.publishedTime).toBe('2022-01-26');
    // The value in the next element: a label set as a heading of its own.
    const doc = load('meta-label-value-facts.html');
    const label = doc.querySelector('h5')!;
    label.nextSibling!.remove();
    label.insertAdjacentHTML('afterend', '<p class="value"><a href="/profil/tomas-berg">Tomas Berg</a></p>');
    expect(collectMetadata(doc, url).authors).toEqual(['Tomas Berg']);
    // With no labelled writer, the comment's is not taken.
    label.nextElementSibling!.remove();
    label.remove();
    expect(collectMetadata(doc, url).authors).toEqual([]);
  });

  it('reads a Korean byline that puts "reporter" after the names', () => {
    const m = collectMetadata(load('meta-byline-korean-reporter.html'), 'https://news.example/port');
    expect(m.authors).toEqual(['김철수', '이영희']);
    expect(m.publishedTime).toBe('2025-05-05T10:00:00');
  });

  it("leaves the photographer's credit and the place filed from out of a byline's names", () => {
    const m = collectMetadata(load('meta-byline-parts.html'), 'https://news.example/cais');
    expect(m.authors).toEqual(['João Silva', 'Ana Costa']);
    const cases: [string, string[]][] = [
      // A spaced dash sets the date or the writer's role apart from the names.
      ['Par Jean Dupont - Publié le 30 novembre 2026 à 14h05', ['Jean Dupont']],
      ['By Jane Roe – Staff Writer', ['Jane Roe']],
      // So does "on" before the date, and an editor's credit; a job after a comma is no name.
      ['By Jane Roe , John Doe on Monday, November 18th, 2019 at 11:08 a.m.', ['Jane Roe', 'John Doe']],
      ['Written by Jane Roe Edited by John Doe', ['Jane Roe']],
      ['Words: Jane Roe; Pictures: John Doe', ['Jane Roe']],
      ['Words: Jane Roe Photography: John Doe', ['Jane Roe']],
      ['Posted by Jane Roe, Software Engineer on the Maps team', ['Jane Roe']],
      // A job or place in lower case after a comma goes before "en" and "a" split the names.
      ['Por Juan Pérez, corresponsal en Bruselas', ['Juan Pérez']],
      ['di Mario Rossi, inviato a Bruxelles', ['Mario Rossi']],
      // After the writer's body, the place is no second writer.
      ['Autor: Steffen Roe, Landesanstalt für Landwirtschaft, Köllitsch (D)', ['Steffen Roe']],
      // What the writer worked with, an update's label, an address: none is a name.
      ['Par Jean Dupont avec AFP', ['Jean Dupont']],
      // A label ending in a letter \b does not know ("é") ends the names too.
      ['Par Jeanne Roux Publié le 10 mars 2026 à 09h00, modifié le 11 mars 2026 à 10h12', ['Jeanne Roux']],
      ['By Jane Roe Updated 9:30 AM EST, Fri December 4, 2026', ['Jane Roe']],
      // A relative time, or a weekday abbreviated with its dot, begins the date; a job with the
      // words that qualify it, run into the name, goes.
      ['By Jane Roe 5 days ago', ['Jane Roe']],
      ['By JANE ROE Staff Writer Sun., Dec. 1, 2026, 9:15 a.m.', ['JANE ROE']],
      ['By Sun Li and Jane Roe', ['Sun Li', 'Jane Roe']],
      // A freelance writer's outlet after "for" is no name.
      ['By Jane Roe for Harbour News', ['Jane Roe']],
      ['Por Juan Pérez para El País', ['Juan Pérez']],
      // Another credit with its label after the writer's; the Italian "Testo di".
      ['Reporter: Ani Lestari, Editor: Budi Santoso', ['Ani Lestari']],
      ['Testo di Mario Rossi, foto di Luca Bianchi', ['Mario Rossi']],
      ['By Jane Roe jane.roe@coast.example', ['Jane Roe']],
      // A name that holds one of the words stays whole.
      ['Por João Silva e Ana Costa', ['João Silva', 'Ana Costa']],
      ['By Jane Withers', ['Jane Withers']],
    ];
    const doc = load('meta-byline-parts.html');
    for (const [byline, names] of cases) {
      doc.querySelector('.autor')!.textContent = byline;
      expect(collectMetadata(doc, 'https://news.example/cais').authors, byline).toEqual(names);
    }
  });

  it('splits a wire agency run into the last name off it, and drops the agency job title after a name', () => {
    const doc = load('meta-byline-agency-glued.html');
    expect(collectMetadata(doc, 'https://news.example/storm').authors).toEqual([
      'JANE ROE',
      'JOHN DOE',
      'Associated Press',
    ]);
    doc.querySelector('.byline')!.textContent = 'By SETH BORENSTEIN AP Science Writer';
    expect(collectMetadata(doc, 'https://news.example/storm').authors).toEqual(['SETH BORENSTEIN']);
    // After a bar the agency is a dateline part; before it one word is a name of its own.
    doc.querySelector('.byline')!.textContent = 'By Jane Roe | Reuters';
    expect(collectMetadata(doc, 'https://news.example/storm').authors).toEqual(['Jane Roe']);
    doc.querySelector('.byline')!.textContent = 'By Paul Reuters';
    expect(collectMetadata(doc, 'https://news.example/storm').authors).toEqual(['Paul Reuters']);
  });

  it('dates a page with no other date from its byline box', () => {
    const m = collectMetadata(load('meta-byline-date.html'), 'https://news.example/muelle');
    expect(m.authors).toEqual(['Ana Ruiz']);
    expect(m.publishedTime).toBe('2025-05-05');
  });

  it("reads a <time> that states its date only as text, not the menu's date of today or a comment's", () => {
    const m = collectMetadata(load('meta-date-time-text.html'), 'https://havenkrant.example/sluis');
    expect(m.publishedTime).toBe('2025-05-05');
  });

  it('cleans a name repeated twice, a beat with its role, a dateline and a date run into names', () => {
    const m = collectMetadata(load('meta-author-name-noise.html'), 'https://islandcourier.example/ferry');
    expect(m.authors).toEqual(['Jana Peters', 'Tomke Harms', 'Ole Brandt', 'Ana Lima']);
  });

  it('takes every <meta name="author"> but not other author keys that disagree', () => {
    const m = collectMetadata(load('meta-author-tags.html'), 'https://x.example/tides');
    expect(m.authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads a visible German date line when no metadata dates the page', () => {
    const m = collectMetadata(load('meta-visible-date.html'), 'https://x.example/sommerfest');
    expect(m.publishedTime).toBe('2025-04-01T15:25:00');
  });

  it('does not date a page from citation access dates', () => {
    const m = collectMetadata(load('meta-citation-date-ignored.html'), 'https://wiki.example/Lighthouse');
    expect(m.publishedTime).toBe('');
  });

  it('never invents a date', () => {
    const m = collectMetadata(load('meta-rtl-article.html'), 'https://x.example/');
    expect(m.publishedTime).toBe('');
  });
});
