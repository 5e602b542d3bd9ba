// Rewrites the work copy's images into Folio's canonical figures (canonical-figure.ts) before content
// scoring: lazy images promoted (noscript-images.ts), placeholders and tracking pixels dropped
// (read-image.ts), each image's box found (photo-box.ts), its caption and credit read
// (caption-text.ts) and the figure written in its place (build-figure.ts); captions left without an
// image are removed and reported (orphan-captions.ts). Only ever called on the work copy.
import { FIGURE_ATTR, isCanonicalFigure, LINKED_FIGURE } from '../canonical-figure';
import type { Deadline } from '../dom/deadline';
import type { MarkupParser } from '../dom/parse-markup';
import { closestBy, closestTag } from '../dom/walk';
import type { PostHost, RemovedBlock } from '../types';
import { altCredit, attributeCaption } from './attribute-caption';
import { becomeFigure, buildFigure } from './build-figure';
import { readCaption, subjectFromAlt, titleCredit } from './caption-text';
import {
  promoteAmpImages,
  promoteBarePictures,
  promoteCustomImages,
  promoteLinkedPlaceholders,
} from './custom-element-images';
import { describedTargets } from './described-caption';
import { isFigureElement, isPageLink } from './element-roles';
import {
  adoptPageFigures,
  buildVideoFigure,
  type EmbeddedVideo,
  VIDEO_FIGURE,
  videoCredit,
  videoName,
} from './embedded-video';
import { creditGalleries } from './gallery-credit';
import { ImageCounts } from './image-counts';
import { promoteNoscripts } from './noscript-images';
import { removeOrphanCaptions } from './orphan-captions';
import { findGroup, type Group } from './photo-box';
import {
  type ImageInfo,
  isControlImage,
  isEmoticon,
  isEnlargeIcon,
  isFrontPageLogo,
  isIcon,
  isTextScaled,
  isWriterPhoto,
  readImage,
} from './read-image';
import { promoteSocialPosts } from './social-posts';
import { isWriterPortrait } from './writer-portrait';

// Pairing work per image is small but not constant; past this many images (stress pages with
// thousands) the rest are left as they are.
const MAX_IMAGES = 1500;
// A picture the page shows this often is its furniture, not a photo of the story: rating stars,
// smilies, flag sprites, a logo in every teaser (trafilatura-dev: a ski-jumping results table's
// flags, a plugin's rating stars, a forum's smilies; fixture figures-repeated-image-decoration.html).
// Two uses are still a photo: a lead photo shown again in the text, a thumbnail beside its slide.
// So is one shown three times with an alt text that describes it (fundus: a broadcaster's photo in
// the story, its teaser and its gallery; trafilatura-dev: a lifestyle blog's lead photo).
const MIN_DECORATION_USES = 3;
const MIN_DESCRIBING_ALT_WORDS = 3;
const ALT_WORD_RE = /\p{L}{2,}/gu;

const describes = (alt: string): boolean => (alt.match(ALT_WORD_RE)?.length ?? 0) >= MIN_DESCRIBING_ALT_WORDS;

/** What the page and the extraction's options tell figure preparation, each part optional. */
export interface FigureContext {
  /** Reads <noscript> fallbacks held as text (dom/parse-markup.ts). */
  parse?: MarkupParser | null;
  /** The writers the metadata names: their portraits are no photos of the story. */
  authors?: readonly string[];
  /** What the work copy made for its players (embedded-video.ts VideoStandIns): the stills to pair. */
  videos?: ReadonlyMap<Element, EmbeddedVideo>;
  /** ...and the figures it made whole. */
  stillless?: readonly Element[];
  /** Providers of embedded posts (ExtractOptions.embedHosts). */
  postHosts?: readonly PostHost[];
  /** Tracking services' image addresses (ExtractOptions.networks). */
  trackers?: RegExp;
}

const NO_VIDEOS: ReadonlyMap<Element, EmbeddedVideo> = new Map();

/** `deadline` (optional) is ticked in every loop that grows with the page. */
export function prepareFigures(
  root: Element,
  baseUrl: string,
  deadline?: Deadline,
  context: FigureContext = {},
): RemovedBlock[] {
  const {
    parse = null,
    authors = [],
    videos = NO_VIDEOS,
    stillless = [],
    postHosts = [],
    trackers,
  } = context;
  const removed: RemovedBlock[] = [];
  const doc = root.ownerDocument;
  promoteNoscripts(root, parse, deadline, trackers);
  promoteAmpImages(root, deadline);
  promoteBarePictures(root, deadline);
  promoteCustomImages(root, deadline);
  promoteLinkedPlaceholders(root, deadline);
  const posts = promoteSocialPosts(root, postHosts, deadline);
  const infos = new Map<Element, ImageInfo>();
  const kept = new Set<Element>();
  const imgs = Array.from(root.getElementsByTagName('img')).slice(0, MAX_IMAGES);
  for (const img of imgs) {
    deadline?.tick();
    const info = readImage(img, baseUrl, trackers);
    if (
      !info ||
      (!videos.has(img) && (isEnlargeIcon(img, info) || isControlImage(img) || isFrontPageLogo(img, baseUrl)))
    ) {
      img.remove();
      continue;
    }
    infos.set(img, info);
    kept.add(img);
  }
  const uses = new Map<string, number>();
  for (const [img, info] of infos) if (!videos.has(img)) uses.set(info.src, (uses.get(info.src) ?? 0) + 1);
  // <picture> sources are folded into the img's srcset; the elements themselves go.
  const counts = new ImageCounts(kept);
  const described = describedTargets(root, kept);
  for (const img of kept) {
    deadline?.tick();
    if (!root.contains(img) || closestBy(img, isCanonicalFigure)) continue;
    const info = infos.get(img)!;
    const video = videos.get(img);
    if (video) {
      makeVideoFigure(img, info, video, findGroup(img, root, counts, described), root, counts, baseUrl);
      kept.delete(img);
      continue;
    }
    const decoration =
      isIcon(info) ||
      isEmoticon(info) ||
      isTextScaled(img) ||
      ((uses.get(info.src) ?? 0) >= MIN_DECORATION_USES && !describes(info.alt));
    if (decoration && !closestBy(img, isFigureElement)) {
      // Left in the text, it shows the address its figure would have: read as the page reads it
      // (its <base>, its lazy attribute), not as the serializer would from the raw attribute.
      img.setAttribute('src', info.src);
      if (info.srcset) img.setAttribute('srcset', info.srcset);
      else img.removeAttribute('srcset');
      continue;
    }
    const group = findGroup(img, root, counts, described);
    if (isWriterPhoto(img, info.src)) {
      dropWriterPhoto(img, group);
      continue;
    }
    const read = subjectFromAlt(readCaption(group), info.alt);
    if (isWriterPortrait(img, info, `${read.caption} ${read.credit}`.trim(), authors)) {
      dropWriterPhoto(img, group);
      continue;
    }
    // Text beside the photo wins; the image's own attributes fill what it lacks.
    const attrs = read.caption && read.credit ? null : attributeCaption(img, counts);
    const caption = read.caption || attrs?.caption || '';
    const credit = read.credit || attrs?.credit || titleCredit(img) || altCredit(img);
    const linksAway = linksToAnotherPage(group.container);
    const made = placeFigure(group, buildFigure(doc, info, caption, credit), root, counts);
    if (linksAway) made.setAttribute(FIGURE_ATTR, LINKED_FIGURE);
    kept.delete(img);
  }
  adoptPageFigures(root, [...stillless, ...posts]);
  creditGalleries(root, deadline);
  removeOrphanCaptions(root, removed, deadline);
  return removed;
}

/**
 * A writer's photo goes with its caption, which is the writer's name or a line about them: the
 * byline says who wrote the story, and a bio under an avatar is no caption and no text of the story
 * (fixture figures-writer-photo.html). Not listed as removed: most sit in author boxes and comment
 * lists outside the story, and the list would fill with them.
 */
function dropWriterPhoto(img: Element, group: Group): void {
  for (const c of group.captions) c.remove();
  for (const c of group.credits) c.remove();
  // A link that only held the photo (to its full-size file) would be left empty.
  const link = closestTag(img, 'a');
  img.remove();
  if (link && !link.firstElementChild && !(link.textContent ?? '').trim()) link.remove();
}

/**
 * A video's still becomes its figure as a photo does, with the caption and credit beside it; with
 * none, the player's title (or the video's address) and the host's name stand in.
 */
function makeVideoFigure(
  still: Element,
  info: ImageInfo,
  video: EmbeddedVideo,
  group: Group,
  root: Element,
  counts: ImageCounts,
  baseUrl: string,
): void {
  const read = videoCredit(readCaption(group, true));
  still.setAttribute('src', info.src);
  still.removeAttribute('srcset');
  still.setAttribute('alt', video.title || read.caption || videoName(video));
  let page = video.page;
  try {
    page = new URL(video.page, baseUrl || undefined).href;
  } catch {
    // Left as the page wrote it: the serializer drops a link it cannot read.
  }
  const caption = read.caption || videoName(video);
  const copy = still.cloneNode() as Element;
  const figure = buildVideoFigure(root.ownerDocument, page, caption, read.credit || video.host, copy);
  // A page <figure> is rewritten in place, which marks it as a photo's.
  placeFigure(group, figure, root, counts).setAttribute(FIGURE_ATTR, VIDEO_FIGURE);
}

/** Puts `figure` where the group's box was, with the captions it took from outside the box. */
function placeFigure(group: Group, figure: Element, root: Element, counts: ImageCounts): Element {
  for (const o of group.outside) o.remove();
  // Gallery figures: captions outside this image's own box stay for the next image or are dropped.
  for (const c of group.captions) if (root.contains(c) && !group.container.contains(c)) c.remove();
  counts.release(group.container);
  const made = becomeFigure(group.container, figure);
  counts.addFigure(made);
  return made;
}

function linksToAnotherPage(box: Element): boolean {
  if (box.localName === 'a' && isPageLink(box)) return true;
  const links = box.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) if (isPageLink(links[i]!)) return true;
  return false;
}
