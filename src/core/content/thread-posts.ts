// A discussion thread's posts, when they make up the chosen content: a forum page is its posts.
// Each post is a short block of prose beside its writer's name, a linked title or a reply button,
// which is the shape of a teaser or a reader comment; the cleaner must not take a post away whole
// for it. The parts of a post (its writer's profile, its controls, its signature) are still judged
// one by one.

import type { Deadline } from '../dom/deadline';
import { textOf } from '../dom/text';
import { outsideName } from './class-signals';
import { rowKind } from './row-kind';
import { linkDensity, MIN_PARAGRAPH_CHARS, type Stats, saysProse } from './text-stats';

// A thread shows at least this many posts on a page (fixtures core-forum-thread-*: six).
const MIN_THREAD_POSTS = 3;
// The posts hold this share of the content's prose: the thread is the page, not a list beside it.
const THREAD_MIN_PARA_SHARE = 0.6;
// Each post says a line of its own at least, with few links.
const MAX_POST_LINK_DENSITY = 0.5;
// The wrapper of a post's text holds more than this share of its prose.
const POST_TEXT_SHARE = 0.5;
// Each post is stamped with its time; the stamp sits before the text or not far after it.
// A dot stands between hour and minute only with "Uhr" or "h" after them: "3.20" alone is a price.
const CLOCK_RE =
  /(?<![\d.,])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d.,]\d)|(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:uhr|h)\b)/i;
const MAX_TIME_SCAN_CHARS = 2000;
const SENTENCE_MARK_RE = /[.!?…。！？]/;
const MAX_STAMP_CHARS = 80;
// Children of one parent looked at; a longer list is not a page of posts.
const MAX_SCAN_CHILDREN = 300;

export interface Thread {
  posts: ReadonlySet<Element>;
  /** The posts and their ancestors up to the content's container: none of them goes whole. */
  holders: ReadonlySet<Element>;
}

/**
 * The posts of the thread that `container` holds: the largest set of sibling blocks of one kind,
 * each holding prose and something besides, that together hold most of the content's prose
 * and sit in no region named comments or related. Empty when there is no such thread.
 */
export function findThread(
  container: Element,
  stats: ReadonlyMap<Element, Stats>,
  deadline: Deadline,
): Thread {
  let total = 0;
  for (let c = container.firstElementChild; c; c = c.nextElementSibling) total += stats.get(c)?.para ?? 0;
  let best: Element[] = [];
  let bestPara = THREAD_MIN_PARA_SHARE * total;
  const stack: Element[] = [container];
  while (stack.length) {
    deadline.tick();
    const parent = stack.pop()!;
    if (parent !== container && outsideName(parent)) continue;
    const groups = new Map<string, Element[]>();
    let seen = 0;
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if ((stats.get(c)?.para ?? 0) > 0) stack.push(c);
      if (++seen > MAX_SCAN_CHILDREN) continue;
      if (!isPost(c, stats)) continue;
      const kind = rowKind(c);
      if (!kind) continue;
      const group = groups.get(kind);
      if (group) group.push(c);
      else groups.set(kind, [c]);
    }
    for (const group of groups.values()) {
      if (group.length < MIN_THREAD_POSTS) continue;
      const para = group.reduce((sum, el) => sum + (stats.get(el)?.para ?? 0), 0);
      if (para > bestPara && group.every((el) => showsTime(el, stats)) && writtenApart(group)) {
        best = group;
        bestPara = para;
      }
    }
  }
  // A thread opens with its first post: prose before it is a story, the posts its readers' comments.
  if (best.length && !best[0]!.contains(firstParagraph(container, stats))) best = [];
  const holders = new Set<Element>();
  for (const post of best) {
    for (let el: Element | null = post; el && el !== container && !holders.has(el); el = el.parentElement)
      holders.add(el);
    // The wrappers down to the post's text go no more than the post does: a post of one line is as
    // short as a teaser, its writer's name as linked as a headline.
    const para = stats.get(post)?.para ?? 0;
    for (let el: Element | null = post; el; ) {
      let inner: Element | null = null;
      for (let c: Element | null = el.firstElementChild; c && !inner; c = c.nextElementSibling)
        if ((stats.get(c)?.para ?? 0) > POST_TEXT_SHARE * para) inner = c;
      if (inner) holders.add(inner);
      el = inner;
    }
  }
  return { posts: new Set(best), holders };
}

/** `el` sits inside one of the thread's posts. */
export function inPost(el: Element, posts: ReadonlySet<Element>): boolean {
  return !!postOf(el, posts);
}

/** The thread's post that holds `el`, or null. */
export function postOf(el: Element, posts: ReadonlySet<Element>): Element | null {
  if (!posts.size) return null;
  for (let a = el.parentElement; a; a = a.parentElement) if (posts.has(a)) return a;
  return null;
}

/** The first element of `container`, in document order, that says a line of prose itself. */
function firstParagraph(container: Element, stats: ReadonlyMap<Element, Stats>): Element | null {
  const stack: Element[] = [];
  for (let c = container.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    const s = stats.get(el);
    // Nothing of prose below: the subtree is passed over whole.
    if (!s?.para) continue;
    // A breadcrumb ("Forum › Thread title") says no sentence; a story's lead does.
    if (saysProse(s) && SENTENCE_MARK_RE.test(textOf(el, MAX_TIME_SCAN_CHARS))) return el;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return null;
}

/**
 * The post shows when it was written: a <time>, or a clock time in its text ("Sat Nov 16, 2024 8:10
 * am", "11-16-2024, 08:15 AM"). The sections of a story split into boxes of one kind do not.
 */
function showsTime(el: Element, stats: ReadonlyMap<Element, Stats>): boolean {
  return (stats.get(el)?.times ?? 0) > 0 || CLOCK_RE.test(textOf(el, MAX_TIME_SCAN_CHARS));
}

/**
 * The posts were not all written at one moment: their first time stamps differ. A story set in
 * boxes of one kind, each dated the same day, is no thread (fixture core-content-split-sections.html).
 */
function writtenApart(posts: Element[]): boolean {
  const stamps = new Set<string>();
  for (const post of posts) {
    const time = post.getElementsByTagName('time')[0];
    stamps.add(
      time
        ? (time.getAttribute('datetime') ?? textOf(time, MAX_STAMP_CHARS))
        : (CLOCK_RE.exec(textOf(post, MAX_TIME_SCAN_CHARS))?.[0] ?? ''),
    );
    if (stamps.size > 1) return true;
  }
  return false;
}

/**
 * A block holding prose of its own and something besides (its writer's name, a date): not a
 * paragraph itself, nor a wrapper around one (a page builder's box around each <p>).
 */
function isPost(el: Element, stats: ReadonlyMap<Element, Stats>): boolean {
  const s = stats.get(el);
  return (
    !!s &&
    s.para >= MIN_PARAGRAPH_CHARS &&
    s.inline < MIN_PARAGRAPH_CHARS &&
    s.text > s.para &&
    linkDensity(s) <= MAX_POST_LINK_DENSITY &&
    !outsideName(el)
  );
}
