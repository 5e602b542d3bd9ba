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
  // Spoken by the views' live region (src/ui/view/live-region.tsx).
  articleLoaded: (title: string) => `Article loaded: ${title}`,
  readerOpened: (title: string) => `Reader view opened: ${title}`,
  readerClosed: 'Reader view closed',
  themeHighContrast: 'High contrast',
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
  /** "Ann", "Ann and Bob", "Ann, Bob and Cy". */
  joinNames: (names: readonly string[]) =>
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`,
} as const;

/** How long an action's result ("Copied") stays on screen, popup and reader alike. */
export const STATUS_MS = 2000;
