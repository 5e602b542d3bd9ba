import { describe, expect, it } from 'vitest';
import { chooseTitle, stripSiteSuffix } from '../../src/core/metadata/title';

describe('title', () => {
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
});
