// The site-fixes store on the real extension storage. Apart from fixes-store.ts so unit tests never
// load the polyfill.
import browser from 'webextension-polyfill';
import { createFixesStore, type FixesArea, type FixesStore } from './fixes-store';

function syncArea(): FixesArea | undefined {
  try {
    return browser.storage.sync;
  } catch {
    return undefined;
  }
}

export const fixesStore: FixesStore = createFixesStore({ sync: syncArea(), local: browser.storage.local });
