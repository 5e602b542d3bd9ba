// A thread's layout read as what it is: forums set their posts as the items of a numbered list and
// each post's text in a <blockquote> (vBulletin: `<ol id="posts"><li>…<blockquote
// class="postcontent">`), and stamp each post with a link to itself ("#2"). Shown as they are, the
// posts read as a numbered list of quotations (fixture core-forum-thread-split-posts.html).

import type { Thread } from './thread-posts';

const LAYOUT_TAGS = new Set(['ol', 'ul', 'li', 'blockquote']);
// A post's link to itself: "#2", "# 12".
const POST_NUMBER_RE = /^#\s?\d{1,6}$/;

/** The posts' links to themselves go; the thread's list and quote wrappers become plain boxes. */
export function plainThreadLayout(container: Element, thread: Thread): void {
  for (const post of thread.posts) {
    if (!container.contains(post)) continue;
    for (const a of Array.from(post.getElementsByTagName('a')))
      if (POST_NUMBER_RE.test((a.textContent ?? '').trim())) a.remove();
  }
  for (const el of thread.holders) {
    if (!LAYOUT_TAGS.has(el.localName) || !container.contains(el) || isQuoted(el, thread)) continue;
    const box = el.ownerDocument.createElement('div');
    while (el.firstChild) box.append(el.firstChild);
    el.replaceWith(box);
  }
}

// A post that is mostly a quote of another has that quote among the wrappers of its text: it stays
// a quote ("<blockquote class="bbcode_quote">", or any blockquote inside another in the post).
const QUOTE_CLASS_RE = /quote|zitat|citation|cita/i;

function isQuoted(el: Element, thread: Thread): boolean {
  if (el.localName !== 'blockquote') return false;
  if (QUOTE_CLASS_RE.test(el.getAttribute('class') ?? '')) return true;
  for (let a = el.parentElement; a && !thread.posts.has(a); a = a.parentElement)
    if (a.localName === 'blockquote') return true;
  return false;
}
