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
  // Read aloud.
  listen: 'Listen',
  listenShortcut: (keys: string) => `Listen (${keys})`,
  pauseSpeech: 'Pause',
  resumeSpeech: 'Resume',
  speechControls: 'Read aloud',
  previousSentence: 'Previous sentence',
  nextSentence: 'Next sentence',
  previousParagraph: 'Previous paragraph',
  nextParagraph: 'Next paragraph',
  speechSpeed: 'Speed',
  speechRate: (rate: number) => `${rate.toFixed(1)}×`,
  speechVoice: 'Voice',
  localVoices: 'On this device',
  remoteVoices: 'Online',
  noVoices: 'No voices: this browser has no text-to-speech voices installed.',
  speechFailed: 'The voice stopped with an error.',
  otherLanguageVoices: 'No voice for this language: another language’s voice reads it.',
  announceCode: 'Code block.',
  announceTable: 'Table.',
  readingTime: (minutes: number) => `${minutes} min read`,
  removed: (count: number) => `Removed ${count} ${count === 1 ? 'block' : 'blocks'}`,
  /** "Ann", "Ann and Bob", "Ann, Bob and Cy". */
  joinNames: (names: readonly string[]) =>
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`,
} as const;

/** How long an action's result ("Copied") stays on screen, popup and reader alike. */
export const STATUS_MS = 2000;
