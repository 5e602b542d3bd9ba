// Firefox ESR with dist/firefox installed, driven over WebDriver BiDi only (browsingContext, script,
// input): tabs for served fixtures and for the add-on's own pages, key presses, polling. Nothing
// here touches the browser window's privileged globals, which differ between ESR 140 and 153.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FIREFOX_EXTENSION_UUID, type Firefox, launchFirefox } from './firefox-bidi';
import { DIST_FIREFOX, FIXTURES } from './paths';
import { type StaticServer, startStaticServer } from './static-server';

const POLL_MS = 200;
export const FIREFOX_WAIT_MS = 15_000;
// WebDriver's code for the Escape key.
const ESCAPE = '\uE00C';

export interface FirefoxWithAddon {
  firefox: Firefox;
  server: StaticServer;
  /** Opens `url` in a new foreground tab and resolves with its BiDi context once loaded. */
  openTab(url: string): Promise<string>;
  /** Opens moz-extension://UUID/<page> in a new tab. */
  openExtensionTab(page: string): Promise<string>;
  /** The browser's tab id (tabs API) for the tab showing `url`, asked from an extension page. */
  tabIdOf(extensionContext: string, url: string): Promise<number>;
  evaluate<T>(context: string, expression: string): Promise<T>;
  /** Brings the tab to the front and presses Escape in it, as a person would. */
  pressEscape(context: string): Promise<void>;
  close(): Promise<void>;
}

/** Polls `read` until `ok` holds or the time is up; resolves with the last value read. */
export async function poll<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = FIREFOX_WAIT_MS,
): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && ok(value)) return value;
    if (Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

export interface FirefoxOptions {
  /** Profile prefs beside the quiet ones (intl.locale.requested, for one). */
  prefs?: Record<string, string | number | boolean>;
  /** Add-ons to install before Folio (a language pack, so Folio starts in its locale). */
  installFirst?: readonly string[];
  /** The add-on to test (a harness build, for one); dist/firefox when absent. */
  addonDir?: string;
  /** More environment for the Firefox process. */
  env?: Record<string, string>;
}

/** Firefox with the add-on installed from dist/firefox and a server for the fixtures. */
export async function launchFirefoxWithAddon(options: FirefoxOptions = {}): Promise<FirefoxWithAddon> {
  const addonDir = options.addonDir ?? DIST_FIREFOX;
  const manifest = JSON.parse(await readFile(path.join(addonDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const server = await startStaticServer(FIXTURES);
  const firefox = await launchFirefox(
    [manifest.browser_specific_settings.gecko.id],
    options.prefs,
    options.env,
  ).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  try {
    for (const addon of options.installFirst ?? [])
      await firefox.send('webExtension.install', { extensionData: { type: 'path', path: addon } });
    await firefox.send('webExtension.install', { extensionData: { type: 'path', path: addonDir } });
  } catch (error) {
    await firefox.close();
    await server.close();
    throw error;
  }

  const openTab = async (url: string): Promise<string> => {
    const created = await firefox.send('browsingContext.create', { type: 'tab' });
    const context = created.context as string;
    await firefox.send('browsingContext.navigate', { context, url, wait: 'complete' });
    return context;
  };
  const evaluate = <T>(context: string, expression: string) =>
    firefox.evaluate(context, expression) as Promise<T>;

  return {
    firefox,
    server,
    openTab,
    openExtensionTab: (page) => openTab(`moz-extension://${FIREFOX_EXTENSION_UUID}/${page}`),
    evaluate,
    async tabIdOf(extensionContext, url) {
      const id = await poll(
        () =>
          evaluate<number | null>(
            extensionContext,
            `browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)})?.id ?? null)`,
          ),
        (value) => typeof value === 'number',
      );
      if (typeof id !== 'number') throw new Error(`no tab shows ${url}`);
      return id;
    },
    async pressEscape(context) {
      await firefox.send('browsingContext.activate', { context });
      await firefox.send('input.performActions', {
        context,
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              { type: 'keyDown', value: ESCAPE },
              { type: 'keyUp', value: ESCAPE },
            ],
          },
        ],
      });
    },
    async close() {
      await firefox.close();
      await server.close();
    },
  };
}
