// The reader script: the reader view, read aloud and the article picker, injected into a tab only
// when asked (scripting.executeScript from the background: popup, keyboard command, context menu, or
// a site in "open automatically"), always after the article script, whose engine it uses
// (page-engine.ts). It opens and closes the in-page reader, follows settings changes live, and
// closes the reader when the page navigates client-side.
import browser, { type Runtime } from 'webextension-polyfill';
import { READER_SCRIPT } from '../injected-scripts';
import {
  type GetArticleMessage,
  isFromExtensionPage,
  parseToContent,
  type ReaderStateResponse,
  readerChangedMessage,
  speechChangedMessage,
  type ToContentMessage,
} from '../messages';
import { createReaderRepair } from '../repair/reader-repair';
import { settingsStore } from '../settings/browser-store';
import { defaultSettings, type Settings } from '../settings/definitions';
import { isForArticleScript, type PageEngine, pageEngine } from './page-engine';
import { createReaderView } from './reader-view';
import { readingPositions } from './reading-positions';

/** Set on the isolated world's global so a second injection into the same page does nothing. */
const LOADED_FLAG = READER_SCRIPT.flag;

/** What this listener answers: everything the article script leaves (page-engine.ts), the picker among it. */
type ReaderMessage = Exclude<ToContentMessage, GetArticleMessage>;

function start(engine: PageEngine): void {
  let settings: Settings = defaultSettings();
  const settingsReady = settingsStore.load().then(
    (loaded) => {
      settings = loaded;
      return loaded;
    },
    () => settings,
  );

  const reader = createReaderView(document, window, () => report(false), readingPositions, {
    saveSettings: (patch) => void settingsStore.save(patch).catch(() => undefined),
    onSpeaking: (speaking) =>
      void browser.runtime.sendMessage(speechChangedMessage(speaking)).catch(() => undefined),
  });
  // Speech belongs to this document: leaving the page (or the bfcache) ends it with the reader.
  window.addEventListener('pagehide', () => reader.pauseSpeech());
  // Site fixes: after each one the open reader shows the new article.
  const redraw = () => {
    if (reader.open) reader.update(engine.article(), repair.host());
  };
  const repair = createReaderRepair(document, window, engine.repair, redraw, async () => {
    if (reader.open) redraw();
    else await setReader(true);
  });

  function report(open: boolean): void {
    browser.runtime.sendMessage(readerChangedMessage(open)).catch(() => undefined);
  }

  async function openReader(): Promise<void> {
    await Promise.all([settingsReady, repair.ready]);
    reader.show(engine.article(), settings, repair.host());
    report(true);
  }

  async function setReader(open: boolean | undefined): Promise<ReaderStateResponse> {
    const wanted = open ?? !reader.open;
    if (wanted && !reader.open) await openReader();
    else if (!wanted && reader.open) reader.close();
    return { open: reader.open };
  }

  async function handle(message: ReaderMessage): Promise<unknown> {
    switch (message.type) {
      case 'folio/repair':
        await repair.handle(message.op);
        return { open: reader.open } satisfies ReaderStateResponse;
      case 'folio/toggle-reader':
        return setReader(message.open);
      case 'folio/open-reader':
        return setReader(true);
      case 'folio/listen': {
        const state = await setReader(true);
        reader.listen();
        return state;
      }
      case 'folio/pause-speech':
        reader.pauseSpeech();
        return { open: reader.open } satisfies ReaderStateResponse;
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    // Only the popup and the background may steer the reader; a message from any tab is refused.
    if (!isFromExtensionPage(sender, browser.runtime.id)) return undefined;
    const message = parseToContent(raw);
    if (message === null || isForArticleScript(message)) return undefined;
    return handle(message).catch((error: unknown) => ({ error: String(error) }));
  });

  settingsStore.subscribe((next) => {
    settings = next;
    try {
      reader.applySettings(next);
    } catch {
      // Never throw into the page.
    }
  });

  engine.attach({
    get open() {
      return reader.open;
    },
    redraw,
    pageChanged: () => {
      if (reader.open) reader.close();
    },
  });
}

const scope = globalThis as Record<string, unknown>;
const engine = pageEngine();
// Without the article script (injected first, always) there is nothing to show.
if (!scope[LOADED_FLAG] && engine) {
  scope[LOADED_FLAG] = true;
  try {
    start(engine);
  } catch {
    // Never throw into the page's console.
  }
}
