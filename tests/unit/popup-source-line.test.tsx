// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceLine } from '../../popup/components/source-line';
import { FAKE_ARTICLE } from './popup-fake-data';

afterEach(cleanup);

describe('SourceLine', () => {
  it('leaves out what the page did not say, without stray separators', () => {
    const { container } = render(
      <SourceLine
        article={{ ...FAKE_ARTICLE, siteName: '', authors: [], publishedTime: '', readingTimeMinutes: 0 }}
      />,
    );
    expect(container.textContent).toBe('harbour-gazette.example');
    expect(container.querySelectorAll('.sep')).toHaveLength(0);
  });

  it('does not repeat a site name that is just the domain', () => {
    const { container } = render(
      <SourceLine
        article={{ ...FAKE_ARTICLE, siteName: 'harbour-gazette.example', authors: ['Ada Lind'] }}
      />,
    );
    expect(container.querySelector('.site')).toBeNull();
    expect(container.textContent).toMatch(/^harbour-gazette\.example · Ada\u00a0Lind · .*2024 · 4 min read$/);
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
