// The dyslexia-friendly face, loaded on demand from the extension's web-accessible fonts/ folder.
// Registered with document.fonts (FontFace) because Chrome ignores @font-face rules inside shadow
// roots; nothing is added to the page's DOM.
import browser from 'webextension-polyfill';
import { DYSLEXIC_FAMILY } from './reader-styles';

const FACES = [
  { file: 'fonts/opendyslexic-latin-400-normal.woff2', weight: '400' },
  { file: 'fonts/opendyslexic-latin-700-normal.woff2', weight: '700' },
] as const;

let loaded: FontFace[] | null = null;

export function addDyslexicFont(doc: Document): void {
  if (loaded !== null || typeof FontFace === 'undefined') return;
  loaded = [];
  for (const face of FACES) {
    try {
      const font = new FontFace(
        DYSLEXIC_FAMILY,
        `url("${browser.runtime.getURL(face.file)}") format("woff2")`,
        {
          weight: face.weight,
          display: 'swap',
        },
      );
      doc.fonts.add(font);
      loaded.push(font);
      font.load().catch(() => undefined);
    } catch {
      // A page CSP that blocks the font leaves the fallback face: still readable.
    }
  }
}

/** Takes the faces out of the page's font set again (on close). */
export function removeDyslexicFont(doc: Document): void {
  for (const font of loaded ?? []) doc.fonts.delete(font);
  loaded = null;
}
