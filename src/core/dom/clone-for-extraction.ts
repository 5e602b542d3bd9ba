// The inert work copy of the page's body that extraction reads and rewrites: made in a separate
// document (no image loads, no script runs there), leaving out what a reader never sees: scripts,
// styles, templates, embedded media, hidden nodes. Natively cloned when the page allows it
// (copy-natively.ts), else copied element by element (copy-node-by-node.ts).
import { copyNatively, fitsNativeCopy } from './copy-natively';
import { copyNodeByNode } from './copy-node-by-node';
import type { CopyResult, PairHook, PlayerHook } from './copy-result';
import type { Deadline } from './deadline';
import { isNativeDom } from './native-dom';

export { MAX_CHILDREN_PER_PARENT } from './copy-rules';

export interface InertCopy extends CopyResult {
  doc: Document;
  body: HTMLElement;
}

/**
 * A document with no browsing context (nothing in it loads or runs) for the copy: the one the browser
 * keeps for the page's <template> contents, made once per page, or a new one. Making a new one per
 * extraction was ~1% of Chromium extraction time (bench:browser profile). Only for an HTML page:
 * an XHTML page's template document is an XML one, whose tag names are not upper-cased.
 */
function inertDocument(source: Document): Document {
  if (source.contentType === 'text/html') {
    const doc = (source.createElement('template') as HTMLTemplateElement).content?.ownerDocument;
    // A template's document is its own (in an inert document, or a DOM library without one).
    if (doc && doc !== source) return doc;
  }
  return source.implementation.createHTMLDocument('');
}

export function cloneForExtraction(
  source: Document,
  deadline: Deadline,
  pair?: PairHook,
  player?: PlayerHook,
): InertCopy {
  const doc = inertDocument(source);
  // Never attached to `doc`: inserting into and removing from a detached tree skips the DOM's
  // connected-node steps. In Chromium that made the copy a third cheaper (0.50 against 0.72 ms mean
  // over the 91 scrapinghub pages, scratch probe). Later phases ask root.contains(), not isConnected.
  const body = doc.createElement('body');
  const srcBody = source.body ?? source.documentElement;
  if (!srcBody) return { doc, body, removed: [], noscripts: [], setAside: new Map() };
  const native = isNativeDom(source) && fitsNativeCopy(srcBody, deadline);
  const result = native
    ? copyNatively(srcBody, body, deadline, pair, player)
    : copyNodeByNode(srcBody, body, deadline, pair, player);
  return { doc, body, ...result };
}
