// Site menus (<nav>) leave the work copy as it is made, like scripts: a fifth of a news page's
// elements sit in them (scrapinghub-dev median 17%, mean 22%), and every later pass walked them
// only for the cleaner to drop them (classify-clutter: a <nav> in the content is navigation). Each
// goes out as an empty <nav> placeholder that keeps its place, so a menu inside the article is
// still listed under "Removed", previewed from the original kept beside the copy.
import { isUnshown } from './copy-rules';
import { textOf } from './text';
import { closestBy } from './walk';

// A <nav> with more text than this outside its links, and most of its text outside links, is
// prose rather than a menu (a page that wraps its whole layout in <nav>); it is copied for the
// content scorer and the cleaner to judge. Of the corpus's 749 menus, 90% hold under 70 such
// characters; the 15 over 500 are mega menus with labels and blurbs (webmd: 1,740 of 4,481, the
// rest links) and two site footers made of prose (readability-pages mozilla-1/-2: four fifths of
// their text outside links).
const MAX_MENU_PROSE_CHARS = 500;
const MIN_PROSE_SHARE = 2 / 3;

/** Placeholder in the work copy → the <nav> it stands for. */
export type SetAside = Map<Element, Element>;

const isNav = (el: Element): boolean => el.localName === 'nav';

/** Whether `el` (of the page or of the copy) is a menu to set aside. */
export function isMenu(el: Element): boolean {
  if (!isNav(el)) return false;
  // Inside a <nav> that was copied for its prose: copied as it is, so that nested <nav>s are judged
  // once, not each by a walk through the ones inside it (a hostile page nests thousands).
  if (el.parentElement && closestBy(el.parentElement, isNav)) return false;
  if (textChars(el, true, MAX_MENU_PROSE_CHARS) <= MAX_MENU_PROSE_CHARS) return true;
  return textChars(el, true) <= MIN_PROSE_SHARE * textChars(el, false);
}

/** The empty <nav> of `doc` that takes `menu`'s place in the copy. */
export function placeholderFor(menu: Element, doc: Document, setAside: SetAside): Element {
  const placeholder = doc.createElement('nav');
  setAside.set(placeholder, menu);
  return placeholder;
}

/** What a set-aside menu said, as readers saw it. */
export function menuText(menu: Element, limit: number): string {
  return textOf(menu, limit, isUnshown);
}

/** Characters of shown text, each text node trimmed (outside links, when `prose`), counted up to `limit`. */
function textChars(root: Element, prose: boolean, limit = Number.POSITIVE_INFINITY): number {
  let total = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      total += (n.nodeValue ?? '').trim().length;
      if (total > limit) return total;
      continue;
    }
    if (n.nodeType !== 1) continue;
    if (n !== root) {
      const tag = (n as Element).localName;
      if ((prose && tag === 'a') || isUnshown(n as Element)) continue;
    }
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return total;
}
