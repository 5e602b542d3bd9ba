// Who wrote a thread's post, and when, when the box that says so goes as clutter: XenForo-like forums
// set the writer's name only in the profile box beside the post (with the rank, the join date and the
// post count) and its time in a head of links (trafilatura-dev katzen-forum; fixture
// core-forum-thread-writer-names.html); a live blog stamps each update with its time and writer in a
// meta line named like a byline (fixture core-live-blog-post-times.html). Without them the thread
// reads as one text of nobody's, at no time. They stay as a line of their own over the post.

import { collapse, escapeRegExp } from '../dom/text';
import { SHOW_TEXT } from '../dom/walk';
import { postOf } from './thread-posts';

/** Marks the line: it is the post's, not an echo of the page's byline (author-echo.ts). */
export const POST_LINE_ATTR = 'data-folio-post-line';

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
// A time stamp is a date and a clock time at most ("Mar 12, 2024", "03-12-2024, 02:00 AM", "14:35");
// a longer text is a sentence about the time.
const MAX_STAMP_CHARS = 40;
// An element without <time> that holds the stamp is named for it ("<span class="date">").
const STAMP_CLASS_RE = /date|time|stamp/i;
const DIGIT_RE = /\d/;
const SEPARATOR = ' · ';

interface Part {
  text: string;
  isName: boolean;
}

function nameRank(el: Element): number {
  const cls = el.getAttribute('class') ?? '';
  if (el.getAttribute('itemprop') === 'name') return 0;
  if (USER_NAME_CLASS_RE.test(cls)) return 1;
  if (el.localName === 'a' && MEMBER_HREF_RE.test(el.getAttribute('href') ?? '')) return 2;
  if (NAME_CLASS_RE.test(cls) && !el.firstElementChild) return 3;
  return Number.POSITIVE_INFINITY;
}

function nameIn(box: Element): Element | null {
  let name: Element | null = null;
  let best = Number.POSITIVE_INFINITY;
  for (const el of box.querySelectorAll('[class], [itemprop="name"], a[href]')) {
    const rank = nameRank(el);
    if (rank >= best) continue;
    const text = collapse(el.textContent);
    if (!text || text.length > MAX_NAME_CHARS || !/\p{L}/u.test(text)) continue;
    name = el;
    best = rank;
    if (rank === 0) break;
  }
  return name;
}

/** The box's time stamp: its <time>, else the outermost element named for a date or time. */
function stampIn(box: Element): Element | null {
  const time = box.getElementsByTagName('time')[0];
  if (time) return isStamp(time) ? time : null;
  for (const el of box.querySelectorAll('[class]'))
    if (STAMP_CLASS_RE.test(el.getAttribute('class') ?? '') && isStamp(el)) return el;
  return null;
}

function isStamp(el: Element): boolean {
  const text = collapse(el.textContent);
  return text.length <= MAX_STAMP_CHARS && DIGIT_RE.test(text);
}

/** The text of `post` outside `box`, space-collapsed. */
function textBesides(post: Element, box: Element): string {
  const walker = post.ownerDocument.createTreeWalker(post, SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!box.contains(n)) out += n.nodeValue ?? '';
  return collapse(out);
}

const says = (text: string, whole: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(text)}(?![\\p{L}\\p{N}_])`, 'u').test(whole);

/**
 * The lines naming each post's writer and time, made as the boxes that name them go: one line per
 * post, over it, filled from every such box of the post in turn.
 */
export class PostLines {
  private readonly lines = new Map<Element, { line: Element; parts: Part[] }>();

  constructor(private readonly posts: ReadonlySet<Element>) {}

  /**
   * Keeps what `box`, about to go, says of who wrote its post and when, unless the post says it
   * elsewhere ("by NAME » date" in phpBB's post head).
   */
  keep(box: Element): void {
    const post = postOf(box, this.posts);
    if (!post) return;
    const entry = this.lines.get(post);
    const parts = entry?.parts ?? [];
    const found: { el: Element; isName: boolean }[] = [];
    if (!parts.some((p) => p.isName)) {
      const name = nameIn(box);
      if (name) found.push({ el: name, isName: true });
    }
    if (!parts.some((p) => !p.isName)) {
      const stamp = stampIn(box);
      if (stamp && !found.some((f) => f.el.contains(stamp) || stamp.contains(f.el)))
        found.push({ el: stamp, isName: false });
    }
    if (!found.length) return;
    const besides = textBesides(post, box);
    // In the box's own order: a live blog's "14:35 Tom Hale", a forum's name before its date.
    found.sort((a, b) => (a.el.compareDocumentPosition(b.el) & 4 ? -1 : 1));
    let added = false;
    for (const f of found) {
      const text = collapse(f.el.textContent);
      if (says(text, besides)) continue;
      parts.push({ text, isName: f.isName });
      added = true;
    }
    if (!added) return;
    const line = entry?.line ?? box.ownerDocument.createElement('p');
    if (!entry) {
      line.setAttribute(POST_LINE_ATTR, '');
      box.before(line);
      this.lines.set(post, { line, parts });
    }
    line.textContent = '';
    parts.forEach((part, i) => {
      if (i) line.append(SEPARATOR);
      if (!part.isName) line.append(part.text);
      else {
        const strong = box.ownerDocument.createElement('strong');
        strong.textContent = part.text;
        line.append(strong);
      }
    });
  }
}
