// Turns the article's sanitized HTML into Markdown for "Copy as Markdown". Post-order walk with an
// explicit stack (no recursion): an article can be nested thousands of levels deep.
import { CREDIT_CLASS } from '../core/canonical-figure';
import { mathText } from '../core/output/mathml';

const MARKDOWN_SPECIAL = /[\\`*_[\]<]/g;
const WHITESPACE_RUN = /\s+/g;
const EXCESS_BLANK_LINES = /\n{3,}/g;
const TRAILING_SPACE = /[ \t]+\n/g;
const HEADING = /^h([1-6])$/;
const CELL_END = '\u0000';
const BLOCK_CONTAINERS = new Set(['div', 'section', 'article', 'details', 'dl', 'dd', 'dt', 'summary']);

interface Frame {
  /** null for the root fragment, which contributes only its children. */
  el: Element | null;
  parts: string[];
  next: ChildNode | null;
}

function escapeText(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

function block(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? '' : `\n\n${trimmed}\n\n`;
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first : line === '' ? rest.trimEnd() : rest) + line)
    .join('\n');
}

function listItem(el: Element, inner: string): string {
  const parent = el.parentElement;
  let marker = '-';
  if (parent?.localName === 'ol') {
    const start = Number(parent.getAttribute('start') ?? '1');
    let index = 0;
    for (let sib = el.previousElementSibling; sib !== null; sib = sib.previousElementSibling) {
      if (sib.localName === 'li') index += 1;
    }
    marker = `${(Number.isFinite(start) ? start : 1) + index}.`;
  }
  const body = inner.trim().replace(EXCESS_BLANK_LINES, '\n\n');
  return `${prefixLines(body, `${marker} `, ' '.repeat(marker.length + 1))}\n`;
}

function table(inner: string): string {
  const rows = inner
    .split('\n')
    .filter((line) => line.includes(CELL_END))
    .map((line) => line.split(CELL_END).slice(0, -1));
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((cells) => cells.length));
  const lines = rows.map((cells) => {
    const padded = [...cells, ...Array<string>(width - cells.length).fill('')];
    return `| ${padded.join(' | ')} |`;
  });
  lines.splice(1, 0, `|${' --- |'.repeat(width)}`);
  return block(lines.join('\n'));
}

function convert(el: Element, inner: string): string {
  const tag = el.localName;
  const heading = HEADING.exec(tag);
  if (heading) return block(`${'#'.repeat(Number(heading[1]))} ${inner.trim().replace(/\n+/g, ' ')}`);
  switch (tag) {
    case 'p':
      return block(inner);
    case 'br':
      return '  \n';
    case 'hr':
      return '\n\n---\n\n';
    case 'strong':
    case 'b':
      return inner.trim() === '' ? inner : `**${inner.trim()}**`;
    case 'em':
    case 'i':
      return inner.trim() === '' ? inner : `_${inner.trim()}_`;
    // The marks a browser draws around an inline quotation.
    case 'q':
      return `"${inner}"`;
    case 'del':
    case 's':
      return inner.trim() === '' ? inner : `~~${inner.trim()}~~`;
    case 'code':
      return `\`${el.textContent ?? ''}\``;
    case 'pre':
      return `\n\n\`\`\`\n${(el.textContent ?? '').replace(/\n$/, '')}\n\`\`\`\n\n`;
    case 'a': {
      const href = el.getAttribute('href');
      return href && inner.trim() !== '' ? `[${inner.trim()}](${href})` : inner;
    }
    case 'img': {
      const src = el.getAttribute('src');
      return src ? `![${escapeText(el.getAttribute('alt') ?? '')}](${src})` : '';
    }
    case 'figure':
      return block(inner);
    case 'figcaption':
      return inner.trim() === '' ? '' : `\n\n_${inner.trim()}_`;
    case 'small':
      return el.classList.contains(CREDIT_CLASS) ? `(${inner.trim()})` : inner;
    case 'blockquote':
      return block(prefixLines(inner.trim().replace(EXCESS_BLANK_LINES, '\n\n'), '> ', '> '));
    case 'ul':
    case 'ol':
      return block(inner);
    case 'li':
      return listItem(el, inner);
    case 'td':
    case 'th':
      return `${inner.trim().replace(/\|/g, '\\|').replace(/\n+/g, ' ')}${CELL_END}`;
    case 'tr':
      return `${inner.replace(/\n/g, '')}\n`;
    case 'table':
      return table(inner);
    case 'caption':
      return '';
    // Markdown has no ruby; its renderers pass the HTML through, so the readings stay over their
    // characters. The brackets are for renderers without ruby, which show the readings inline.
    // A formula in a line of its symbols, as the plain text reads it ("h = R/2 (1 − cos (π x)/6)"):
    // Markdown has no MathML, and its token elements run together as text.
    case 'math':
      return escapeText(mathText(el));
    case 'ruby':
      return `<ruby>${inner}</ruby>`;
    case 'rt':
      return `<rt>${inner.trim()}</rt>`;
    case 'rp':
      return '';
    default:
      return BLOCK_CONTAINERS.has(tag) ? block(inner) : inner;
  }
}

/** Markdown for a fragment of (already sanitized) article HTML. */
export function htmlToMarkdown(html: string, doc: Document): string {
  const template = doc.createElement('template');
  template.innerHTML = html;
  // Walked where it was parsed: moving a deep tree into another node recurses inside some DOMs (jsdom).
  return nodeToMarkdown(template.content);
}

/** Markdown for the children of `root`. */
export function nodeToMarkdown(root: ParentNode): string {
  const stack: Frame[] = [{ el: null, parts: [], next: root.firstChild }];
  let result = '';
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (child !== null) {
      frame.next = child.nextSibling;
      if (child.nodeType === 3) {
        const text = child.textContent ?? '';
        frame.parts.push(escapeText(text.replace(WHITESPACE_RUN, ' ')));
      } else if (child.nodeType === 1) {
        const el = child as Element;
        // pre and code read their own text verbatim, a formula its symbols: no need to descend.
        const leaf =
          el.localName === 'pre' ||
          el.localName === 'code' ||
          el.localName === 'img' ||
          el.localName === 'math';
        stack.push({ el, parts: [], next: leaf ? null : el.firstChild });
      }
      continue;
    }
    stack.pop();
    const out = frame.el === null ? frame.parts.join('') : convert(frame.el, frame.parts.join(''));
    const parent = stack[stack.length - 1];
    if (parent) parent.parts.push(out);
    else result = out;
  }
  return result
    .replace(TRAILING_SPACE, (m) => (m.startsWith('  ') ? '  \n' : '\n'))
    .replace(EXCESS_BLANK_LINES, '\n\n')
    .trim();
}
