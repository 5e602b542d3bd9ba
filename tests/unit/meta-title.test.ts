import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract-article';
import { chooseTitle, stripGluedKicker, stripSiteSuffix } from '../../src/core/metadata/title';
import { article, extractFixture, FIXTURE_URL, loadFixture } from './core-helpers';

describe('title', () => {
  it("titles a page with no heading after the <title>'s part its text opens with, not a short line or the site's name", () => {
    expect(article(extractFixture('meta-title-opening-line.html')).title).toBe(
      'Ferry crews vote to accept new rota',
    );
    // The text opening with the site's name, or with a line of two words, names no headline.
    for (const opening of ['Harbour Gazette Online', 'Harbour Gazette']) {
      const doc = loadFixture('meta-title-opening-line.html');
      doc.title = `${opening} - Ferry crews vote to accept new rota`;
      doc.querySelector('b')!.textContent = opening;
      expect(article(extractArticle(doc, { url: FIXTURE_URL })).title).toBe(doc.title);
    }
  });

  it('drops the site name before or after the headline', () => {
    expect(stripSiteSuffix('Quay plan approved | Harbour Gazette', ['harbourgazette'])).toBe(
      'Quay plan approved',
    );
    expect(stripSiteSuffix('Harbour Gazette – Quay plan approved', ['harbourgazette'])).toBe(
      'Quay plan approved',
    );
    expect(stripSiteSuffix('南海トラフ、一時調査：中日新聞Web', ['中日新聞web'])).toBe(
      '南海トラフ、一時調査',
    );
  });

  it('cuts the site name after a box-drawing or broken bar', () => {
    expect(stripSiteSuffix('Become a product tester today │ Harbour Market', ['harbourmarket'])).toBe(
      'Become a product tester today',
    );
    expect(stripSiteSuffix('Become a product tester today ¦ Harbour Market', ['harbourmarket'])).toBe(
      'Become a product tester today',
    );
  });

  it('cuts the site name set before a colon', () => {
    expect(stripSiteSuffix('Harbour Market: Become a product tester today', ['harbourmarket'])).toBe(
      'Become a product tester today',
    );
    // A kicker before the colon stays.
    expect(stripSiteSuffix('Harbour: Become a product tester today', ['harbourmarket'])).toBe(
      'Harbour: Become a product tester today',
    );
  });

  it('keeps brackets after the headline that do not name the site', () => {
    expect(stripSiteSuffix('Quay plan approved (video)', ['harbourgazette'])).toBe(
      'Quay plan approved (video)',
    );
    expect(stripSiteSuffix('Quay plan approved [Harbour Gazette]', ['harbourgazette'])).toBe(
      'Quay plan approved',
    );
  });

  it('keeps a headline part that merely mentions the site', () => {
    expect(stripSiteSuffix('How we rebuilt the Gazette archive - a long story', ['gazette'])).toBe(
      'How we rebuilt the Gazette archive - a long story',
    );
  });

  it('keeps a colon that belongs to the headline', () => {
    expect(stripSiteSuffix('Tony Blair: Why compromise matters', ['gazette'])).toBe(
      'Tony Blair: Why compromise matters',
    );
  });

  it('falls back to the <title> cut at the visible headline when there is no metadata title', () => {
    expect(
      chooseTitle(
        [],
        'Quay plan approved after long night - Local news',
        ['Quay plan approved after long night'],
        [],
      ),
    ).toBe('Quay plan approved after long night');
  });

  it('shows the headline in the case the page prints it, not a metadata title set in capitals', () => {
    expect(article(extractFixture('meta-title-capitals.html')).title).toBe(
      'Council votes to rebuild the old pier',
    );
    // A headline the page prints in capitals too stays as it is; a metadata title with other words wins.
    expect(chooseTitle(['HARBOUR NEWS IN BRIEF'], 'x', ['HARBOUR NEWS IN BRIEF'], [])).toBe(
      'HARBOUR NEWS IN BRIEF',
    );
    expect(chooseTitle(['PIER TO CLOSE'], 'x', ['Pier to close for the winter'], [])).toBe('PIER TO CLOSE');
  });

  it("takes the page's heading from a <title> that names the site first, before cutting a short tail", () => {
    expect(article(extractFixture('meta-title-site-first.html')).title).toBe('The old mill');
    expect(
      chooseTitle([], 'Village History Society - The old mill', [], [], { bare: [] }, () => ['The old mill']),
    ).toBe('The old mill');
    // With no heading that says it, the tail after a headline of some length is still the site's.
    expect(chooseTitle([], 'Quay plan approved after long night - Local news', [], [])).toBe(
      'Quay plan approved after long night',
    );
  });

  it("takes the visible headline from a title that adds a blog's name, a section or a date around it", () => {
    const pick = (title: string, h1: string, doc = '') => chooseTitle(title ? [title] : [], doc, [h1], []);
    expect(pick('Winter running in twelve months › Nordish Notes', 'Winter running in twelve months')).toBe(
      'Winter running in twelve months',
    );
    expect(pick('Rain like we have not seen : 31.10.2023, 10.19 Uhr', 'Rain like we have not seen')).toBe(
      'Rain like we have not seen',
    );
    expect(pick('08.11.2021 | Online day on the new harbour', 'Online day on the new harbour')).toBe(
      'Online day on the new harbour',
    );
    expect(
      pick(
        '',
        'Speech at the harbour festival',
        'www.town.example: Town / Speeches / Speech at the harbour festival',
      ),
    ).toBe('Speech at the harbour festival');
  });

  it("keeps a metadata title's kicker and dash parts, which are the publisher's own headline", () => {
    const pick = (title: string, h1: string) => chooseTitle([title], '', [h1], []);
    expect(pick('Nuclear plant: Cooling towers blown up', 'Cooling towers blown up')).toBe(
      'Nuclear plant: Cooling towers blown up',
    );
    expect(pick('Taking down the plant - Cooling towers blown up', 'Cooling towers blown up')).toBe(
      'Taking down the plant - Cooling towers blown up',
    );
  });

  it('passes over a one-word metadata title that the <title> does not hold: it names a section', () => {
    const headline = 'Vaccination stays open everywhere until the end of February';
    expect(chooseTitle(['Releases'], headline, [], [])).toBe(headline);
    expect(chooseTitle(['Releases', 'Vaccination stays open'], headline, [], [])).toBe(
      'Vaccination stays open',
    );
    // A one-word headline stands in its own <title>; a CJK word is a headline of its own.
    expect(chooseTitle(['Brexit'], 'Brexit | The Harbour Paper', [], [])).toBe('Brexit');
    expect(chooseTitle(['英雄'], headline, [], [])).toBe('英雄');
    // With no <title> of several words to compare, the metadata title stands.
    expect(chooseTitle(['Releases'], '', [], [])).toBe('Releases');
  });

  it('cuts the site and section a Chinese <title> glues on after a bare dash or underscore', () => {
    expect(chooseTitle([], '武汉的声音：有英勇的你，才有英雄的城！-新华网', [], [])).toBe(
      '武汉的声音：有英勇的你，才有英雄的城！',
    );
    expect(chooseTitle([], '港珠澳大桥今日通车_新闻_网易', [], [])).toBe('港珠澳大桥今日通车');
    // Too short a head, or no CJK in it: a hyphenated name, not a site.
    expect(chooseTitle([], '北京-上海', [], [])).toBe('北京-上海');
    expect(chooseTitle([], 'Vaccine rollout begins in Seoul-Korea', [], [])).toBe(
      'Vaccine rollout begins in Seoul-Korea',
    );
  });

  it('cuts a kicker before a shown headline only when it is shorter than the headline', () => {
    const unprinted = { bare: [], isShown: () => false };
    expect(
      stripGluedKicker('Pressemitteilung: Windräder gehen schneller ans Netz', {
        ...unprinted,
        shown: ['Windräder gehen schneller ans Netz'],
      }),
    ).toBe('Windräder gehen schneller ans Netz');
    // A blog's headline in Chinese before its shown name is no kicker.
    expect(
      stripGluedKicker('新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::', {
        ...unprinted,
        shown: ['痞客邦 PIXNET'],
      }),
    ).toBe('新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::');
  });

  it('cuts a tail after a shown headline without the space before its colon', () => {
    expect(
      stripGluedKicker('So viel Regen gab es lange nicht : 31.10.2023, 10.19 Uhr', {
        bare: [],
        shown: ['So viel Regen gab es lange nicht'],
        isShown: () => false,
      }),
    ).toBe('So viel Regen gab es lange nicht');
  });
});
