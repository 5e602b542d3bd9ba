// The folio command's DOM (parse5 into linkedom, src/cli/dom/): the tree it builds and the DOM
// behaviours the engine relies on must be jsdom's, so that the command's output is the extension
// engine's output (npm run bench:dump -- --dom cli checks the same on the corpus pages).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/cli/dom/parse-document';
import { MAX_PARSER_DEPTH } from '../../src/cli/dom/parser-depth';
import { parseHtml } from '../../src/cli/parse-html';
import { extractArticle } from '../../src/lib/index';

const URL_OF_PAGE = 'https://news.example/2024/story';

/** Every node as one line: type, name, attributes or text; the same walk over both DOMs. */
function outline(node: Node, depth = 0, lines: string[] = []): string[] {
  const pad = ' '.repeat(depth);
  if (node.nodeType === 1) {
    const el = node as Element;
    const attrs = Array.from(el.attributes, (a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ');
    lines.push(`${pad}<${el.localName} ${el.namespaceURI ?? ''} ${attrs}>`);
    if (el.localName === 'template') outline((el as HTMLTemplateElement).content, depth + 1, lines);
  } else if (node.nodeType === 3) lines.push(`${pad}#text ${JSON.stringify(node.nodeValue)}`);
  else if (node.nodeType === 8) lines.push(`${pad}#comment ${JSON.stringify(node.nodeValue)}`);
  else if (node.nodeType === 10) lines.push(`${pad}<!doctype ${(node as DocumentType).name}>`);
  for (let child = node.firstChild; child; child = child.nextSibling) outline(child, depth + 1, lines);
  return lines;
}

const both = (html: string) => ({
  cli: parseDocument(html, URL_OF_PAGE).document,
  jsdom: parseHtml(html, URL_OF_PAGE).document,
});

describe('the folio DOM builds the tree jsdom builds', () => {
  it.each([
    ['misnested formatting', '<p><b>one<i>two</b>three</i></p><p>four'],
    ['table foster parenting and implied tbody', '<table><tr><td>cell</table>'],
    ['template content', '<template><td>in template</td></template><p>after</p>'],
    [
      'svg and math namespaces',
      '<svg viewBox="0 0 1 1"><foreignObject><p>x</p></foreignObject></svg><math><mi>y</mi></math>',
    ],
    ['head content moved into body, text merged', '<title>T</title>a<meta charset=utf-8>b<p>c'],
    ['attributes on repeated html and body', '<html lang=en><body class=a><body id=b class=c><p>x'],
    ['noscript and comments', '<!doctype html><noscript><img src=a.jpg></noscript><!-- c --><p>x</p>'],
  ])('%s', (_name, html) => {
    const { cli, jsdom } = both(html);
    expect(outline(cli)).toEqual(outline(jsdom));
  });

  it('puts text misplaced in a table before the table, as browsers do (jsdom appends it after)', () => {
    const { cli } = both('<table>lost<tr><td>cell</table>');
    expect(cli.body.firstChild?.nodeValue).toBe('lost');
    expect((cli.body.lastChild as Element).localName).toBe('table');
  });

  it('caps nesting at the browsers’ depth and says so', () => {
    const depth = MAX_PARSER_DEPTH + 100;
    const { document, capped } = parseDocument(`${'<div>'.repeat(depth)}bottom`, URL_OF_PAGE);
    expect(capped).toBe(true);
    let deepest = 0;
    for (const el of Array.from(document.getElementsByTagName('div'))) {
      let levels = 0;
      for (let at: Element | null = el; at; at = at.parentElement) levels++;
      deepest = Math.max(deepest, levels);
    }
    expect(deepest).toBe(MAX_PARSER_DEPTH);
    expect(parseDocument('<div><div>x</div></div>', URL_OF_PAGE).capped).toBe(false);
  });

  it('gives the document its URL and a way to make blank documents', () => {
    const { document } = parseDocument('<p>x', URL_OF_PAGE);
    expect(document.URL).toBe(URL_OF_PAGE);
    const blank = document.implementation.createHTMLDocument('');
    expect(blank.body).not.toBeNull();
    expect(blank.documentElement.localName).toBe('html');
  });

  it('offers a window DOMParser that builds the spec tree too', () => {
    const { document } = parseDocument('<p>x', URL_OF_PAGE);
    const Parser = (document.defaultView as unknown as { DOMParser: new () => DOMParser }).DOMParser;
    const parsed = new Parser().parseFromString('<table>x<tr><td><img src=a.jpg></table>', 'text/html');
    expect(parsed.body.firstChild?.nodeValue).toBe('x');
    expect(parsed.querySelector('td img')?.getAttribute('src')).toBe('a.jpg');
  });
});

describe('DOM behaviours the engine relies on', () => {
  const page = () =>
    parseDocument('<div id=a><p id=b>one <em id=c>two</em></p><p id=d>three</p></div><p id=e>', URL_OF_PAGE)
      .document;
  const byId = (doc: Document, id: string) => doc.getElementById(id)!;

  it('compareDocumentPosition: document order, ancestors and descendants', () => {
    const doc = page();
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((id) => byId(doc, id));
    expect(b!.compareDocumentPosition(d!)).toBe(4); // following
    expect(d!.compareDocumentPosition(b!)).toBe(2); // preceding
    expect(c!.compareDocumentPosition(d!)).toBe(4); // a deeper node before a shallower one
    expect(e!.compareDocumentPosition(c!)).toBe(2);
    expect(a!.compareDocumentPosition(c!)).toBe(16 | 4); // contained by, following
    expect(c!.compareDocumentPosition(a!)).toBe(8 | 2); // contains, preceding
    expect(a!.compareDocumentPosition(a!)).toBe(0);
    const loose = doc.createElement('p');
    expect(a!.compareDocumentPosition(loose) & 1).toBe(1); // disconnected
  });

  it('createTreeWalker is live and moves in every direction', () => {
    const doc = page();
    const walker = doc.createTreeWalker(byId(doc, 'a'), 1);
    expect((walker.nextNode() as Element).id).toBe('b');
    byId(doc, 'd').before(doc.createElement('hr'));
    expect((walker.nextNode() as Element).id).toBe('c');
    expect((walker.nextNode() as Element).localName).toBe('hr');
    walker.currentNode = byId(doc, 'b');
    expect((walker.firstChild() as Element).id).toBe('c');
    expect((walker.parentNode() as Element).id).toBe('b');
    expect((walker.nextSibling() as Element).localName).toBe('hr');
    const texts = doc.createTreeWalker(byId(doc, 'b'), 4);
    const seen: string[] = [];
    for (let n = texts.nextNode(); n; n = texts.nextNode()) seen.push(n.nodeValue ?? '');
    expect(seen).toEqual(['one ', 'two']);
  });

  it('childElementCount follows every change of children', () => {
    const doc = page();
    const a = byId(doc, 'a');
    expect(a.childElementCount).toBe(2);
    a.appendChild(doc.createElement('p'));
    expect(a.childElementCount).toBe(3);
    byId(doc, 'd').remove();
    expect(a.childElementCount).toBe(2);
    const fragment = doc.createDocumentFragment();
    fragment.append(doc.createElement('i'), doc.createElement('i'));
    expect(fragment.childElementCount).toBe(2);
    a.prepend(fragment);
    expect([a.childElementCount, fragment.childElementCount]).toEqual([4, 0]);
    byId(doc, 'e').append(byId(doc, 'b'));
    expect([a.childElementCount, byId(doc, 'e').childElementCount]).toEqual([3, 1]);
    a.firstElementChild!.replaceWith(doc.createTextNode('t'));
    expect(a.childElementCount).toBe(2);
    a.textContent = 'only text';
    expect(a.childElementCount).toBe(0);
    a.innerHTML = '<b>1</b><b>2</b>';
    expect(a.childElementCount).toBe(2);
  });

  it('keeps attributes in the order they were set, as the DOM does', () => {
    const doc = page();
    const img = doc.createElement('img');
    img.setAttribute('data-src-big', 'b.jpg');
    img.setAttribute('data-src-small', 's.jpg');
    img.setAttribute('data-src-big', 'c.jpg');
    expect(img.getAttributeNames()).toEqual(['data-src-big', 'data-src-small']);
    expect(Array.from(img.attributes, (a) => a.value)).toEqual(['c.jpg', 's.jpg']);
    const parsed = parseDocument('<img alt=a data-x=1 src=s.jpg>', URL_OF_PAGE).document.querySelector(
      'img',
    )!;
    expect(parsed.getAttributeNames()).toEqual(['alt', 'data-x', 'src']);
    expect((parsed.cloneNode(true) as Element).getAttributeNames()).toEqual(['alt', 'data-x', 'src']);
  });

  it('innerHTML parses in context, as the spec does (a <template> fills its content)', () => {
    const doc = page();
    const template = doc.createElement('template');
    template.innerHTML = '<td>cell</td><img src="x.jpg">';
    expect(Array.from(template.content.childNodes, (n) => (n as Element).localName)).toEqual(['td', 'img']);
    const div = doc.createElement('div');
    div.innerHTML = '<p>one<p>two';
    expect(div.childElementCount).toBe(2);
  });
});

describe('the engine gives the same result on both DOMs', () => {
  const fixtures = readdirSync(new URL('../fixtures/', import.meta.url)).filter((f) => f.endsWith('.html'));
  it.each(fixtures)('%s', (name) => {
    const html = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
    const { cli, jsdom } = both(html);
    expect(extractArticle(cli, { url: URL_OF_PAGE })).toEqual(extractArticle(jsdom, { url: URL_OF_PAGE }));
  });
});
