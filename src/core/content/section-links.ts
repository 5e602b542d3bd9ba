// A heading's link to itself, set beside its words: the "¶" of Sphinx and Python-Markdown, the "#"
// of static blog engines (readability-pages v8-blog), a docs theme's link holding a zero-width space
// or only an icon, the "¶" after a figure's caption (fixture clutter-section-links.html). It is there
// to copy the section's address, and glued to the heading it reads as a word of it ("Materials¶")
// and goes into the Markdown copy. Taken out before figures are read, so a caption loses it too.

import { select } from '../dom/find';
import { closestBy } from '../dom/walk';

// Where a theme sets such a link: headings, a figure's or a table's caption, a definition list's
// term (an API page's signature).
const LABEL_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'caption', 'dt']);
const LINK_SELECTOR = [...LABEL_TAGS].map((tag) => `${tag} a[href*="#"]`).join(', ');
// A mark, not a word: no letter or digit, a few characters at most ("¶", "#", "§", "🔗").
const WORDLIKE_RE = /[\p{L}\p{N}]/u;
const INVISIBLE_RE = /[\s\u200b-\u200d\u2060\ufeff]+/g;
const MAX_MARK_CHARS = 3;

const isLabel = (el: Element): boolean => LABEL_TAGS.has(el.localName);

/** The link goes to a place on this page: a bare fragment, or this page's address with one. */
function linksWithinPage(link: Element, pageUrl: string): boolean {
  const href = (link.getAttribute('href') ?? '').trim();
  if (href.startsWith('#')) return href.length > 1;
  const hash = href.indexOf('#');
  return hash > 0 && hash < href.length - 1 && !!pageUrl && href.slice(0, hash) === pageUrl.split('#')[0];
}

function isSectionLink(link: Element, pageUrl: string): boolean {
  if (!link.parentElement || !closestBy(link.parentElement, isLabel)) return false;
  if (!linksWithinPage(link, pageUrl) || link.getElementsByTagName('img').length) return false;
  const mark = (link.textContent ?? '').replace(INVISIBLE_RE, '');
  return [...mark].length <= MAX_MARK_CHARS && !WORDLIKE_RE.test(mark);
}

/**
 * Takes the section links out of the headings and captions under `root`. Not listed as removed:
 * a documentation page has one per heading, and the list would fill with pilcrows.
 */
export function removeSectionLinks(root: Element, pageUrl: string): void {
  for (const link of select(root, LINK_SELECTOR, (el) => el.localName === 'a')) {
    if (isSectionLink(link, pageUrl)) link.remove();
  }
}
