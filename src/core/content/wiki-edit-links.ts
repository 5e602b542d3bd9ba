// A wiki's link to edit a section, set in the section's heading: "History[edit]", "Geschichte
// [Bearbeiten | Quelltext bearbeiten]" (readability-pages wikipedia; trafilatura-dev: an
// encyclopedia's page; fixture clutter-wiki-edit-links.html). It edits the wiki, not the reader's
// text, and glued to the heading it reads as part of it. It goes before the page is measured: left
// in, its links make the heading a block of links.

import { select } from '../dom/find';
import { preview, textOf } from '../dom/text';
import { closestBy, isHeadingTag } from '../dom/walk';
import type { RemovedBlock } from '../types';

// The words of the edit links of the large wikis' languages.
const EDIT_WORDS =
  '(?:edit(?: source)?|bearbeiten|quelltext bearbeiten|modifier(?: le code)?|editar(?: código)?|modifica(?: wikitesto)?|bewerken|brontekst bewerken|редактировать|править(?: код)?|edytuj(?: kod)?|編集|编辑|編輯|편집|düzenle|kaynağı değiştir)';
const EDIT_WORD_RE = new RegExp(`^${EDIT_WORDS}$`, 'i');
// The links in brackets, several set apart by bars: "[edit]", "[Bearbeiten | Quelltext bearbeiten]".
const EDIT_BOX_RE = new RegExp(`^\\[\\s*${EDIT_WORDS}(?:\\s*\\|\\s*${EDIT_WORDS})*\\s*\\]$`, 'i');
const REASON = 'edit link';
// An edit box is a few words; read no further.
const MAX_BOX_CHARS = 80;

const isHeadingLink = (el: Element): boolean =>
  el.localName === 'a' && !!el.parentElement && !!closestBy(el.parentElement, isHeadingTag);
const boxText = (el: Element): string => textOf(el, MAX_BOX_CHARS);

/** Takes the edit links and their brackets out of the headings under `root`; returns what went. */
export function removeEditLinks(root: Element): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const link of select(root, 'h1 a, h2 a, h3 a, h4 a, h5 a, h6 a', isHeadingLink)) {
    // Once its box went with an earlier link, a link is out of the page.
    if (!link.parentElement || !root.contains(link) || !EDIT_WORD_RE.test(boxText(link))) continue;
    // The box that holds the link and its brackets, inside the heading.
    let box: Element | null = link.parentElement;
    while (box && !isHeadingTag(box) && !EDIT_BOX_RE.test(boxText(box))) box = box.parentElement;
    if (!box || isHeadingTag(box)) continue;
    removed.push({ kind: 'navigation', text: preview(boxText(box)), reason: REASON });
    box.remove();
  }
  return removed;
}
