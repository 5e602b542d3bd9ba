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
  readingTime: (minutes: number) => `${minutes} min read`,
  removed: (count: number) => `Removed ${count} ${count === 1 ? 'block' : 'blocks'}`,
  /** "Ann", "Ann and Bob", "Ann, Bob and Cy". */
  joinNames: (names: readonly string[]) =>
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`,
} as const;

/** How long an action's result ("Copied") stays on screen, popup and reader alike. */
export const STATUS_MS = 2000;
