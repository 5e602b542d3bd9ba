import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTING_DEFINITIONS,
  validateSetting,
} from '../../src/extension/settings/definitions';
import { minutesLeft, scrollProgress, scrollTopFor } from '../../src/ui/comfort/reading-progress';
import { settingsStyle } from '../../src/ui/settings-style';

// WCAG 2.2 success criterion 1.4.12 (Text Spacing), in em of the font size.
const WCAG = { letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2, lineHeight: 1.5 } as const;

describe('reading comfort settings', () => {
  it('spacing ranges include the WCAG 1.4.12 values, on a step', () => {
    for (const [key, value] of Object.entries(WCAG) as [keyof typeof WCAG, number][]) {
      const definition = SETTING_DEFINITIONS[key];
      expect(value).toBeGreaterThanOrEqual(definition.min);
      expect(value).toBeLessThanOrEqual(definition.max);
      expect(validateSetting(key, value)).toBe(value);
    }
  });

  it('maps spacing to em custom properties and line focus to an attribute', () => {
    const style = settingsStyle({ ...DEFAULT_SETTINGS, ...WCAG, lineFocus: 'three' });
    expect(style.properties).toMatchObject({
      '--folio-letter-spacing': '0.12em',
      '--folio-word-spacing': '0.16em',
      '--folio-paragraph-spacing': '2em',
      '--folio-line-height': '1.5',
    });
    expect(style.attributes['data-line-focus']).toBe('three');
  });

  it('keeps today’s look by default: no extra spacing, line focus off', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      letterSpacing: 0,
      wordSpacing: 0,
      paragraphSpacing: 0.9,
      lineFocus: 'off',
    });
    expect(validateSetting('lineFocus', '3')).toBe('off');
    expect(validateSetting('letterSpacing', 1)).toBe(0);
  });
});

describe('reading progress', () => {
  it('runs from 0 to 1 over the scrollable range', () => {
    expect(scrollProgress(0, 3000, 1000)).toBe(0);
    expect(scrollProgress(1000, 3000, 1000)).toBe(0.5);
    expect(scrollProgress(2500, 3000, 1000)).toBe(1);
    expect(scrollProgress(0, 800, 1000)).toBe(1);
    expect(scrollTopFor(0.5, 3000, 1000)).toBe(1000);
  });

  it('counts whole minutes left, rounded up, none at the end', () => {
    expect(minutesLeft(8, 0)).toBe(8);
    expect(minutesLeft(8, 0.5)).toBe(4);
    expect(minutesLeft(8, 0.6)).toBe(4);
    expect(minutesLeft(8, 0.99)).toBe(1);
    expect(minutesLeft(8, 1)).toBe(0);
    expect(minutesLeft(0, 0)).toBe(0);
  });
});
