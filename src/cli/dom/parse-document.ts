// Page HTML to a linkedom Document for the engine: parse5's spec tree construction through
// tree-adapter.ts. Scripts never run and nothing is fetched (linkedom has neither).
import { parse, parseFragment } from 'parse5';
import { documentPosition } from './document-position';
import { LiveTreeWalker } from './tree-walker';
import { emptyDocument, linkedomTreeAdapter } from './tree-adapter';

/** A Document for `html` whose URL is `url`, and whether the nesting cap was hit. */
export function parseDocument(html: string, url: string): { document: Document; capped: boolean } {
  const document = emptyDocument();
  const state = { capped: false };
  parse(html, { treeAdapter: linkedomTreeAdapter(document, state) });
  // linkedom documents have no address; the engine reads doc.URL like a browser's.
  Object.defineProperty(document, 'URL', { value: url, configurable: true });
  Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
  installSpecInnerHtml(document);
  installLiveTreeWalker(document);
  installDocumentPosition(document);
  addImplementation(document);
  return { document, capped: state.capped };
}

/** document.implementation.createHTMLDocument, which linkedom lacks (the engine's work copy uses it). */
function addImplementation(document: Document): void {
  const implementation = {
    createHTMLDocument(title?: string): Document {
      const created = emptyDocument();
      const markup = title === undefined ? '' : `<title>${escapeText(title)}</title>`;
      parse(`<!DOCTYPE html>${markup}`, { treeAdapter: linkedomTreeAdapter(created, { capped: false }) });
      Object.defineProperty(created, 'URL', { value: 'about:blank', configurable: true });
      addImplementation(created);
      return created;
    },
  };
  Object.defineProperty(document, 'implementation', { value: implementation, configurable: true });
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/**
 * Markup set through innerHTML is parsed by parse5 in the element's context too, not by linkedom's
 * own forgiving parser: the engine reads <noscript> fallbacks through a <template>'s innerHTML, and
 * the tree must be the one jsdom (and a browser) would build.
 */
function installSpecInnerHtml(document: Document): void {
  const elementProto = findOwner(document.createElement('template'), 'innerHTML');
  if (!elementProto || (elementProto as { [SPEC]?: true })[SPEC]) return;
  const original = Object.getOwnPropertyDescriptor(elementProto, 'innerHTML')!;
  Object.defineProperty(elementProto, SPEC, { value: true });
  Object.defineProperty(elementProto, 'innerHTML', {
    configurable: true,
    enumerable: original.enumerable ?? false,
    get: original.get,
    set(this: Element, html: string) {
      const doc = this.ownerDocument;
      const isTemplate = this.localName === 'template';
      const target: ParentNode & Node = isTemplate ? (this as HTMLTemplateElement).content : this;
      while (target.firstChild) target.removeChild(target.firstChild);
      const fragment = parseFragment(this, String(html), {
        treeAdapter: linkedomTreeAdapter(doc, { capped: false }),
      });
      target.appendChild(fragment);
    },
  });
}

/** linkedom's createTreeWalker snapshots the subtree and can only go forward: use a live one. */
function installLiveTreeWalker(document: Document): void {
  const owner = findOwner(document, 'createTreeWalker');
  if (!owner || (owner as { [LIVE]?: true })[LIVE]) return;
  Object.defineProperty(owner, LIVE, { value: true });
  Object.defineProperty(owner, 'createTreeWalker', {
    configurable: true,
    writable: true,
    value(root: Node, whatToShow?: number, filter?: ConstructorParameters<typeof LiveTreeWalker>[2]) {
      return new LiveTreeWalker(root, whatToShow, filter ?? null);
    },
  });
}

/** linkedom compares depths only; the engine needs real document order. */
function installDocumentPosition(document: Document): void {
  const owner = findOwner(document, 'compareDocumentPosition');
  if (!owner || (owner as { [POSITION]?: true })[POSITION]) return;
  Object.defineProperty(owner, POSITION, { value: true });
  Object.defineProperty(owner, 'compareDocumentPosition', {
    configurable: true,
    writable: true,
    value(this: Node, other: Node) {
      return documentPosition(this, other);
    },
  });
}

const POSITION = Symbol.for('folio-document-position');
const LIVE = Symbol.for('folio-live-tree-walker');
const SPEC = Symbol.for('folio-spec-inner-html');

function findOwner(start: object | null, key: string): object | null {
  for (let proto = start; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    if (Object.hasOwn(proto, key)) return proto;
  }
  return null;
}
