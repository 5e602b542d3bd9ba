// @vitest-environment jsdom
// Plurals, numbers, dates and lists in the UI locale; the UI's direction from its catalog; the
// source line isolating the page's words from the UI's, both ways round.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type Catalog, formatMessage, uiDirection, uiLocale, useCatalog } from '../../src/ui/i18n/catalog';
import { articleDirection } from '../../src/ui/i18n/direction';
import { formatDay, formatPublished } from '../../src/ui/i18n/intl-format';
import { STRINGS } from '../../src/ui/strings';
import { SourceLine } from '../../src/ui/view/source-line';
import { FAKE_ARTICLE } from './popup-fake-data';

const ROOT = path.resolve(import.meta.dirname, '../..');
const catalog = (locale: string): Catalog =>
  JSON.parse(readFileSync(path.join(ROOT, '_locales', locale, 'messages.json'), 'utf8')) as Catalog;

afterEach(() => {
  cleanup();
  useCatalog(null);
});

describe('messages', () => {
  it('fills placeholders as the browsers do', () => {
    const messages: Catalog = {
      greet: { message: 'Hi $WHO$, $$5 off', placeholders: { who: { content: '$1' } } },
    };
    expect(formatMessage(messages, 'greet', ['Ann'])).toBe('Hi Ann, $5 off');
    expect(formatMessage(messages, 'missing', [])).toBe('');
  });

  it('reads English in Node, and the catalog a test picks', () => {
    expect(STRINGS.copyMarkdown).toBe('Copy as Markdown');
    expect(STRINGS.removeSiteLabel('example.com')).toBe('Remove example.com');
    useCatalog(catalog('de'));
    expect(STRINGS.copyMarkdown).toBe('Als Markdown kopieren');
    expect(STRINGS.addSite('example.com')).toBe('example.com hinzufügen');
  });
});

describe('plurals and numbers', () => {
  it('picks English one/other', () => {
    expect(STRINGS.removed(1)).toBe('Removed 1 block');
    expect(STRINGS.removed(2)).toBe('Removed 2 blocks');
    expect(STRINGS.removed(1234)).toBe('Removed 1,234 blocks');
  });

  it('picks the Polish one/few/many forms', () => {
    useCatalog(catalog('pl'));
    expect(STRINGS.removed(1)).toBe('Usunięto 1 blok');
    expect(STRINGS.removed(3)).toBe('Usunięto 3 bloki');
    expect(STRINGS.removed(5)).toBe('Usunięto 5 bloków');
    expect(STRINGS.removed(22)).toBe('Usunięto 22 bloki');
    expect(STRINGS.removed(25)).toBe('Usunięto 25 bloków');
  });

  it('picks the Arabic forms, from the dual to the hundreds', () => {
    useCatalog(catalog('ar'));
    expect(STRINGS.removed(1)).toBe('حُذفت كتلة واحدة');
    expect(STRINGS.removed(2)).toBe('حُذفت كتلتان');
    expect(STRINGS.removed(3)).toContain('كتل');
    expect(STRINGS.removed(11)).toContain('كتلة');
    const few = STRINGS.readingTime(3);
    expect(few).toContain(new Intl.NumberFormat('ar').format(3));
    expect(few).toContain('دقائق');
  });

  it('has one form in Japanese, with a grouped number', () => {
    useCatalog(catalog('ja'));
    expect(STRINGS.removed(1)).toBe('1 個のブロックを削除しました');
    expect(STRINGS.readingTime(1200)).toBe('1,200 分で読めます');
  });

  it('falls back to the other form for a category the catalog lacks', () => {
    useCatalog({
      uiLocale: { message: 'pl' },
      removed_other: { message: 'n=$C$', placeholders: { c: { content: '$1' } } },
    });
    expect(STRINGS.removed(3)).toBe('n=3');
  });
});

describe('dates and lists', () => {
  const now = new Date(2026, 0, 10, 12);
  it('says today, yesterday and days ago for the last week, the date before that', () => {
    expect(formatPublished(new Date(2026, 0, 10, 8).toISOString(), now)).toBe('today');
    expect(formatPublished(new Date(2026, 0, 9, 23).toISOString(), now)).toBe('yesterday');
    expect(formatPublished(new Date(2026, 0, 6).toISOString(), now)).toBe('4 days ago');
    expect(formatPublished(new Date(2025, 11, 1).toISOString(), now)).toBe('December 1, 2025');
    expect(formatPublished('not a date', now)).toBe('');
  });

  it('formats in the UI locale, not the article language', () => {
    useCatalog(catalog('de'));
    expect(formatDay(new Date(2026, 0, 8).toISOString())).toBe('8. Januar 2026');
    expect(formatPublished(new Date(2026, 0, 9).toISOString(), now)).toBe('gestern');
    expect(STRINGS.joinNames(['Ann', 'Bob', 'Cy'])).toBe('Ann, Bob und Cy');
    useCatalog(catalog('ar'));
    expect(formatDay(new Date(2026, 0, 8).toISOString())).toContain('يناير');
  });
});

describe('direction', () => {
  it('takes the UI direction from the catalog that supplies the text', () => {
    expect([uiLocale(), uiDirection()]).toEqual(['en', 'ltr']);
    useCatalog(catalog('ar'));
    expect([uiLocale(), uiDirection()]).toEqual(['ar', 'rtl']);
    useCatalog(catalog('he'));
    expect(uiDirection()).toBe('rtl');
    useCatalog(catalog('zh_CN'));
    expect([uiLocale(), uiDirection()]).toEqual(['zh-CN', 'ltr']);
  });

  it("keeps the article's own direction, and lets an undeclared one decide by its letters", () => {
    expect(articleDirection('rtl')).toBe('rtl');
    expect(articleDirection('ltr')).toBe('ltr');
    expect(articleDirection('')).toBe('auto');
  });
});

describe('source line in mixed directions', () => {
  const arabic = {
    ...FAKE_ARTICLE,
    lang: 'ar',
    dir: 'rtl' as const,
    siteName: 'أخبار المرفأ',
    authors: ['سارة خليل'],
    publishedTime: '2026-01-08T10:00:00Z',
    readingTimeMinutes: 8,
  };

  it('isolates an RTL article’s site and authors in an LTR UI', () => {
    const { container } = render(<SourceLine article={arabic} now={new Date(2026, 5, 1)} />);
    expect(container.querySelector('bdi.folio-site')?.textContent).toBe('أخبار المرفأ');
    expect(container.querySelector('bdi.folio-authors')?.textContent).toBe('سارة\u00a0خليل');
    expect(container.querySelector('.folio-domain')?.getAttribute('dir')).toBe('ltr');
    const reading = container.querySelector('.folio-reading-time');
    expect([reading?.getAttribute('lang'), reading?.getAttribute('dir'), reading?.textContent]).toEqual([
      'en',
      'ltr',
      '8 min read',
    ]);
    expect(container.querySelector('time')?.getAttribute('dir')).toBe('ltr');
    expect(container.querySelector('time')?.textContent).toBe('January 8, 2026');
  });

  it('marks the UI parts right to left in an Arabic UI on an LTR article', () => {
    useCatalog(catalog('ar'));
    const { container } = render(<SourceLine article={FAKE_ARTICLE} now={new Date(2030, 0, 1)} />);
    for (const selector of ['time', '.folio-reading-time']) {
      const part = container.querySelector(selector);
      expect([part?.getAttribute('lang'), part?.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    }
    expect(container.querySelector('bdi.folio-authors')).not.toBeNull();
    expect(container.querySelector('.folio-reading-time')?.textContent).toContain('قراءة');
  });
});
