// What the extension sends over the network while it works on a hostile page: every request of the
// browser context (with the frame it came from) and, through CDP, the service worker's own requests.
import type { CDPSession, Page, Request } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';

export interface RecordedRequest {
  url: string;
  type: string;
  from: string;
}

/** Every request the browser context makes; the frame's URL tells whose it is. */
export function recordRequests(ext: ExtensionBrowser): RecordedRequest[] {
  const log: RecordedRequest[] = [];
  ext.context.on('request', (request: Request) => {
    let from = 'unknown';
    try {
      from = request.frame().url();
    } catch {
      from = request.serviceWorker()?.url() ?? 'worker';
    }
    log.push({ url: request.url(), type: request.resourceType(), from });
  });
  return log;
}

/** Network requests of the extension's service worker, seen through CDP (Playwright does not report them). */
export async function watchServiceWorker(
  ext: ExtensionBrowser,
  page: Page,
): Promise<{ requests: string[]; attached: boolean }> {
  const state = { requests: [] as string[], attached: false };
  const browser = ext.context.browser();
  let cdp: CDPSession;
  try {
    cdp = browser ? await browser.newBrowserCDPSession() : await ext.context.newCDPSession(page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: Array<{ targetId: string; type: string; url: string }>;
    };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(ext.extensionId));
    if (!worker) return state;
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    })) as {
      sessionId: string;
    };
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId?: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as {
        method?: string;
        params?: { request?: { url: string } };
      };
      if (message.method === 'Network.requestWillBeSent' && message.params?.request) {
        state.requests.push(message.params.request.url);
      }
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Network.enable', params: {} }),
    });
    state.attached = true;
  } catch {
    // Without the worker's network domain the static check of the bundles below still applies.
  }
  return state;
}

export function isFolioContext(from: string, extensionId: string): boolean {
  return from.startsWith(`chrome-extension://${extensionId}`);
}
