// The engine as Folio runs it (the extension, the `folio` command, the library in dist/lib): src/core,
// which names no site, with the providers' and networks' data of src/site-data handed to it.
import { extractArticle as extractWith } from '../core/extract-article';
import type { ExtractOptions, ExtractResult } from '../core/types';
import { EMBED_HOSTS } from '../site-data/embed-hosts';
import { NETWORK_HOSTS } from '../site-data/networks';

export { isProbablyArticle } from '../core/detect/is-probably-article';
export type * from '../core/types';

/**
 * Extracts the article of `doc` (core/extract-article.ts), keeping known providers' videos and posts
 * and knowing the social networks' and trackers' addresses.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  return extractWith(doc, { embedHosts: EMBED_HOSTS, networks: NETWORK_HOSTS, ...options });
}
