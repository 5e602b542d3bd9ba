import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTING_DEFINITIONS } from '../../src/extension/settings/definitions';
import { contrastRatio, mix, type Palette, parseHex, themesFromCss } from './contrast';

const PALETTE_CSS = path.resolve(import.meta.dirname, '../../src/ui/styles/palette.css');
// WCAG 2.2 AA: 1.4.3 text (normal size), 1.4.11 user-interface components and focus indicators.
const TEXT_MIN = 4.5;
const NON_TEXT_MIN = 3;
// The reader's toolbar background: color-mix(in srgb, var(--text) 4%, var(--bg)) in reader.css.
const TOOLBAR_TEXT_PERCENT = 4;

type Pair = readonly [foreground: string, background: string, minimum: number, usedFor: string];

const PAIRS: readonly Pair[] = [
  ['text', 'bg', TEXT_MIN, 'article text'],
  ['text', 'surface', TEXT_MIN, 'button labels'],
  ['text', 'chip', TEXT_MIN, 'open settings button'],
  ['muted', 'bg', TEXT_MIN, 'source line, captions, field labels'],
  ['muted', 'surface', TEXT_MIN, 'removed-blocks summary'],
  ['muted', 'chip', TEXT_MIN, 'removed-block kind'],
  ['muted', 'toolbar', TEXT_MIN, 'reader brand'],
  ['faint', 'bg', TEXT_MIN, 'photo credits, hints'],
  ['faint', 'surface', TEXT_MIN, 'credits on a surface'],
  ['accent', 'bg', TEXT_MIN, 'links'],
  ['accent', 'surface', TEXT_MIN, 'links on a surface'],
  ['accent-text', 'accent', TEXT_MIN, 'pressed "Reader view" label'],
  ['error', 'bg', TEXT_MIN, 'error title'],
  ['control', 'bg', NON_TEXT_MIN, 'button and select borders'],
  ['control', 'surface', NON_TEXT_MIN, 'button borders on a surface'],
  ['control', 'toolbar', NON_TEXT_MIN, 'reader toolbar buttons'],
  ['accent', 'bg', NON_TEXT_MIN, 'focus ring, checkbox, slider'],
  ['accent', 'toolbar', NON_TEXT_MIN, 'focus ring in the reader toolbar'],
];

function colour(palette: Palette, name: string): ReturnType<typeof parseHex> {
  if (name === 'toolbar') return mix(colour(palette, 'text'), TOOLBAR_TEXT_PERCENT, colour(palette, 'bg'));
  const value = palette[name];
  if (!value) throw new Error(`--${name} is missing`);
  return value;
}

describe('contrast computation', () => {
  it('matches the WCAG definition at its known points', () => {
    expect(contrastRatio(parseHex('#000000'), parseHex('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHex('#777777'), parseHex('#ffffff'))).toBeCloseTo(4.48, 2);
    expect(contrastRatio(parseHex('#767676'), parseHex('#ffffff'))).toBeCloseTo(4.54, 2);
    expect(contrastRatio(parseHex('#ffffff'), parseHex('#ffffff'))).toBe(1);
  });

  it('reads light-dark() colours per scheme and a theme rule over the base', () => {
    const themes = themesFromCss(`.folio-themed { --bg: light-dark(#ffffff, #000000); --text: #111111; }
      .folio-themed[data-theme="dark"] { color-scheme: dark; }
      .folio-themed[data-theme="warm"] { --bg: #eeddcc; color-scheme: light; }`);
    expect(themes.light?.bg).toEqual([255, 255, 255]);
    expect(themes.dark?.bg).toEqual([0, 0, 0]);
    expect(themes.warm).toEqual({ bg: [238, 221, 204], text: [17, 17, 17] });
    expect(Object.keys(themes).sort()).toEqual(['dark', 'light', 'warm']);
  });
});

describe('the shipped themes pass WCAG 2.2 AA', () => {
  const themes = themesFromCss(readFileSync(PALETTE_CSS, 'utf8'));

  it('every theme of the settings is in palette.css (system is light and dark)', () => {
    const offered = SETTING_DEFINITIONS.theme.options.filter((theme) => theme !== 'system');
    expect(Object.keys(themes).sort()).toEqual([...offered].sort());
  });

  for (const [theme, palette] of Object.entries(themes)) {
    it(`${theme}: text 4.5:1, controls and focus 3:1`, () => {
      const failures = PAIRS.flatMap(([fg, bg, minimum, usedFor]) => {
        const ratio = contrastRatio(colour(palette, fg), colour(palette, bg));
        return ratio >= minimum ? [] : [`--${fg} on --${bg} (${usedFor}): ${ratio.toFixed(2)} < ${minimum}`];
      });
      expect(failures).toEqual([]);
    });
  }

  it('the high-contrast theme reaches AAA (7:1) for all text', () => {
    const palette = themes.contrast;
    expect(palette).toBeDefined();
    for (const [fg, bg, minimum] of PAIRS) {
      if (minimum !== TEXT_MIN || !palette) continue;
      expect(
        contrastRatio(colour(palette, fg), colour(palette, bg)),
        `${fg} on ${bg}`,
      ).toBeGreaterThanOrEqual(7);
    }
  });
});
