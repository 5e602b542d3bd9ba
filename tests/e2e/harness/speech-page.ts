// Reading read-aloud's state from the page in the e2e tests: the highlights (CSS.highlights is the
// document's, shared by the page and the content script) and the controls' data-status.
import type { Page } from 'playwright-core';
import { SCRIPTED_HOLD_ATTRIBUTE } from '../../../src/ui/speech/scripted-engine';

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

/**
 * Holds the scripted voice on whatever sentence it is saying, or lets it go on: a test that steps
 * through sentences then leaves from the one it saw, however long the click took to land.
 */
export async function holdSpeech(page: Page, hold: boolean): Promise<void> {
  await page.evaluate(
    ([name, on]) => {
      document.documentElement.toggleAttribute(name, on);
    },
    [SCRIPTED_HOLD_ATTRIBUTE, hold] as const,
  );
}
