// Second line of defence for everything the popup and the reader view render. The engine's serializer
// already emits allowlisted HTML; this runs again at render time, in the privileged extension page,
// because a single bug upstream would otherwise hand page-controlled markup extension privileges.

import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { CAPTION_CLASS, CREDIT_CLASS, FIGURE_ATTR, VIDEO_CLASS } from '../core/canonical-figure';
import { parseSrcset } from '../core/dom/url';
import { MATH_ATTRS, MATH_TAGS, MATH_VALUE_RE } from '../core/output/mathml';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

/** Elements an article body may contain (tests/fixtures/hostile-article.html lists what may not). */
export const ALLOWED_TAGS: readonly string[] = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'q',
  'cite',
  'pre',
  'code',
  'kbd',
  'samp',
  'var',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'del',
  'ins',
  'mark',
  'small',
  'sub',
  'sup',
  'abbr',
  'time',
  'span',
  'div',
  'section',
  'article',
  'details',
  'summary',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'caption',
  'colgroup',
  'col',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'wbr',
  'bdi',
  'bdo',
  'ruby',
  'rt',
  'rp',
  // Formulas, as presentation MathML (core/output/mathml.ts).
  ...MATH_TAGS,
];

/** Attributes kept; URLs and classes get a stricter check in the hook below. */
export const ALLOWED_ATTR: readonly string[] = [
  'href',
  'src',
  'srcset',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'datetime',
  'lang',
  'dir',
  'class',
  'start',
  'reversed',
  'value',
  'open',
  FIGURE_ATTR,
  // A block's number for the reader's "Remove" (site fixes): digits only, checked below.
  'data-folio-block',
  ...MATH_ATTRS.filter((name) => name !== 'width' && name !== 'height'),
];

/** The only classes the reader's stylesheet knows; any other class is the page's and is dropped. */
export const ALLOWED_CLASSES: ReadonlySet<string> = new Set([CAPTION_CLASS, CREDIT_CLASS, VIDEO_CLASS]);

// Text content of these is dropped together with the element: a removed <button>'s "Subscribe" or a
// <select>'s options would otherwise be left as loose words in the article.
const EXTRA_FORBID_CONTENTS = [
  'object',
  'embed',
  'applet',
  'frameset',
  'frame',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'canvas',
  'dialog',
  'portal',
];

const CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTR],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  ADD_FORBID_CONTENTS: EXTRA_FORBID_CONTENTS,
  // HTML, and MathML for formulas; never SVG. The mutation-XSS tricks of MathML live in elements
  // the allowlist leaves out (mglyph, malignmark, annotation-xml, style), and the result is a DOM
  // fragment that is never serialized and parsed again.
  ALLOWED_NAMESPACES: [HTML_NS, MATHML_NS],
  WHOLE_DOCUMENT: false,
  RETURN_DOM: false,
  // Nodes, not a string: the view appends them, so nothing ever assigns markup (store review).
  RETURN_DOM_FRAGMENT: true,
};

const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset']);
const NUMBER = /^\d{1,5}$/;
// Attributes with a fixed vocabulary or shape: anything else in them is page junk or a payload
// (tests/unit/hostile-fuzz.test.ts puts markup in width="").
const ATTRIBUTE_VALUES: Record<string, RegExp> = {
  width: NUMBER,
  height: NUMBER,
  colspan: NUMBER,
  rowspan: NUMBER,
  start: /^-?\d{1,6}$/,
  'data-folio-block': /^\d{1,5}$/,
  value: /^-?\d{1,6}$/,
  dir: /^(?:ltr|rtl|auto)$/i,
  lang: /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/i,
  scope: /^(?:row|col|rowgroup|colgroup)$/i,
  datetime: /^[\d:TZ.+ -]{4,40}$/i,
  ...Object.fromEntries(
    MATH_ATTRS.filter((name) => name !== 'width' && name !== 'height').map((name) => [name, MATH_VALUE_RE]),
  ),
};
const BOOLEAN_ATTRIBUTES = new Set(['reversed', 'open', FIGURE_ATTR]);
const LINK_REL = 'noopener noreferrer';
// Whitespace, control and invisible characters: browsers strip some of them before reading the
// scheme ("jav&#x09;ascript:" is javascript:), so a URL holding any of them is refused outright.
const URL_IGNORED_CHARS = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/;
const HTTP_SCHEME = /^https?:\/\//i;
// Raster formats only: an SVG data URL is a document that could carry script if ever opened.
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|x-icon);base64,[a-z0-9+/=\s]*$/i;
const SRCSET_DESCRIPTOR = /^\d+(?:\.\d+)?[wx]$/;
const WHITESPACE = /\s+/;
const TAG_OR_COMMENT = /<[^>]*>?/g;

/** An absolute http(s) URL with a host, re-serialized, or null. */
export function safeHttpUrl(value: string): string | null {
  const compact = value.trim();
  // A URL the serializer wrote has no raw whitespace or control characters; one that does is either
  // broken or an obfuscation attempt, and browsers disagree on how to read it.
  if (URL_IGNORED_CHARS.test(compact)) return null;
  if (!HTTP_SCHEME.test(compact)) return null;
  try {
    const url = new URL(compact);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
    return url.href;
  } catch {
    return null;
  }
}

/** An http(s) URL or a base64 raster data image, or null. */
export function safeImageUrl(value: string): string | null {
  const compact = value.trim();
  if (DATA_IMAGE.test(compact)) return compact;
  return safeHttpUrl(compact);
}

/** A srcset whose every candidate is an absolute http(s) URL with a valid descriptor, or null. */
export function safeSrcset(value: string): string | null {
  const candidates: string[] = [];
  // Read as the engine and browsers read it: a comma inside a URL stays in it (issue 10).
  for (const { url, descriptor } of parseSrcset(value)) {
    const safe = safeHttpUrl(url);
    if (safe === null) return null;
    if (descriptor !== '' && !SRCSET_DESCRIPTOR.test(descriptor)) return null;
    candidates.push(descriptor === '' ? safe : `${safe} ${descriptor}`);
  }
  return candidates.length > 0 ? candidates.join(', ') : null;
}

function safeUrlAttribute(tag: string, name: string, value: string): string | null {
  if (name === 'href') return tag === 'a' ? safeHttpUrl(value) : null;
  if (name === 'src') return tag === 'img' ? safeImageUrl(value) : null;
  if (name === 'srcset') return tag === 'img' ? safeSrcset(value) : null;
  return null;
}

function allowedClasses(value: string): string {
  return value
    .split(WHITESPACE)
    .filter((token) => ALLOWED_CLASSES.has(token))
    .join(' ');
}

const instances = new WeakMap<object, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  const existing = instances.get(win);
  if (existing) return existing;
  const purify = createDOMPurify(win as unknown as WindowLike);
  purify.addHook('uponSanitizeAttribute', (node, event) => {
    const name = event.attrName;
    const tag = node.nodeName.toLowerCase();
    if (URL_ATTRIBUTES.has(name)) {
      const safe = safeUrlAttribute(tag, name, event.attrValue);
      if (safe === null) {
        event.keepAttr = false;
        return;
      }
      event.attrValue = safe;
    } else if (BOOLEAN_ATTRIBUTES.has(name)) {
      event.attrValue = '';
    } else if (ATTRIBUTE_VALUES[name] && !ATTRIBUTE_VALUES[name].test(event.attrValue.trim())) {
      event.keepAttr = false;
    } else if (name === 'class') {
      const kept = allowedClasses(event.attrValue);
      if (kept === '') event.keepAttr = false;
      else event.attrValue = kept;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName.toLowerCase() === 'a' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', LINK_REL);
    }
  });
  instances.set(win, purify);
  return purify;
}

/** Plain-text fallback, used only when the environment cannot sanitize: shows words, never markup. */
function textOnly(html: string, doc: Document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const text = html.replace(TAG_OR_COMMENT, ' ').replace(/\s+/g, ' ').trim();
  if (text !== '') {
    const paragraph = doc.createElement('p');
    paragraph.textContent = text;
    fragment.append(paragraph);
  }
  return fragment;
}

/**
 * Walks the sanitized result once more and says whether anything outside the allowlist survived.
 * DOMPurify silently passes markup through in environments it does not support (happy-dom), so the
 * result is checked rather than trusted. Iterative: the article may be nested thousands deep.
 */
function conformsToAllowlist(root: Node): boolean {
  const allowedTags = new Set(ALLOWED_TAGS);
  const allowedAttrs = new Set([...ALLOWED_ATTR, 'target', 'rel']);
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) continue;
      if (child.nodeType !== 1) return false;
      const el = child as Element;
      const tag = el.localName;
      if (el.namespaceURI === MATHML_NS ? !MATH_TAGS.has(tag) : el.namespaceURI !== HTML_NS) return false;
      if (!allowedTags.has(tag)) return false;
      for (const attr of Array.from(el.attributes)) {
        // DOMPurify empties `is` instead of removing it; an empty `is` names no custom element.
        if (attr.name === 'is' && attr.value === '') continue;
        if (!allowedAttrs.has(attr.name)) return false;
        if (URL_ATTRIBUTES.has(attr.name) && safeUrlAttribute(tag, attr.name, attr.value) === null)
          return false;
      }
      stack.push(el);
    }
  }
  return true;
}

/**
 * Sanitizes article HTML into nodes of `win`'s document (the popup's or the page's), ready to append.
 * Allowlist only: text structure, tables, figures, http(s) links (opened in a new tab without opener
 * or referrer) and http(s)/raster-data images. Everything else is dropped; never throws.
 */
export function sanitizeArticleFragment(html: string, win: Window): DocumentFragment {
  const doc = win.document;
  if (typeof html !== 'string' || html === '') return doc.createDocumentFragment();
  try {
    const purify = purifierFor(win);
    if (!purify.isSupported) return textOnly(html, doc);
    const clean = purify.sanitize(html, CONFIG) as unknown as DocumentFragment;
    return conformsToAllowlist(clean) ? clean : textOnly(html, doc);
  } catch {
    return textOnly(html, doc);
  }
}

/** The same, as markup (tests and callers that need a string; the views append the fragment). */
export function sanitizeArticleHtml(html: string, win: Window): string {
  const box = win.document.createElement('div');
  box.append(sanitizeArticleFragment(html, win));
  return box.innerHTML;
}
