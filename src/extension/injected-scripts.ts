// The scripts the background injects into a tab (scripting.executeScript): the article script alone
// for the popup's article, both for the reader, the article script first since the reader script
// uses its engine (content/page-engine.ts). Each marks the extension's world of the page with its
// flag once it has run: a second injection does nothing, and the background reads the flags to
// inject only what is missing.

export interface InjectedScript {
  file: string;
  /** Set on the isolated world's global by the script itself. */
  flag: string;
}

export const ARTICLE_SCRIPT: InjectedScript = { file: 'article.js', flag: '__folioPageEngine' };
export const READER_SCRIPT: InjectedScript = { file: 'reader.js', flag: '__folioReaderLoaded' };
export const READER_SCRIPTS: readonly InjectedScript[] = [ARTICLE_SCRIPT, READER_SCRIPT];
/** The files, in order, for callers that inject them on a fresh page (the demo, tests, benchmarks). */
export const READER_FILES: readonly string[] = READER_SCRIPTS.map((script) => script.file);
