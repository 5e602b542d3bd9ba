// Reading comfort in real Chromium: line focus moved by the keyboard, the table of contents (side
// list and menu, by click and keyboard, the current section marked while scrolling), WCAG 1.4.12
// text spacing without overlap or clipping, and the reading position offered on reopening.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWith } from './harness/browsers';
import { type ExtensionBrowser, launchExtension, openPopupTab, tabIdOf } from './harness/chromium';
import {
  BAND,
  type BandState,
  clickInReader,
  FOCUS_CONTENTS_BUTTON,
  headingOffset,
  PARAGRAPH_LINE_HEIGHT,
  PROGRESS,
  type ProgressState,
  type SpacingReport,
  scrollReaderTo,
  scrollToHeading,
  spacingReport,
  TOC,
  type TocState,
  WCAG_SPACING,
  wcagSpacingApplied,
} from './harness/comfort-probes';
import { screenshotPage } from './harness/screenshots';

const FIXTURE = 'e2e-long-article.html';
const HEADINGS = [
  'The harbour before dawn',
  'Crossing the sound',
  'The wreck of the Nordlys',
  'Life on the outer islands',
  'Winter storms',
  'What the future holds',
];
const WIDE = { width: 1440, height: 900 };
const NARROW = { width: 760, height: 800 };

interface WithStorage {
  chrome: { storage: { local: { remove(key: string): Promise<void> } } };
}

describeWith({ browser: 'chromium' })('reading comfort in Chromium', () => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  /** The long article in a tab of this size, its popup (as a tab) with the settings open. */
  async function articleAndPopup(size: {
    width: number;
    height: number;
  }): Promise<{ page: Page; popup: Page }> {
    const page = await ext.context.newPage();
    await page.setViewportSize(size);
    await page.goto(ext.server.url(FIXTURE));
    const popup = await openPopupTab(ext, await tabIdOf(ext, page));
    await popup.getByRole('button', { name: 'Settings' }).click();
    return { page, popup };
  }

  async function openReader(page: Page, popup: Page): Promise<void> {
    await popup.getByRole('button', { name: 'Reader view', exact: true }).click();
    await expect
      .poll(() => page.evaluate(`document.querySelector('[data-folio-reader]') !== null`))
      .toBe(true);
    await page.bringToFront();
  }

  async function closeAll(page: Page, popup: Page): Promise<void> {
    await popup.close();
    await page.close();
  }

  it('line focus uncovers three lines and ↑/↓ move it, keeping it in view; off, the arrows are left alone', async () => {
    const { page, popup } = await articleAndPopup(NARROW);
    await popup.getByLabel('Line focus').selectOption('three');
    await openReader(page, popup);
    const band = () => page.evaluate(BAND) as Promise<BandState | null>;
    await expect.poll(async () => (await band())?.line).toBeGreaterThanOrEqual(0);
    const start = (await band()) as BandState;
    expect(start.last - start.first).toBe(2);
    const lineHeight = (await page.evaluate(PARAGRAPH_LINE_HEIGHT)) as number;

    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await band())?.line).toBe(start.line + 4);
    const moved = (await band()) as BandState;
    expect(moved.first).toBe(moved.line - 1);
    expect(moved.last).toBe(moved.line + 1);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await band())?.line).toBe(start.line + 3);

    // Far down the article: the reader scrolls so the band stays in view, below the toolbar.
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await band())?.line).toBe(start.line + 43);
    // The band's transition has settled once two reads agree.
    await page.waitForTimeout(300);
    const far = (await band()) as BandState;
    expect(far.scrollTop).toBeGreaterThan(0);
    expect(far.top).toBeGreaterThanOrEqual(far.viewTop);
    expect(far.bottom).toBeLessThanOrEqual(far.viewBottom);
    // Three body lines (text boxes plus a little padding): more than two lines, less than four.
    expect(far.bottom - far.top).toBeGreaterThan(2 * lineHeight);
    expect(far.bottom - far.top).toBeLessThan(4 * lineHeight);
    await screenshotPage(page, 'comfort-line-focus');

    // The pointer takes the band to the line under it.
    await page.mouse.move(NARROW.width / 2, far.viewTop + 40);
    await expect.poll(async () => (await band())?.line).toBeLessThan(far.line);

    await popup.getByLabel('Line focus').selectOption('off');
    await expect.poll(band).toBeNull();
    // The pointer's band move may still be scrolling the reader: read the progress once it rests.
    const readProgress = async () => ((await page.evaluate(PROGRESS)) as ProgressState).progress;
    let before = await readProgress();
    let settled = false;
    for (let i = 0; i < 25 && !settled; i++) {
      await page.waitForTimeout(200);
      const now = await readProgress();
      settled = now === before;
      before = now;
    }
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(async () => ((await page.evaluate(PROGRESS)) as ProgressState).progress)
      .toBeGreaterThan(before);
    await closeAll(page, popup);
  });

  it('the contents: a side list on a wide window that marks the section being read and goes to a section on click', async () => {
    const { page, popup } = await articleAndPopup(WIDE);
    await openReader(page, popup);
    const toc = () => page.evaluate(TOC) as Promise<TocState | null>;
    await expect.poll(async () => (await toc())?.layout).toBe('side');
    const state = (await toc()) as TocState;
    expect(state.expanded).toBe('true');
    expect(state.listShown).toBe(true);
    expect(state.links.map((link) => link.text)).toEqual(HEADINGS);

    await page.evaluate(clickInReader('Life on the outer islands'));
    await expect.poll(() => page.evaluate(headingOffset('Life on the outer islands'))).toBeLessThan(40);
    expect(await page.evaluate(headingOffset('Life on the outer islands'))).toBeGreaterThanOrEqual(-1);
    await expect.poll(async () => (await toc())?.focused).toBe('Life on the outer islands');
    await expect
      .poll(async () => (await toc())?.links.findIndex((link) => link.current))
      .toBe(HEADINGS.indexOf('Life on the outer islands'));
    await screenshotPage(page, 'comfort-toc-side');

    // Scrolling marks the section now being read.
    await page.evaluate(scrollToHeading('Crossing the sound'));
    await expect.poll(async () => (await toc())?.links.findIndex((link) => link.current)).toBe(1);
    await page.evaluate(scrollReaderTo(0));
    await expect
      .poll(async () => (await toc())?.links.findIndex((link) => link.current))
      .toBeLessThanOrEqual(0);

    // Collapsible.
    await page.evaluate(clickInReader('Contents'));
    await expect.poll(async () => (await toc())?.listShown).toBe(false);
    await closeAll(page, popup);
  });

  it('the contents: a menu on a narrow window, used with the keyboard alone; Escape closes the menu, then the reader', async () => {
    const { page, popup } = await articleAndPopup(NARROW);
    await openReader(page, popup);
    const toc = () => page.evaluate(TOC) as Promise<TocState | null>;
    await expect.poll(async () => (await toc())?.layout).toBe('menu');
    expect(await toc()).toMatchObject({ expanded: 'false', listShown: false });

    await page.evaluate(FOCUS_CONTENTS_BUTTON);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await toc())?.listShown).toBe(true);
    await screenshotPage(page, 'comfort-toc-menu');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await toc())?.focused).toBe(HEADINGS[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await toc())?.focused).toBe('The wreck of the Nordlys');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await toc())?.listShown).toBe(false);
    await expect.poll(() => page.evaluate(headingOffset('The wreck of the Nordlys'))).toBeLessThan(40);
    expect(await page.evaluate(headingOffset('The wreck of the Nordlys'))).toBeGreaterThanOrEqual(-1);
    expect((await toc())?.focused).toBe('The wreck of the Nordlys');
    await expect.poll(async () => (await toc())?.links.findIndex((link) => link.current)).toBe(2);

    await page.evaluate(FOCUS_CONTENTS_BUTTON);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await toc())?.listShown).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await toc())?.listShown).toBe(false);
    expect(await page.evaluate(`document.querySelector('[data-folio-reader]') !== null`)).toBe(true);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(`document.querySelector('[data-folio-reader]') !== null`))
      .toBe(false);
    await closeAll(page, popup);
  });

  it('WCAG 1.4.12 text spacing: applied live, and nothing in the reader or the popup overlaps or is clipped', async () => {
    const { page, popup } = await articleAndPopup(NARROW);
    await openReader(page, popup);
    for (const [label, value] of Object.entries(WCAG_SPACING)) {
      await popup.getByLabel(label, { exact: true }).fill(String(value));
    }
    const report = () => page.evaluate(spacingReport('reader')) as Promise<SpacingReport>;
    await expect.poll(async () => wcagSpacingApplied(await report())).toBe(true);
    const reader = await report();
    expect(reader.letterSpacing).toBeCloseTo(0.12 * reader.fontSize, 1);
    expect(reader.wordSpacing).toBeCloseTo(0.16 * reader.fontSize, 1);
    expect(reader.lineHeight).toBeCloseTo(1.5 * reader.fontSize, 1);
    expect(reader.overlaps).toEqual([]);
    expect(reader.clipped).toEqual([]);
    expect(reader.rootScrollsSideways).toBe(false);
    await screenshotPage(page, 'comfort-wcag-spacing');

    await page.setViewportSize(WIDE);
    await expect.poll(async () => ((await page.evaluate(TOC)) as TocState | null)?.layout).toBe('side');
    const wide = await report();
    expect(wide.overlaps).toEqual([]);
    expect(wide.clipped).toEqual([]);

    await popup.reload();
    const inPopup = (await (async () => {
      await popup.locator('.folio-body p').first().waitFor();
      return popup.evaluate(spacingReport('popup'));
    })()) as SpacingReport;
    expect(inPopup.letterSpacing).toBeCloseTo(0.12 * inPopup.fontSize, 1);
    expect(inPopup.overlaps).toEqual([]);
    expect(inPopup.clipped).toEqual([]);
    expect(inPopup.rootScrollsSideways).toBe(false);
    await screenshotPage(popup, 'comfort-wcag-spacing-popup');

    // Back to the defaults for the other tests.
    await popup.getByRole('button', { name: 'Settings' }).click();
    await popup.getByLabel('Letter spacing', { exact: true }).fill('0');
    await popup.getByLabel('Word spacing', { exact: true }).fill('0');
    await popup.getByLabel('Paragraph spacing', { exact: true }).fill('0.9');
    await popup.getByLabel('Line height', { exact: true }).fill('1.6');
    await closeAll(page, popup);
  });

  it('shows progress and time left, remembers the position and offers it when the article is opened again', async () => {
    // The other tests' scrolling was remembered too: start from nothing remembered.
    await ext.worker.evaluate(() =>
      (globalThis as unknown as WithStorage).chrome.storage.local.remove('folio.positions'),
    );
    const first = await articleAndPopup(NARROW);
    await openReader(first.page, first.popup);
    const progress = (page: Page) => page.evaluate(PROGRESS) as Promise<ProgressState>;
    await expect.poll(async () => (await progress(first.page)).minutesLeft).toMatch(/^\d+ min left$/);
    expect((await progress(first.page)).offered).toBe(false);
    const atTop = Number.parseInt((await progress(first.page)).minutesLeft, 10);
    await first.page.evaluate(scrollReaderTo(0.6));
    await expect.poll(async () => (await progress(first.page)).bar).toMatch(/scaleX\(0\.[56]/);
    const later = Number.parseInt((await progress(first.page)).minutesLeft, 10);
    expect(later).toBeLessThan(atTop);
    // Saved once scrolling pauses; then the tab is closed with the reader open.
    await first.page.waitForTimeout(1500);
    await closeAll(first.page, first.popup);

    const again = await articleAndPopup(NARROW);
    await openReader(again.page, again.popup);
    await expect.poll(async () => (await progress(again.page)).offered).toBe(true);
    expect((await progress(again.page)).progress).toBeLessThan(0.05);
    await screenshotPage(again.page, 'comfort-resume-offer');
    await again.page.evaluate(clickInReader('Continue where you left off'));
    await expect.poll(async () => (await progress(again.page)).offered).toBe(false);
    expect((await progress(again.page)).progress).toBeCloseTo(0.6, 1);
    await closeAll(again.page, again.popup);
  });
});
