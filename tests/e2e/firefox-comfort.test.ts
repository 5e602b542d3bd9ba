// Reading comfort in Firefox ESR (headless, WebDriver BiDi): line focus moved by real key presses,
// the contents (side list by click, menu by keyboard, current section marked), WCAG 1.4.12 text
// spacing without overlap or clipping, and the reading position offered on reopening.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWith } from './harness/browsers';
import {
  BAND,
  type BandState,
  clickInReader,
  FOCUS_CONTENTS_BUTTON,
  headingOffset,
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
import { type FirefoxWithAddon, launchFirefoxWithAddon, poll } from './harness/firefox-pages';
import { DIST_FIREFOX } from './harness/paths';
import { saveScreenshot } from './harness/screenshots';

const FIXTURE = 'e2e-long-article.html';
const READER_OPEN = `document.querySelector('[data-folio-reader]') !== null`;
// WebDriver's key codes.
const KEYS = { ArrowUp: '\uE013', ArrowDown: '\uE015', Enter: '\uE007', Escape: '\uE00C' } as const;
const WIDE = { width: 1440, height: 900 };
const NARROW = { width: 760, height: 800 };

const button = (name: string) =>
  `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)})`;
const labelled = (name: string) =>
  `[...document.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(name)})?.control`;
/** Sets the popup's field labelled `name` as a person's change would (select or slider). */
const setField = (name: string, value: string) => `(() => {
  const field = ${labelled(name)};
  field.value = ${JSON.stringify(value)};
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return field.value;
})()`;

describeWith({ browser: 'firefox', build: DIST_FIREFOX })('reading comfort in Firefox', () => {
  let ff: FirefoxWithAddon;

  beforeAll(async () => {
    ff = await launchFirefoxWithAddon();
  });
  afterAll(async () => {
    await ff?.close();
  });

  async function press(context: string, ...keys: (keyof typeof KEYS)[]): Promise<void> {
    await ff.firefox.send('browsingContext.activate', { context });
    await ff.firefox.send('input.performActions', {
      context,
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: keys.flatMap((key) => [
            { type: 'keyDown', value: KEYS[key] },
            { type: 'keyUp', value: KEYS[key] },
          ]),
        },
      ],
    });
  }

  const read = <T>(context: string, expression: string) => ff.evaluate<T>(context, expression);
  const until = <T>(context: string, expression: string, ok: (value: T) => boolean) =>
    poll(() => read<T>(context, expression), ok);

  /** The long article in a tab of this size, and its popup (as a tab) with the settings open. */
  async function articleAndPopup(size: {
    width: number;
    height: number;
  }): Promise<{ page: string; popup: string }> {
    const url = ff.server.url(FIXTURE);
    const page = await ff.openTab(url);
    await ff.firefox.send('browsingContext.setViewport', { context: page, viewport: size });
    const lookup = await ff.openExtensionTab('popup.html');
    const tabId = await ff.tabIdOf(lookup, url);
    await ff.firefox.send('browsingContext.close', { context: lookup });
    const popup = await ff.openExtensionTab(`popup.html?tab=${tabId}`);
    expect(
      await until<boolean>(popup, `${button('Reader view')}?.disabled === false`, (ready) => ready),
    ).toBe(true);
    await read(popup, `${button('Settings')}.click()`);
    expect(await until<boolean>(popup, `${labelled('Line focus')} != null`, (shown) => shown)).toBe(true);
    return { page, popup };
  }

  async function openReader(page: string, popup: string): Promise<void> {
    await read(popup, `${button('Reader view')}.click()`);
    expect(await until<boolean>(page, READER_OPEN, (open) => open)).toBe(true);
    await ff.firefox.send('browsingContext.activate', { context: page });
  }

  async function shoot(page: string, name: string): Promise<void> {
    const shot = (await ff.firefox.send('browsingContext.captureScreenshot', { context: page })) as {
      data: string;
    };
    await saveScreenshot(name, Buffer.from(shot.data, 'base64'));
  }

  async function closeAll(...contexts: string[]): Promise<void> {
    for (const context of contexts) await ff.firefox.send('browsingContext.close', { context });
  }

  it('line focus uncovers three lines and ↑/↓ move it', async () => {
    const { page, popup } = await articleAndPopup(NARROW);
    expect(await read(popup, setField('Line focus', 'three'))).toBe('three');
    await openReader(page, popup);
    const start = (await until<BandState | null>(page, BAND, (band) => band !== null)) as BandState;
    expect(start.last - start.first).toBe(2);
    await press(page, 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown');
    const moved = await until<BandState | null>(page, BAND, (band) => band?.line === start.line + 4);
    expect(moved?.line).toBe(start.line + 4);
    expect(moved?.first).toBe(start.line + 3);
    await press(page, 'ArrowUp');
    expect((await until<BandState | null>(page, BAND, (band) => band?.line === start.line + 3))?.line).toBe(
      start.line + 3,
    );
    await shoot(page, 'firefox-comfort-line-focus');
    expect(await read(popup, setField('Line focus', 'off'))).toBe('off');
    expect(await until<BandState | null>(page, BAND, (band) => band === null)).toBeNull();
    await closeAll(popup, page);
  });

  it('the contents: a side list on a wide window goes to a section and marks it; scrolling moves the mark', async () => {
    const { page, popup } = await articleAndPopup(WIDE);
    await openReader(page, popup);
    const toc = await until<TocState | null>(page, TOC, (state) => state?.layout === 'side');
    expect(toc).toMatchObject({ layout: 'side', expanded: 'true', listShown: true });
    expect(toc?.links).toHaveLength(6);
    await read(page, clickInReader('Life on the outer islands'));
    const offset = await until<number>(page, headingOffset('Life on the outer islands'), (top) => top < 40);
    expect(offset).toBeLessThan(40);
    expect(offset).toBeGreaterThanOrEqual(-1);
    const marked = await until<TocState | null>(page, TOC, (state) => state?.links[3]?.current === true);
    expect(marked?.focused).toBe('Life on the outer islands');
    await read(page, scrollToHeading('Crossing the sound'));
    expect(
      (await until<TocState | null>(page, TOC, (state) => state?.links[1]?.current === true))?.links[1],
    ).toEqual({
      text: 'Crossing the sound',
      current: true,
    });
    await shoot(page, 'firefox-comfort-toc-side');
    await closeAll(popup, page);
  });

  it('the contents: a menu on a narrow window, by keyboard; Escape closes the menu before the reader', async () => {
    const { page, popup } = await articleAndPopup(NARROW);
    await openReader(page, popup);
    expect(await until<TocState | null>(page, TOC, (state) => state?.layout === 'menu')).toMatchObject({
      expanded: 'false',
      listShown: false,
    });
    await read(page, FOCUS_CONTENTS_BUTTON);
    await press(page, 'Enter');
    expect((await until<TocState | null>(page, TOC, (state) => state?.listShown === true))?.expanded).toBe(
      'true',
    );
    await press(page, 'ArrowDown');
    await until<TocState | null>(page, TOC, (state) => state?.focused === 'The harbour before dawn');
    await press(page, 'ArrowDown', 'ArrowDown');
    expect(
      (await until<TocState | null>(page, TOC, (state) => state?.focused === 'The wreck of the Nordlys'))
        ?.focused,
    ).toBe('The wreck of the Nordlys');
    await press(page, 'Enter');
    expect(
      await until<number>(page, headingOffset('The wreck of the Nordlys'), (top) => top < 40),
    ).toBeLessThan(40);
    expect((await read<TocState>(page, TOC)).listShown).toBe(false);

    await read(page, FOCUS_CONTENTS_BUTTON);
    await press(page, 'Enter');
    await until<TocState | null>(page, TOC, (state) => state?.listShown === true);
    await press(page, 'Escape');
    expect((await until<TocState | null>(page, TOC, (state) => state?.listShown === false))?.listShown).toBe(
      false,
    );
    expect(await read(page, READER_OPEN)).toBe(true);
    await press(page, 'Escape');
    expect(await until<boolean>(page, READER_OPEN, (open) => !open)).toBe(false);
    await closeAll(popup, page);
  });

  it('WCAG 1.4.12 text spacing: applied live, nothing overlaps or is clipped', async () => {
    const { page, popup } = await articleAndPopup(NARROW);
    await openReader(page, popup);
    for (const [label, value] of Object.entries(WCAG_SPACING))
      await read(popup, setField(label, String(value)));
    const report = (await until<SpacingReport>(
      page,
      spacingReport('reader'),
      wcagSpacingApplied,
    )) as SpacingReport;
    expect(report.letterSpacing).toBeCloseTo(0.12 * report.fontSize, 1);
    expect(report.wordSpacing).toBeCloseTo(0.16 * report.fontSize, 1);
    expect(report.lineHeight).toBeCloseTo(1.5 * report.fontSize, 1);
    expect(report.overlaps).toEqual([]);
    expect(report.clipped).toEqual([]);
    expect(report.rootScrollsSideways).toBe(false);
    await shoot(page, 'firefox-comfort-wcag-spacing');
    for (const [label, value] of Object.entries({
      'Letter spacing': '0',
      'Word spacing': '0',
      'Paragraph spacing': '0.9',
      'Line height': '1.6',
    })) {
      await read(popup, setField(label, value));
    }
    await closeAll(popup, page);
  });

  it('remembers the reading position and offers it when the article is opened again', async () => {
    const ext = await ff.openExtensionTab('popup.html');
    await read(ext, `browser.storage.local.remove('folio.positions').then(() => true)`);
    await closeAll(ext);
    const first = await articleAndPopup(NARROW);
    await openReader(first.page, first.popup);
    expect(
      (
        await until<ProgressState | null>(first.page, PROGRESS, (state) =>
          /min left/.test(state?.minutesLeft ?? ''),
        )
      )?.offered,
    ).toBe(false);
    await read(first.page, scrollReaderTo(0.6));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await closeAll(first.popup, first.page);

    const again = await articleAndPopup(NARROW);
    await openReader(again.page, again.popup);
    const offered = await until<ProgressState | null>(
      again.page,
      PROGRESS,
      (state) => state?.offered === true,
    );
    expect(offered?.offered).toBe(true);
    expect(offered?.progress).toBeLessThan(0.05);
    await read(again.page, clickInReader('Continue where you left off'));
    const resumed = await until<ProgressState | null>(
      again.page,
      PROGRESS,
      (state) => state?.offered === false,
    );
    expect(resumed?.progress).toBeCloseTo(0.6, 1);
    await closeAll(again.popup, again.page);
  });
});
