// Turns page HTML into a jsdom Document that is safe to hand to the engine (the benchmarks' DOM, and
// the one the folio command's own DOM, dom/parse-document.ts, is checked against). jsdom walks every ancestor
// recursively on each insertion, so a page nested 20,000 levels deep overflows its stack while parsing
// (and 10,000 levels take 9 s). Browsers cap parser depth instead: past 512 open elements Chromium
// attaches new elements to the parent of the current node. We do the same with parse5 (which jsdom
// uses inside, and which parses deep input iteratively), and only re-serialize when the cap was hit.
import { JSDOM, VirtualConsole } from 'jsdom';
import { type DefaultTreeAdapterMap, defaultTreeAdapter, parse, serialize } from 'parse5';
import { MAX_PARSER_DEPTH } from './dom/parser-depth';

export { MAX_PARSER_DEPTH };

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/** HTML with element nesting capped at MAX_PARSER_DEPTH the way browsers cap it, and whether it was. */
export function capNesting(html: string): { html: string; capped: boolean } {
  const depthOf = new WeakMap<object, number>();
  let capped = false;
  const place = (parent: ParentNode): ParentNode => {
    const depth = depthOf.get(parent) ?? 0;
    if (depth < MAX_PARSER_DEPTH) return parent;
    const up = defaultTreeAdapter.getParentNode(parent as ChildNode);
    if (!up) return parent;
    capped = true;
    return up;
  };
  const adapter = {
    ...defaultTreeAdapter,
    appendChild(parent: ParentNode, node: ChildNode) {
      const target = place(parent);
      defaultTreeAdapter.appendChild(target, node);
      depthOf.set(node, (depthOf.get(target) ?? 0) + 1);
    },
    insertBefore(parent: ParentNode, node: ChildNode, reference: ChildNode) {
      defaultTreeAdapter.insertBefore(parent, node, reference);
      depthOf.set(node, (depthOf.get(parent) ?? 0) + 1);
    },
  };
  const document = parse(html, { treeAdapter: adapter });
  return capped ? { html: serialize(document), capped } : { html, capped };
}

type Parse5Node = DefaultTreeAdapterMap['node'];

/**
 * The page without its stylesheets (and, with `attributes`, without style attributes). jsdom parses
 * CSS while it builds the document and its CSS value parser throws on some real pages (a calc() in a
 * @media rule of scrapinghub-dev f5c90a6d…), which would lose the whole page; Folio does not need the
 * page's CSS to read its text.
 */
export function withoutStyles(html: string, attributes: boolean): string {
  const document = parse(html);
  const stack: Parse5Node[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('tagName' in node) {
      if (node.tagName === 'style') node.childNodes = [];
      if (attributes) node.attrs = node.attrs.filter((attr) => attr.name !== 'style');
      if (node.tagName === 'template' && 'content' in node) stack.push(node.content as Parse5Node);
    }
    if ('childNodes' in node) for (const child of node.childNodes) stack.push(child);
  }
  return serialize(document);
}

function build(html: string, url: string): JSDOM {
  // A fresh VirtualConsole with no listeners: the page's CSS parse errors must not reach our stderr.
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
}

/** A silent, script-less jsdom Document for `html` at `url` (scripts never run, nothing is fetched). */
export function parseHtml(
  html: string,
  url: string,
): { document: Document; window: Window; capped: boolean } {
  const { html: safeHtml, capped } = capNesting(html);
  let dom: JSDOM;
  try {
    dom = build(safeHtml, url);
  } catch {
    try {
      dom = build(withoutStyles(safeHtml, false), url);
    } catch {
      dom = build(withoutStyles(safeHtml, true), url);
    }
  }
  const window = dom.window as unknown as Window;
  return { document: window.document, window, capped };
}
