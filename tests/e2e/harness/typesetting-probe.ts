// What the reader drew for tests/fixtures/e2e-typesetting.html, read in the page: the same
// expressions for Chromium (Playwright) and Firefox (BiDi), so both browsers answer one question.
import { expect } from 'vitest';

export interface Typesetting {
  /** The formula is MathML, not text: its namespace, and its fraction's numerator over its denominator. */
  mathNamespace: string;
  numeratorAbove: boolean;
  /** The ruby's reading sits over its characters, not after them. */
  readingAbove: boolean;
  /** Each image left in a line: shown inline, no taller than three of its line's letters. */
  inlineImages: { display: string; heightInEm: number }[];
}

export const TYPESETTING_PROBE = (host: string): string => `(() => {
  const root = document.querySelector(${JSON.stringify(host)})?.shadowRoot;
  if (!root) return null;
  const rect = (el) => el.getBoundingClientRect();
  const math = root.querySelector('math');
  const num = root.querySelector('mfrac > :first-child');
  const den = root.querySelector('mfrac > :last-child');
  const ruby = root.querySelector('ruby');
  const rt = root.querySelector('rt');
  const base = document.createRange();
  if (ruby?.firstChild) base.selectNodeContents(ruby.firstChild);
  return {
    mathNamespace: math?.namespaceURI ?? '',
    numeratorAbove: !!num && !!den && rect(num).bottom <= rect(den).top + 1,
    // The reading's line box may reach into its characters' (its own line height): its middle is above them.
    readingAbove:
      !!rt && !!ruby?.firstChild && (rect(rt).top + rect(rt).bottom) / 2 <= base.getBoundingClientRect().top,
    inlineImages: [...root.querySelectorAll('p img')].map((img) => ({
      display: getComputedStyle(img).display,
      heightInEm: rect(img).height / parseFloat(getComputedStyle(img.parentElement).fontSize),
    })),
  };
})()`;

/** How many of the reader's in-line images have loaded: they are measured once both have. */
export const LOADED_INLINE_IMAGES = (host: string): string =>
  `[...(document.querySelector(${JSON.stringify(host)})?.shadowRoot?.querySelectorAll('p img') ?? [])].filter((img) => img.complete && img.naturalWidth > 0).length`;
export const INLINE_IMAGES = 2;

/** The formula drawn as MathML, the reading over its characters, each image in its line. */
export function expectTypeset(drawn: Typesetting | null): void {
  expect(drawn).toMatchObject({
    mathNamespace: 'http://www.w3.org/1998/Math/MathML',
    numeratorAbove: true,
    readingAbove: true,
  });
  expect(drawn?.inlineImages).toHaveLength(INLINE_IMAGES);
  for (const img of drawn?.inlineImages ?? []) {
    expect(img.display).toBe('inline');
    expect(img.heightInEm).toBeGreaterThan(0);
    // The reader's cap on an image in a line: three of its letters high.
    expect(img.heightInEm).toBeLessThanOrEqual(3.01);
  }
}
