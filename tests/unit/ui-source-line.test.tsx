// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceLine } from '../../src/ui/view/source-line';
import { FAKE_ARTICLE } from './popup-fake-data';

afterEach(cleanup);

describe('SourceLine', () => {
  it('leaves out what the page did not say, without stray separators', () => {
    const { container } = render(
      <SourceLine
        article={{
          ...FAKE_ARTICLE,
          siteName: '',
          authors: [],
          byline: '',
          publishedTime: '',
          readingTimeMinutes: 0,
        }}
      />,
    );
    expect(container.textContent).toBe('harbour-gazette.example');
    expect(container.querySelectorAll('.folio-sep')).toHaveLength(0);
  });

  it('does not repeat a site name that is just the domain', () => {
    const { container } = render(
      <SourceLine
        article={{ ...FAKE_ARTICLE, siteName: 'harbour-gazette.example', authors: ['Ada Lind'] }}
      />,
    );
    expect(container.querySelector('.folio-site')).toBeNull();
    expect(container.textContent).toMatch(/^harbour-gazette\.example · Ada\u00a0Lind · .*2024 · 4 min read$/);
  });

  it('does not name the site again as its writer, and keeps the writers beside it', () => {
    const outlet = render(
      <SourceLine
        article={{ ...FAKE_ARTICLE, siteName: 'Harbour  Gazette', authors: ['Harbour Gazette'] }}
      />,
    );
    expect(outlet.container.querySelector('.folio-authors')).toBeNull();
    expect(outlet.container.textContent).toMatch(
      /^Harbour {2}Gazette · harbour-gazette\.example · .*2024 · 4 min read$/,
    );
    cleanup();
    const both = render(
      <SourceLine
        article={{ ...FAKE_ARTICLE, siteName: 'Harbour Gazette', authors: ['Ada Lind', 'harbour gazette'] }}
      />,
    );
    expect(both.container.querySelector('.folio-authors')?.textContent).toBe('Ada\u00a0Lind');
    cleanup();
    const byline = render(
      <SourceLine
        article={{ ...FAKE_ARTICLE, siteName: 'Harbour Gazette', authors: [], byline: 'Harbour Gazette' }}
      />,
    );
    expect(byline.container.querySelector('.folio-authors')).toBeNull();
  });

  it("falls back to the page's byline when no author was named", () => {
    const { container } = render(
      <SourceLine article={{ ...FAKE_ARTICLE, authors: [], byline: 'By the Harbour Desk' }} />,
    );
    expect(container.querySelector('.folio-authors')?.textContent).toBe('By the Harbour Desk');
  });

  it('never links a non-http URL', () => {
    const { container } = render(<SourceLine article={{ ...FAKE_ARTICLE, url: 'javascript:alert(1)' }} />);
    expect(container.querySelector('a')).toBeNull();
  });

  it('opens the original page in a new tab without opener', () => {
    const { container } = render(<SourceLine article={FAKE_ARTICLE} />);
    const link = container.querySelector('a')!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
