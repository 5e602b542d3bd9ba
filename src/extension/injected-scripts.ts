// The files the background injects into a tab (scripting.executeScript): the article script alone
// for the popup's article, both for the reader, the article script first since the reader script
// uses its engine (content/page-engine.ts). A second injection of either does nothing.
export const ARTICLE_SCRIPT = 'article.js';
export const READER_SCRIPTS: readonly string[] = [ARTICLE_SCRIPT, 'reader.js'];
