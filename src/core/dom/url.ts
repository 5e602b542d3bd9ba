// URLs and srcsets as the browser reads them, shared by figure preparation and the serializer so
// the article's html and its figures list can never disagree on where an image points.
import { memoizedPerBase } from './bounded-memo';

const DATA_IMAGE_RE = /^data:image\//i;
// The data: images the article's html keeps: raster only (an SVG can carry script and links).
const RASTER_DATA_IMAGE_RE = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);/i;
const HTTP_RE = /^https?:\/\//i;
// HTML's "ASCII whitespace" (not \s, which also takes a no-break space that can sit inside a URL).
const HTML_SPACE_RE = /[ \t\n\r\f]/;
// A width or density descriptor the article's html keeps ("1200w", "2x", "1.5x").
const SIZE_DESCRIPTOR_RE = /^\d+(?:\.\d+)?[wx]$/;

export interface SrcsetCandidate {
  url: string;
  /** What follows the URL up to its comma, trimmed ("1200w", "2x", or ''). */
  descriptor: string;
}

export function isDataImage(value: string): boolean {
  return DATA_IMAGE_RE.test(value);
}

export function isRasterDataImage(value: string): boolean {
  return RASTER_DATA_IMAGE_RE.test(value);
}

export function isHttpUrl(value: string): boolean {
  return HTTP_RE.test(value);
}

export function isSizeDescriptor(value: string): boolean {
  return SIZE_DESCRIPTOR_RE.test(value);
}

/** `value` made absolute against `base`, any scheme; '' when it is not a URL. */
export const absoluteUrl: (value: string, base: string) => string = memoizedPerBase((value, base) => {
  try {
    return new URL(value.trim(), base || undefined).href;
  } catch {
    return '';
  }
});

/** An image address the article may show: absolute http(s), or a data: image as it is; else ''. */
export function imageUrl(raw: string | null | undefined, base: string): string {
  const v = (raw ?? '').trim();
  if (!v) return '';
  if (isDataImage(v)) return v;
  const abs = absoluteUrl(v, base);
  return isHttpUrl(abs) ? abs : '';
}

/**
 * A srcset's candidates, read the way HTML's parser reads them: the URL runs to the next whitespace,
 * so commas inside it belong to it ("https://img.example/abc/c:1200:675,fp:0.5,0.5/photo.jpg 1200w":
 * tests/fixtures/figures-comma-urls.html); a comma ends a candidate only after its URL (or a URL that
 * ends in one). Descriptors end at a comma outside parentheses.
 */
export function parseSrcset(raw: string | null | undefined): SrcsetCandidate[] {
  const s = raw ?? '';
  const out: SrcsetCandidate[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && (s[i] === ',' || HTML_SPACE_RE.test(s[i]!))) i++;
    if (i >= s.length) break;
    const start = i;
    while (i < s.length && !HTML_SPACE_RE.test(s[i]!)) i++;
    let url = s.slice(start, i);
    if (url.endsWith(',')) {
      out.push({ url: url.replace(/,+$/, ''), descriptor: '' });
      continue;
    }
    const descStart = i;
    let depth = 0;
    while (i < s.length && (s[i] !== ',' || depth > 0)) {
      if (s[i] === '(') depth++;
      else if (s[i] === ')' && depth > 0) depth--;
      i++;
    }
    url = url.trim();
    if (url) out.push({ url, descriptor: s.slice(descStart, i).trim().replace(/\s+/g, ' ') });
  }
  return out;
}

export function formatSrcset(candidates: readonly SrcsetCandidate[]): string {
  return candidates.map((c) => (c.descriptor ? `${c.url} ${c.descriptor}` : c.url)).join(', ');
}

const ARCHIVED_FRONT_PAGE_RE = /^[^?#]+\/https?:\/\/[^/?#]+\/?$/i;

/**
 * A link to a site's front page ("/", "https://site.example"): where its logo links. With `site`
 * (the page's address, or '' when unknown), only this site's own: a link to another site's front
 * page is an advertiser's or a partner's.
 */
export function isFrontPageHref(href: string, site?: string): boolean {
  // A saved copy links to the front page through the archive that keeps it: the page's own front
  // page as an absolute address at the end of the archive's path ("/web/2008…/http://www.site.example/";
  // trafilatura-dev, fixture meta-title-archived-logo-heading.html).
  if (ARCHIVED_FRONT_PAGE_RE.test(href)) return true;
  // Read against a placeholder base: "/" and "https://site.example" both name a front page, and
  // the CLI's DOM has no base address.
  try {
    const url = new URL(href, PLACEHOLDER_BASE);
    if (url.pathname !== '/' || url.search) return false;
    return site === undefined || url.host === PLACEHOLDER_HOST || sameSite(url.host, site);
  } catch {
    return false;
  }
}

const PLACEHOLDER_HOST = 'base.invalid';
const PLACEHOLDER_BASE = `https://${PLACEHOLDER_HOST}/page`;
const WWW_RE = /^www\d*\./;

function sameSite(host: string, site: string): boolean {
  try {
    return host.replace(WWW_RE, '') === new URL(site).host.replace(WWW_RE, '');
  } catch {
    return false;
  }
}
