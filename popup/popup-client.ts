// Everything the popup needs from the browser, behind one interface: the real one talks to the
// extension (extension-client.ts); unit tests pass a fake with canned data.
import type { GetArticleResponse } from '../src/extension/messages';
import type { Settings } from '../src/extension/settings/definitions';
import type { FixesStore } from '../src/extension/site-fixes/fixes-store';
import type { RepairOp } from '../src/ui/repair/repair-types';

export interface TargetTab {
  id: number;
  url: string;
}

export interface PopupClient {
  /** The tab to read: `?tab=ID` when given, else the active tab of the last focused window. */
  resolveTarget(): Promise<TargetTab | null>;
  /**
   * Loads the reader script into the tab if needed and asks it for the article. The engine runs
   * whatever the detector thought: a short news item it missed still opens (issue 15).
   */
  getArticle(tabId: number): Promise<GetArticleResponse>;
  /** Opens, closes (or with `open` undefined toggles) the in-page reader; resolves to its new state. */
  setReader(tabId: number, open?: boolean): Promise<boolean>;
  loadSettings(): Promise<Settings>;
  /** Saves the valid keys of `patch`; resolves to the settings now stored. */
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  copyText(text: string): Promise<void>;
  /** Opens the article in a print-ready tab and prints it. */
  print(tabId: number): Promise<void>;
  /** Read aloud: opens the reader in the tab, which starts speaking; the popup then closes. */
  listen?(tabId: number): Promise<void>;
  /** The shortcut set for read aloud ('' when none), for the Listen button's tooltip. */
  listenShortcut?(): Promise<string>;
  /** A site fix in the tab (put back, save, undo, turn off); resolves to the new article. */
  repair?(tabId: number, op: Exclude<RepairOp, { op: 'pick' }>): Promise<GetArticleResponse>;
  /** Starts the article picker in the tab, which opens the reader on the block picked. */
  pickArticle?(tabId: number): Promise<void>;
  /** Where site fixes are kept, for the settings' "Site fixes" section. */
  fixes?: FixesStore;
}
