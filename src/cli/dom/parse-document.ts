// Page HTML to a linkedom Document for the engine: parse5's spec tree construction through
// tree-adapter.ts. Scripts never run and nothing is fetched (linkedom has neither).
import { parse } from 'parse5';
import { addImplementation, installLinkedomFixes } from './linkedom-fixes';
import { installChildCounts } from './child-counts';
import { emptyDocument, linkedomTreeAdapter } from './tree-adapter';

/** A Document for `html` whose URL is `url`, and whether the nesting cap was hit. */
export function parseDocument(html: string, url: string): { document: Document; capped: boolean } {
  installLinkedomFixes();
  installChildCounts();
  const document = emptyDocument();
  const state = { capped: false };
  parse(html, { treeAdapter: linkedomTreeAdapter(document, state) });
  // linkedom documents have no address; the engine reads doc.URL like a browser's.
  Object.defineProperty(document, 'URL', { value: url, configurable: true });
  Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
  addImplementation(document);
  return { document, capped: state.capped };
}
