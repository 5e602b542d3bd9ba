// The text's first line: its words up to the first line break or block boundary, figures left out.
// A page that sets its headline in bold print instead of a heading opens its text with it, and the
// line tells which part of the <title> is the headline (extract-article.ts; fixture
// meta-title-opening-line.html).

import { collapse, isCode } from '../dom/text';
import { BLOCK_TAGS } from './text-stats';

// A longer first line is a paragraph, no headline.
const MAX_LINE_CHARS = 300;

interface Line {
  text: string;
  long: boolean;
}

/** Appends `el`'s text to `line` until a break; true once the line is complete. */
function readInto(el: Element, line: Line): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      line.text += c.nodeValue ?? '';
      if (line.text.length > MAX_LINE_CHARS) {
        line.long = true;
        return true;
      }
      continue;
    }
    if (c.nodeType !== 1) continue;
    const tag = (c as Element).localName;
    // A figure's caption is no line of the text; code is never shown.
    if (tag === 'figure' || tag === 'noscript' || isCode(c as Element)) continue;
    const started = line.text.trim() !== '';
    const block = BLOCK_TAGS.has(tag);
    if (started && (block || tag === 'br')) return true;
    if (readInto(c as Element, line)) return true;
    // A block that held the first words ends the line.
    if (block && line.text.trim()) return true;
  }
  return false;
}

/** The first line of text under `root`, collapsed; '' when it runs longer than a headline. */
export function openingLine(root: Element): string {
  const line: Line = { text: '', long: false };
  readInto(root, line);
  return line.long ? '' : collapse(line.text);
}
