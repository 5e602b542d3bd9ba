// A keyboard-only walk in real Chromium: the popup opened with its shortcut (a real key press from
// xdotool into a headed Chromium on Xvfb, as in chromium-shortcut.test.ts), every control and every
// setting reached with Tab and changed with the keys a person would use, the reader opened and, in
// the page, Tab kept inside it, closed, and the focus given back. No mouse event anywhere.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SETTING_DEFINITIONS, SETTING_KEYS } from '../../src/extension/settings/definitions';
import { describeWith } from './harness/browsers';
import type { WithChrome } from './harness/chrome-api';
import { type ExtensionBrowser, launchExtension, tabIdOf } from './harness/chromium';
import { saveScreenshot, screenshotPage } from './harness/screenshots';
import { type ToolbarPopup, waitForToolbarPopup } from './harness/toolbar-popup';
import { startVirtualDisplay, type VirtualDisplay, virtualDisplayAvailable } from './harness/xvfb';

const HOST = '[data-folio-reader]';
const POPUP_COMMAND = '_execute_action';
// More stops than the popup or the reader has: a walk that never comes back round fails.
const MAX_STOPS = 60;
const CDP_SHIFT = 8;

interface Stop {
  tag: string;
  label: string;
  type: string;
  value: string;
  ring: boolean;
}

// Runs in the focused document (or the reader's shadow root): what has focus, and whether a focus
// ring is drawn on it.
const ACTIVE = `((root) => {
  let el = root.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const style = getComputedStyle(el);
  const label = (el.labels && el.labels[0] ? el.labels[0].textContent : el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 60);
  return { tag: el.localName, label, type: el.type || '', value: el.type === 'checkbox' ? String(el.checked) : String(el.value ?? ''),
    ring: el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
})(document)`;

const KEYS: Record<string, { key: string; code: string; windowsVirtualKeyCode: number; text?: string }> = {
  Tab: { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 },
  Enter: { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' },
  Space: { key: ' ', code: 'Space', windowsVirtualKeyCode: 32, text: ' ' },
  ArrowDown: { key: 'ArrowDown', code: 'ArrowDown', windowsVirtualKeyCode: 40 },
  ArrowUp: { key: 'ArrowUp', code: 'ArrowUp', windowsVirtualKeyCode: 38 },
  ArrowRight: { key: 'ArrowRight', code: 'ArrowRight', windowsVirtualKeyCode: 39 },
  ArrowLeft: { key: 'ArrowLeft', code: 'ArrowLeft', windowsVirtualKeyCode: 37 },
};

/** A key press in the real popup, through CDP's input domain (the popup is not a Playwright page). */
async function press(popup: ToolbarPopup, name: string, shift = false): Promise<void> {
  const key = KEYS[name];
  if (!key) throw new Error(`no key ${name}`);
  const modifiers = shift ? CDP_SHIFT : 0;
  await popup.send('Input.dispatchKeyEvent', {
    type: key.text ? 'keyDown' : 'rawKeyDown',
    modifiers,
    ...key,
  });
  await popup.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers, ...key });
}

/** Tabs (or shift-tabs) in the popup until the focused control's label is `label`. */
async function tabTo(popup: ToolbarPopup, label: string, shift = false): Promise<Stop> {
  for (let i = 0; i < MAX_STOPS; i++) {
    await press(popup, 'Tab', shift);
    const stop = await popup.evaluate<Stop | null>(ACTIVE);
    if (stop?.label === label) return stop;
  }
  throw new Error(`Tab never reached "${label}"`);
}

/** Tabs round the popup once from where the focus is, and returns every stop on the way. */
async function tabRound(popup: ToolbarPopup): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < MAX_STOPS; i++) {
    await press(popup, 'Tab');
    const stop = await popup.evaluate<Stop | null>(ACTIVE);
    if (stop === null) continue;
    if (stops[0] && stop.label === stops[0].label && stop.tag === stops[0].tag) return stops;
    stops.push(stop);
  }
  throw new Error(`Tab never came back round: ${stops.map((s) => s.label).join(' | ')}`);
}

async function readerStop(page: Page): Promise<{ inReader: boolean; stop: Stop | null }> {
  const stop = await page.evaluate<Stop | null>(ACTIVE);
  const inReader = await page.evaluate((sel) => document.activeElement === document.querySelector(sel), HOST);
  return { inReader, stop };
}

describeWith({ browser: 'chromium' })('keyboard only, in Chromium', () => {
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

  it('the shortcut opens the popup; Tab reaches every control and setting, keys change them all, Space opens the reader', async () => {
    const commands = await ext.worker.evaluate(() => (globalThis as WithChrome).chrome.commands.getAll());
    const shortcut = commands.find((command) => command.name === POPUP_COMMAND)?.shortcut ?? '';
    expect(shortcut, 'a shortcut for the popup').not.toBe('');
    const page = ext.context.pages()[0] ?? (await ext.context.newPage());
    await page.goto(ext.server.url('e2e-article.html'));
    const tabId = await tabIdOf(ext, page);
    const popup = await waitForToolbarPopup(ext, page, async () => {
      display?.pressKeys(shortcut.toLowerCase());
    });
    await popup.waitFor(`document.querySelector('h1.folio-title')?.textContent`);

    // The article view: toolbar first, then the source link, the actions, the removed list.
    const round = await tabRound(popup);
    const labels = round.map((stop) => stop.label);
    expect(labels.slice(0, 2)).toEqual(['Reader view', 'Settings']);
    for (const label of ['127.0.0.1', 'Copy as Markdown', 'Print']) expect(labels).toContain(label);
    expect(labels.indexOf('Copy as Markdown')).toBeLessThan(labels.indexOf('Print'));
    expect(round.some((stop) => stop.tag === 'summary')).toBe(true);
    expect(round.filter((stop) => !stop.ring).map((stop) => stop.label)).toEqual([]);
    await saveScreenshot('keyboard-popup-article', await popup.screenshot());

    // Settings: opened with Enter, then every control changed from the keyboard.
    await tabTo(popup, 'Settings');
    await press(popup, 'Enter');
    await popup.waitFor(`document.querySelector('#setting-theme') !== null`);
    expect(
      await popup.evaluate<string>(
        `document.querySelector('.settings-button').getAttribute('aria-expanded')`,
      ),
    ).toBe('true');
    // The voice per language is chosen in the reader's voice menu, not in this panel.
    const panelKeys = SETTING_KEYS.filter((k) => SETTING_DEFINITIONS[k].kind !== 'voices');
    const changed = new Set<string>();
    for (let i = 0; i < MAX_STOPS && changed.size < panelKeys.length; i++) {
      await press(popup, 'Tab');
      const stop = await popup.evaluate<Stop | null>(ACTIVE);
      if (stop === null) continue;
      expect(stop.ring, `focus ring on ${stop.label}`).toBe(true);
      const key = SETTING_KEYS.find((k) => SETTING_DEFINITIONS[k].label === stop.label);
      if (stop.tag === 'button' && stop.label.startsWith('Add ')) {
        await press(popup, 'Enter');
        await popup.waitFor(`[...document.querySelectorAll('.sites button')].length > 0`);
        changed.add('autoOpenSites');
        continue;
      }
      if (!key || changed.has(key)) continue;
      if (stop.type === 'checkbox') await press(popup, 'Space');
      else if (stop.tag === 'select' || stop.type === 'range') {
        await press(popup, stop.tag === 'select' ? 'ArrowDown' : 'ArrowRight');
        const after = await popup.evaluate<Stop | null>(ACTIVE);
        // At the end of its range: the other way.
        if (after?.value === stop.value) await press(popup, stop.tag === 'select' ? 'ArrowUp' : 'ArrowLeft');
      }
      const after = await popup.evaluate<Stop | null>(ACTIVE);
      expect(after?.value, `${stop.label} changed by keyboard`).not.toBe(stop.value);
      changed.add(key);
    }
    expect([...changed].sort()).toEqual([...panelKeys].sort());
    const saved = await ext.worker.evaluate(() => (globalThis as WithChrome).chrome.storage.sync.get(null));
    expect(JSON.stringify(saved)).toContain('127.0.0.1');
    await saveScreenshot('keyboard-popup-settings', await popup.screenshot());
    // The site goes again with its Remove button, so the reader does not open by itself later.
    await tabTo(popup, 'Remove 127.0.0.1');
    await press(popup, 'Enter');
    await popup.waitFor(`[...document.querySelectorAll('.sites button')].length === 0`);

    // Back to the article (Shift+Tab to "Settings", Enter), then the reader with Space.
    await tabTo(popup, 'Settings', true);
    await press(popup, 'Enter');
    await popup.waitFor(`document.querySelector('h1.folio-title') !== null`);
    await tabTo(popup, 'Reader view', true);
    await press(popup, 'Space');
    await popup.waitFor(`document.querySelector('.reader-toggle')?.getAttribute('aria-pressed') === 'true'`);
    await popup.waitFor(
      `document.querySelector('[role=status]')?.textContent.startsWith('Reader view opened')`,
    );
    await expect.poll(() => page.evaluate((sel) => document.querySelector(sel) !== null, HOST)).toBe(true);
    await popup.close();
    await ext.worker.evaluate(() => (globalThis as WithChrome).chrome.storage.sync.clear());
    expect(tabId).toBeGreaterThan(0);
    // The page stays: closing a headed window's last tab would close the browser.
  });

  it('in the page: Tab stays inside the open reader, Escape or its Close button closes it, and the focus comes back', async () => {
    // Whatever the walk above left (it may have stopped with this site set to open the reader by
    // itself), this test starts from the defaults: settings live in both areas.
    await ext.worker.evaluate(async () => {
      const { storage } = (globalThis as WithChrome).chrome;
      await Promise.all([storage.sync.clear(), storage.local.clear()]);
    });
    const page = ext.context.pages()[0] ?? (await ext.context.newPage());
    await page.goto(ext.server.url('e2e-article.html'));
    await page.bringToFront();
    // A link of the page has the focus (from the keyboard) before the reader opens.
    const focusedLink = () =>
      page.evaluate(() =>
        document.activeElement?.localName === 'a' ? document.activeElement.outerHTML : '',
      );
    for (let i = 0; i < MAX_STOPS && (await focusedLink()) === ''; i++) await page.keyboard.press('Tab');
    const before = await focusedLink();
    expect(before).not.toBe('');
    const commands = await ext.worker.evaluate(() => (globalThis as WithChrome).chrome.commands.getAll());
    const shortcut = commands.find((command) => command.name === 'toggle-reader')?.shortcut ?? '';
    display?.pressKeys(shortcut.toLowerCase());
    await page.locator(HOST).getByRole('heading', { level: 1 }).waitFor();
    // Its opening is said in the reader's own live region.
    await expect
      .poll(() => page.locator(HOST).getByRole('status').textContent())
      .toMatch(/^Reader view opened: /);

    // Round the reader once: every stop inside it, each with a focus ring, and back to the first.
    const stops: Stop[] = [];
    for (let i = 0; i < MAX_STOPS; i++) {
      await page.keyboard.press('Tab');
      const { inReader, stop } = await readerStop(page);
      expect(inReader, `stop ${i} is in the reader`).toBe(true);
      if (stop === null) continue;
      if (stops[0] && stop.label === stops[0].label) break;
      stops.push(stop);
    }
    expect(stops[0]?.label).toBe('Close reader view');
    expect(stops.map((stop) => stop.label)).toEqual(expect.arrayContaining(['Copy as Markdown', 'Print']));
    expect(stops.filter((stop) => !stop.ring).map((stop) => stop.label)).toEqual([]);
    // And backwards from the first stop to the last.
    await page.keyboard.press('Shift+Tab');
    expect((await readerStop(page)).stop?.label).toBe(stops[stops.length - 1]?.label);
    await screenshotPage(page, 'keyboard-reader-focus');

    // Close with its button (Enter), focus back on the page's link.
    while ((await readerStop(page)).stop?.label !== 'Close reader view') await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate((sel) => document.querySelector(sel) !== null, HOST)).toBe(false);
    expect(await focusedLink()).toBe(before);

    // Open again with the shortcut, close with Escape: the same.
    display?.pressKeys(shortcut.toLowerCase());
    await page.locator(HOST).getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate((sel) => document.querySelector(sel) !== null, HOST)).toBe(false);
    expect(await focusedLink()).toBe(before);
  });
});
