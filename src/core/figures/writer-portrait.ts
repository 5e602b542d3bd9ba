// A writer's portrait that neither its file nor its markup names so: a small photo beside the line
// that names the story's writer ("Christoph Hein / Chefredakteur" next to an 80 px square, a fishing
// magazine in trafilatura-dev). It goes with the byline, as the named ones do (read-image.ts).
import { isAuthorLine } from '../content/author-echo';
import { textOf } from '../dom/text';
import type { ImageInfo } from './read-image';

// Declared at most this on both sides (px): an avatar or a byline portrait (WordPress sets its
// avatars at 96 px and its thumbnails at 150; the magazine above at 80). A photo of the story that
// the writer took and is credited for is set larger (readability-pages engadget, ehow; fixture
// figures-writer-photo-beside-byline.html).
const MAX_PORTRAIT_SIDE = 150;
// How far up from the image the line beside it is looked for: the image's own column in a byline row.
const MAX_BOX_LEVELS = 3;
// A line beside the photo longer than this is text, not a name and a role.
const MAX_LINE_CHARS = 200;

/** The text of the first element after the image or one of its boxes: the name beside a portrait. */
function lineBeside(img: Element): string {
  let el: Element | null = img;
  for (let level = 0; el && level < MAX_BOX_LEVELS; level++, el = el.parentElement) {
    const next = el.nextElementSibling;
    if (next) return textOf(next, MAX_LINE_CHARS + 1);
  }
  return '';
}

/**
 * `said`: the caption and credit read for the image. A small photo is the writer's when what it says,
 * or else the line beside it, names only the writers (and a role: "Chefredakteur").
 */
export function isWriterPortrait(
  img: Element,
  info: ImageInfo,
  said: string,
  authors: readonly string[],
): boolean {
  if (!authors.length) return false;
  const w = Number(info.width);
  const h = Number(info.height);
  if (!(w > 0 && h > 0 && w <= MAX_PORTRAIT_SIDE && h <= MAX_PORTRAIT_SIDE)) return false;
  return isAuthorLine(said || lineBeside(img), authors);
}
