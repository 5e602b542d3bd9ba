// Property-based fuzzing of the engine with generated hostile HTML: random trees of article tags and
// dangerous ones (script, iframe, svg, math, forms), inline handlers, script URLs, broken markup and
// garbage text. Whatever comes in, extractArticle returns a result and its html is clean.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/core/types';
import { extractArticle } from '../../src/lib/index';
import { ALLOWED_ATTR, ALLOWED_TAGS, sanitizeArticleHtml } from '../../src/ui/sanitize-article-html';
import { findHostileMarkup } from './hostile-markup';

/** Enough runs to hit every tag/attribute pairing many times; each page costs ~0.1 s of jsdom. */
const RUNS = 100;
/** Property runs are bounded in number, not time; this only bounds a hang on a loaded machine. */
const PROPERTY_TIMEOUT_MS = 180_000;
const SEED = 4_2024;
/** Extraction work limit per generated page: a bug that loops shows up as 'too-large', not a hang. */
const TIME_BUDGET_MS = 5_000;
const PAGE_URL = 'https://fuzz.example/story/1';

const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'img',
  'h1',
  'h2',
  'ul',
  'li',
  'table',
  'tr',
  'td',
  'figure',
  'figcaption',
  'blockquote',
  'pre',
  'code',
  'article',
  'section',
  'main',
  'aside',
  'nav',
  'header',
  'footer',
  'b',
  'em',
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'mglyph',
  'mtext',
  'template',
  'noscript',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'base',
  'meta',
  'link',
  'video',
  'details',
  'x-widget',
  'picture',
  'source',
] as const;
const ATTR_NAMES = [
  'onerror',
  'onload',
  'onclick',
  'onmouseover',
  'onfocus',
  'style',
  'href',
  'src',
  'srcset',
  'data-src',
  'class',
  'id',
  'name',
  'formaction',
  'action',
  'xlink:href',
  'srcdoc',
  'target',
  'rel',
  'alt',
  'title',
  'width',
  'lang',
  'dir',
  'hidden',
  'aria-hidden',
  'data-folio-figure',
  'is',
] as const;
const HOSTILE_VALUES = [
  'javascript:window.__bump()',
  'jav&#x09;ascript:window.__bump()',
  ' JaVaScRiPt:window.__bump()',
  'java\nscript:window.__bump()',
  'data:text/html,<script>window.__bump()</script>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9Il9fYnVtcCgpIi8+',
  'vbscript:msgbox(1)',
  'window.__bump()',
  '" onerror="window.__bump()',
  "'><img src=x onerror=window.__bump()>",
  'https://ok.example/photo.jpg',
  'https://ok.example/a.jpg 1x, javascript:window.__bump() 2x',
  'data:image/png;base64,iVBORw0KGgo=',
  '/relative/path.jpg',
  '//protocol-relative.example/x',
  'folio-caption',
  'folio-credit evil',
  'background:url(javascript:window.__bump())',
  'width: expression(window.__bump())',
  '',
];
const GARBAGE = [
  '<',
  '>',
  '&',
  '&amp',
  '&#0;',
  '</p>',
  '<!--',
  '-->',
  ']]>',
  '\u0000',
  '\ufffd',
  '\u202e',
  '"',
  "'",
];

const textArb = fc.oneof(
  { weight: 4, arbitrary: fc.lorem({ maxCount: 40, mode: 'sentences' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...GARBAGE) },
);
const attrArb = fc
  .tuple(
    fc.constantFrom(...ATTR_NAMES),
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    ),
  )
  .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`);

interface TreeArbs {
  node: string;
  element: string;
}

const { node: nodeArb } = fc.letrec<TreeArbs>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    tie('element') as fc.Arbitrary<string>,
  ),
  element: fc
    .tuple(
      fc.constantFrom(...TAGS),
      fc.array(attrArb, { maxLength: 4 }),
      fc.array(tie('node') as fc.Arbitrary<string>, { maxLength: 6 }),
      fc.boolean(),
    )
    .map(
      ([tag, attrs, children, close]) =>
        `<${tag}${attrs.join('')}>${children.join('')}${close ? `</${tag}>` : ''}`,
    ),
}));

/** A page: a plausible article body (so extraction really runs) wrapped around generated markup. */
const pageArb = fc
  .tuple(
    fc.array(nodeArb, { minLength: 1, maxLength: 8 }),
    fc.array(fc.lorem({ maxCount: 60, mode: 'sentences' }), { minLength: 0, maxLength: 6 }),
    fc.integer({ min: 0, max: 150 }),
    fc.constantFrom('div', 'span', 'section', 'b'),
  )
  .map(([nodes, paragraphs, depth, wrapper]) => {
    const body = paragraphs.map((text, i) => `<p>${text}</p>${nodes[i % nodes.length] ?? ''}`).join('');
    const nested = `${`<${wrapper}>`.repeat(depth)}${nodes.join('')}${`</${wrapper}>`.repeat(depth)}`;
    return `<!doctype html><html><head><title>Fuzz</title></head><body><article><h1>Fuzz</h1>${body}${nested}</article></body></html>`;
  });

const scratch = new JSDOM('<!doctype html><body></body>', { url: PAGE_URL }).window;

function fragment(html: string): DocumentFragment {
  const template = scratch.document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** What the article says and how it is structured, ignoring attributes the sanitizer adds to links. */
function substance(html: string): string {
  const parts: string[] = [];
  const stack: Node[] = [fragment(html)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) parts.push(`"${(node.textContent ?? '').replace(/\s+/g, ' ')}"`);
    if (node.nodeType === 1) {
      const el = node as Element;
      const attrs = Array.from(el.attributes)
        .filter((attr) => attr.name !== 'target' && attr.name !== 'rel')
        .map((attr) => `${attr.name}=${attr.value}`)
        .sort();
      parts.push(`<${el.localName} ${attrs.join(' ')}>`);
    }
    const children: Node[] = [];
    for (let child = node.firstChild; child !== null; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join('');
}

function offences(html: string): string[] {
  return findHostileMarkup(fragment(html), {
    forbiddenTags: null,
    allowedTags: [...ALLOWED_TAGS],
    allowedAttrs: [...ALLOWED_ATTR, 'target', 'rel'],
    bannedValueParts: ['__bump', 'javascript:', 'vbscript:', 'data:text', 'expression('],
  });
}

function extract(html: string): ExtractResult {
  const { window } = new JSDOM(html, { url: PAGE_URL });
  return extractArticle(window.document, { url: PAGE_URL, timeBudgetMs: TIME_BUDGET_MS });
}

function checkResultShape(result: ExtractResult): void {
  if (!result.isArticle) {
    expect(typeof result.reason).toBe('string');
    expect(result.message.length).toBeGreaterThan(0);
    return;
  }
  expect(typeof result.html).toBe('string');
  expect(typeof result.text).toBe('string');
  expect(Array.isArray(result.figures)).toBe(true);
  expect(Array.isArray(result.removed)).toBe(true);
  expect(Number.isFinite(result.wordCount)).toBe(true);
}

describe('extractArticle under generated hostile HTML', () => {
  it(
    'never throws, always answers, and its html is always sanitized',
    () => {
      let articles = 0;
      fc.assert(
        fc.property(pageArb, (html) => {
          const result = extract(html);
          checkResultShape(result);
          if (!result.isArticle) return;
          articles++;
          expect(offences(result.html)).toEqual([]);
          for (const figure of result.figures) expect(figure.src).toMatch(/^(https?:|data:image\/)/);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      // The property means something only if many generated pages do come out as articles.
      expect(articles).toBeGreaterThan(RUNS / 4);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'produces html the render-time sanitizer leaves unchanged in substance',
    () => {
      fc.assert(
        fc.property(pageArb, (html) => {
          const result = extract(html);
          if (!result.isArticle) return;
          const rendered = sanitizeArticleHtml(result.html, scratch as unknown as Window);
          expect(substance(rendered)).toBe(substance(result.html));
        }),
        { numRuns: Math.round(RUNS / 2), seed: SEED + 1 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'the sanitizer alone cleans raw generated markup and is idempotent',
    () => {
      fc.assert(
        fc.property(fc.array(nodeArb, { minLength: 1, maxLength: 10 }), (nodes) => {
          const once = sanitizeArticleHtml(nodes.join(''), scratch as unknown as Window);
          expect(offences(once)).toEqual([]);
          expect(sanitizeArticleHtml(once, scratch as unknown as Window)).toBe(once);
        }),
        { numRuns: RUNS * 2, seed: SEED + 2 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'survives nesting far past the browser parser limit without overflowing the stack',
    () => {
      const depth = 1_500;
      const html = `<!doctype html><body><article>${'<div><span>'.repeat(depth)}<p>${'Deep text here. '.repeat(30)}</p>${'</span></div>'.repeat(depth)}</article></body>`;
      const result = extract(html);
      // 'error' is what a thrown RangeError becomes: it must not count as surviving. Giving up on the
      // time budget is a named, honest answer; anything else must be the article with its text.
      if (!result.isArticle) {
        expect(result.reason).toBe('too-large');
        return;
      }
      expect(result.text).toContain('Deep text here.');
      expect(result.wordCount).toBeGreaterThanOrEqual(90);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
