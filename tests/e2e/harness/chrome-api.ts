// The few chrome.* calls the tests make inside the extension's worker (no @types/chrome here).
// Used only as a type cast in functions that Playwright serializes into the worker.
export interface ChromeApi {
  tabs: {
    query(filter: Record<string, unknown>): Promise<Array<{ id?: number; url?: string; active?: boolean }>>;
    update(tabId: number, props: Record<string, unknown>): Promise<unknown>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
  storage: { sync: { get(key: string | null): Promise<Record<string, unknown>> } };
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
}

export type WithChrome = typeof globalThis & { chrome: ChromeApi };
