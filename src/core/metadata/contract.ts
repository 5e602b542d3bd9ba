// What the metadata module hands to the extraction pipeline. Implemented in collect-metadata.ts.
export interface PageMetadata {
  /** Title without the " – Site Name" suffix. */
  title: string;
  byline: string;
  authors: string[];
  siteName: string;
  /** ISO 8601 or ''. */
  publishedTime: string;
  /** Canonical URL when the page declares one, else the given URL. */
  url: string;
  lang: string;
  dir: 'ltr' | 'rtl' | '';
  excerpt: string;
  /** JSON-LD articleBody when the page has one: a strong hint for choosing the body container. */
  articleBody: string;
  /** The same as written, paragraph breaks and markup kept: the text of a page that shows none. */
  statedBody: string;
  /** The page's share image (og:image, twitter:image, JSON-LD image) as written, '' if none. */
  leadImage: string;
}
