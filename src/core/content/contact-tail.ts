// The entries under a contact label: names, roles, phone numbers and e-mail addresses, one block
// each, until a heading or a paragraph of prose (tests/fixtures/clutter-contact-block.html).

import { hasText, textOf } from '../dom/text';
import { isHeading } from '../dom/walk';
import type { RemovedBlock } from '../types';
import { CONTACT_DATA_RE, CONTACT_LABEL_RE } from './phrases/contact';

// An entry with a phone or an address runs to a few lines (name, role, institute, phone, mail).
const CONTACT_ENTRY_MAX_CHARS = 300;
// A line without one is a name or a role ("Kathrin Klinkusch", "Pressesprecherin").
const CONTACT_NAME_MAX_CHARS = 60;
const SENTENCE_END_RE = /[.!?]\s*$/;
const MAX_ENTRIES = 12;

/** Whether the removed block was a contact label alone, whose entries follow it. */
export function isContactLabel(text: string): boolean {
  return CONTACT_LABEL_RE.test(text);
}

export function removeContactTail(
  start: Element | null,
  record: (kind: RemovedBlock['kind'], el: Element, reason: string) => void,
  keeps?: (el: Element) => boolean,
): void {
  let sib = start;
  for (let n = 0; sib && n < MAX_ENTRIES && !isHeading(sib) && !keeps?.(sib); n++) {
    const text = textOf(sib, CONTACT_ENTRY_MAX_CHARS + 1);
    const entry =
      !hasText(text) ||
      (text.length <= CONTACT_ENTRY_MAX_CHARS && CONTACT_DATA_RE.test(text)) ||
      (text.length <= CONTACT_NAME_MAX_CHARS && !SENTENCE_END_RE.test(text));
    if (!entry) return;
    const next: Element | null = sib.nextElementSibling;
    if (hasText(text)) record('other', sib, 'under a contact label');
    sib.remove();
    sib = next;
  }
}
