// A video the story embeds (a known host's player, ExtractOptions.embedHosts, or the page's own
// <video>) becomes a canonical figure that links to the video: its still, its caption, its credit
// (else the host's name). No player reaches the reader: a frame would run the host's script and
// trackers inside the article, so the reader shows a link and the host or the browser plays it.
// The work copy's players give way to stand-ins as it is made (the pipeline hands VideoStandIns'
// hook to dom/clone-for-extraction.ts; dom/ imports nothing from figures/). A video with a still
// stands as an <img> that prepare-figures.ts pairs with its caption and credit like any photo, then
// writes as a video; one without stands as its finished figure, captioned with its title or address.
// Fixtures figures-embedded-video.html, figures-video-element.html.
import {
  CAPTION_CLASS,
  CREDIT_CLASS,
  FIGURE_ATTR,
  figureCaption,
  figureCredit,
  isCanonicalFigure,
} from '../canonical-figure';
import { collapse } from '../dom/text';
import { closestBy, findElements, withTag } from '../dom/walk';
import type { VideoHost } from '../types';
import { splitCredit } from './split-credit';

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

function playerTitle(frame: Element, hostNames: ReadonlySet<string>): string {
  const title = collapse(frame.getAttribute('title') || frame.getAttribute('aria-label')).slice(
    0,
    MAX_TITLE_CHARS,
  );
  const words = title.toLowerCase().match(WORD_RE) ?? [];
  return words.every((w) => hostNames.has(w) || STOCK_TITLE_WORDS.has(w)) ? '' : title;
}

/** An embedded video: where it plays, what the player calls it, who serves it ('' for the page's own). */
export interface EmbeddedVideo {
  page: string;
  title: string;
  host: string;
}

// A <video>'s file: not a blob or data address, which only the page's script could play.
const PLAYABLE_RE = /^(?!blob:|data:|javascript:)\S/i;

function hostedVideo(
  frame: Element,
  hosts: readonly VideoHost[],
  hostNames: ReadonlySet<string>,
): (EmbeddedVideo & { still: string }) | null {
  const address = playerAddress(frame);
  if (!address) return null;
  for (const host of hosts) {
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
    return { page, title: playerTitle(frame, hostNames), host: host.name, still: host.still?.(m) ?? '' };
  }
  return null;
}

function ownVideo(
  video: Element,
  hostNames: ReadonlySet<string>,
): (EmbeddedVideo & { still: string }) | null {
  let page = (video.getAttribute('src') ?? '').trim();
  for (let c = video.firstElementChild; !page && c; c = c.nextElementSibling)
    if (c.localName === 'source') page = (c.getAttribute('src') ?? '').trim();
  if (!PLAYABLE_RE.test(page)) return null;
  const still = (video.getAttribute('poster') ?? '').trim();
  return {
    page,
    title: playerTitle(video, hostNames),
    host: '',
    still: PLAYABLE_RE.test(still) ? still : '',
  };
}

/** An address as a reader reads it: without the scheme and "www.". */
export const shownAddress = (url: string): string => url.replace(/^https?:\/\/(?:www\.)?/i, '');

// A file's address: its host, the folders it sits in, and its name.
const FILE_ADDRESS_RE = /^(?:https?:)?\/\/(?:www\.)?([^/?#]+)\/((?:[^/?#]*\/)*)([^/?#]+)/i;
const FILE_NAME_RE = /([^/?#]+)(?:[?#].*)?$/;

/**
 * A page's own video file as a reader reads it: its host and name ("player.video.example/…/file.mp4"),
 * without the folders a CDN nests it in or the signed query that lets it play
 * ("?loc=external&oauth2_token_id=…&signature=…", 170 characters on a magazine's page, and CDN paths
 * on four other publishers' pages: trafilatura-dev, fundus-dev, readability-pages).
 */
function shownFile(url: string): string {
  const m = FILE_ADDRESS_RE.exec(url);
  if (m) return `${m[1]}/${m[2] ? '…/' : ''}${m[3]}`;
  return FILE_NAME_RE.exec(url)?.[1] ?? url;
}

/**
 * How a video is named where no caption names it: its title, else its address; a hosted video's
 * whole (the query may hold its id: "/watch?v=…"), the page's own file's host and name.
 */
export const videoName = (v: EmbeddedVideo): string =>
  v.title || (v.host ? shownAddress(v.page) : shownFile(v.page));

/**
 * The work copy's players and what stands for each: the copy's frame hook (`standIn`), the stills
 * it made and the figures it made for videos with none, for prepare-figures.ts. The page never
 * marks either: they are known by identity.
 */
export class VideoStandIns {
  readonly stills = new Map<Element, EmbeddedVideo>();
  readonly figures: Element[] = [];
  private readonly hostNames: ReadonlySet<string>;

  /** `hosts`: the providers whose players become links; the page's own <video> always does. */
  constructor(private readonly hosts: readonly VideoHost[] = []) {
    this.hostNames = new Set(hosts.map((h) => h.name.toLowerCase()));
  }

  readonly standIn = (player: Element, doc: Document): Element | null => {
    const tag = player.localName;
    const found =
      tag === 'iframe'
        ? hostedVideo(player, this.hosts, this.hostNames)
        : tag === 'video'
          ? ownVideo(player, this.hostNames)
          : null;
    if (!found) return null;
    const { still, ...video } = found;
    if (!still) {
      const figure = buildVideoFigure(doc, video.page, videoName(video), video.host, null);
      this.figures.push(figure);
      return figure;
    }
    const img = doc.createElement('img');
    img.setAttribute('src', still);
    img.setAttribute('alt', video.title);
    const width = player.getAttribute('width');
    const height = player.getAttribute('height');
    if (width && height) {
      img.setAttribute('width', width);
      img.setAttribute('height', height);
    }
    this.stills.set(img, video);
    return img;
  };
}

/**
 * The canonical figure of a video: its still (when there is one) and its caption, each a link to
 * the video, then the credit. The caption links too, for a reader who turned images off.
 */
export function buildVideoFigure(
  doc: Document,
  page: string,
  caption: string,
  credit: string,
  still: Element | null,
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
    a.append(still);
    figure.append(a);
  }
  const span = doc.createElement('span');
  span.className = CAPTION_CLASS;
  const a = link();
  a.textContent = caption;
  span.append(a);
  const fc = doc.createElement('figcaption');
  fc.append(span);
  if (credit) {
    const small = doc.createElement('small');
    small.className = CREDIT_CLASS;
    small.textContent = credit;
    fc.append(doc.createTextNode(' '), small);
  }
  figure.append(fc);
  return figure;
}

// "… harbour wall on Tuesday. Video: Jane Roe": a photo's caption reader leaves a video's credit
// label alone (split-credit.ts drops "| Vídeo: EPV" after a photo's credit), a video's caption ends
// in it (fixture figures-video-element.html).
const VIDEO_CREDIT_RE =
  /(?:(?<=[.!?])\s+|\s*[|/·]\s*)(?:video|vídeo|vidéo|видео|відео|영상|動画|视频)\s*[:：]\s*([^:：]{2,80})$/i;

export function videoCredit(read: { caption: string; credit: string }): { caption: string; credit: string } {
  if (read.credit) return read;
  const m = VIDEO_CREDIT_RE.exec(read.caption);
  return m?.[1] ? { caption: read.caption.slice(0, m.index).trim(), credit: m[1].trim() } : read;
}

/**
 * A video or post with no still, made before figures are paired, may sit in a <figure> of the page
 * with the page's caption ("<figure class="wp-block-embed"><div><iframe …></div><figcaption>…",
 * "<figure class="block--type-video"><blockquote class="instagram-media">": trafilatura-dev). A
 * figure with no image of its own is no part of the story to the serializer, so it takes the page
 * figure's place, and the page's caption (its credit split off) is its own.
 */
export function adoptPageFigures(root: Element, figures: readonly Element[]): void {
  const doc = root.ownerDocument;
  for (const fig of figures) {
    const page = fig.parentElement && closestBy(fig.parentElement, isPageFigure);
    const link = figureCaption(fig)?.querySelector('a');
    const href = link?.getAttribute('href');
    if (!page || !root.contains(page) || !link || !href) continue;
    const caption = findElements(page, isFigcaption).find((el) => !fig.contains(el)) ?? null;
    // Only a box for the video and its caption: anything more is the page's own content.
    const rest =
      collapse(page.textContent).length -
      collapse(fig.textContent).length -
      collapse(caption?.textContent).length;
    if (rest > MAX_BOX_OTHER_CHARS) continue;
    const read = videoCredit(splitCredit(caption?.textContent ?? ''));
    const credit = read.credit || collapse(figureCredit(fig)?.textContent);
    page.replaceWith(buildVideoFigure(doc, href, read.caption || collapse(link.textContent), credit, null));
  }
}

// What a page's video box may hold besides the video and its caption: a label ("Video", "Anzeige").
const MAX_BOX_OTHER_CHARS = 40;
const isPageFigure = (el: Element): boolean => el.localName === 'figure' && !isCanonicalFigure(el);
const isFigcaption = withTag('figcaption');
