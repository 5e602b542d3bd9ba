// Page HTML to a linkedom Document for the engine: parse5's spec tree construction through
// tree-adapter.ts. Scripts never run and nothing is fetched (linkedom has neither).
import { parse } from 'parse5';
import { installChildCounts } from './child-counts';
import { addImplementation, installLinkedomFixes } from './linkedom-fixes';
import { emptyDocument, linkedomTreeAdapter, PARSE_OPTIONS } from './tree-adapter';

/** A Document for `html` whose URL is `url`, and whether the nesting cap was hit. */
export function parseDocument(html: string, url: string): { document: Document; capped: boolean } {
  installLinkedomFixes();
  installChildCounts();
  const document = emptyDocument();
  const state = { capped: false };
  parse(html, { ...PARSE_OPTIONS, treeAdapter: linkedomTreeAdapter(document, state) });
  // linkedom documents have no address; the engine reads doc.URL like a browser's.
  Object.defineProperty(document, 'URL', { value: url, configurable: true });
  Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
  addImplementation(document);
  Object.defineProperty(document, 'defaultView', { value: PAGE_WINDOW, configurable: true });
  return { document, capped: state.capped };
}

/**
 * A DOMParser that builds the tree jsdom's (and a browser's) would: the engine may parse markup held
 * as text (a <noscript> fallback) with the page window's DOMParser, and linkedom's own one parses
 * with htmlparser2.
 */
class SpecDomParser {
  parseFromString(html: string, _type = 'text/html'): Document {
    return parseDocument(String(html), 'about:blank').document;
  }
}

/** What the engine may ask of the page's window: no scripts, no layout, a parser for markup. */
const PAGE_WINDOW = Object.freeze({ DOMParser: SpecDomParser });
