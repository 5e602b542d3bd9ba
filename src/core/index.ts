// Folio's engine: pure DOM code. Takes a Document, returns data; touches no browser API and no
// global `document`, so the same code runs in vitest, in Node (the `folio` command) and in the page.
export { isProbablyArticle } from './detect/is-probably-article';
export { extractArticle } from './extract-article';
export type * from './types';
