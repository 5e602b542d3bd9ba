// The engine's public data shapes. Everything here is plain data (JSON-serializable) so it can
// cross the content-script / popup message boundary and be printed by the `folio` command.
import type { SiteRule } from './rules/site-rule';

export type { SiteRule } from './rules/site-rule';

/** What kind of clutter a removed block was. Shown to users in the popup's "Removed N blocks" list. */
export const REMOVED_KINDS = [
  'promo',
  'newsletter',
  'comments',
  'share',
  'related',
  'ad',
  'navigation',
  'cookie',
  'form',
  'hidden',
  'caption',
  'byline',
  'other',
] as const;
export type RemovedKind = (typeof REMOVED_KINDS)[number];

export interface RemovedBlock {
  kind: RemovedKind;
  /** A short preview of the block's text (at most ~120 characters). */
  text: string;
  /** Why it was judged clutter, in a few words ("call to action: subscribe", "link density 0.82"); "rule": a site fix. */
  reason: string;
  /** Where the block was on the page (structural selector), when extracted with `rules`. */
  selector?: string;
}

export interface Figure {
  /** Absolute http(s) URL (or a data: image). */
  src: string;
  srcset?: string;
  alt: string;
  /** The caption without the credit; '' when there is none. */
  caption: string;
  /** The photo credit ("AP Photo/Alex Brandon, File"); '' when there is none. */
  credit: string;
  width?: number;
  height?: number;
}

export interface Article {
  title: string;
  byline: string;
  authors: string[];
  siteName: string;
  /** ISO 8601, or '' when unknown. */
  publishedTime: string;
  /** Canonical or given URL of the page. */
  url: string;
  lang: string;
  dir: 'ltr' | 'rtl' | '';
  excerpt: string;
  /**
   * Sanitized article HTML: p, h2-h6, ul/ol/li, blockquote, pre/code, table, a (http(s) only),
   * em/strong/..., and <figure><img><figcaption><span class="folio-caption">…</span>
   * <small class="folio-credit">…</small></figcaption></figure>.
   */
  html: string;
  /** Body as plain text, blocks separated by blank lines; no title, byline, caption or credit. */
  text: string;
  figures: Figure[];
  removed: RemovedBlock[];
  wordCount: number;
  readingTimeMinutes: number;
  /** With `rules`: where each written block (data-folio-block="N" in html) was on the page. */
  blocks?: string[];
  /** With `rules`: how many site fixes applied to this page. */
  rulesApplied?: number;
}

export interface ExtractOptions {
  /** The page's URL: resolves relative links and image sources. Defaults to doc.URL / <base>. */
  url?: string;
  /** Extraction gives up past this many milliseconds of work (checked between phases and in loops). */
  timeBudgetMs?: number;
  /**
   * Site fixes (rules/site-rule.ts): those for this URL's host choose the article, keep or drop
   * blocks. Given (even empty), the result also says where removed and written blocks were.
   */
  rules?: readonly SiteRule[];
  /**
   * Providers whose embedded videos and posts stay in the article as links to them (the engine
   * knows no site: src/site-data/embed-hosts.ts holds them, src/lib binds them). None when absent.
   */
  embedHosts?: EmbedHosts;
  /**
   * The social networks and tracking services pages link to and load from, known by their
   * addresses (src/site-data/networks.ts, bound by src/lib). Without them a share bar or a "follow
   * us" row is known by its wording and names only, a tracking pixel by its size and path.
   */
  networks?: NetworkHosts;
}

/** Addresses of services every site uses the same way: share endpoints, profiles, trackers. */
export interface NetworkHosts {
  /** A link that shares the page on a social network (a share bar's buttons). */
  shareLink: RegExp;
  /** A profile on a social network, as an absolute address: a "follow us" row, a contact line. */
  profile: RegExp;
  /** An image a tracking or advertising service serves: a pixel, not a picture. */
  tracker: RegExp;
}

/** A provider of video players that pages embed as an <iframe>. */
export interface VideoHost {
  /** Shown as the figure's credit: where the link goes. */
  name: string;
  /** Matched against the player's address (protocol-relative ones made https). */
  player: RegExp;
  /** The page of the video on its host, from the match; '' when the match names none. */
  page: (m: RegExpExecArray, params: URLSearchParams) => string;
  /** A still of the video, when the host serves one at an address of its own. */
  still?: (m: RegExpExecArray) => string;
}

/** A provider of posts that pages embed as its own markup around links to the post. */
export interface PostHost {
  name: string;
  /** The class of the host's embed box (its script turns the box into the post). */
  box: RegExp;
  /** A link inside the box to the post itself (the box's other links go to the author's page). */
  post: RegExp;
}

export interface EmbedHosts {
  videos: readonly VideoHost[];
  posts: readonly PostHost[];
}

export type NoArticleReason = 'empty-document' | 'no-content' | 'too-large' | 'error';

export type ExtractResult =
  | ({ isArticle: true } & Article)
  | { isArticle: false; reason: NoArticleReason; message: string };

export interface DetectionResult {
  isArticle: boolean;
  /** 0..1: how sure the detector is that this is an article page. */
  score: number;
  /** A few words on the deciding signal ("json-ld NewsArticle", "home page: many teasers"). */
  reason: string;
}

export interface DetectOptions {
  url?: string;
}
