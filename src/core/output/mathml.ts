// A formula set in MathML (MathJax's assistive copy, LaTeXML's papers, hand-written pages) is
// written out as MathML, which both browsers draw: dropped, it left "The formula is , where …"
// (fixture core-output-mathml.html). Only presentation elements and their layout attributes pass;
// no element of MathML links or runs anything. The plain text reads the formula once, in a line.
import { collapse } from '../dom/text';

/**
 * Presentation MathML's elements that the reader's sanitizer also lets through (DOMPurify refuses
 * <semantics>, <none> and <mprescripts>: the first is written as its children, the others not).
 * `annotation`s (the TeX source, other encodings) are not drawn.
 */
export const MATH_TAGS = new Set([
  'math',
  'mrow',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'mspace',
  'msub',
  'msup',
  'msubsup',
  'mfrac',
  'msqrt',
  'mroot',
  'mstyle',
  'merror',
  'mpadded',
  'mphantom',
  'menclose',
  'munder',
  'mover',
  'munderover',
  'mtable',
  'mtr',
  'mtd',
  'mmultiscripts',
]);
/** What a formula carries besides what is drawn: written neither to the html nor the text. */
export const MATH_SOURCE_TAGS = new Set(['annotation', 'annotation-xml']);

export const MATH_ATTRS = [
  'display',
  'mathvariant',
  'displaystyle',
  'scriptlevel',
  'stretchy',
  'fence',
  'separator',
  'accent',
  'accentunder',
  'largeop',
  'movablelimits',
  'linethickness',
  'columnalign',
  'rowalign',
  'columnspan',
  'rowspan',
  'notation',
  'lspace',
  'rspace',
  'width',
  'height',
  'depth',
];
// Layout values are words, numbers and lengths ("bold", "2", "0.5em", "center left").
export const MATH_VALUE_RE = /^[\w .%-]{1,40}$/;

/** The element's layout attributes, written as ` name="value"`. */
export function mathAttrs(el: Element): string {
  let out = '';
  for (const name of MATH_ATTRS) {
    const v = el.getAttribute(name);
    if (v && MATH_VALUE_RE.test(v)) out += ` ${name}="${v}"`;
  }
  return out;
}

const TOKEN_TAGS = new Set(['mi', 'mn', 'mo', 'ms', 'mtext']);

/**
 * The formula as a line of the plain text, in the symbols it draws ("h = R/2 (1 − cos (π x)/6)"):
 * its TeX source, where a page keeps one, is a typesetter's ("{\displaystyle A\times B}").
 */
export const mathText = (math: Element): string => linear(math, 0);

// Deeper than this a hostile formula is read as its symbols in a row.
const MAX_MATH_DEPTH = 40;
const SCRIPT_MARKS: Record<string, string[]> = { msub: ['_'], msup: ['^'], msubsup: ['_', '^'] };

/** A formula's layout in a line: "A_0", "x^2", "(a + b)/2", "√x". */
function linear(el: Element, depth: number): string {
  const tag = el.localName;
  if (TOKEN_TAGS.has(tag)) return collapse(el.textContent);
  const parts: string[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (MATH_SOURCE_TAGS.has(c.localName)) continue;
    const part = depth < MAX_MATH_DEPTH ? linear(c, depth + 1) : collapse(c.textContent);
    if (part) parts.push(part);
  }
  const marks = SCRIPT_MARKS[tag];
  if (marks && parts.length === marks.length + 1)
    return parts[0] + marks.map((m, i) => m + grouped(parts[i + 1]!)).join('');
  if (tag === 'mfrac' && parts.length === 2) return `${grouped(parts[0]!)}/${grouped(parts[1]!)}`;
  if (tag === 'msqrt') return `√${grouped(parts.join(' '))}`;
  return parts.join(' ');
}

/** A part of several symbols in brackets, unless its own brackets already hold it whole. */
const grouped = (part: string): string => (part.includes(' ') && !bracketed(part) ? `(${part})` : part);

function bracketed(part: string): boolean {
  if (!part.startsWith('(') || !part.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < part.length; i++) {
    if (part[i] === '(') depth++;
    else if (part[i] === ')' && --depth === 0) return i === part.length - 1;
  }
  return false;
}
