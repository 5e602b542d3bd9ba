// The real toolbar click: CDP `Extensions.triggerAction` on the page's tab target opens the actual
// popup (and grants activeTab, as a person's click does). Playwright does not attach to that popup,
// so it is driven through the browser's CDP session: attach (flatten: false) and evaluate in it.
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';

const POPUP_APPEAR_MS = 5_000;
const POLL_MS = 50;

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  attached: boolean;
}

export interface ToolbarPopup {
  /** Evaluates `expression` in the popup; resolves with its (JSON) value. Promises are awaited. */
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` until it returns a truthy value; resolves with it. */
  waitFor<T>(expression: string, timeoutMs?: number): Promise<T>;
  /** Sends any CDP command to the popup (Input.dispatchKeyEvent for a keyboard walk). */
  send(method: string, params: Record<string, unknown>): Promise<unknown>;
  /** A PNG of the popup, via CDP Page.captureScreenshot. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

async function targets(cdp: CDPSession): Promise<TargetInfo[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

/** The CDP target id of the tab showing `page`. */
export async function tabTargetId(cdp: CDPSession, page: Page): Promise<string> {
  const { targetInfos } = (await cdp.send('Target.getTargets', {
    filter: [{ type: 'tab' }],
  } as never)) as { targetInfos: TargetInfo[] };
  const url = page.url();
  const match = targetInfos.find((t) => t.url === url);
  if (!match) throw new Error(`no tab target for ${url}`);
  return match.targetId;
}

/** Clicks Folio's toolbar button for `page` and returns a handle on the popup that opened. */
export function clickToolbarButton(ext: ExtensionBrowser, page: Page): Promise<ToolbarPopup> {
  return waitForToolbarPopup(ext, page, async (cdp) => {
    await cdp.send(
      'Extensions.triggerAction' as never,
      { id: ext.extensionId, targetId: await tabTargetId(cdp, page) } as never,
    );
  });
}

/** Runs `open` (a click, a key press) and returns a handle on the real popup it opened over `page`. */
export async function waitForToolbarPopup(
  ext: ExtensionBrowser,
  page: Page,
  open: (cdp: CDPSession) => Promise<void>,
): Promise<ToolbarPopup> {
  const browser = ext.context.browser();
  // A persistent context has no Browser object in some versions: fall back to a page's CDP session,
  // which also speaks the browser-wide Target and Extensions domains.
  const cdp = browser ? await browser.newBrowserCDPSession() : await ext.context.newCDPSession(page);
  const popupUrl = `chrome-extension://${ext.extensionId}/popup.html`;
  const before = new Set(
    (await targets(cdp)).filter((t) => t.url.startsWith(popupUrl)).map((t) => t.targetId),
  );
  await page.bringToFront();
  await open(cdp);
  const deadline = Date.now() + POPUP_APPEAR_MS;
  let popup: TargetInfo | undefined;
  while (!popup && Date.now() < deadline) {
    popup = (await targets(cdp)).find((t) => t.url.startsWith(popupUrl) && !before.has(t.targetId));
    if (!popup) await new Promise((r) => setTimeout(r, POLL_MS));
  }
  if (!popup) throw new Error('the toolbar click opened no popup');
  return attachPopup(cdp, popup.targetId);
}

async function attachPopup(cdp: CDPSession, targetId: string): Promise<ToolbarPopup> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const onMessage = (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id === undefined) return;
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (reply.error) waiter.reject(new Error(reply.error.message));
    else waiter.resolve(reply.result);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const send = (method: string, params: Record<string, unknown>): Promise<unknown> => {
    const id = nextId++;
    const result = new Promise<unknown>((resolve, reject) => pending.set(id, { resolve, reject }));
    cdp
      .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
      .catch((error: Error) => pending.get(id)?.reject(error));
    return result;
  };
  const evaluate = async <T>(expression: string): Promise<T> => {
    const result = (await send('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    })) as {
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (result.exceptionDetails) {
      throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    }
    return result.result.value as T;
  };
  return {
    evaluate,
    send,
    waitFor: async <T>(expression: string, timeoutMs = 10_000): Promise<T> => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await evaluate<T>(expression).catch(() => undefined);
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`timed out waiting in the popup for: ${expression}`);
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    },
    screenshot: async () => {
      const { data } = (await send('Page.captureScreenshot', { format: 'png' })) as { data: string };
      return Buffer.from(data, 'base64');
    },
    close: async () => {
      await evaluate('window.close()').catch(() => undefined);
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.detach().catch(() => undefined);
    },
  };
}
