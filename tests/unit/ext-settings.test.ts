import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  matchesSite,
  normalizeHostname,
  SETTING_KEYS,
  validatePatch,
  validateSetting,
  validateSettings,
} from '../../src/extension/settings/definitions';

describe('settings definitions', () => {
  it('gives the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      theme: 'system',
      font: 'serif',
      fontSize: 19,
      lineHeight: 1.6,
      contentWidth: 68,
      letterSpacing: 0,
      wordSpacing: 0,
      paragraphSpacing: 0.9,
      lineFocus: 'off',
      align: 'left',
      images: true,
      captions: true,
      autoOpenSites: [],
    });
  });

  it('accepts every valid choice and rejects others, per key', () => {
    for (const theme of ['light', 'dark', 'sepia', 'system'])
      expect(validateSetting('theme', theme)).toBe(theme);
    for (const font of ['serif', 'sans', 'dyslexic', 'default'])
      expect(validateSetting('font', font)).toBe(font);
    expect(validateSetting('theme', 'neon')).toBe('system');
    expect(validateSetting('theme', 3)).toBe('system');
    expect(validateSetting('font', null)).toBe('serif');
    expect(validateSetting('align', 'justify')).toBe('justify');
    expect(validateSetting('align', 'center')).toBe('left');
  });

  it('bounds numbers and falls back to the default outside the range', () => {
    expect(validateSetting('fontSize', 24)).toBe(24);
    expect(validateSetting('fontSize', 4)).toBe(19);
    expect(validateSetting('fontSize', 400)).toBe(19);
    expect(validateSetting('fontSize', Number.NaN)).toBe(19);
    expect(validateSetting('fontSize', '20')).toBe(19);
    expect(validateSetting('lineHeight', 1.7000000000000002)).toBe(1.7);
    expect(validateSetting('lineHeight', Number.POSITIVE_INFINITY)).toBe(1.6);
    expect(validateSetting('contentWidth', 80)).toBe(80);
    expect(validateSetting('contentWidth', 10)).toBe(68);
  });

  it('takes only real booleans for the switches', () => {
    expect(validateSetting('images', false)).toBe(false);
    expect(validateSetting('images', 'false')).toBe(true);
    expect(validateSetting('captions', 0)).toBe(true);
  });

  it('keeps the good entries of a site list and drops the bad ones', () => {
    expect(
      validateSetting('autoOpenSites', [
        'Example.com',
        'https://www.news.example.org/world/story',
        'example.com',
        'not a host',
        'javascript:alert(1)',
        42,
        'localhost',
        '127.0.0.1',
      ]),
    ).toEqual(['example.com', 'news.example.org', '127.0.0.1']);
    expect(validateSetting('autoOpenSites', 'example.com')).toEqual([]);
    const many = Array.from({ length: 500 }, (_, index) => `site${index}.example`);
    expect(validateSetting('autoOpenSites', many)).toHaveLength(100);
  });

  it('repairs a corrupted settings object key by key', () => {
    const repaired = validateSettings({
      theme: 'dark',
      fontSize: 'huge',
      images: false,
      extra: 'dropped',
      autoOpenSites: null,
    });
    expect(repaired).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', images: false });
    expect(Object.keys(repaired).sort()).toEqual([...SETTING_KEYS].sort());
    for (const junk of [null, undefined, 7, 'text', [1, 2]])
      expect(validateSettings(junk)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps only the valid keys of a patch', () => {
    expect(validatePatch({ theme: 'sepia', fontSize: 99, bogus: 1 })).toEqual({ theme: 'sepia' });
    expect(validatePatch('nope')).toEqual({});
  });

  it('normalizes typed hostnames and matches subdomains', () => {
    expect(normalizeHostname('  WWW.Example.COM. ')).toBe('example.com');
    expect(normalizeHostname('ftp://example.com')).toBeNull();
    expect(normalizeHostname('example')).toBeNull();
    expect(normalizeHostname('300.1.1.1')).toBeNull();
    expect(matchesSite('www.example.com', ['example.com'])).toBe(true);
    expect(matchesSite('example.com', ['example.com'])).toBe(true);
    expect(matchesSite('notexample.com', ['example.com'])).toBe(false);
  });
});
