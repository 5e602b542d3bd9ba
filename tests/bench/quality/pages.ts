// The pages each quality section reads, decoded and parsed the same way for every system it runs, so
// that Folio, Readability and Defuddle see one and the same document.
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../../../src/cli/detect-encoding';
import type { CorpusPage } from '../corpus-pages';

const quietConsole = new VirtualConsole();
const STYLE_ELEMENT_RE = /<style[\s>][\s\S]*?<\/style>/gi;

/**
 * jsdom throws on some stylesheets it cannot parse (scrapinghub f5c90a6d: a Sass expression left in
 * calc()); such a page is parsed again without its <style> elements, for every system alike.
 */
export function parsePage(html: string, url: string): Document {
  try {
    return new JSDOM(html, { url, virtualConsole: quietConsole }).window.document;
  } catch {
    return new JSDOM(html.replace(STYLE_ELEMENT_RE, ''), { url, virtualConsole: quietConsole }).window
      .document;
  }
}

/**
 * The page's text. trafilatura-dev keeps the bytes as received in many encodings (corpus README), so
 * they are decoded as the folio command decodes them; the other sets are UTF-8.
 */
export function pageHtml(page: CorpusPage): string {
  const bytes = readFileSync(page.file);
  return page.set === 'trafilatura-dev' ? decodeHtml(bytes).text : bytes.toString('utf8');
}

/**
 * A fresh document for one system. The folio command's parser (src/cli/parse-html) first re-parses
 * every page with parse5 to cap hostile nesting; corpus pages are not hostile, and that second parse
 * would double the gate's time, so they go to jsdom directly.
 */
export function pageDocument(page: CorpusPage, html: string): Document {
  return parsePage(html, page.url);
}

/** Closes the document's window: jsdom keeps timers and memory of every window until then. */
export function closeDocument(doc: Document): void {
  doc.defaultView?.close();
}
