// Fake data for the popup's unit tests: an article as the engine would return it, and a client.

import type { PopupClient, TargetTab } from '../../popup/popup-client';
import type { Article } from '../../src/core/types';
import type { GetArticleResponse } from '../../src/extension/messages';
import { defaultSettings, type Settings } from '../../src/extension/settings/definitions';

export const FAKE_ARTICLE: Article = {
  title: 'The lighthouse keepers of Skerry Point',
  byline: 'By Ada Lind and Tomas Berg',
  authors: ['Ada Lind', 'Tomas Berg'],
  siteName: 'Harbour Gazette',
  publishedTime: '2024-03-12T08:00:00Z',
  url: 'https://www.harbour-gazette.example/stories/lighthouse',
  lang: 'en',
  dir: 'ltr',
  excerpt: 'Two keepers, one lamp.',
  html: [
    '<p>The lamp has turned every night since 1871.</p>',
    '<h2>A long watch</h2>',
    '<ul><li>Oil lamps</li><li>Clockwork</li></ul>',
    '<blockquote><p>You never sleep through a storm.</p></blockquote>',
    '<figure data-folio-figure><img src="https://www.harbour-gazette.example/lamp.jpg" alt="The lamp room">',
    '<figcaption><span class="folio-caption">The lamp room at dusk.</span> ',
    '<small class="folio-credit">Photo: Ada Lind</small></figcaption></figure>',
    '<p onclick="alert(1)">Tea, then <a href="javascript:alert(1)">the logbook</a>.</p>',
  ].join(''),
  text: 'The lamp has turned every night since 1871.',
  figures: [
    {
      src: 'https://www.harbour-gazette.example/lamp.jpg',
      alt: 'The lamp room',
      caption: 'The lamp room at dusk.',
      credit: 'Photo: Ada Lind',
    },
  ],
  removed: [
    { kind: 'newsletter', text: 'Sign up for the Harbour Letter', reason: 'call to action: sign up' },
    { kind: 'comments', text: '14 comments — Reply', reason: 'comment thread' },
  ],
  wordCount: 820,
  readingTimeMinutes: 4,
};

export const ARTICLE_TAB: TargetTab = { id: 7, url: FAKE_ARTICLE.url };

export interface FakeClient extends PopupClient {
  calls: {
    getArticle: number[];
    setReader: Array<boolean | undefined>;
    saved: Partial<Settings>[];
    copied: string[];
  };
}

export function fakeClient(options: {
  target?: TargetTab | null;
  responses?: GetArticleResponse[];
  failWith?: string;
  settings?: Settings;
}): FakeClient {
  const responses = [...(options.responses ?? [])];
  let settings = options.settings ?? defaultSettings();
  let readerOpen = false;
  const calls: FakeClient['calls'] = { getArticle: [], setReader: [], saved: [], copied: [] };
  return {
    calls,
    resolveTarget: async () => (options.target === undefined ? ARTICLE_TAB : options.target),
    getArticle: async (tabId) => {
      calls.getArticle.push(tabId);
      if (options.failWith) throw new Error(options.failWith);
      const next = responses.length > 1 ? responses.shift() : responses[0];
      if (!next) throw new Error('no canned response');
      return next;
    },
    setReader: async (_tabId, open) => {
      calls.setReader.push(open);
      readerOpen = open ?? !readerOpen;
      return readerOpen;
    },
    loadSettings: async () => settings,
    saveSettings: async (patch) => {
      calls.saved.push(patch);
      settings = { ...settings, ...patch };
      return settings;
    },
    copyText: async (text) => {
      calls.copied.push(text);
    },
    print: async () => undefined,
  };
}

export function articleResponse(readerOpen = false): GetArticleResponse {
  return { isArticle: true, ...FAKE_ARTICLE, readerOpen };
}
