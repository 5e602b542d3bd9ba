// Who wrote a thread's post, when the box that names them goes as clutter: XenForo-like forums set
// the writer's name only in the profile box beside the post (with the rank, the join date and the
// post count), so the thread would read as one text of nobody's (trafilatura-dev katzen-forum;
// fixture core-forum-thread-writer-names.html). The name stays as a line of its own over the post.

import { collapse, escapeRegExp } from '../dom/text';
import { SHOW_TEXT } from '../dom/walk';

// The name's own element, best first: microdata's name, a class naming a user's name, a link to
// the member's page, a leaf whose class names a poster or author ("<span class="author">"); a box
// named "author_information" holds the rank beside the name.
const USER_NAME_CLASS_RE = /user-?name|member-?name|poster-?name|author-?name/i;
const NAME_CLASS_RE = /poster|author|(?:^|[\s_-])name(?:$|[\s_-])/i;
// Member pages of the common forum engines ("/members/jane.12/", "member.php?uid=12",
// "memberlist.php?mode=viewprofile", "index.php?action=profile;u=12", "/u/jane", "/user/jane").
const MEMBER_HREF_RE =
  /\/members?\/|member\.php|memberlist\.php|[?&;]action=profile|\/u\/[^/]|\/users?\/|\/profile|\/benutzer\//i;
// A name is a word or a few; a longer text is a rank or a whole profile.
const MAX_NAME_CHARS = 40;

function nameRank(el: Element): number {
  const cls = el.getAttribute('class') ?? '';
  if (el.getAttribute('itemprop') === 'name') return 0;
  if (USER_NAME_CLASS_RE.test(cls)) return 1;
  if (el.localName === 'a' && MEMBER_HREF_RE.test(el.getAttribute('href') ?? '')) return 2;
  if (NAME_CLASS_RE.test(cls) && !el.firstElementChild) return 3;
  return Number.POSITIVE_INFINITY;
}

function nameIn(box: Element): string {
  let name = '';
  let best = Number.POSITIVE_INFINITY;
  for (const el of box.querySelectorAll('[class], [itemprop="name"], a[href]')) {
    const rank = nameRank(el);
    if (rank >= best) continue;
    const text = collapse(el.textContent);
    if (!text || text.length > MAX_NAME_CHARS || !/\p{L}/u.test(text)) continue;
    name = text;
    best = rank;
    if (rank === 0) break;
  }
  return name;
}

/** The text of `post` outside `box`, space-collapsed. */
function textBesides(post: Element, box: Element): string {
  const walker = post.ownerDocument.createTreeWalker(post, SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!box.contains(n)) out += n.nodeValue ?? '';
  return collapse(out);
}

/**
 * A line naming the writer of `post`, to stand where its profile `box` was; null when the box
 * names nobody or the post names its writer elsewhere ("by NAME » date" in phpBB's post head).
 */
export function postWriterLine(box: Element, post: Element): Element | null {
  const name = nameIn(box);
  if (!name) return null;
  const signed = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(name)}(?![\\p{L}\\p{N}_])`, 'u');
  if (signed.test(textBesides(post, box))) return null;
  const doc = box.ownerDocument;
  const line = doc.createElement('p');
  const strong = doc.createElement('strong');
  strong.textContent = name;
  line.append(strong);
  return line;
}
