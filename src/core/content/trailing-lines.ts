// Lines set off by <br> at the end of a block of text: after the story's last line, the site's
// copyright notice or a photo credit in the same <div> or cell (scrapinghub-dev: a Korean culture
// site's "저작권자 ⓒ …, 무단전재 및 재배포금지" under its columnist's line, in a table layout; fixture
// clutter-trailing-br-lines.html). The clutter rules read whole elements, and these lines are none.

import { isCanonicalFigure } from '../canonical-figure';
import { collapse, isBlankText, isLineBreak, preview } from '../dom/text';
import { closestBy } from '../dom/walk';
import type { RemovedBlock } from '../types';
import { BOILERPLATE_MAX_CHARS } from './clutter-tests';
import { BOILERPLATE_RE, CREDIT_LINE_RE } from './phrases/site-info';
import { BLOCK_TAGS } from './text-stats';

// A line's nodes: past this many, the "line" is a run of markup, not a notice.
const MAX_LINE_NODES = 12;
// Trailing lines looked at per block: a notice and a credit, or two notices.
const MAX_TRAILING_LINES = 3;
// Blocks with line breaks looked at per page: a forum's thread has hundreds.
const MAX_BLOCKS = 200;

/** The last line of `block`'s own children: the nodes after the last <br>, blanks left out; null when none. */
export function lastLine(block: Element): Node[] | null {
  const nodes: Node[] = [];
  let n = block.lastChild;
  while (n && (isLineBreak(n) || isBlankText(n))) n = n.previousSibling;
  for (; n; n = n.previousSibling) {
    if (isLineBreak(n)) return nodes.length ? nodes.reverse() : null;
    if (nodes.length >= MAX_LINE_NODES) return null;
    // A block inside the line (a paragraph, a list) makes it no line of text.
    if (n.nodeType === 1 && BLOCK_TAGS.has((n as Element).localName)) return null;
    if (!isBlankText(n)) nodes.push(n);
  }
  return null;
}

/** Why the line goes, as the block rule that reads such a line says it; null: it stays. */
function notice(text: string): Pick<RemovedBlock, 'kind' | 'reason'> | null {
  if (!text || text.length > BOILERPLATE_MAX_CHARS) return null;
  if (BOILERPLATE_RE.test(text)) return { kind: 'other', reason: 'credits or legal boilerplate' };
  return CREDIT_LINE_RE.test(text) ? { kind: 'caption', reason: 'credit without image' } : null;
}

/**
 * Drops the notices at the end of each block of <br>-separated lines under `root`, listing each.
 * A figure's caption keeps its lines: a credit there is the photo's (figures/ splits it off).
 */
export function removeTrailingNotices(root: Element, removed: RemovedBlock[], maxRecords: number): void {
  const blocks = new Set<Element>();
  for (const br of root.getElementsByTagName('br')) {
    const block = br.parentElement;
    if (block && !blocks.has(block) && !closestBy(block, isCanonicalFigure)) blocks.add(block);
    if (blocks.size >= MAX_BLOCKS) break;
  }
  for (const block of blocks) {
    for (let i = 0; i < MAX_TRAILING_LINES; i++) {
      const line = lastLine(block);
      if (!line) break;
      const text = collapse(line.map((n) => n.textContent ?? '').join(''));
      const found = notice(text);
      if (!found) break;
      if (removed.length < maxRecords) removed.push({ ...found, text: preview(text) });
      for (const n of line) n.parentNode?.removeChild(n);
      // The breaks and blanks before the line go with it, so the story's last line ends the block.
      while (block.lastChild && (isLineBreak(block.lastChild) || isBlankText(block.lastChild)))
        block.removeChild(block.lastChild);
    }
  }
}
