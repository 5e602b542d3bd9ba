// The writer's bio at the end of the article: a note on who wrote the story, not part of it. Every
// corpus's truth leaves it out (scrapinghub-dev: a space-policy weekly's "Jeff Foust (jeff@…) is the
// editor and publisher of …" under a rule, a games site's italic "NAME is IGN's deal curator …";
// fundus-dev: an op-ed's "NAME (*1958) war Direktorin …" under "Die Autorin"). Class names do not
// find it: it is a plain paragraph, or a box named for the post ("wp-block-post-author",
// "pp-multiple-authors-boxes"). What finds it is the name it opens with, one of the article's
// authors in full, in two shapes:
// - a line that opens with the name and goes on to say who the writer is ("NAME is a reporter …",
//   "NAME, doktor nauk …", "NAME (*1958) war …");
// - a box that ends the article: a line that is the name alone, and the bio under it ("Jane writes
//   about harbours …"), with an avatar and a label ("Written by") at most beside them.
// Fixtures: clutter-closing-bio-line.html, clutter-closing-bio-box.html.

import { collapse, hasText, preview, showsText } from '../dom/text';
import { isImg, SHOW_TEXT, someElement } from '../dom/walk';
import type { RemovedBlock } from '../types';
import { SEPARATOR_RE } from './closing-lines';
import { isMediaShown, lastShown, SILENT_TAGS } from './end-headings';
import { BLOCK_TAGS, hasBlockChild } from './text-stats';

// A bio is a sentence or three; a longer closing text is the story's own end.
const MIN_BIO_CHARS = 50;
const MAX_BIO_CHARS = 700;
// The box's text beside its name and bio: a label ("Written by", "About the author").
const MAX_BOX_LABEL_CHARS = 40;
// The story around a bio is as long as the bio at least: a short post under its writer's name is the
// post, not a bio (core-closing-bio.test.ts).
const MIN_STORY_SHARE = 1;
// Bios removed at most: one per writer of a story signed by a few.
const MAX_BIOS = 3;
// A name is a first name and a surname at least: one word alone is an agency, a desk or a nickname
// that may open any sentence ("NDR-Reporter konnten …").
const MIN_NAME_WORDS = 2;

// What may follow the name in a bio: a year or an address in brackets, then a comma or a word.
const AFTER_NAME_RE = /^(?:\s*\([^()]{0,80}\))?\s*(?:,|\p{L})/u;
// A line about several people's work on the story is a credit, not a bio ("NAME reported from
// Seoul, and …", "NAME and NAME contributed reporting"); a name with a colon is a speaker's line.
const NOT_BIO_RE =
  /^(?:\s*\([^()]{0,80}\))?\s*(?:and|und|et|y|e|i|og|och|en|&|with|mit|avec|con|contributed|contributing|reported|reporting)\b/i;
// A person's name and the verb that says who the person is, in the corpora's languages. Where the
// page names its writers, a line naming someone else is the story's (core-closing-bio.test.ts).
const NAME_IS_RE =
  /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]*){1,3}\s(?:is|was|has been|ist|war|est|es|è|é|jest|lebt|arbeitet|schreibt|writes|lives|works)\s/u;
// Italics and small print: how a note under the story is set.
const EMPHASIS_TAGS = new Set(['em', 'i', 'small', 'cite']);
const BIO_REASON = "writer's bio";

interface Line {
  nodes: Node[];
  text: string;
}

/** The last line of `root` a reader would see: a block, or a run after a <br>; null when none. */
function closingLine(root: Element): Line | null {
  let found: Line | null = null;
  let run: Node[] = [];
  const flush = () => {
    if (!run.length) return;
    const nodes = run.reverse();
    run = [];
    const text = collapse(nodes.map((n) => n.textContent ?? '').join(''));
    if (text) found = { nodes, text };
  };
  const visit = (el: Element): void => {
    for (let c = el.lastChild; c && !found; c = c.previousSibling) {
      if (c.nodeType === 3) {
        if (hasText(c.nodeValue ?? '')) run.push(c);
        continue;
      }
      if (c.nodeType !== 1) continue;
      const child = c as Element;
      const tag = child.localName;
      if (SILENT_TAGS.has(tag)) continue;
      if (tag === 'br' || tag === 'hr' || tag === 'figure' || tag === 'img') {
        flush();
        continue;
      }
      if (BLOCK_TAGS.has(tag) || hasBlockChild(child)) {
        flush();
        visit(child);
        flush();
        continue;
      }
      if (showsText(child)) run.push(child);
    }
  };
  visit(root);
  flush();
  return found;
}

const fold = (text: string): string => collapse(text).toLowerCase();

/** The writers' names as they are matched: folded, a first name and a surname at least. */
const writerNames = (authors: readonly string[]): string[] =>
  [...new Set(authors.map(fold))].filter((n) => n.split(' ').length >= MIN_NAME_WORDS);

/** The name of `authors` the text opens with, when it is one in full; else null. */
function openingName(text: string, names: readonly string[]): string | null {
  const folded = text.toLowerCase();
  for (const name of names) if (folded.startsWith(name)) return name;
  return null;
}

/** The text nodes of the line that show text, in order. */
function textNodes(line: Line): Text[] {
  const out: Text[] = [];
  const stack = [...line.nodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3 && hasText(n.nodeValue ?? '')) out.push(n as Text);
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

/** The inline elements around `node` up to its block, nearest first. */
function* inlineAncestors(node: Node, root: Element): Generator<Element> {
  for (let el = node.parentElement; el && el !== root && !BLOCK_TAGS.has(el.localName); el = el.parentElement)
    yield el;
}

/** The nearest thing shown before `node` in `root`, a sibling or an ancestor's; null at the start. */
function shownBefore(node: Node, root: Element): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    for (let p = n.previousSibling; p; p = p.previousSibling) {
      if (p.nodeType === 3 ? hasText(p.nodeValue ?? '') : p.nodeType === 1 && showsRule(p as Element))
        return p;
    }
  }
  return null;
}
const showsRule = (el: Element): boolean => el.localName === 'hr' || showsText(el, { orImage: true });

/**
 * Whether the line is set apart from the story as a note: in italics or small print, its name in
 * an element of its own (bold, a link to the writer's page), or under a rule. The story's own last
 * paragraph may open with its writer's name too ("Claudia Riedler hat die Werft besucht …", fixture
 * meta-byline-with-date-line.html), set as the paragraphs before it.
 */
function setApart(line: Line, name: string, root: Element): boolean {
  const texts = textNodes(line);
  const first = texts[0];
  if (!first) return false;
  if (isEmphasised(texts, root)) return true;
  if ([...inlineAncestors(first, root)].some((el) => fold(el.textContent ?? '') === name)) return true;
  const before = shownBefore(line.nodes[0]!, root);
  if (!before) return false;
  if (before.nodeType === 1 && (before as Element).localName === 'hr') return true;
  const text = collapse(before.textContent);
  return SEPARATOR_RE.test(text);
}

/** Whether every text of the line is in italics or small print. */
const isEmphasised = (texts: readonly Text[], root: Element): boolean =>
  texts.length > 0 &&
  texts.every((t) => [...inlineAncestors(t, root)].some((el) => EMPHASIS_TAGS.has(el.localName)));

/**
 * Whether a line is the bio of a writer, on a page that names none: in italics, opening with a name of
 * two to four capitalised words and a verb that says who the person is ("<em>Candice Sealey is the
 * Founder & Principal Consultant at …</em>", a guest post with no author in its metadata:
 * trafilatura-dev, a Caribbean business blog; fixture clutter-closing-bio-unnamed.html). Not right after
 * a photo: an italic line there is its caption ("Jane Roe is greeted at the quay").
 */
function isUnnamedBio(line: Line, root: Element): boolean {
  const { text } = line;
  if (text.length < MIN_BIO_CHARS || text.length > MAX_BIO_CHARS || !NAME_IS_RE.test(text)) return false;
  if (!isEmphasised(textNodes(line), root)) return false;
  const before = shownBefore(line.nodes[0]!, root);
  return !(before?.nodeType === 1 && isPhoto(before as Element));
}
const isPhoto = (el: Element): boolean => isImg(el) || el.localName === 'figure' || someElement(el, isImg);

/** Whether a line opens with a writer's name, goes on to say who the writer is, and is set apart. */
function isBioLine(line: Line, names: readonly string[], root: Element): boolean {
  const { text } = line;
  if (text.length < MIN_BIO_CHARS || text.length > MAX_BIO_CHARS) return false;
  const name = openingName(text, names);
  if (!name) return false;
  const rest = text.slice(name.length);
  return (
    /^[\s(,]/.test(rest) && AFTER_NAME_RE.test(rest) && !NOT_BIO_RE.test(rest) && setApart(line, name, root)
  );
}

// How far above the name's own line the box may sit (a name in a div in a column in the box).
const MAX_BOX_DEPTH = 4;

/** The element that is the name's line: the name's text, alone in a block or before a break. */
function nameLine(text: Text, root: Element): Element | null {
  let el = text.parentElement;
  const name = collapse(text.nodeValue);
  while (el && el !== root && el.parentElement && collapse(el.parentElement.textContent) === name)
    el = el.parentElement;
  if (!el || el === root) return null;
  if (BLOCK_TAGS.has(el.localName)) return el;
  let next = el.nextSibling;
  while (next && next.nodeType === 3 && !hasText(next.nodeValue ?? '')) next = next.nextSibling;
  const after = next?.nodeType === 1 ? (next as Element).localName : '';
  return after === 'br' || BLOCK_TAGS.has(after) ? el : null;
}

/**
 * The boxes under `root` that hold a writer's name on a line of its own and a bio beside it: found
 * before the cleaner runs, because it takes a name set as a link for a menu item. Whether one ends
 * the article is removeClosingBios's to judge once the clutter after it is gone.
 */
export function findBioBoxes(root: Element, authors: readonly string[]): Set<Element> {
  const boxes = new Set<Element>();
  const names = writerNames(authors);
  if (!names.length) return boxes;
  const longest = Math.max(...names.map((n) => n.length));
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const value = n.nodeValue ?? '';
    if (value.length > longest * 2 + 20 || !names.includes(fold(value))) continue;
    const line = nameLine(n as Text, root);
    let box = line?.parentElement ?? null;
    for (let depth = 0; box && box !== root && depth < MAX_BOX_DEPTH; depth++, box = box.parentElement) {
      const text = collapse(box.textContent);
      if (text.length > MAX_BOX_LABEL_CHARS + longest + MAX_BIO_CHARS) break;
      const at = fold(text).indexOf(fold(value));
      if (at > MAX_BOX_LABEL_CHARS) break;
      if (text.length - at - collapse(value).length >= MIN_BIO_CHARS) {
        boxes.add(box);
        break;
      }
    }
  }
  return boxes;
}

/** Removes `nodes`, and the wrappers around them that are left without text or image. */
function removeWithWrappers(root: Element, nodes: readonly Node[]): void {
  const parents = new Set<Element>();
  for (const n of nodes) {
    if (n.parentElement) parents.add(n.parentElement);
    n.parentNode?.removeChild(n);
  }
  for (let el of parents) {
    while (el !== root && root.contains(el) && !showsText(el, { orImage: true })) {
      const up = el.parentElement;
      el.remove();
      if (!up) break;
      el = up;
    }
  }
}

const isRuleOrMedia = (el: Element): boolean => el.localName === 'hr' || isMediaShown(el);

/** The rule (<hr>) that ends `root`, with nothing shown after it; else null. */
function closingRule(root: Element): Element | null {
  const last = lastShown(root, isRuleOrMedia);
  return last?.nodeType === 1 && (last as Element).localName === 'hr' ? (last as Element) : null;
}

/** Drops the writers' bios that end the article, listing each, and the rule that set them apart. */
export function removeClosingBios(
  root: Element,
  authors: readonly string[],
  boxes: ReadonlySet<Element>,
  removed: RemovedBlock[],
  maxRecords: number,
): void {
  const names = writerNames(authors);
  let found = 0;
  while (found < MAX_BIOS) {
    const line = closingLine(root);
    const last = line?.nodes[0];
    if (!line || !last) break;
    const box = [...boxes].find((b) => root.contains(b) && b.contains(last));
    const bio = names.length ? isBioLine(line, names, root) : isUnnamedBio(line, root);
    if (!box && !bio) break;
    const text = box ? collapse(box.textContent) : line.text;
    if (collapse(root.textContent).length - text.length < MIN_STORY_SHARE * text.length) break;
    if (removed.length < maxRecords)
      removed.push({ kind: 'byline', text: preview(text), reason: BIO_REASON });
    removeWithWrappers(root, box ? [box] : line.nodes);
    found++;
  }
  for (let rule = found ? closingRule(root) : null; rule; rule = closingRule(root)) rule.remove();
}
