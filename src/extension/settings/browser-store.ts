// The settings store bound to the real extension storage (webextension-polyfill). Kept apart from
// store.ts so unit tests and Node never load the polyfill, which throws outside an extension.
import browser from 'webextension-polyfill';
import { createSettingsStore, type SettingsStore, type StorageLike } from './store';

function browserStorage(): StorageLike {
  let sync: StorageLike['sync'];
  try {
    // Accessing storage.sync throws in some setups (Firefox without an add-on id, enterprise policy).
    sync = browser.storage.sync;
  } catch {
    sync = undefined;
  }
  return { sync, local: browser.storage.local, onChanged: browser.storage.onChanged };
}

export const settingsStore: SettingsStore = createSettingsStore(browserStorage());
