// Text of media players and gallery teasers that sits where a caption would: a running time, a
// date, a picture count, "Click to play". It describes the player or the gallery, never the photo,
// so it is neither a caption nor a credit (issue 13, class 3: "When unsure, show none").
import { collapse } from '../dom/text';
import { findElements } from '../dom/walk';
import { isHeadlineNamed } from './element-roles';

// A media's running time with its unit ("03:07 Min.", "3:18 min", "1:02:10 Std."); a time of day
// ("14:30 Uhr") has no such unit.
const RUNNING_TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?\s*(?:min(?:uten|utes?|s)?|sek|sec|std|h)\.?`;
const RUNNING_TIME_RE = new RegExp(`^${RUNNING_TIME}$`, 'i');
// Everything that says nothing about the photo: running times, dates, counts of pictures or videos
// ("44 Bilder", "12 photos", "1 / 12"), and the words players print on their controls.
const PLAYER_TOKEN_RE = new RegExp(
  [
    RUNNING_TIME,
    // A time of day with its word ("12:30 Uhr", "9.15 h"): a teaser's timestamp where a credit goes
    // (trafilatura-dev: a broadcaster's video boxes, "| 19.10.19, 12:30 Uhr | ARD").
    String.raw`\d{1,2}[:.]\d{2}\s*(?:uhr|h)\b`,
    String.raw`\d{1,2}:\d{2}(?::\d{2})?`,
    String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{2,4}`,
    String.raw`\d+\s*/\s*\d+`,
    String.raw`\d+\s+(?:bilder|fotos?|photos?|images?|pictures?|videos?|clips?|slides?|imágenes|immagini|zdjęć)\b`,
    String.raw`\b(?:click|tap|press)\s+to\s+(?:play|watch|listen|unmute)\b`,
    String.raw`\bauto-?play\b`,
    // A countdown to the next clip: "The video will auto-play soon 8 Cancel", "Up next".
    String.raw`\b(?:the\s+)?(?:next\s+)?video\s+will\s+(?:auto-?play|start|play|begin)(?:\s+(?:soon|in))?`,
    String.raw`\d*cancel\b`,
    String.raw`\bup\s+next\b`,
    // The notice a player leaves where it cannot play (scrapinghub-dev: "Media playback is
    // unsupported on your device" under two video posters).
    String.raw`\b(?:media\s+)?playback\s+(?:is\s+)?(?:unsupported|not\s+supported)(?:\s+(?:on|in|by)\s+(?:your|this)\s+(?:device|browser))?`,
    String.raw`\byour\s+browser\s+(?:does\s+not|doesn't)\s+support\s+(?:the\s+)?(?:html5\s+)?(?:video|audio)(?:\s+(?:tag|element|playback))?`,
    String.raw`\b(?:video|audio|podcast)\s+(?:loading|unavailable|starten|abspielen|abbrechen|wird geladen)\b`,
    String.raw`\b(?:loading|unavailable|play|pause|replay|mute|unmute|fullscreen|starten|abspielen|abbrechen mit escape)\b`,
    String.raw`\b(?:video|audio|podcast|min)\b\.?`,
  ].join('|'),
  'gi',
);
// Letters a text must keep once the player tokens are gone to say something about the photo.
const MIN_PHOTO_LETTERS = 3;
const LETTER_RE = /\p{L}/gu;

/** Only a player's or a gallery teaser's words: running time, date, picture count, play prompts. */
export function isPlayerText(text: string): boolean {
  const rest = text.replace(PLAYER_TOKEN_RE, ' ');
  // Short credits ("AP", "TT") have few letters too: only text that held player words is judged.
  return rest !== text && (rest.match(LETTER_RE)?.length ?? 0) < MIN_PHOTO_LETTERS;
}

// A bare clock reading ("2:34") is a running time only in an element named for one; else it may be
// a time of day.
const BARE_TIME_RE = /^\d{1,2}:\d{2}(?::\d{2})?$/;
const DURATION_CLASS_RE = /duration|runtime|laufzeit|dauer/i;
// A clip's own label or running time around a caption line: "AUDIO: ...", "... (1 Min)", and the
// prompt a video teaser's title opens with ("Watch: the ferry returns" beside a poster, fixture
// figures-player-text.html).
const CLIP_LINE_RE =
  /^(?:audio|video|podcast|watch|listen)\s*:|\(\s*\d{1,3}(?::\d{2})?\s*(?:min(?:uten|utes?|s)?|sek|sec)\.?\s*\)$/i;

const isRunningTimeLeaf = (el: Element): boolean => {
  if (el.childElementCount > 1) return false;
  const text = collapse(el.textContent);
  return (
    RUNNING_TIME_RE.test(text) ||
    (BARE_TIME_RE.test(text) && DURATION_CLASS_RE.test(el.getAttribute('class') ?? ''))
  );
};

/** The line under an audio or video clip: labelled as the clip or ending in its running time. */
export const isClipLine = (text: string): boolean => CLIP_LINE_RE.test(text);

/**
 * A box with an element of its own that holds only a running time ("<span>03:07 Min.</span>") is an
 * audio or video teaser's description: its headline and date are not the photo's caption.
 */
export function holdsRunningTime(el: Element): boolean {
  return isRunningTimeLeaf(el) || findElements(el, isRunningTimeLeaf, { limit: 1 }).length > 0;
}

// Boxes of a media player, by class: the poster's box or one of its few wrappers.
const PLAYER_CLASS_RE = /video|player|kaltura|jwplayer|brightcove/i;
const PLAYER_BOX_LEVELS = 3;

/**
 * A clip's title beside its poster, named as a title inside a player's box ("video-kaltura__title",
 * fundus WAZ): it names the clip, not the photo, and goes with the player (fixture
 * figures-player-text.html).
 */
export function isPlayerTitle(el: Element): boolean {
  if (!isHeadlineNamed(el)) return false;
  let cur = el.parentElement;
  for (let i = 0; cur && i < PLAYER_BOX_LEVELS; i++, cur = cur.parentElement)
    if (PLAYER_CLASS_RE.test(cur.getAttribute('class') ?? '')) return true;
  return false;
}
