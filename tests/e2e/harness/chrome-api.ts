// The chrome.* calls the tests and benchmarks make inside the extension's service worker (tabs,
// action, storage, commands), typed by @types/chrome. Only code that runs in Chromium by design
// may use the `chrome` global; the extension's shared code uses webextension-polyfill's `browser`
// (biome.json keeps `chrome` out of it).
/// <reference types="chrome" />

/** The worker's global scope, for casts in functions that Playwright serializes into the worker. */
export type WithChrome = typeof globalThis & { chrome: typeof chrome };
