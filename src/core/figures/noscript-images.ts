// <noscript><img></noscript> fallbacks of lazy loaders: their real address goes to the lazy image
// beside them, or the fallback image takes the <noscript>'s place when it stands alone.
import type { Deadline } from '../dom/deadline';
import type { MarkupParser } from '../dom/parse-markup';
import { firstElement, isImg } from '../dom/walk';
import { declaredTiny, isPlaceholderSrc, isTracker, lazySrc } from './image-source';

const IMG_TAG_RE = /<img\b/i;
// The twin sits beside its fallback, a sizing placeholder or two at most before it; a page-wide
// parent of a thousand images is not searched for each of its fallbacks.
const MAX_TWIN_CANDIDATES = 4;
// Without a parser: the first <img …> tag's attributes, read from its text.
const IMG_MARKUP_RE = /<img\b((?:[^>"']|"[^"]*"|'[^']*')*)>/i;
const ATTR_RE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const CHAR_REF_RE = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|quot|apos|lt|gt));?/gi;
const NAMED_REFS: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decodeRefs(value: string): string {
  return value.replace(CHAR_REF_RE, (m, hex: string, dec: string, name: string) => {
    if (name) return NAMED_REFS[name.toLowerCase()] ?? m;
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

// What the attribute reader cannot read as the HTML parser would: a comment (an <img> inside it
// is no image) or a named character reference beyond the five it decodes (an alt "caf&eacute;").
// "&h=600" in an address is no reference, to the parser either: a name followed by "=" or more
// letters stays as written.
const PARSER_ONLY_RE = /<!--|&(?!(?:amp|quot|apos|lt|gt);)[a-z][a-z\d]*(?:;|(?![=a-z\d]))/i;

/** The fallback's first <img>, built in `doc` from the markup's text. */
function imageFromText(doc: Document, text: string, parse: MarkupParser | null): Element | null {
  // The reader first: in Chromium a DOMParser document per fallback cost 2% of extraction time
  // on the scrapinghub pages (lazy loaders give every photo one), and the reader's result is the
  // parser's for every fallback it accepts.
  const m = IMG_MARKUP_RE.exec(text);
  if (parse && (!m || PARSER_ONLY_RE.test(text.slice(0, m.index + m[0].length)))) {
    const img = parse(text)?.querySelector('img');
    return img ? doc.importNode(img, true) : null;
  }
  if (!m) return null;
  const img = doc.createElement('img');
  for (const a of (m[1] ?? '').matchAll(ATTR_RE)) {
    const name = a[1]!.toLowerCase();
    if (img.hasAttribute(name)) continue;
    try {
      img.setAttribute(name, decodeRefs(a[2] ?? a[3] ?? a[4] ?? ''));
    } catch {
      // Not a valid attribute name for the DOM ("<img 1=x>"): the browser would keep it, we need not.
    }
  }
  return img;
}

/**
 * The image in the <noscript>'s parent that the fallback stands in for: the one whose lazy address
 * is the fallback's own, else the first besides the fallback itself. A sizing placeholder may come
 * first ("<img aria-hidden src="data:image/svg+xml,…">" before the lazy photo, the image wrapper of
 * a static-site generator): given the fallback's address, it became a second copy of the photo and
 * took its caption (fixture figures-noscript-twin-by-address.html).
 */
function lazyTwin(ns: Element, fallback: Element): Element | null {
  const parent = ns.parentElement;
  if (!parent) return null;
  const imgs = parent.getElementsByTagName('img');
  const address = fallback.getAttribute('src')?.trim() ?? '';
  let first: Element | null = null;
  let seen = 0;
  for (let i = 0; i < imgs.length && seen < MAX_TWIN_CANDIDATES; i++) {
    const cand = imgs[i]!;
    if (cand === fallback || ns.contains(cand)) continue;
    if (!address) return cand;
    if (lazySrc(cand) === address) return cand;
    first ??= cand;
    seen++;
  }
  return first;
}

/**
 * `parse`: reads a fallback held as text (null: a small attribute reader does); `trackers`
 * (NetworkHosts.tracker): the tracking services whose pixels are nobody's fallback.
 */
export function promoteNoscripts(
  root: Element,
  parse: MarkupParser | null,
  deadline?: Deadline,
  trackers?: RegExp,
): void {
  const doc = root.ownerDocument;
  const list = Array.from(root.getElementsByTagName('noscript'));
  for (const ns of list) {
    deadline?.tick();
    if (!root.contains(ns)) continue;
    let img: Element | null = firstElement(ns, isImg);
    if (!img) {
      const text = ns.textContent ?? '';
      if (!IMG_TAG_RE.test(text)) continue;
      img = imageFromText(doc, text, parse);
    }
    if (!img) continue;
    // A counting pixel's fallback is nobody's twin: given to the first lazy image in its (often
    // page-wide) parent, it took the place of that photo's own fallback (fixture
    // figures-noscript-tracker.html).
    if (isTracker(img.getAttribute('src') ?? '', trackers) || declaredTiny(img)) {
      ns.remove();
      continue;
    }
    const target = lazyTwin(ns, img);
    if (target) {
      const cur = target.getAttribute('src') ?? '';
      if ((isPlaceholderSrc(cur.trim()) || !cur) && !lazySrc(target)) {
        target.setAttribute('src', img.getAttribute('src') ?? '');
        const set = img.getAttribute('srcset');
        if (set) target.setAttribute('srcset', set);
      }
      ns.remove();
    } else {
      ns.replaceWith(img.ownerDocument === doc && !img.parentNode ? img : doc.importNode(img, true));
    }
  }
}
