import { describe, expect, it } from 'vitest';
import { requestArticle, resolveTarget, type TabsApi } from '../../popup/article-request';
import { takeBootRequests } from '../../popup/boot-requests';

const ARTICLE = { isArticle: true, title: 'T', readerOpen: false };
const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

/** A fake extension API that records every message and answers as a tab with or without the script. */
function fakeApi(tab: { scripted: boolean; background: unknown }) {
  const sent: { to: 'tab' | 'background'; message: unknown }[] = [];
  const api: TabsApi = {
    tabs: {
      get: async (id) => (id === 5 ? { url: 'https://news.example/a' } : Promise.reject(new Error('No tab'))),
      query: async () => [{ id: 9, url: 'https://news.example/b' }],
      sendMessage: async (_id, message) => {
        sent.push({ to: 'tab', message });
        if (!tab.scripted) throw new Error(NO_RECEIVER);
        return ARTICLE;
      },
    },
    runtime: {
      sendMessage: async (message) => {
        sent.push({ to: 'background', message });
        return tab.background;
      },
    },
  };
  return { api, sent };
}

describe('the popup asking its tab for the article', () => {
  it('asks the tab directly when the article script is there, without waking the background', async () => {
    const { api, sent } = fakeApi({ scripted: true, background: null });
    expect(await requestArticle(api, 3)).toEqual(ARTICLE);
    expect(sent).toEqual([{ to: 'tab', message: { type: 'folio/get-article' } }]);
  });

  it('else has the background inject the script and ask, in one message', async () => {
    const { api, sent } = fakeApi({ scripted: false, background: { ok: true, article: ARTICLE } });
    expect(await requestArticle(api, 3)).toEqual(ARTICLE);
    expect(sent.map((s) => s.to)).toEqual(['tab', 'background']);
    expect(sent[1]?.message).toEqual({ type: 'folio/article-in-tab', tabId: 3 });
  });

  it("rejects with the browser's message when the page cannot be scripted, and with none for a bad answer", async () => {
    const refused = fakeApi({
      scripted: false,
      background: { ok: false, error: 'Cannot access a chrome:// URL' },
    });
    await expect(requestArticle(refused.api, 3)).rejects.toThrow('Cannot access a chrome:// URL');
    for (const answer of [undefined, { ok: true, article: { title: 'no verdict' } }, 'folio']) {
      const odd = fakeApi({ scripted: false, background: answer });
      await expect(requestArticle(odd.api, 3)).rejects.toBeNull();
    }
  });

  it('reads the tab from ?tab=ID, else takes the active one', async () => {
    const { api } = fakeApi({ scripted: true, background: null });
    expect(await resolveTarget(api, '?tab=5')).toEqual({ id: 5, url: 'https://news.example/a' });
    expect(await resolveTarget(api, '?tab=6')).toBeNull();
    expect(await resolveTarget(api, '')).toEqual({ id: 9, url: 'https://news.example/b' });
  });

  it('hands what the boot script started to popup.js once', () => {
    const requests = { target: Promise.resolve(null), article: Promise.resolve(null) };
    (globalThis as Record<string, unknown>).__folioBoot = requests;
    expect(takeBootRequests()).toBe(requests);
    expect(takeBootRequests()).toBeNull();
  });
});
