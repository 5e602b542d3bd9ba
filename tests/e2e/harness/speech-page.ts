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

/** Animation frames the reader's scroll must hold still before a click counts as aimed. */
const REST_FRAMES = 5;

/**
 * Waits until the reader's scroll position holds still. Following the spoken sentence scrolls the
 * reader smoothly, and the controls slide up to their sticky place as it does: a click aimed just
 * before the slide landed on the paragraph now under the pointer (CI, Chromium 150: "Next sentence"
 * restarted the first paragraph instead of moving on).
 */
export async function scrollRest(page: Page): Promise<void> {
  await page.evaluate(
    (frames) =>
      new Promise<void>((resolve) => {
        const root = document.querySelector('[data-folio-reader]')?.shadowRoot;
        const scroller = root?.querySelector('.folio-root');
        if (!scroller) {
          resolve();
          return;
        }
        let last = scroller.scrollTop;
        let still = 0;
        const look = () => {
          const now = scroller.scrollTop;
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= frames) resolve();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
    REST_FRAMES,
  );
}
