// Every piece of text the article view shows (popup and in-page reader alike), in one place: a
// later translation replaces this module's values, nothing else.

export const STRINGS = {
  brand: 'Folio',
  copyMarkdown: 'Copy as Markdown',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  print: 'Print',
  close: 'Close',
  closeReader: 'Close reader view',
  readerToolbar: 'Folio reader',
  noArticleHere: 'No article here',
  untitled: 'Untitled article',
  // The popup's own chrome.
  readerView: 'Reader view',
  settings: 'Settings',
  loadingPage: 'Reading the page…',
  loadingSettings: 'Loading settings…',
  noTab: 'There is no tab to read.',
  noArticleFound: 'No article found on this page',
  noArticleFallback: 'Folio could not find readable text here: it may be a home page, a list or a form.',
  restrictedTitle: 'Folio can’t read this page',
  restrictedText:
    'Browser pages, extension stores and other protected pages are closed to extensions. Open an article on a website and click Folio again.',
  tooLargeTitle: 'This page is too large',
  tooLargeText: 'Reading it would freeze the tab, so Folio stopped.',
  errorTitle: 'Something went wrong',
  noSitesYet: 'No sites yet.',
  removeSite: 'Remove',
  removeSiteLabel: (site: string) => `Remove ${site}`,
  addSite: (site: string) => `Add ${site}`,
  siteOpensItself: 'The reader opens by itself on this site.',
  readingTime: (minutes: number) => `${minutes} min read`,
  removed: (count: number) => `Removed ${count} ${count === 1 ? 'block' : 'blocks'}`,
  // Site fixes (issue 12): put back, remove, pick the article, remembered per site.
  putBack: 'Put back',
  putBackLabel: (text: string) => `Put back: ${text}`,
  removeBlock: 'Remove',
  removeBlockLabel: 'Remove this block',
  removedByYou: 'removed by you',
  alwaysForSite: 'Always for this site',
  undo: 'Undo',
  fixesForSite: (count: number) => `${count} ${count === 1 ? 'fix' : 'fixes'} for this site`,
  fixesOff: 'Site fixes are off for this view.',
  turnOffFixes: 'Turn off for this view',
  turnOnFixes: 'Turn back on',
  notePutBack: 'Put back in this view.',
  noteRemoved: 'Removed. Folio will remove it on this site from now on.',
  noteSaved: 'Saved for this site.',
  noteUndone: 'Undone.',
  notePicked: 'Folio will use this block as the article on this site.',
  noteFailed: 'Folio could not find that block on the page any more.',
  pickArticle: 'Pick the article',
  pickHint: 'Click the article. Arrow keys: wider or narrower. Escape: cancel.',
  siteFixes: 'Site fixes',
  noSiteFixes:
    'No site fixes yet. Put back or remove a block in the article, or pick the article, to make one.',
  fixSummary: (article: boolean, keep: number, drop: number) =>
    [article ? 'article picked' : '', keep ? `${keep} kept` : '', drop ? `${drop} removed` : '']
      .filter(Boolean)
      .join(', '),
  deleteFix: 'Delete',
  deleteFixLabel: (site: string) => `Delete this fix for ${site}`,
  exportFixes: 'Export…',
  importFixes: 'Import…',
  importedFixes: (count: number) => `Imported ${count} ${count === 1 ? 'fix' : 'fixes'}.`,
  fixesLeftOut: (count: number) => `${count} ${count === 1 ? 'fix was' : 'fixes were'} left out as invalid:`,
  fixesLocalOnly: (sites: string) =>
    `Sync storage is full: the fixes for ${sites} are kept in this browser only.`,
  /** "Ann", "Ann and Bob", "Ann, Bob and Cy". */
  joinNames: (names: readonly string[]) =>
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`,
} as const;

/** How long an action's result ("Copied") stays on screen, popup and reader alike. */
export const STATUS_MS = 2000;
