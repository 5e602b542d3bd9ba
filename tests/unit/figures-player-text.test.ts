import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectFigures } from '../../src/core/figures/collect-figures';
import { isClipLine, isPlayerText } from '../../src/core/figures/player-text';
import { prepareFigures } from '../../src/core/figures/prepare-figures';

const BASE = 'https://news.example/2024/story';
const FIXTURE = path.resolve(__dirname, '../fixtures/figures-player-text.html');

describe('player and gallery text is no caption or credit', () => {
  it('gives player prompts, running times, dates and picture counts to no photo', () => {
    const doc = new JSDOM(readFileSync(FIXTURE, 'utf8'), { url: BASE }).window.document;
    prepareFigures(doc.body, BASE);
    const figures = collectFigures(doc.body);
    expect(figures.map((f) => [f.src.replace('https://news.example/p/', ''), f.caption, f.credit])).toEqual([
      ['festival-poster.jpg', '', ''],
      ['festival-still.jpg', '', ''],
      ['festival-gallery.jpg', '', ''],
      ['fireworks-poster.jpg', '', ''],
      ['regatta-poster.jpg', '', ''],
      ['ships.jpg', 'Tall ships at the north quay.', ''],
      ['clip-poster.jpg', '', ''],
      ['audio-cover.jpg', '', ''],
      ['quay-poster.jpg', '', ''],
      ['ferry-poster.jpg', '', ''],
      ['harbour-clip.jpg', '', ''],
      ['talk-poster.jpg', '', 'ARD'],
      ['mayor.jpg', 'The mayor opens the festival on 12.03.2024.', 'AP'],
    ]);
    // The clip's title goes with its player: neither a caption nor a line of the text.
    expect(doc.body.textContent).not.toContain('The harbour after the storm');
  });

  it('tells player words from captions and short agency credits', () => {
    expect(isPlayerText('Audio starten, abbrechen mit Escape')).toBe(true);
    expect(isPlayerText('12 photos')).toBe(true);
    expect(isPlayerText('1 / 12')).toBe(true);
    expect(isPlayerText('AP')).toBe(false);
    expect(isPlayerText('Photo: Play Studio')).toBe(false);
    expect(isPlayerText('The ferry at 14:30 on 02.05.2024')).toBe(false);
    expect(isPlayerText('| 19.10.19, 12:30 Uhr')).toBe(true);
    expect(isPlayerText('Foto: Anna Uhrig')).toBe(false);
    expect(isPlayerText('Your browser does not support the video tag.')).toBe(true);
    expect(isPlayerText('A playback of the final lap is not supported by the rules')).toBe(false);
    expect(isClipLine('VIDEO: The regatta from the air')).toBe(true);
    expect(isClipLine('Watch: the ferry returns')).toBe(true);
    expect(isClipLine('Watchmaker Ada Kern at her bench')).toBe(false);
    expect(isClipLine('She ran the last lap in 1:02 min (a record)')).toBe(false);
  });
});
