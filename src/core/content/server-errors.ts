// Error messages the site's server printed into the page: PHP's "<b>Warning</b>:  … in
// <b>/www/…/classes.php</b> on line <b>407</b><br />", set wherever the failing template was
// writing, inside a list, a post or a sidebar box (trafilatura-dev: a travel blog with ten of them
// between its last paragraph and its categories; tests/fixtures/clutter-server-error-messages.html).
// They are the site's fault, not its text.

import { select } from '../dom/find';
import { preview } from '../dom/text';
import type { RemovedBlock } from '../types';

// PHP's levels as it prints them in bold before the colon.
const LEVEL_RE =
  /^(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards|(?:Catchable |Recoverable )?Fatal error|Parse error)$/;
// The rest of the message up to its line break: the file and the line number close it.
const MESSAGE_RE = /^:\s[\s\S]*\bin\s+\S+\s+on line\s+\d+\s*$/;
// A message runs a line; past this many nodes the bold word is not one.
const MAX_MESSAGE_NODES = 12;
const MAX_MESSAGE_CHARS = 1000;
const REASON = 'server error message';
const isLevelTag = (el: Element): boolean => el.localName === 'b' || el.localName === 'strong';

/** The nodes after `level` up to its line break, when they make one error message with it; else null. */
function messageAfter(level: Element): Node[] | null {
  const nodes: Node[] = [];
  let text = '';
  for (let n = level.nextSibling; n && nodes.length < MAX_MESSAGE_NODES; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === 'br') {
      nodes.push(n);
      break;
    }
    nodes.push(n);
    text += n.textContent ?? '';
    if (text.length > MAX_MESSAGE_CHARS) return null;
  }
  return MESSAGE_RE.test(text) ? nodes : null;
}

/**
 * Removes the server's error messages from the work copy before its text is weighed: ten of them in
 * a sidebar box made it look like prose. The first is listed as removed.
 */
export function removeServerErrors(root: Element): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const level of select(root, 'b, strong', isLevelTag)) {
    if (!level.parentNode || !LEVEL_RE.test((level.textContent ?? '').trim())) continue;
    const message = messageAfter(level);
    if (!message) continue;
    if (!removed.length) {
      const text = (level.textContent ?? '') + message.map((n) => n.textContent ?? '').join('');
      removed.push({ kind: 'other', text: preview(text), reason: REASON });
    }
    // The line break PHP sets before the message goes with it.
    let before = level.previousSibling;
    while (before?.nodeType === 3 && !before.textContent?.trim()) before = before.previousSibling;
    if (before?.nodeType === 1 && (before as Element).localName === 'br')
      before.parentNode?.removeChild(before);
    level.remove();
    for (const n of message) n.parentNode?.removeChild(n);
  }
  return removed;
}
