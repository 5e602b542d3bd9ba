// Finds markup that must never reach the popup or the reader view. Shared by the hostile unit tests
// (jsdom) and the e2e tests, which pass `findHostileMarkup` to page.evaluate: it is therefore
// self-contained (no imports, no module-level helpers) and uses only its arguments.

export interface HostileScanOptions {
  /** Tags that are an offence anywhere under the root (null: none). */
  forbiddenTags: string[] | null;
  /** When set, any tag outside this list is an offence too (article content: the sanitizer's allowlist). */
  allowedTags: string[] | null;
  /** When set, any attribute outside this list is an offence. */
  allowedAttrs: string[] | null;
  /** Substrings no attribute value may contain (the fixture marks every payload with them). */
  bannedValueParts: string[];
}

/**
 * Walks `root` (descending into open shadow roots and template contents, without recursion) and
 * returns one line per offence: inline handlers, non-http(s) URLs, forbidden tags or attributes.
 */
export function findHostileMarkup(root: Node, options: HostileScanOptions): string[] {
  const offences: string[] = [];
  const urlAttrs = [
    'href',
    'src',
    'action',
    'formaction',
    'xlink:href',
    'data',
    'poster',
    'background',
    'ping',
  ];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children: Node[] = [];
    for (let child = node.firstChild; child !== null; child = child.nextSibling) children.push(child);
    const host = node as Element & { shadowRoot?: ShadowRoot | null; content?: DocumentFragment };
    if (host.shadowRoot) children.push(host.shadowRoot);
    if (host.content && host.nodeType === 1 && host.localName === 'template') children.push(host.content);
    for (const child of children) stack.push(child);
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    const where = `<${tag}>`;
    if (options.forbiddenTags?.includes(tag)) offences.push(`forbidden element ${where}`);
    if (options.allowedTags && !options.allowedTags.includes(tag))
      offences.push(`element not allowed ${where}`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      const compact = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (name.startsWith('on')) offences.push(`handler ${where} ${name}`);
      if (name === 'style' && options.allowedAttrs) offences.push(`style attribute on ${where}`);
      // DOMPurify empties `is` instead of removing it; an empty `is` names no custom element.
      const emptyIs = name === 'is' && value === '';
      if (options.allowedAttrs && !options.allowedAttrs.includes(name) && !emptyIs)
        offences.push(`attribute not allowed ${where} ${name}`);
      if (
        urlAttrs.includes(name) &&
        compact !== '' &&
        !/^https?:/.test(compact) &&
        !/^data:image\/(png|jpe?g|gif|webp|avif)/.test(compact)
      ) {
        // In Folio's own UI, relative URLs and extension URLs are the extension's files.
        if (
          !(options.allowedAttrs === null && /^(chrome|moz)-extension:|^[^:]*$|^[^:]*[/?#]/.test(compact))
        ) {
          offences.push(`non-http(s) URL ${where} ${name}="${value.slice(0, 60)}"`);
        }
      }
      if (name === 'srcset' && /javascript:|data:/i.test(value)) offences.push(`bad srcset ${where}`);
      // alt and title are only ever shown as text: a payload there is words, not code.
      if (name === 'alt' || name === 'title') continue;
      for (const part of options.bannedValueParts) {
        if (value.includes(part)) offences.push(`payload ${JSON.stringify(part)} in ${where} ${name}`);
      }
    }
  }
  return offences;
}
