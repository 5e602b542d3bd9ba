// Accessibility in real Chromium: axe-core on the popup (article, no article, settings), on the
// reader in every theme, and on the print view; forced colours and reduced motion through
// Chromium's media emulation, with screenshots of each (test-results/a11y-*.png).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SETTING_DEFINITIONS } from '../../src/extension/settings/definitions';
import { type AxeViolation, axeExpression, unacceptable } from './harness/axe';
import { describeWith } from './harness/browsers';
import { type ExtensionBrowser, launchExtension, openPopupTab, tabIdOf } from './harness/chromium';
import { screenshotPage } from './harness/screenshots';

const HOST = '[data-folio-reader]';

async function axe(page: Page, include: string | null = null): Promise<string[]> {
  const json = await page.evaluate<string>(axeExpression(include));
  return unacceptable(JSON.parse(json) as AxeViolation[]);
}

async function articleTab(ext: ExtensionBrowser, fixture = 'e2e-article.html') {
  const page = await ext.context.newPage();
  await page.goto(ext.server.url(fixture));
  return { page, tabId: await tabIdOf(ext, page) };
}

/** A style of the reader's root, read inside its shadow root. */
function readerStyle(page: Page, property: string): Promise<string> {
  return page.evaluate(
    ([sel, prop]) => {
      const root = document.querySelector(sel!)?.shadowRoot?.querySelector('.folio-root');
      return root ? getComputedStyle(root).getPropertyValue(prop!) : '';
    },
    [HOST, property],
  );
}

function readerTheme(page: Page): Promise<string | null> {
  return page.evaluate(
    (sel) =>
      document.querySelector(sel)?.shadowRoot?.querySelector('.folio-root')?.getAttribute('data-theme') ??
      null,
    HOST,
  );
}

describeWith({ browser: 'chromium' })('accessibility in Chromium (axe-core)', () => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('popup on an article, then its settings: no serious or critical violation', async () => {
    const { page, tabId } = await articleTab(ext);
    const popup = await openPopupTab(ext, tabId);
    await popup.locator('h1.folio-title').waitFor();
    expect(await axe(popup)).toEqual([]);
    // The removed-blocks list open too: its contents are part of the popup.
    await popup.locator('details.folio-removed summary').click();
    expect(await axe(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Settings' }).click();
    await popup.getByLabel('Theme').waitFor();
    expect(await axe(popup)).toEqual([]);
    await screenshotPage(popup, 'a11y-popup-settings');
    await popup.close();
    await page.close();
  });

  it('popup on a page with no article: no serious or critical violation', async () => {
    const { page, tabId } = await articleTab(ext, 'e2e-not-article.html');
    const popup = await openPopupTab(ext, tabId);
    await popup.getByRole('heading', { level: 1 }).waitFor();
    expect(await axe(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the reader in every theme: no serious or critical violation', async () => {
    const { page, tabId } = await articleTab(ext);
    const popup = await openPopupTab(ext, tabId);
    await popup.getByRole('button', { name: 'Reader view', exact: true }).click();
    await page.locator(HOST).getByRole('heading', { level: 1 }).waitFor();
    await popup.getByRole('button', { name: 'Settings' }).click();
    const seen = new Set<string>();
    for (const theme of SETTING_DEFINITIONS.theme.options) {
      await popup.getByLabel('Theme').selectOption(theme);
      await expect.poll(() => readerTheme(page)).toBe(theme);
      seen.add(await readerStyle(page, 'background-color'));
      await page.bringToFront();
      expect(await axe(page, HOST), `theme ${theme}`).toEqual([]);
      await screenshotPage(page, `a11y-reader-${theme}`);
    }
    // Every theme really drew something else (system is light here, so one fewer).
    expect(seen.size).toBe(SETTING_DEFINITIONS.theme.options.length - 1);
    await popup.getByLabel('Theme').selectOption('system');
    await popup.close();
    await page.close();
  });

  it('the print view, on screen and as printed: no serious or critical violation', async () => {
    const { page, tabId } = await articleTab(ext);
    const print = await ext.context.newPage();
    // Opened straight away instead of through "Print": the print dialog is not what is checked.
    await print.goto(`${ext.popupUrl(tabId)}&print=1`);
    await print.locator('.print-view h1.folio-title').waitFor();
    expect(await axe(print)).toEqual([]);
    await print.emulateMedia({ media: 'print' });
    expect(await axe(print)).toEqual([]);
    await print.close();
    await page.close();
  });

  it('forced colours: controls keep a border, the pressed state a system highlight, nothing vanishes', async () => {
    const { page, tabId } = await articleTab(ext);
    const popup = await openPopupTab(ext, tabId);
    await popup.emulateMedia({ forcedColors: 'active' });
    const toggle = popup.getByRole('button', { name: 'Reader view', exact: true });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const looks = await popup.evaluate(() =>
      [...document.querySelectorAll('button, select, summary')]
        // What a closed <details> holds is not drawn at all, in any colours.
        .filter((el) => el.localName === 'summary' || !el.closest('details:not([open])'))
        .map((el) => {
          const style = getComputedStyle(el);
          // A summary's edge is its <details> box.
          const edge = getComputedStyle(
            el.localName === 'summary' && el.parentElement ? el.parentElement : el,
          );
          return {
            name: el.textContent?.trim() ?? '',
            border: edge.borderTopStyle !== 'none' && Number.parseFloat(edge.borderTopWidth) > 0,
            visible: el.getClientRects().length > 0 && style.visibility !== 'hidden' && style.opacity !== '0',
            background: style.backgroundColor,
          };
        }),
    );
    expect(looks.length).toBeGreaterThan(3);
    for (const control of looks) {
      expect(control.visible, control.name).toBe(true);
      expect(control.border, control.name).toBe(true);
    }
    // The pressed toggle stands out from the unpressed buttons by more than its text.
    const pressed = looks.find((control) => control.name === 'Reader view');
    const plain = looks.find((control) => control.name === 'Settings');
    expect(pressed?.background).not.toBe(plain?.background);
    await screenshotPage(popup, 'a11y-popup-forced-colors');

    await page.emulateMedia({ forcedColors: 'active' });
    await page.bringToFront();
    await page.locator(HOST).getByRole('heading', { level: 1 }).waitFor();
    expect(await axe(page, HOST)).toEqual([]);
    await screenshotPage(page, 'a11y-reader-forced-colors');
    await toggle.click();
    await popup.close();
    await page.close();
  });

  it('reduced motion: the smooth scrolling and transitions the reader has are all turned off', async () => {
    const { page, tabId } = await articleTab(ext);
    const popup = await openPopupTab(ext, tabId);
    await popup.getByRole('button', { name: 'Reader view', exact: true }).click();
    await page.locator(HOST).getByRole('heading', { level: 1 }).waitFor();
    const moving = () =>
      page.evaluate((sel) => {
        const shadow = document.querySelector(sel)?.shadowRoot;
        if (!shadow) return ['no reader'];
        return [...shadow.querySelectorAll('*')].flatMap((el) => {
          const style = getComputedStyle(el);
          const durations = `${style.transitionDuration},${style.animationDuration}`.split(',');
          const moves = durations.some((d) => Number.parseFloat(d) > 0) || style.scrollBehavior === 'smooth';
          return moves ? [`${el.localName}.${el.className}`] : [];
        });
      }, HOST);
    // Without the preference the reader does move: its buttons fade their border.
    expect(await moving()).toContain('button.folio-action');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await moving()).toEqual([]);
    await page.bringToFront();
    await screenshotPage(page, 'a11y-reader-reduced-motion');
    await popup.close();
    await page.close();
  });
});
