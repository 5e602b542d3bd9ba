// A video the story embeds with a known host's player (figures/video-hosts.ts) becomes a canonical
// figure that links to the video on its host: its still when the host serves one, its title, the
// host's name as credit. The player itself never reaches the reader: a frame would run the host's
// script and trackers inside the article, so the reader shows a link and the host plays it.
// Made while the work copy is made, in place of the <iframe> the copiers leave out: the pipeline
// hands videoStandIn to dom/clone-for-extraction.ts as its frame hook (dom/ imports nothing from
// figures/); fixture figures-embedded-video.html.
import { CAPTION_CLASS, CREDIT_CLASS, FIGURE_ATTR } from '../canonical-figure';
import { collapse } from '../dom/text';
import { VIDEO_HOSTS } from './video-hosts';

/** FIGURE_ATTR's value on a figure that stands for an embedded video. */
export const VIDEO_FIGURE = 'video';
export const isVideoFigure = (el: Element): boolean => el.getAttribute(FIGURE_ATTR) === VIDEO_FIGURE;

// Where lazy loaders keep a player's address until the frame scrolls into view; `src` holds
// about:blank or nothing meanwhile.
const ADDRESS_ATTRS = ['src', 'data-src', 'data-lazy-src'];
const MAX_TITLE_CHARS = 300;
// Words of a player's stock title ("YouTube video player", "Embedded content from YouTube",
// "YouTube-Videoplayer", "vimeo-player"): a title of these and hosts' names names no video.
const STOCK_TITLE_WORDS = new Set([
  'video',
  'videos',
  'player',
  'videoplayer',
  'embed',
  'embedded',
  'content',
  'from',
  'iframe',
  'frame',
  'media',
]);
const WORD_RE = /[\p{L}\p{N}]+/gu;

function playerAddress(frame: Element): string {
  for (const name of ADDRESS_ATTRS) {
    const raw = (frame.getAttribute(name) ?? '').trim();
    if (!raw) continue;
    const url = raw.startsWith('//') ? `https:${raw}` : raw.replace(/^http:\/\//i, 'https://');
    if (url.startsWith('https://')) return url;
  }
  return '';
}

const HOST_NAMES = new Set(VIDEO_HOSTS.map((h) => h.name.toLowerCase()));

function videoTitle(frame: Element): string {
  const title = collapse(frame.getAttribute('title')).slice(0, MAX_TITLE_CHARS);
  const words = title.toLowerCase().match(WORD_RE) ?? [];
  return words.every((w) => HOST_NAMES.has(w) || STOCK_TITLE_WORDS.has(w)) ? '' : title;
}

/** The canonical figure for an embedded player of a known host, or null for any other frame. */
export function videoStandIn(frame: Element, doc: Document): Element | null {
  const address = playerAddress(frame);
  if (!address) return null;
  for (const host of VIDEO_HOSTS) {
    const m = host.player.exec(address);
    if (!m) continue;
    let params: URLSearchParams;
    try {
      params = new URL(address).searchParams;
    } catch {
      return null;
    }
    const page = host.page(m, params);
    if (!page) return null;
    return buildVideoFigure(doc, page, videoTitle(frame), host.name, host.still?.(m) ?? '');
  }
  return null;
}

function buildVideoFigure(
  doc: Document,
  page: string,
  title: string,
  hostName: string,
  still: string,
): Element {
  const figure = doc.createElement('figure');
  figure.setAttribute(FIGURE_ATTR, VIDEO_FIGURE);
  const link = () => {
    const a = doc.createElement('a');
    a.setAttribute('href', page);
    return a;
  };
  if (still) {
    const a = link();
    const img = doc.createElement('img');
    img.setAttribute('src', still);
    img.setAttribute('alt', title || hostName);
    a.append(img);
    figure.append(a);
  }
  // The caption leads to the video too, for a reader who turned images off and where the host
  // serves no still: its title, else its address.
  const caption = doc.createElement('span');
  caption.className = CAPTION_CLASS;
  const a = link();
  a.textContent = title || page.replace(/^https:\/\/(?:www\.)?/, '');
  caption.append(a);
  const credit = doc.createElement('small');
  credit.className = CREDIT_CLASS;
  credit.textContent = hostName;
  const fc = doc.createElement('figcaption');
  fc.append(caption, doc.createTextNode(' '), credit);
  figure.append(fc);
  return figure;
}
