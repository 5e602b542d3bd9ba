// The reader's rendered article as blocks of plain text, each remembering which text node every
// character came from, so an offset in the text maps back to a DOM Range (for the highlight) and a
// click or selection maps to an offset. Inline markup (links, emphasis) stays inside one block's text,
// so it never splits a sentence. Uses only the nodes it is given: no global document.

import { mathText } from '../../core/output/mathml';

export interface TextPiece {
  /** null for a character the walk added (a space for <br>). */
  node: Text | null;
  start: number;
  length: number;
}

export interface TextBlock {
  /** What is spoken: the block's text, or the announcement for a code block or table. */
  text: string;
  element: Element;
  /** Empty for an announcement: the whole element is highlighted instead. */
  pieces: TextPiece[];
}

export interface BlockOptions {
  /** Read figure captions too (credits never). */
  captions: boolean;
  /** Said instead of reading a code block or table cell by cell. */
  announceCode: string;
  announceTable: string;
}

// Elements that start a new block (a paragraph for next/previous paragraph).
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'blockquote',
  'figcaption',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'ul',
  'ol',
  'dl',
  'figure',
  'hr',
  'details',
  'summary',
  'address',
]);
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'img',
  'picture',
  'video',
  'audio',
  'svg',
  'button',
  'iframe',
  // A ruby's reading over its characters (furigana): the voice reads the characters once.
  'rt',
  'rp',
]);
const CREDIT_CLASS = 'folio-credit';
// An embedded video's figure is a link to it, not a picture of the story: its caption, often the
// video's address, is not read even with captions on.
const VIDEO_CLASS = 'folio-video';
// Any whitespace becomes one space of the same length, so offsets still match the text nodes.
const ANY_SPACE = /\s/g;

const captionsPicture = (caption: Element): boolean =>
  !caption.parentElement || caption.parentElement.querySelector('img, picture, video') !== null;

export function collectBlocks(roots: readonly Element[], options: BlockOptions): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;

  const flush = () => {
    if (current && current.text.trim() !== '') blocks.push(current);
    current = null;
  };
  const open = (element: Element): TextBlock => {
    current ??= { text: '', element, pieces: [] };
    return current;
  };

  const walk = (node: Node, blockElement: Element) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data === '') return;
      const block = open(blockElement);
      block.pieces.push({ node: node as Text, start: block.text.length, length: data.length });
      block.text += data.replace(ANY_SPACE, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.localName;
    if (
      SKIPPED_TAGS.has(tag) ||
      element.hasAttribute('hidden') ||
      element.getAttribute('aria-hidden') === 'true'
    )
      return;
    if (element.classList.contains(CREDIT_CLASS) || element.classList.contains(VIDEO_CLASS)) return;
    // A quotation's or a table's caption (who said it, what the table shows) is read with it; a
    // picture's only with captions on.
    if (tag === 'figcaption' && !options.captions && captionsPicture(element)) return;
    if (tag === 'br') {
      const block = open(blockElement);
      block.pieces.push({ node: null, start: block.text.length, length: 1 });
      block.text += ' ';
      return;
    }
    // A formula is said as a line of its symbols ("h = R/2"), not as its token elements run together.
    if (tag === 'math') {
      const block = open(blockElement);
      const spoken = mathText(element);
      block.pieces.push({ node: null, start: block.text.length, length: spoken.length });
      block.text += spoken;
      return;
    }
    if (tag === 'pre' || tag === 'table') {
      flush();
      blocks.push({
        text: tag === 'pre' ? options.announceCode : options.announceTable,
        element,
        pieces: [],
      });
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    for (const child of Array.from(element.childNodes)) walk(child, isBlock ? element : blockElement);
    if (isBlock) flush();
  };

  for (const root of roots) {
    flush();
    walk(root, root);
    flush();
  }
  return blocks;
}

/** The text node and offset in it for a character offset in the block (end = true: an end point). */
export function pointAt(
  block: TextBlock,
  offset: number,
  end = false,
): { node: Text; offset: number } | null {
  const real = block.pieces.filter((piece): piece is TextPiece & { node: Text } => piece.node !== null);
  for (const piece of real) {
    const inside = end ? offset <= piece.start + piece.length : offset < piece.start + piece.length;
    if (offset >= piece.start && inside) return { node: piece.node, offset: offset - piece.start };
    // A gap (a <br>'s space) belongs to the next node's start.
    if (offset < piece.start) return { node: piece.node, offset: 0 };
  }
  const last = real[real.length - 1];
  return last ? { node: last.node, offset: last.node.data.length } : null;
}

/** The block offset of a point in the DOM (a click or a selection's start), or null if outside. */
export function offsetOf(block: TextBlock, node: Node, offset: number): number | null {
  for (const piece of block.pieces) {
    if (piece.node === node) return piece.start + Math.min(offset, piece.length);
  }
  if (node === block.element || block.element.contains(node)) return 0;
  return null;
}
