// A post the story embeds from a known host (ExtractOptions.embedHosts) comes as the host's
// box of links ("View this post on Instagram", "A post shared by …") that only the host's script
// turns into the post. Left as it is, the cleaner takes the box for navigation and the post is lost
// without a trace (trafilatura-dev: 15 posts on 11 pages). Each becomes a linked figure, as a video
// without a still is (embedded-video.ts): the post's own lines as caption, the host's name as credit.
// Fixture figures-social-post.html.
import type { Deadline } from '../dom/deadline';
import { collapse } from '../dom/text';
import type { PostHost } from '../types';
import { buildVideoFigure, shownAddress } from './embedded-video';

// A post's caption may run to a screen of hashtags; the link says enough at this length.
const MAX_CAPTION_CHARS = 280;
const LINE_SEPARATOR = ' — ';

function postLink(box: Element, post: RegExp): string {
  const links = box.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const href = (links[i]!.getAttribute('href') ?? '').trim();
    const m = post.exec(href);
    if (m) return m[0];
  }
  return '';
}

/** The post's lines: its caption, then who shared it (each in a <p> of the host's markup). */
function postLines(box: Element): string {
  const lines: string[] = [];
  const ps = box.getElementsByTagName('p');
  for (let i = 0; i < ps.length; i++) {
    const text = collapse(ps[i]!.textContent);
    if (text) lines.push(text);
  }
  const all = lines.join(LINE_SEPARATOR);
  return all.length > MAX_CAPTION_CHARS ? `${all.slice(0, MAX_CAPTION_CHARS - 1).trimEnd()}…` : all;
}

/** The figures made, for adopt-page-figures in embedded-video.ts. */
export function promoteSocialPosts(
  root: Element,
  hosts: readonly PostHost[],
  deadline?: Deadline,
): Element[] {
  const made: Element[] = [];
  const doc = root.ownerDocument;
  for (const box of Array.from(root.getElementsByTagName('blockquote'))) {
    deadline?.tick();
    const cls = box.getAttribute('class') ?? '';
    const host = cls && hosts.find((h) => h.box.test(cls));
    if (!host || !root.contains(box)) continue;
    const page = postLink(box, host.post);
    if (!page) continue;
    const caption = postLines(box) || shownAddress(page);
    const figure = buildVideoFigure(doc, page, caption, host.name, null);
    box.replaceWith(figure);
    made.push(figure);
  }
  return made;
}
