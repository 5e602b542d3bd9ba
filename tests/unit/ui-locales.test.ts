// The translations: every locale has every message (and exactly its own plural forms), the same
// placeholders as English, and no message sits unused in the catalog.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES_DIR = path.join(ROOT, '_locales');
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt_BR', 'nl', 'pl', 'ja', 'zh_CN', 'ko', 'ar', 'he', 'uk'];
const RTL = new Set(['ar', 'he']);
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\$([a-z0-9_@]+)\$/gi;
// Chrome Web Store and AMO limits on the manifest's fields.
const MAX_NAME = 75;
const MAX_DESCRIPTION = 132;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Messages = Record<string, Entry>;

const load = (locale: string): Messages =>
  JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
const en = load('en');
const pluralBases = [
  ...new Set(
    Object.keys(en).flatMap((key) => (key.endsWith('_other') ? [key.replace(PLURAL_SUFFIX, '')] : [])),
  ),
];
const singleKeys = Object.keys(en).filter((key) => !PLURAL_SUFFIX.test(key));
const bcp47 = (locale: string) => locale.replace('_', '-');

function expectedKeys(locale: string): string[] {
  const categories = new Intl.PluralRules(bcp47(locale)).resolvedOptions().pluralCategories;
  return [...singleKeys, ...pluralBases.flatMap((base) => categories.map((c) => `${base}_${c}`))].sort();
}
const used = (entry: Entry) =>
  new Set([...entry.message.matchAll(PLACEHOLDER)].map((m) => m[1]?.toLowerCase()));
const defined = (entry: Entry) => new Set(Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase()));
const englishOf = (key: string): Entry | undefined => en[key] ?? en[key.replace(PLURAL_SUFFIX, '_other')];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(item.name) ? [full] : [];
  });
}

describe('locales', () => {
  it('ships the fourteen locales, English the default', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LOCALES].sort());
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
  });

  it.each(LOCALES)('%s has every message and exactly its plural forms', (locale) => {
    const messages = load(locale);
    expect(Object.keys(messages).sort()).toEqual(expectedKeys(locale));
    for (const [key, entry] of Object.entries(messages)) expect(entry.message.trim(), key).not.toBe('');
  });

  it.each(LOCALES)('%s has the placeholders English has, and uses them', (locale) => {
    for (const [key, entry] of Object.entries(load(locale))) {
      const english = englishOf(key);
      expect(english, key).toBeDefined();
      if (!english) continue;
      expect(defined(entry), key).toEqual(defined(english));
      for (const name of used(entry))
        expect(defined(entry).has(name ?? ''), `${locale} ${key} $${name}$`).toBe(true);
      // A singular form may spell its number out ("one block", Arabic's dual); every other must show it.
      const mayOmit = /_(zero|one|two)$/.test(key);
      if (!mayOmit) expect(used(entry), `${locale} ${key}`).toEqual(defined(entry));
    }
  });

  it.each(LOCALES)('%s names its own locale and direction and fits the store limits', (locale) => {
    const messages = load(locale);
    expect(messages.uiLocale?.message).toBe(bcp47(locale));
    expect(Intl.getCanonicalLocales(messages.uiLocale?.message ?? '')).toHaveLength(1);
    expect(messages.uiDirection?.message).toBe(RTL.has(locale) ? 'rtl' : 'ltr');
    expect(messages.extName?.message.length).toBeLessThanOrEqual(MAX_NAME);
    expect(messages.extDescription?.message.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
  });

  it('uses every message somewhere (source or manifest)', () => {
    const source = [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'popup'))]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const manifest = readFileSync(path.join(ROOT, 'manifest.json'), 'utf8');
    const unused = [...singleKeys, ...pluralBases].filter(
      (key) => !source.includes(`'${key}'`) && !manifest.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });
});
