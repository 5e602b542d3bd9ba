// The popup's client bound to the real extension: tabs, the reader script's messages and storage.
import browser from 'webextension-polyfill';
import { listenInTab, pickInTab, toggleReader } from '../src/extension/client';
import { type GetArticleResponse, repairMessage } from '../src/extension/messages';
import { settingsStore } from '../src/extension/settings/browser-store';
import { fixesStore } from '../src/extension/site-fixes/browser-fixes';
import { requestArticle, resolveTarget } from './article-request';
import type { BootRequests } from './boot-requests';
import type { PopupClient } from './popup-client';

/** The manifest's `commands` entry for read aloud. */
const LISTEN_COMMAND = 'listen';

/** `boot`: what boot.ts already asked (its first article request is used once, for its own tab). */
export function createExtensionClient(boot: BootRequests | null): PopupClient {
  let bootArticle = boot?.article ?? null;
  async function getArticle(tabId: number): Promise<GetArticleResponse> {
    const started = await bootArticle;
    bootArticle = null;
    return started?.tabId === tabId ? started.answer : requestArticle(browser, tabId);
  }
  return {
    resolveTarget: () => boot?.target ?? resolveTarget(browser, location.search),
    getArticle,
    setReader: async (tabId, open) => (await toggleReader(tabId, open)).open,
    loadSettings: () => settingsStore.load(),
    saveSettings: (patch) => settingsStore.save(patch),
    copyText: (text) => navigator.clipboard.writeText(text),
    print: async (tabId) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tab=${tabId}&print=1`) });
      window.close();
    },
    listen: async (tabId) => {
      await listenInTab(tabId);
      window.close();
    },
    listenShortcut: async () => {
      const commands = await browser.commands.getAll();
      return commands.find((command) => command.name === LISTEN_COMMAND)?.shortcut ?? '';
    },
    repair: async (tabId, op) =>
      (await browser.tabs.sendMessage(tabId, repairMessage(op))) as GetArticleResponse,
    // Through the background, which loads the reader script the picker belongs to.
    pickArticle: pickInTab,
    fixes: fixesStore,
  };
}
