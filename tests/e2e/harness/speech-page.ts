// Reading read-aloud's state from the page in the e2e tests: the highlights (CSS.highlights is the
// document's, shared by the page and the content script) and the controls' data-status.
import type { Page } from 'playwright-core';

export const SENTENCE = 'folio-speech-sentence';
export const WORD = 'folio-speech-word';

/** The text under a named highlight, '' when there is none. Runs in any page (string source). */
export const HIGHLIGHT_SOURCE = `(name) => {
  const h = CSS.highlights && CSS.highlights.get(name);
  if (!h) return '';
  const ranges = Array.from(h);
  return ranges.length ? ranges[0].toString() : '';
}`;

export async function highlighted(page: Page, name: string): Promise<string> {
  return page.evaluate(
    ([source, which]) => (new Function(`return (${source})`)() as (n: string) => string)(which),
    [HIGHLIGHT_SOURCE, name] as const,
  );
}

export async function speechStatus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-folio-reader]')?.shadowRoot;
    return root?.querySelector('.folio-speech')?.getAttribute('data-status') ?? 'none';
  });
}
