// Parses a piece of markup held as text (a <noscript>'s fallback) into an inert document, without
// assigning innerHTML: the extension's bundles must pass `web-ext lint`, which flags every such
// assignment. DOMParser documents run no script and load no image.

type WithParser = { DOMParser?: new () => DOMParser };

export type MarkupParser = (html: string) => Document | null;

/**
 * A parser from the window of `doc` (the page being read: a browser tab or a jsdom window); null for
 * a document without one (one made by createHTMLDocument, or a DOM library without DOMParser).
 */
export function markupParserFor(doc: Document): MarkupParser | null {
  const Parser = (doc.defaultView as WithParser | null)?.DOMParser;
  if (typeof Parser !== 'function') return null;
  let parser: DOMParser | null = null;
  return (html) => {
    try {
      parser ??= new Parser();
      return parser.parseFromString(html, 'text/html');
    } catch {
      return null;
    }
  };
}
