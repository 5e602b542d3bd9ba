// The keyboard shortcut (manifest command "toggle-reader") in real Chromium. Extension commands
// are browser accelerators: headless Chromium does not route key events to them (CDP key events go
// straight to the page). So this file runs a headed Chromium on a virtual X display and types the
// shortcut with xdotool, which goes through the same path as a person's key press. Without Xvfb and
// xdotool it falls back, loudly, to checking that Chromium registered the shortcut (in CI it fails).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWith } from './harness/browsers';
import type { WithChrome } from './harness/chrome-api';
import { type ExtensionBrowser, launchExtension, tabIdOf } from './harness/chromium';
import { startVirtualDisplay, type VirtualDisplay, virtualDisplayAvailable } from './harness/xvfb';

const HOST = '[data-folio-reader]';
const COMMAND = 'toggle-reader';

/** "Alt+Shift+Y" (Chrome's spelling) → "alt+shift+y" (xdotool's key names are lower case). */
function toXdotool(shortcut: string): string {
  return shortcut
    .split('+')
    .map((key) => key.toLowerCase())
    .join('+');
}

describeWith({ browser: 'chromium' })('keyboard shortcut in Chromium', () => {
  let ext: ExtensionBrowser;
  let display: VirtualDisplay | null = null;

  beforeAll(async () => {
    if (!virtualDisplayAvailable())
      throw new Error('real key presses need Xvfb and xdotool (apt-get install xvfb xdotool)');
    display = await startVirtualDisplay();
    ext = await launchExtension({ display: display.display });
  });
  afterAll(async () => {
    await ext?.close();
    display?.stop();
  });

  it('Chromium assigns the reader shortcut from the manifest', async () => {
    const commands = await ext.worker.evaluate(() => (globalThis as WithChrome).chrome.commands.getAll());
    const toggle = commands.find((command) => command.name === COMMAND);
    expect(toggle, 'manifest command toggle-reader').toBeDefined();
    // An empty shortcut means Chromium refused the suggested key (it clashes with a browser shortcut).
    expect(toggle?.shortcut ?? '').not.toBe('');
  });

  it('pressing the shortcut opens the reader, pressing it again closes it', async () => {
    const commands = await ext.worker.evaluate(() => (globalThis as WithChrome).chrome.commands.getAll());
    const shortcut = commands.find((command) => command.name === COMMAND)?.shortcut ?? '';
    expect(shortcut).not.toBe('');
    const page = ext.context.pages()[0] ?? (await ext.context.newPage());
    await page.goto(ext.server.url('e2e-article.html'));
    await tabIdOf(ext, page);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const isOpen = () => page.evaluate((sel) => document.querySelector(sel) !== null, HOST);

    display?.pressKeys(toXdotool(shortcut));
    await expect.poll(isOpen, { timeout: 5000 }).toBe(true);
    expect(
      await page
        .locator(HOST)
        .getByRole('heading', { level: 1, name: 'The last lighthouse keepers of Skerry Point' })
        .isVisible(),
    ).toBe(true);

    display?.pressKeys(toXdotool(shortcut));
    await expect.poll(isOpen, { timeout: 5000 }).toBe(false);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });
});
