// Where linkedom differs from the DOM standard in what the engine uses, set right on its prototypes
// (once per process; linkedom serves only the folio command here). Each fix made the engine's output
// on linkedom equal jsdom's on the corpus pages (npm run bench:dump -- --dom cli).
import { parse, parseFragment } from 'parse5';
import { documentPosition } from './document-position';
import { emptyDocument, linkedomTreeAdapter, PARSE_OPTIONS } from './tree-adapter';
import { LiveTreeWalker } from './tree-walker';

const INSTALLED = Symbol.for('folio-linkedom-fixes');

function owner(start: object, key: string): object {
  for (let proto: object | null = start; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    if (Object.hasOwn(proto, key)) return proto;
  }
  throw new Error(`linkedom has no ${key}`);
}

function replaceMethod(target: object, key: string, value: (...args: never[]) => unknown): void {
  Object.defineProperty(owner(target, key), key, { configurable: true, writable: true, value });
}

/** Installs every fix on linkedom's classes; later calls do nothing. */
export function installLinkedomFixes(): void {
  const doc = emptyDocument();
  const docProto = Object.getPrototypeOf(doc) as object & { [INSTALLED]?: true };
  if (docProto[INSTALLED]) return;
  Object.defineProperty(docProto, INSTALLED, { value: true });
  const element = doc.createElement('template');
  const text = doc.createTextNode('');

  // Markup set through innerHTML goes through parse5 in the element's context, like jsdom's, not
  // through linkedom's forgiving htmlparser2 (the engine reads <noscript> fallbacks through a
  // <template>'s innerHTML).
  const innerHtmlOwner = owner(element, 'innerHTML');
  const { get } = Object.getOwnPropertyDescriptor(innerHtmlOwner, 'innerHTML')!;
  Object.defineProperty(innerHtmlOwner, 'innerHTML', {
    configurable: true,
    get,
    set(this: Element, html: string) {
      const target: ParentNode & Node =
        this.localName === 'template' ? (this as HTMLTemplateElement).content : this;
      while (target.firstChild) target.removeChild(target.firstChild);
      const adapter = linkedomTreeAdapter(this.ownerDocument, { capped: false });
      target.appendChild(parseFragment(this, String(html), { ...PARSE_OPTIONS, treeAdapter: adapter }));
    },
  });

  // linkedom puts each new attribute first; the DOM keeps them in the order they were set, and the
  // engine's copy of the page reads them in that order (which of data-src-big and data-src-small an
  // image uses: trafilatura-dev jaegermagazin.de). Kept as linkedom stores them, read backwards.
  const namesOwner = owner(element, 'getAttributeNames');
  const names = (namesOwner as { getAttributeNames: () => string[] }).getAttributeNames;
  Object.defineProperty(namesOwner, 'getAttributeNames', {
    configurable: true,
    writable: true,
    value(this: Element) {
      return names.call(this).reverse();
    },
  });
  const attributesOwner = owner(element, 'attributes');
  const attributes = Object.getOwnPropertyDescriptor(attributesOwner, 'attributes')!.get!;
  Object.defineProperty(attributesOwner, 'attributes', {
    configurable: true,
    get(this: Element) {
      return Array.prototype.reverse.call(attributes.call(this));
    },
  });

  // A doctype has no siblings in linkedom (a walk from document.firstChild stopped there).
  const doctype = (
    doc as unknown as { createDocumentType(name: string, publicId: string, systemId: string): DocumentType }
  ).createDocumentType('html', '', '');
  {
    const siblingAt = (node: Node, step: number): ChildNode | null => {
      const siblings = node.parentNode ? Array.from(node.parentNode.childNodes) : [];
      const index = siblings.indexOf(node as ChildNode);
      return index === -1 ? null : (siblings[index + step] ?? null);
    };
    Object.defineProperty(Object.getPrototypeOf(doctype) as object, 'nextSibling', {
      configurable: true,
      get(this: Node) {
        return siblingAt(this, 1);
      },
    });
    Object.defineProperty(Object.getPrototypeOf(doctype) as object, 'previousSibling', {
      configurable: true,
      get(this: Node) {
        return siblingAt(this, -1);
      },
    });
  }

  // linkedom's walker copies the whole subtree up front and only goes forward.
  replaceMethod(doc, 'createTreeWalker', (root: Node, whatToShow?: number, filter?: null) => {
    return new LiveTreeWalker(root, whatToShow, filter ?? null);
  });

  // linkedom's compares depths only (a shallower node always "precedes").
  const position = function (this: Node, other: Node): number {
    return documentPosition(this, other);
  };
  replaceMethod(element, 'compareDocumentPosition', position as never);
  replaceMethod(text, 'compareDocumentPosition', position as never);
}

/** document.implementation.createHTMLDocument, which linkedom lacks (the engine's work copy uses it). */
export function addImplementation(document: Document): void {
  const implementation = {
    createHTMLDocument(title?: string): Document {
      const created = emptyDocument();
      const markup = title === undefined ? '' : `<title>${escapeText(title)}</title>`;
      const adapter = linkedomTreeAdapter(created, { capped: false });
      parse(`<!DOCTYPE html>${markup}`, { ...PARSE_OPTIONS, treeAdapter: adapter });
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
