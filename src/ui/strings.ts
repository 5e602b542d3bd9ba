// Every piece of text the UI shows (popup and in-page reader alike), by name. The text itself lives
// in _locales/<lang>/messages.json and comes through the browser's i18n (src/ui/i18n): each entry
// here is a getter, so it reads the catalog in use when it is shown.
import { t } from './i18n/catalog';
import { joinList } from './i18n/intl-format';
import { plural } from './i18n/plural';

export const STRINGS = {
  get brand() {
    return t('brand');
  },
  get copyMarkdown() {
    return t('copyMarkdown');
  },
  get copied() {
    return t('copied');
  },
  get copyFailed() {
    return t('copyFailed');
  },
  get print() {
    return t('print');
  },
  get close() {
    return t('close');
  },
  get closeReader() {
    return t('closeReader');
  },
  get readerToolbar() {
    return t('readerToolbar');
  },
  get noArticleHere() {
    return t('noArticleHere');
  },
  get untitled() {
    return t('untitled');
  },
  // Spoken by the views' live region (src/ui/view/live-region.tsx).
  articleLoaded: (title: string) => t('articleLoaded', title),
  readerOpened: (title: string) => t('readerOpened', title),
  get readerClosed() {
    return t('readerClosed');
  },
  // The popup's own chrome.
  get readerView() {
    return t('readerView');
  },
  get settings() {
    return t('settings');
  },
  get loadingPage() {
    return t('loadingPage');
  },
  get loadingSettings() {
    return t('loadingSettings');
  },
  get noTab() {
    return t('noTab');
  },
  get noArticleFound() {
    return t('noArticleFound');
  },
  get noArticleFallback() {
    return t('noArticleFallback');
  },
  get restrictedTitle() {
    return t('restrictedTitle');
  },
  get restrictedText() {
    return t('restrictedText');
  },
  get tooLargeTitle() {
    return t('tooLargeTitle');
  },
  get tooLargeText() {
    return t('tooLargeText');
  },
  get errorTitle() {
    return t('errorTitle');
  },
  get unknownError() {
    return t('unknownError');
  },
  get noSitesYet() {
    return t('noSitesYet');
  },
  get removeSite() {
    return t('removeSite');
  },
  removeSiteLabel: (site: string) => t('removeSiteLabel', site),
  addSite: (site: string) => t('addSite', site),
  get siteOpensItself() {
    return t('siteOpensItself');
  },
  // Read aloud.
  get listen() {
    return t('listen');
  },
  listenShortcut: (keys: string) => t('listenShortcut', keys),
  get pauseSpeech() {
    return t('pauseSpeech');
  },
  get resumeSpeech() {
    return t('resumeSpeech');
  },
  get speechControls() {
    return t('speechControls');
  },
  get previousSentence() {
    return t('previousSentence');
  },
  get nextSentence() {
    return t('nextSentence');
  },
  get previousParagraph() {
    return t('previousParagraph');
  },
  get nextParagraph() {
    return t('nextParagraph');
  },
  get speechSpeed() {
    return t('speechSpeed');
  },
  speechRate: (rate: number) => t('speechRate', rate.toFixed(1)),
  get speechVoice() {
    return t('speechVoice');
  },
  get localVoices() {
    return t('localVoices');
  },
  get remoteVoices() {
    return t('remoteVoices');
  },
  get noVoices() {
    return t('noVoices');
  },
  get speechFailed() {
    return t('speechFailed');
  },
  get otherLanguageVoices() {
    return t('otherLanguageVoices');
  },
  get announceCode() {
    return t('announceCode');
  },
  get announceTable() {
    return t('announceTable');
  },
  // Reading comfort: contents, time left, remembered position.
  get contents() {
    return t('contents');
  },
  minutesLeft: (minutes: number) => plural('minutesLeft', minutes),
  get continueReading() {
    return t('continueReading');
  },
  get startOver() {
    return t('startOver');
  },
  readingTime: (minutes: number) => plural('readingTime', minutes),
  removed: (count: number) => plural('removed', count),
  // Site fixes (issue 12): put back, remove, pick the article, remembered per site.
  get putBack() {
    return t('putBack');
  },
  get removeBlock() {
    return t('removeBlock');
  },
  get removeBlockLabel() {
    return t('removeBlockLabel');
  },
  get removedByYou() {
    return t('removedByYou');
  },
  get alwaysForSite() {
    return t('alwaysForSite');
  },
  get undo() {
    return t('undo');
  },
  get fixesOff() {
    return t('fixesOff');
  },
  get turnOffFixes() {
    return t('turnOffFixes');
  },
  get turnOnFixes() {
    return t('turnOnFixes');
  },
  get notePutBack() {
    return t('notePutBack');
  },
  get noteRemoved() {
    return t('noteRemoved');
  },
  get noteSaved() {
    return t('noteSaved');
  },
  get noteUndone() {
    return t('noteUndone');
  },
  get notePicked() {
    return t('notePicked');
  },
  get noteFailed() {
    return t('noteFailed');
  },
  get pickArticle() {
    return t('pickArticle');
  },
  get pickHint() {
    return t('pickHint');
  },
  get siteFixes() {
    return t('siteFixes');
  },
  get noSiteFixes() {
    return t('noSiteFixes');
  },
  get fixArticle() {
    return t('fixArticle');
  },
  get deleteFix() {
    return t('deleteFix');
  },
  get exportFixes() {
    return t('exportFixes');
  },
  get importFixes() {
    return t('importFixes');
  },
  fixesForSite: (count: number) => plural('fixesForSite', count),
  deleteFixLabel: (site: string) => t('deleteFixLabel', site),
  importedFixes: (count: number) => t('importedFixes', String(count)),
  fixesLeftOut: (count: number) => t('fixesLeftOut', String(count)),
  fixesLocalOnly: (sites: string) => t('fixesLocalOnly', sites),
  /** "article picked, kept: 1, removed: 2": what one saved fix does. */
  fixSummary: (article: boolean, keep: number, drop: number) =>
    joinList([
      ...(article ? [t('fixArticle')] : []),
      ...(keep ? [t('fixKept', String(keep))] : []),
      ...(drop ? [t('fixDropped', String(drop))] : []),
    ]),
  /** "Ann", "Ann and Bob", "Ann, Bob and Cy" (Intl.ListFormat in the UI locale). */
  joinNames: (names: readonly string[]) => joinList(names),
};

/** How long an action's result ("Copied") stays on screen, popup and reader alike. */
export const STATUS_MS = 2000;
