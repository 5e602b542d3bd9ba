import { describe, expect, it } from 'vitest';
import { article, extractFixture, extractHtml } from './core-helpers';

const STORY = [
  'The ferry operator said on Monday that the morning crossing would leave half an hour earlier from April, so that commuters reach the mainland trains before eight.',
  'Island councils had asked for the change since the autumn, when two crossings were cancelled for lack of staff and the last train left without them.',
  'The evening boat moves the other way, and a late crossing on Fridays returns after a winter without one, the operator said in its new timetable.',
];

/** A story signed by Ada Kern in its metadata, ending with `tail`. */
const signedStory = (tail: string): string =>
  `<!doctype html><html lang="en"><head><title>Ferry times change</title><meta name="author" content="Ada Kern"></head><body><article><h1>Ferry times change</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}${tail}</article></body></html>`;

describe("the writer's bio at the end of the article", () => {
  it('drops closing lines that open with a writer’s full name and say who the writer is', () => {
    const a = article(extractFixture('clutter-closing-bio-line.html'));
    expect(a.text).not.toContain('is a historian of the Baltic trade');
    expect(a.text).not.toContain('teaches economic history in Uppsala');
    expect(a.text).not.toContain('is writing a history of the salt roads');
    expect(a.removed.filter((b) => b.reason === "writer's bio")).toHaveLength(2);
    // The story's own lines stay, the one that names the writers at work as well.
    expect(a.text).toContain('Marta Lindqvist reported from Lübeck, and Tom Berg from the salt archive');
    expect(a.text).toMatch(/cheaper to keep than to make again\.$/);
    // The rule that set the bios apart has nothing left to set apart.
    expect(a.html).not.toContain('<hr');
  });

  it('drops a box that ends the article with the writer’s name on a line and the bio under it', () => {
    const a = article(extractFixture('clutter-closing-bio-box.html'));
    expect(a.authors).toEqual(['Jane Roe']);
    expect(a.text).not.toContain('Jane writes about harbours');
    expect(a.removed.map((b) => b.reason)).toContain("writer's bio");
    expect(a.text).toMatch(/when they saw the cranes leave\.$/);
  });

  it('drops an italic closing bio of a writer the page does not name, not an italic caption under a photo', () => {
    const a = article(extractFixture('clutter-closing-bio-unnamed.html'));
    expect(a.authors).toEqual([]);
    expect(a.text).not.toContain('Candice Sealey');
    expect(a.text).toMatch(/change how you post before you post more of it\.$/);
    const caption =
      '<p><img src="/quay.jpg" alt=""></p><p><em>Ada Kern is greeted on the quay by the islanders who waited for the first crossing.</em></p>';
    const b = article(extractHtml(signedStory(caption).replace('content="Ada Kern"', 'content=""')));
    // The short italic line under the photo is its caption, kept with it, not a bio dropped.
    expect(b.figures.map((f) => f.caption)).toEqual([
      'Ada Kern is greeted on the quay by the islanders who waited for the first crossing.',
    ]);
    expect(b.removed.map((r) => r.reason)).not.toContain("writer's bio");
  });

  it('keeps closing lines that only look like bios', () => {
    for (const tail of [
      // Who reported from where: a credit line, part of the story.
      '<p>Ada Kern reported from the island, and Tom Berg from the operator’s offices on the mainland.</p>',
      // The writer's name with a colon: a speaker in a transcript.
      '<p>Ada Kern: And what do the commuters say about the new timetable, now that it is final?</p>',
      // The writer at work in the story's last paragraph, set as the paragraphs before it.
      '<p>Ada Kern visited the yard where the new ferry is being built; the hull is finished and the batteries go in next.</p>',
      // Another person's name: the story's own last line.
      '<p><em>Tom Berg is the operator’s timetable planner and has worked on the crossings for twenty years.</em></p>',
      // A bio in the middle of the text: not its end.
      '<p>Ada Kern has covered the harbour and its ferries for the paper since 2015.</p><p>The new timetable will be posted at every pier from the first of March, the operator said.</p>',
    ]) {
      const a = article(extractHtml(signedStory(tail)));
      expect(a.removed.map((b) => b.reason)).not.toContain("writer's bio");
      expect(a.text).toContain(
        tail
          .replace(/<\/p><p>.*$/, '')
          .replace(/<[^>]+>/g, '')
          .slice(0, 40),
      );
    }
  });

  it('keeps a text set under its writer’s name that is most of the article: the text, not a bio', () => {
    const letter =
      '<div class="letter"><p class="sender">Ada Kern</p><p>The morning ferry left on time all week, and the new timetable gave me ten minutes for a coffee at the station before the eight o’clock train. The Friday boat back was full, and the crew let the last of us stand on the car deck rather than leave us on the pier.</p></div>';
    const a = article(
      extractHtml(
        `<!doctype html><html lang="en"><head><title>Ferry week</title><meta name="author" content="Ada Kern"><meta property="og:type" content="article"></head><body><article><h1>Ferry week</h1><div class="letters"><p>One reader wrote to us after the first week of the new timetable.</p>${letter}</div></article></body></html>`,
      ),
    );
    expect(a.text).toContain('The morning ferry left on time all week');
  });

  it('keeps a last line opening with a one-word writer’s name: a desk or a nickname may open any sentence', () => {
    const tail = '<p>Kern is the island where the ferry stops twice a day in winter and once in summer.</p>';
    const a = article(extractHtml(signedStory(tail).replace('content="Ada Kern"', 'content="Kern"')));
    expect(a.authors).toEqual(['Kern']);
    expect(a.text).toMatch(
      /Kern is the island where the ferry stops twice a day in winter and once in summer\.$/,
    );
  });
});
