// The popup's client bound to the real extension: tabs, the reader script's messages and storage.
import browser from 'webextension-polyfill';
import { getArticle, toggleReader } from '../src/extension/client';
import { type GetArticleResponse, getArticleMessage, repairMessage } from '../src/extension/messages';
import { settingsStore } from '../src/extension/settings/browser-store';
import { fixesStore } from '../src/extension/site-fixes/browser-fixes';
import type { PopupClient, TargetTab } from './popup-client';
import { tabIdFromSearch } from './target-tab';

async function resolveTarget(): Promise<TargetTab | null> {
  const fromUrl = tabIdFromSearch(location.search);
  if (fromUrl !== null) {
    try {
      const tab = await browser.tabs.get(fromUrl);
      return { id: fromUrl, url: tab.url ?? '' };
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  // Without host access the URL is hidden until activeTab is granted; '' means "ask the page".
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? '' };
}

/**
 * The article, asking the tab directly first: when the reader script is already there (a second
 * click on the same page) that skips the round trip through the background. When it is not, the
 * message finds no receiver and the background injects it (client.ts).
 */
async function articleFromTab(tabId: number): Promise<GetArticleResponse> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, getArticleMessage())) as
      | GetArticleResponse
      | undefined;
    if (answer && typeof answer === 'object' && typeof answer.isArticle === 'boolean') return answer;
  } catch {
    // No reader script in the tab yet.
  }
  return getArticle(tabId);
}

export function createExtensionClient(): PopupClient {
  return {
    resolveTarget,
    getArticle: articleFromTab,
    setReader: async (tabId, open) => (await toggleReader(tabId, open)).open,
    loadSettings: () => settingsStore.load(),
    saveSettings: (patch) => settingsStore.save(patch),
    copyText: (text) => navigator.clipboard.writeText(text),
    print: async (tabId) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tab=${tabId}&print=1`) });
      window.close();
    },
    repair: async (tabId, op) =>
      (await browser.tabs.sendMessage(tabId, repairMessage(op))) as GetArticleResponse,
    fixes: fixesStore,
  };
}
