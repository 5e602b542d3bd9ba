import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { rowKind } from '../../src/core/content/row-kind';
import { computeStats } from '../../src/core/content/text-stats';
import { findThread } from '../../src/core/content/thread-posts';
import { Deadline } from '../../src/core/dom/deadline';
import { extractArticle } from '../../src/core/extract-article';
import { article, extractFixture, extractHtml, loadFixture, storyPage } from './core-helpers';

const THREAD_URL = 'https://allotments.example/viewtopic.php?t=211';
// The first words of each of the six posts the thread fixtures share.
const POSTS = [
  'Does anyone know when the allotment committee',
  'They meet on the first Monday of the month',
  'Thanks Tom. I asked because the plots by the brook',
  'The drainage ditch along the brook was dug out',
  'I will bring it up at the meeting.',
  'Count me in for the note',
];

const reasons = (r: ReturnType<typeof extractArticle>) => (r.isArticle ? r.removed.map((b) => b.reason) : []);

describe('forum threads', () => {
  it('keeps every short post, each beside its writer and a title linking to itself, without the forum around them', () => {
    const r = extractFixture('core-forum-thread-short-posts.html', THREAD_URL);
    const a = article(r);
    for (const post of POSTS) expect(a.text).toContain(post);
    for (const chrome of ['Posts:', 'Joined:', 'Growing leeks', 'Who is online', 'Post Reply', 'Top'])
      expect(a.text).not.toContain(chrome);
    expect(reasons(r)).toEqual(
      expect.arrayContaining([
        "writer's forum profile",
        'signature under a post',
        'forum status',
        'control label',
      ]),
    );
  });

  it("keeps each writer's name over their post when only the profile box that goes names them", () => {
    const a = article(
      extractFixture(
        'core-forum-thread-writer-names.html',
        'https://whiskers.example/threads/black-crumbs.5/',
      ),
    );
    const lines = a.text.split('\n').filter(Boolean);
    // With the time its head showed, which goes with the head's post links.
    expect(lines.filter((l) => l.includes(' · '))).toEqual([
      'hannah_w · Mar 12, 2024',
      'old_tom · Mar 12, 2024',
      'rosa · Mar 12, 2024',
      'hannah_w · Mar 12, 2024',
    ]);
    expect(lines[lines.indexOf('rosa · Mar 12, 2024') + 1]).toMatch(/^Mine does the same in spring/);
    expect(a.text).not.toContain('#3');
    for (const chrome of ['Well-known member', 'Joined', 'Messages', '2,206'])
      expect(a.text).not.toContain(chrome);
    expect(a.html).toContain('<strong>old_tom</strong>');
    // SMF names the writer in a box of one fact beside the post: the name stays there too.
    const smf = article(extractFixture('core-forum-thread-alternate-rows.html', THREAD_URL));
    expect(smf.text).toMatch(/\ngardener42\n+The drainage ditch/);
    // phpBB signs each reply again in its head ("by NAME »"): no second line of the name.
    const phpbb = article(extractFixture('core-forum-thread-short-posts.html', THREAD_URL));
    expect(phpbb.text.split('\n')).not.toContain('old_tom');
    expect(phpbb.text).toContain('by old_tom »');
  });

  it("keeps each live-blog update's time and writer over it, the first update's writer too", () => {
    const a = article(extractFixture('core-live-blog-post-times.html'));
    const lines = a.text.split('\n').filter(Boolean);
    expect(lines.filter((l) => l.includes(' · '))).toEqual([
      '14:35 · Tom Hale',
      '12:10 · Priya Nair',
      '06:00 · Priya Nair',
    ]);
    expect(lines[lines.indexOf('14:35 · Tom Hale') + 1]).toBe('Rail services suspended');
    expect(lines[lines.indexOf('06:00 · Priya Nair') + 1]).toMatch(/^Good morning and welcome/);
    expect(a.html).toContain('<p>12:10 · <strong>Priya Nair</strong></p>');
    for (const chrome of ['Copy link', 'Load more posts']) expect(a.text).not.toContain(chrome);
  });

  it('takes a thread whole when its post texts score as the parts of one story', () => {
    const a = article(
      extractFixture('core-forum-thread-split-posts.html', 'https://harbour.example/showthread.php?t=5'),
    );
    const lines = a.text.split('\n').filter(Boolean);
    for (const [name, text] of [
      ['user1', 'Engineers estimate the work will cost'],
      ['user2', 'The quay will be closed to cars'],
      ['user5', 'A survey carried out after the storms'],
    ] as const)
      expect(lines[lines.indexOf(name) + 1]).toMatch(new RegExp(`^${text}`));
    for (const chrome of ['Senior Member', 'Join Date', 'Reply With Quote', 'My boat is my castle'])
      expect(a.text).not.toContain(chrome);
    // The posts are no numbered list, their texts no quotations, and their links to themselves go;
    // a quote of another post inside one stays a quote.
    expect(a.html).not.toMatch(/<ol|<li|#2</);
    expect(a.html.match(/<blockquote>/g)).toHaveLength(1);
    expect(a.html).toMatch(/<blockquote><p>The quay will be closed to cars [^<]*<\/p><\/blockquote>/);
  });

  it('finds the posts after a breadcrumb, which says no sentence of a story before them', () => {
    const doc = loadFixture('core-forum-thread-short-posts.html', THREAD_URL);
    const crumbs = doc.createElement('div');
    crumbs.className = 'crumbs';
    crumbs.innerHTML =
      'Brookside Allotments Forum › <a href="/viewforum.php?f=2">Rents and fees</a> › Plot rents for next year';
    doc.querySelector('.topic-title')!.before(crumbs);
    const index = computeStats(doc.body, new Deadline(10_000));
    const thread = findThread(doc.querySelector('#page-body')!, index.stats, new Deadline(10_000));
    expect(thread.posts.size).toBe(6);
  });

  it('is no thread: the parts of a story, each in a box dated the same day', () => {
    const a = article(extractFixture('core-content-split-sections.html'));
    expect(a.text).not.toContain('More from the archive');
  });

  it("takes a writer's profile of one fact away beside a post, as SMF shows it", () => {
    const doc = loadFixture('core-forum-thread-short-posts.html', THREAD_URL);
    for (const joined of Array.from(doc.querySelectorAll('.profile-joined'))) joined.remove();
    const a = article(extractArticle(doc, { url: THREAD_URL }));
    for (const post of POSTS) expect(a.text).toContain(post);
    expect(a.text).not.toContain('Posts:');
  });

  it('takes the "Re:" title over each reply away, and leaves a "Re:" line in a story', () => {
    const a = article(extractFixture('detect-forum-thread.html', THREAD_URL));
    for (const post of POSTS) expect(a.text).toContain(post);
    expect(a.text).not.toContain('Re: Plot rents');
    const letter = article(
      extractHtml(
        storyPage(
          'of the letter the council sent to every plot holder in May about the new rents.',
          '<p>Re: Plot rents</p>',
        ),
      ),
    );
    expect(letter.text).toContain('Re: Plot rents');
  });

  it('still takes reader comments away from under a story, though they have the posts’ shape', () => {
    const doc = loadFixture('core-forum-thread-short-posts.html', THREAD_URL);
    const story = [1, 2, 3, 4]
      .map(
        (i) =>
          `<p>Paragraph ${i}: the allotment committee met on Monday evening and agreed new plot rents for next year, which rise by a tenth for the plots by the brook and by less for those on the hill, after a long debate about the culvert.</p>`,
      )
      .join('');
    const body = doc.getElementById('page-body')!;
    const comments = doc.createElement('div');
    comments.id = 'comments';
    for (const post of Array.from(body.querySelectorAll('.post'))) comments.append(post);
    body.insertAdjacentHTML(
      'afterbegin',
      `<h1>Plot rents rise by a tenth</h1><div class="story">${story}</div>`,
    );
    body.append(comments);
    const a = article(extractArticle(doc, { url: THREAD_URL }));
    expect(a.text).toContain('Paragraph 4: the allotment committee met');
    for (const post of POSTS) expect(a.text).not.toContain(post);
  });

  it('joins posts whose rows are shaded in turn, and shows them out of the moderators’ form', () => {
    const a = article(extractFixture('core-forum-thread-alternate-rows.html', THREAD_URL));
    for (const post of POSTS) expect(a.text).toContain(post);
  });

  it("takes each writer's profile away, in German, French and English, and keeps a sentence about posts", () => {
    const r = extractFixture('clutter-forum-member-profile.html', THREAD_URL);
    const a = article(r);
    for (const fact of ['Mitglied seit', 'Beiträge 2.206', 'Membre depuis', 'Messages', 'Reaction score'])
      expect(a.text).not.toContain(fact);
    expect(a.text).toContain('She joined in 2019 and has written more than 300 posts about her cats');
    expect(reasons(r).filter((x) => x === "writer's forum profile")).toHaveLength(3);
  });

  it("takes the writer's cell out of a table forum's row and keeps the message beside it", () => {
    const r = extractFixture('clutter-forum-member-profile-row.html', THREAD_URL);
    const a = article(r);
    for (const post of POSTS) expect(a.text).toContain(post);
    expect(a.text).not.toMatch(/Joined: 20|Posts: \d/);
    expect(reasons(r).filter((x) => x === "writer's forum profile")).toHaveLength(6);
  });
});

describe('rowKind', () => {
  const kind = (cls: string, tag = 'div') => {
    const el = new JSDOM('').window.document.createElement(tag);
    el.className = cls;
    return rowKind(el);
  };

  it('leaves out the class that shades rows in turn', () => {
    expect(kind('windowbg2')).toBe(kind('windowbg'));
    expect(kind('post has-profile bg1')).toBe(kind('bg2 post has-profile'));
    expect(kind('row alt1')).toBe(kind('row alt2'));
    expect(kind('comment odd')).toBe(kind('comment even'));
  });

  it('keeps widths and tags apart', () => {
    expect(kind('col-md-8')).not.toBe(kind('col-md-4'));
    expect(kind('span8')).not.toBe(kind('span4'));
    expect(kind('post', 'li')).not.toBe(kind('post'));
    expect(kind('')).toBe('');
  });
});

describe('a story set in boxes of one kind', () => {
  it('is no thread: a box holding only a newsletter line still goes', () => {
    const section = (i: number) =>
      `<div class="text-block"><h2>Part ${i}</h2><p>Part ${i} of the story: the allotment committee met on Monday evening and agreed new plot rents for next year, which rise by a tenth for the plots by the brook, after a long debate about the culvert under the lane.</p></div>`;
    const html = `<!doctype html><html lang="en"><head><title>Plot rents rise</title></head><body><article><h1>Plot rents rise</h1>${[1, 2, 3].map(section).join('')}<div class="text-block"><p>Sign up for our newsletter to get the best stories in your inbox every week. <a href="/newsletter">Subscribe</a></p></div>${section(4)}</article></body></html>`;
    const a = article(
      extractArticle(new JSDOM(html, { url: THREAD_URL }).window.document, { url: THREAD_URL }),
    );
    expect(a.text).toContain('Part 4 of the story');
    expect(a.text).not.toContain('Sign up for our newsletter');
  });
});

describe('findThread', () => {
  const item = (i: number) =>
    `<div class="item"><div class="who"><a href="/u/reader${i}">reader${i}</a> <span>March 3, 2024 at 10:1${i}</span></div><p>Comment ${i}: my grandfather used to bring his apples to that press every October, and we still have the bottles he labelled by hand.</p></div>`;
  const threadIn = (html: string) => {
    const doc = new JSDOM(`<!doctype html><body><div id="c">${html}</div></body>`).window.document;
    const container = doc.getElementById('c')!;
    return findThread(container, computeStats(container, new Deadline(5000)).stats, new Deadline(5000));
  };
  const items = [1, 2, 3, 4, 5, 6].map(item).join('');

  it('finds the posts when they open the content', () => {
    expect(threadIn(`<h1>Apples</h1>${items}`).posts.size).toBe(6);
  });

  it('finds none when a story comes first: the posts are its comments', () => {
    const story =
      '<p>The orchard cooperative finished its autumn harvest a week earlier than usual this year.</p>';
    expect(threadIn(`<h1>Apples</h1>${story}<div class="zone-b">${items}</div>`).posts.size).toBe(0);
  });
});
