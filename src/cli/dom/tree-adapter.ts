// A parse5 tree adapter that builds linkedom nodes. parse5 does the spec's tree construction (the
// same parser jsdom uses, so the same tree for every page), linkedom holds the result: its nodes
// cost a fraction of jsdom's in time and memory, and loading it takes milliseconds instead of jsdom's
// half second. Element nesting is capped at MAX_PARSER_DEPTH the way Chromium caps it.
import { DOMParser } from 'linkedom';
import type { html, Token, TreeAdapter, TreeAdapterTypeMap } from 'parse5';
import { MAX_PARSER_DEPTH } from './parser-depth';

const NS_HTML = 'http://www.w3.org/1999/xhtml';
const NS_MATHML = 'http://www.w3.org/1998/Math/MathML';
/** jsdom parses as a browser with scripting off does (<noscript> content is markup). */
export const PARSE_OPTIONS = { scriptingEnabled: false } as const;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const DOCUMENT_TYPE_NODE = 10;
const ELEMENT_NODE = 1;

type LinkedomTypes = TreeAdapterTypeMap<
  Node,
  ParentNode & Node,
  ChildNode,
  Document,
  DocumentFragment,
  Element,
  Comment,
  Text,
  Element,
  DocumentType
>;

/** What the adapter knows while it builds one document. */
export interface AdapterState {
  /** Whether some element was attached higher than its parser parent because of the depth cap. */
  capped: boolean;
}

const DEPTH = Symbol('folio-depth');
type WithDepth = { [DEPTH]?: number };

const depthOf = (node: unknown): number => (node as WithDepth)[DEPTH] ?? 0;

/** A fresh, empty linkedom HTML document (no <html>, no doctype: the parser adds them). */
export function emptyDocument(): Document {
  return new DOMParser().parseFromString('', 'text/html') as unknown as Document;
}

function attributeName(attr: Token.Attribute): string {
  return attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
}

/** Sets `attrs`, which then read in this order (linkedom-fixes.ts: the attribute order). */
function setAttributes(el: Element, attrs: readonly Token.Attribute[]): void {
  for (const attr of attrs) el.setAttribute(attributeName(attr), attr.value);
}

/** linkedom makes MathML elements HTML ones; give them their namespace and case-kept tagName. */
function asMathml(el: Element): void {
  Object.defineProperty(el, 'namespaceURI', { value: NS_MATHML });
  Object.defineProperty(el, 'tagName', { value: el.localName });
}

/** A tree adapter writing into `doc` (and fragments of it). */
export function linkedomTreeAdapter(doc: Document, state: AdapterState): TreeAdapter<LinkedomTypes> {
  const modes = new WeakMap<Document, html.DOCUMENT_MODE>();
  const namespaces = new WeakMap<Element, html.NS>();
  /** Where a new child of `parent` goes: its parent's parent past the depth cap. */
  const place = (parent: ParentNode & Node): ParentNode & Node => {
    if (depthOf(parent) < MAX_PARSER_DEPTH) return parent;
    const up = parent.parentNode;
    if (!up) return parent;
    state.capped = true;
    return up;
  };
  const setDepth = (node: ChildNode, parent: Node) => {
    if (node.nodeType === ELEMENT_NODE) (node as WithDepth)[DEPTH] = depthOf(parent) + 1;
  };
  const adapter: TreeAdapter<LinkedomTypes> = {
    createDocument: () => doc,
    createDocumentFragment: () => doc.createDocumentFragment(),
    createElement(tagName, namespaceURI, attrs) {
      const el =
        namespaceURI === NS_HTML ? doc.createElement(tagName) : doc.createElementNS(namespaceURI, tagName);
      setAttributes(el, attrs);
      if (namespaceURI !== NS_HTML) {
        namespaces.set(el, namespaceURI);
        if (namespaceURI === NS_MATHML) asMathml(el);
      }
      return el;
    },
    createCommentNode: (data) => doc.createComment(data),
    createTextNode: (value) => doc.createTextNode(value),
    appendChild(parent, node) {
      const target = place(parent);
      target.appendChild(node);
      setDepth(node, target);
    },
    insertBefore(parent, node, reference) {
      parent.insertBefore(node, reference);
      setDepth(node, parent);
    },
    setTemplateContent() {
      // linkedom's <template> owns its content fragment already: getTemplateContent hands it out.
    },
    getTemplateContent: (template) => (template as HTMLTemplateElement).content,
    setDocumentType(document, name, publicId, systemId) {
      const existing = document.doctype;
      const doctype = document.implementation
        ? document.implementation.createDocumentType(name, publicId, systemId)
        : (
            document as unknown as { createDocumentType: (...a: string[]) => DocumentType }
          ).createDocumentType(name, publicId, systemId);
      if (existing) existing.replaceWith(doctype);
      else document.insertBefore(doctype, document.firstChild);
    },
    setDocumentMode: (document, mode) => {
      modes.set(document, mode);
    },
    getDocumentMode: (document) => modes.get(document) ?? ('no-quirks' as html.DOCUMENT_MODE),
    detachNode: (node) => {
      node.parentNode?.removeChild(node);
    },
    insertText(parent, text) {
      const target = place(parent);
      const last = target.lastChild;
      if (last && last.nodeType === TEXT_NODE) (last as Text).data += text;
      else target.appendChild(doc.createTextNode(text));
    },
    insertTextBefore(parent, text, reference) {
      const before = reference.previousSibling;
      if (before && before.nodeType === TEXT_NODE) (before as Text).data += text;
      else parent.insertBefore(doc.createTextNode(text), reference);
    },
    adoptAttributes(recipient, attrs) {
      // jsdom lets a repeated <html> or <body> tag overwrite values too, new names going last.
      const merged = new Map(Array.from(recipient.attributes, (attr) => [attr.name, attr.value]));
      for (const attr of attrs) merged.set(attributeName(attr), attr.value);
      for (const name of merged.keys()) recipient.removeAttribute(name);
      setAttributes(
        recipient,
        Array.from(merged, ([name, value]) => ({ name, value })),
      );
    },
    getFirstChild: (node) => node.firstChild,
    getChildNodes: (node) => Array.from(node.childNodes),
    getParentNode: (node) => node.parentNode,
    getAttrList: (element) =>
      Array.from(element.attributes, (attr) => ({ name: attr.name, value: attr.value })),
    getTagName: (element) => element.localName,
    getNamespaceURI: (element) => namespaces.get(element) ?? (NS_HTML as html.NS),
    getTextNodeContent: (node) => node.data,
    getCommentNodeContent: (node) => node.data,
    getDocumentTypeNodeName: (node) => node.name,
    getDocumentTypeNodePublicId: (node) => node.publicId,
    getDocumentTypeNodeSystemId: (node) => node.systemId,
    isTextNode: (node): node is Text => node.nodeType === TEXT_NODE,
    isCommentNode: (node): node is Comment => node.nodeType === COMMENT_NODE,
    isDocumentTypeNode: (node): node is DocumentType => node.nodeType === DOCUMENT_TYPE_NODE,
    isElementNode: (node): node is Element => node.nodeType === ELEMENT_NODE,
    setNodeSourceCodeLocation: () => undefined,
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation: () => undefined,
  };
  return adapter;
}
