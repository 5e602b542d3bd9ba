import { describe, expect, it } from 'vitest';
import { buildToc, currentEntry, type HeadingInfo, MAX_TOC_ENTRIES } from '../../src/ui/comfort/toc';

const h = (level: number, text: string, id = ''): HeadingInfo => ({ level, text, id });
const NONE = new Set<string>();

describe('table of contents', () => {
  it('needs three headings with text', () => {
    expect(buildToc([h(2, 'One'), h(2, 'Two')], NONE)).toEqual([]);
    expect(buildToc([h(2, 'One'), h(2, ' '), h(2, 'Two'), h(3, '\n\t')], NONE)).toEqual([]);
    expect(buildToc([h(2, 'One'), h(2, 'Two'), h(2, 'Three')], NONE)).toHaveLength(3);
  });

  it('skips empty headings but keeps the index of each entry in the input', () => {
    const toc = buildToc([h(2, 'One'), h(2, ''), h(2, 'Two'), h(2, 'Three')], NONE);
    expect(toc.map((entry) => [entry.index, entry.text])).toEqual([
      [0, 'One'],
      [2, 'Two'],
      [3, 'Three'],
    ]);
  });

  it('gives depths relative to the shallowest heading, never skipping a level, at most three deep', () => {
    const toc = buildToc(
      [h(3, 'a'), h(5, 'b'), h(6, 'c'), h(6, 'd'), h(3, 'e'), h(4, 'f'), h(2, 'g'), h(6, 'h')],
      NONE,
    );
    // The first entry starts the list at the top: nothing to nest under.
    expect(toc.map((entry) => entry.depth)).toEqual([0, 1, 2, 2, 1, 2, 0, 1]);
    const flat = buildToc([h(4, 'a'), h(4, 'b'), h(5, 'c')], NONE);
    expect(flat.map((entry) => entry.depth)).toEqual([0, 0, 1]);
  });

  it('collapses whitespace in the text and never cuts it', () => {
    const long = 'word '.repeat(60).trim();
    const toc = buildToc([h(2, '  A \n  heading  '), h(2, long), h(2, 'c')], NONE);
    expect(toc[0]?.text).toBe('A heading');
    expect(toc[1]?.text).toBe(long);
    expect(toc[1]?.id.length).toBeLessThanOrEqual('folio-toc-'.length + 40);
  });

  it('gives duplicate headings distinct ids', () => {
    const toc = buildToc([h(2, 'Notes'), h(2, 'Notes'), h(2, 'notes!'), h(2, 'Notes')], NONE);
    const ids = toc.map((entry) => entry.id);
    expect(ids).toEqual(['folio-toc-notes', 'folio-toc-notes-2', 'folio-toc-notes-3', 'folio-toc-notes-4']);
  });

  it('never takes an id the page already uses', () => {
    const taken = new Set(['folio-toc-intro', 'folio-toc-intro-2', 'folio-title']);
    const toc = buildToc([h(2, 'Intro'), h(2, 'Intro'), h(2, 'Title')], taken);
    for (const entry of toc) expect(taken.has(entry.id)).toBe(false);
    expect(new Set(toc.map((entry) => entry.id)).size).toBe(3);
  });

  it("keeps a heading's own unique id, and replaces one that is shared or collides with a new one", () => {
    const toc = buildToc(
      [h(2, 'A', 'own'), h(2, 'B', 'twice'), h(2, 'C', 'twice'), h(2, 'folio-toc-own'), h(2, 'Own')],
      NONE,
    );
    expect(toc.map((entry) => entry.id)).toEqual([
      'own',
      'folio-toc-b',
      'folio-toc-c',
      'folio-toc-folio-toc-own',
      'folio-toc-own',
    ]);
  });

  it('makes ids from any script, and a fallback for headings with no letters', () => {
    const toc = buildToc([h(2, 'Глава первая'), h(2, '第二章'), h(2, '★★★'), h(2, '—')], NONE);
    expect(toc.map((entry) => entry.id)).toEqual([
      'folio-toc-глава-первая',
      'folio-toc-第二章',
      'folio-toc-section',
      'folio-toc-section-2',
    ]);
  });

  it('stays bounded on a page of thousands of headings', () => {
    const many = Array.from({ length: 5000 }, (_, i) => h(2, i % 2 ? 'Same' : `Part ${i}`));
    const toc = buildToc(many, NONE);
    expect(toc).toHaveLength(MAX_TOC_ENTRIES);
    expect(new Set(toc.map((entry) => entry.id)).size).toBe(MAX_TOC_ENTRIES);
  });

  it('marks the last heading at or above the reading line', () => {
    const tops = [100, 400, 900];
    expect(currentEntry(tops, 50)).toBe(-1);
    expect(currentEntry(tops, 100)).toBe(0);
    expect(currentEntry(tops, 899)).toBe(1);
    expect(currentEntry(tops, 5000)).toBe(2);
    expect(currentEntry([], 10)).toBe(-1);
  });
});
