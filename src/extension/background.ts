// The background: thin wiring. Keeps each tab's detection verdict and reader state (toolbar icon,
// title and badge), loads the article and reader scripts on demand (popup, keyboard command, context
// menu, auto-open sites) and routes messages. It holds no page content and sends nothing anywhere.
import browser, { type Menus, type Runtime, type Tabs } from 'webextension-polyfill';
import type { DetectionResult } from '../core/types';
import { t } from '../ui/i18n/catalog';
import { ARTICLE_SCRIPT, type InjectedScript, READER_SCRIPTS } from './injected-scripts';
import {
  type ArticleInTabResponse,
  getArticleMessage,
  listenMessage,
  openReaderMessage,
  parseBackgroundInbound,
  pauseSpeechMessage,
  type ReaderInTabMessage,
  type ReaderInTabResponse,
  type ReaderStateResponse,
  repairMessage,
  type ToContentMessage,
  toggleReaderMessage,
} from './messages';
import { settingsStore } from './settings/browser-store';
import { matchesSite } from './settings/definitions';

const MENU_ID = 'folio-open-reader';
const MENU_PICK_ID = 'folio-pick-article';
const COMMAND_TOGGLE = 'toggle-reader';
const COMMAND_LISTEN = 'listen';
const PAGE_PATTERNS = ['http://*/*', 'https://*/*'];
const ICON_ON = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png' };
const ICON_OFF = { 16: 'icons/icon-16-off.png', 32: 'icons/icon-32-off.png', 48: 'icons/icon-48-off.png' };
const BADGE_OPEN = 'ON';
const BADGE_COLOUR = '#1f4e79';

interface TabState {
  detection: DetectionResult | null;
  readerOpen: boolean;
  speaking: boolean;
}
// Lost when the service worker sleeps; the icon itself (set per tab) survives, and the popup asks the
// page directly for anything that matters.
const tabs = new Map<number, TabState>();

function stateOf(tabId: number): TabState {
  let state = tabs.get(tabId);
  if (!state) {
    state = { detection: null, readerOpen: false, speaking: false };
    tabs.set(tabId, state);
  }
  return state;
}

async function showState(tabId: number): Promise<void> {
  const state = stateOf(tabId);
  const article = state.detection?.isArticle === true;
  try {
    await Promise.all([
      browser.action.setIcon({ tabId, path: article ? ICON_ON : ICON_OFF }),
      browser.action.setTitle({
        tabId,
        title: t(article ? 'actionTitleArticle' : 'actionTitleNoArticle'),
      }),
      browser.action.setBadgeText({ tabId, text: state.readerOpen ? BADGE_OPEN : '' }),
      browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
    ]);
  } catch {
    // The tab closed meanwhile.
  }
}

type Injected = { ok: true } | { ok: false; error: string };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Which of `scripts` have not run in the tab yet: one look at their flags in the extension's world. */
async function missingScripts(tabId: number, scripts: readonly InjectedScript[]): Promise<string[]> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    func: (flags: string[]) => flags.map((flag) => flag in globalThis),
    args: [scripts.map((script) => script.flag)],
  });
  const present = frame?.result as boolean[] | undefined;
  return scripts.filter((_, i) => present?.[i] !== true).map((script) => script.file);
}

async function injectFiles(tabId: number, files: string[]): Promise<Injected> {
  try {
    if (files.length) await browser.scripting.executeScript({ target: { tabId }, files });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/**
 * Loads the engine + reader into the tab, each unless it is there already: the reader opened after
 * the popup's article needs only reader.js, not a second compile of the article script.
 */
async function ensureReader(tabId: number): Promise<Injected> {
  try {
    return await injectFiles(tabId, await missingScripts(tabId, READER_SCRIPTS));
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/**
 * Injects the article script alone and asks it for the article (see ArticleInTabMessage): the popup
 * asked the tab first, so it is not there yet; the reader view follows only if the reader opens.
 */
async function articleInTab(tabId: number): Promise<ArticleInTabResponse> {
  const ready = await injectFiles(tabId, [ARTICLE_SCRIPT.file]);
  if (!ready.ok) return ready;
  try {
    return { ok: true, article: await browser.tabs.sendMessage(tabId, getArticleMessage()) };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/** Injects the reader when needed, then passes the popup's request on (see ReaderInTabMessage). */
async function readerInTab(
  tabId: number,
  request: ReaderInTabMessage['request'],
): Promise<ReaderInTabResponse> {
  const ready = await ensureReader(tabId);
  if (!ready.ok) return ready;
  try {
    const answer = (await browser.tabs.sendMessage(tabId, request)) as
      | Partial<ReaderStateResponse>
      | undefined;
    return { ok: true, open: answer?.open === true };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

async function sendToReader(tabId: number, message: ToContentMessage): Promise<void> {
  const ready = await ensureReader(tabId);
  if (!ready.ok) return;
  try {
    await browser.tabs.sendMessage(tabId, message);
  } catch {
    // The page navigated away meanwhile.
  }
}

async function maybeAutoOpen(tabId: number, url: string, detection: DetectionResult): Promise<void> {
  if (!detection.isArticle) return;
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return;
  }
  const settings = await settingsStore.load();
  if (matchesSite(hostname, settings.autoOpenSites)) await sendToReader(tabId, openReaderMessage());
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const inbound = parseBackgroundInbound(raw, sender, browser.runtime.id);
  if (inbound === null) return undefined;
  if (inbound.from === 'content') {
    const { message, tabId } = inbound;
    const state = stateOf(tabId);
    if (message.type === 'folio/detection') {
      state.detection = message.result;
      // A new page in the tab: the old reader state does not carry over.
      state.readerOpen = false;
      void showState(tabId);
      void maybeAutoOpen(tabId, message.url, message.result);
    } else if (message.type === 'folio/speech-changed') {
      state.speaking = message.speaking;
      // One voice at a time: a tab that starts speaking pauses the others.
      if (message.speaking) {
        for (const [otherId, other] of tabs) {
          if (otherId === tabId || !other.speaking) continue;
          other.speaking = false;
          browser.tabs.sendMessage(otherId, pauseSpeechMessage()).catch(() => undefined);
        }
      }
    } else {
      state.readerOpen = message.open;
      void showState(tabId);
    }
    return undefined;
  }
  const { message } = inbound;
  return message.type === 'folio/article-in-tab'
    ? articleInTab(message.tabId)
    : readerInTab(message.tabId, message.request);
});

browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  if (command !== COMMAND_TOGGLE && command !== COMMAND_LISTEN) return;
  const run = async () => {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    await sendToReader(tabId, command === COMMAND_LISTEN ? listenMessage() : toggleReaderMessage());
  };
  void run();
});

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: t('menuOpenReader'),
      contexts: ['page'],
      documentUrlPatterns: PAGE_PATTERNS,
    });
    browser.contextMenus.create({
      id: MENU_PICK_ID,
      title: t('menuPickArticle'),
      contexts: ['page'],
      documentUrlPatterns: PAGE_PATTERNS,
    });
  });
});

browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => {
  if (tab?.id === undefined) return;
  if (info.menuItemId === MENU_ID) void sendToReader(tab.id, openReaderMessage());
  else if (info.menuItemId === MENU_PICK_ID) void sendToReader(tab.id, repairMessage({ op: 'pick' }));
});

browser.tabs.onRemoved.addListener((tabId: number) => {
  tabs.delete(tabId);
});
