// Reading positions kept in browser.storage.local: this device only (a position is not worth a
// sync quota), as a bounded list (src/ui/comfort/position-store.ts) under one key.
import browser from 'webextension-polyfill';
import {
  POSITIONS_STORAGE_KEY,
  type PositionMemory,
  parsePositions,
  positionKey,
  recallPosition,
  rememberPosition,
} from '../../ui/comfort/position-store';

async function load() {
  const stored = await browser.storage.local.get(POSITIONS_STORAGE_KEY);
  return parsePositions(stored[POSITIONS_STORAGE_KEY]);
}

export const readingPositions: PositionMemory = {
  async recall(url) {
    return recallPosition(await load(), positionKey(url));
  },
  async remember(url, progress) {
    const next = rememberPosition(await load(), positionKey(url), progress, Date.now());
    await browser.storage.local.set({ [POSITIONS_STORAGE_KEY]: next });
  },
};
