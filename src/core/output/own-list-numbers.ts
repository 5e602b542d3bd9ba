// Numbered lists whose items carry their own numbers ("<ol><li>1. Check the timetable</li>…"): the
// browser numbers an <ol> itself, so the reader showed "1. 1. Check the timetable". The html leaves
// out each item's own number when all of them count exactly as the list does, so the list reads as
// the page shows it; the text keeps them, since it has no list markers of its own. Fixture
// core-list-own-numbers.html.

import { SHOW_TEXT } from '../dom/walk';

// "1. ", "2) ", "3.\u00a0": a number and its mark opening the item, with the space after it.
const OWN_NUMBER_RE = /^\s*(\d{1,4})[.)](?:\s+|$)/;
// Counting starts here unless the list says otherwise (start="…").
const DEFAULT_START = 1;
const MIN_ITEMS = 2;

/** The text nodes opening such list items, each with how many leading characters are its number. */
export function ownListNumbers(root: Element): Map<Node, number> {
  const cuts = new Map<Node, number>();
  const lists = root.getElementsByTagName('ol');
  for (let i = 0; i < lists.length; i++) {
    const ol = lists[i]!;
    // A reversed list counts down from a start the page may leave to the browser: not ours to match.
    if (ol.hasAttribute('reversed')) continue;
    const start = Number(ol.getAttribute('start') ?? DEFAULT_START);
    if (!Number.isInteger(start)) continue;
    const found: [Node, number][] = [];
    let n = 0;
    let all = true;
    for (let li = ol.firstElementChild; li; li = li.nextElementSibling) {
      if (li.localName !== 'li') continue;
      const first = firstText(li);
      const m = first ? OWN_NUMBER_RE.exec(first.nodeValue ?? '') : null;
      if (!first || !m || Number(m[1]) !== start + n) {
        all = false;
        break;
      }
      found.push([first, m[0].length]);
      n++;
    }
    if (all && n >= MIN_ITEMS) for (const [node, cut] of found) cuts.set(node, cut);
  }
  return cuts;
}

function firstText(li: Element): Node | null {
  const walker = li.ownerDocument.createTreeWalker(li, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if ((t.nodeValue ?? '').trim()) return t;
  return null;
}
