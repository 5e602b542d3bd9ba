// Turns page HTML into a jsdom Document that is safe to hand to the engine. jsdom walks every ancestor
// recursively on each insertion, so a page nested 20,000 levels deep overflows its stack while parsing
// (and 10,000 levels take 9 s). Browsers cap parser depth instead: past 512 open elements Chromium
// attaches new elements to the parent of the current node. We do the same with parse5 (which jsdom
// uses inside, and which parses deep input iteratively), and only re-serialize when the cap was hit.
import { JSDOM, VirtualConsole } from 'jsdom';
import { type DefaultTreeAdapterMap, defaultTreeAdapter, parse, serialize } from 'parse5';

/** Chromium's kMaximumHTMLParserDOMTreeDepth; tests/stress "deep" (20,000 levels) needs it. */
export const MAX_PARSER_DEPTH = 512;

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

/** A silent, script-less jsdom Document for `html` at `url` (scripts never run, nothing is fetched). */
export function parseHtml(
  html: string,
  url: string,
): { document: Document; window: Window; capped: boolean } {
  const { html: safeHtml, capped } = capNesting(html);
  // A fresh VirtualConsole with no listeners: the page's CSS parse errors must not reach our stderr.
  const dom = new JSDOM(safeHtml, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  const window = dom.window as unknown as Window;
  return { document: window.document, window, capped };
}
