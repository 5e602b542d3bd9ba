// The toolbar popup in real Chromium with dist/chrome loaded: the real toolbar click (CDP
// Extensions.triggerAction) on a served fixture article, the non-article message, restricted pages,
// and the detection state on the toolbar button.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { READER_SCRIPTS } from '../../src/extension/injected-scripts';
import { describeWith } from './harness/browsers';
import type { WithChrome } from './harness/chrome-api';
import { type ExtensionBrowser, launchExtension, openPopupTab, tabIdOf } from './harness/chromium';
import { REPO_ROOT } from './harness/paths';
import { saveScreenshot, screenshotPage } from './harness/screenshots';
import { clickToolbarButton } from './harness/toolbar-popup';

const ARTICLE_TITLE = 'The last lighthouse keepers of Skerry Point';
const CLUTTER = [
  'Join our community of sea lovers',
  'Share on Facebook',
  'Most read',
  'Lovely story, I visited',
];

interface PopupSnapshot {
  title: string;
  source: string;
  domainHref: string;
  body: string;
  caption: string;
  credit: string;
  creditDisplay: string;
  removedSummary: string;
  removedOpen: boolean;
  readerButton: { pressed: string | null } | null;
  width: number;
  height: number;
}

// Runs in the popup: what a person sees, as data.
const SNAPSHOT = `(() => {
  const q = (s) => document.querySelector(s);
  const credit = q('.folio-body figure .folio-credit');
  const reader = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Reader view');
  return {
    title: q('h1.folio-title')?.textContent ?? '',
    source: (q('.folio-source')?.textContent ?? '').replace(/\u00a0/g, ' '),
    domainHref: q('.folio-source a.folio-domain')?.getAttribute('href') ?? '',
    body: q('.folio-body')?.textContent ?? '',
    caption: q('.folio-body figure .folio-caption')?.textContent ?? '',
    credit: credit?.textContent ?? '',
    creditDisplay: credit ? getComputedStyle(credit).display : '',
    removedSummary: q('details.folio-removed summary')?.textContent ?? '',
    removedOpen: q('details.folio-removed')?.open ?? false,
    readerButton: reader ? { pressed: reader.getAttribute('aria-pressed') } : null,
    width: document.body.getBoundingClientRect().width,
    height: q('.popup')?.getBoundingClientRect().height ?? 0,
  };
})()`;

describeWith({ browser: 'chromium' })('popup in Chromium', () => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('the toolbar click opens the popup with the clean article', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.server.url('e2e-article.html'));
    const popup = await clickToolbarButton(ext, page);
    try {
      await popup.waitFor(`document.querySelector('h1.folio-title')?.textContent`);
      const seen = await popup.evaluate<PopupSnapshot>(SNAPSHOT);
      expect(seen.title).toBe(ARTICLE_TITLE);
      expect(seen.source).toContain('Harbour Gazette');
      expect(seen.source).toContain('127.0.0.1');
      expect(seen.source).toContain('Ada Lind');
      expect(seen.source).toContain('Tomas Berg');
      expect(seen.source).toContain('2024');
      expect(seen.source).toMatch(/\d+ min read/);
      expect(seen.domainHref).toBe(page.url());
      expect(seen.body).toContain('For a hundred and fifty years the lamp at Skerry Point');
      expect(seen.body).toContain('You never sleep through a storm');
      expect(seen.caption).toContain('The lamp room at dusk');
      expect(seen.credit).toContain('Mira Holm');
      expect(seen.creditDisplay).toBe('block');
      for (const clutter of CLUTTER) expect(seen.body).not.toContain(clutter);
      expect(seen.removedSummary).toMatch(/^Removed \d+ blocks?$/);
      expect(seen.removedOpen).toBe(false);
      expect(seen.readerButton).toEqual({ pressed: 'false' });
      // The popup keeps its size: 400px wide, within Chrome's 600px cap, the article scrolling inside.
      // (Headless Chromium draws popups in a fixed 430×510 view instead of sizing it to the content.)
      expect(seen.width).toBe(400);
      expect(seen.height).toBeLessThanOrEqual(600);
      await popup.waitFor('[...document.images].every((img) => img.complete)');
      await saveScreenshot('popup-toolbar', await popup.screenshot());
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('loads only the engine for the article; the reader view comes when the reader opens', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.server.url('e2e-article.html'));
    const tabId = await tabIdOf(ext, page);
    // What the tab's extension world holds: the article script's engine, the reader script.
    const loaded = () =>
      ext.worker.evaluate(
        async ([id, flags]) => {
          const [frame] = await (globalThis as WithChrome).chrome.scripting.executeScript({
            target: { tabId: id },
            func: (names: string[]) => names.map((name) => name in globalThis),
            args: [flags],
          });
          return frame?.result;
        },
        [tabId, READER_SCRIPTS.map((script) => script.flag)] as [number, string[]],
      );
    expect(await loaded()).toEqual([false, false]);
    const popup = await openPopupTab(ext, tabId);
    await popup.getByRole('heading', { level: 1, name: ARTICLE_TITLE }).waitFor();
    expect(await loaded()).toEqual([true, false]);
    await popup.getByRole('button', { name: 'Reader view' }).click();
    await page.locator('[data-folio-reader]').waitFor({ state: 'attached' });
    expect(await loaded()).toEqual([true, true]);
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelector('[data-folio-reader]')?.shadowRoot?.textContent ?? ''),
      )
      .toContain('For a hundred and fifty years the lamp at Skerry Point');
    await popup.close();
    await page.close();
  });

  it('marks an article on the toolbar button once the detector has run', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.server.url('e2e-article.html'));
    const tabId = await tabIdOf(ext, page);
    const title = () =>
      ext.worker.evaluate((id) => (globalThis as WithChrome).chrome.action.getTitle({ tabId: id }), tabId);
    await expect.poll(title, { timeout: 5000 }).toMatch(/article found/i);
    const other = await ext.context.newPage();
    await other.goto(ext.server.url('e2e-not-article.html'));
    const otherId = await tabIdOf(ext, other);
    await expect
      .poll(
        () =>
          ext.worker.evaluate(
            (id) => (globalThis as WithChrome).chrome.action.getTitle({ tabId: id }),
            otherId,
          ),
        { timeout: 5000 },
      )
      .toMatch(/no article/i);
    await other.close();
    await page.close();
  });

  it('says plainly that a page has no article only when the engine finds none', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.server.url('e2e-not-article.html'));
    const popup = await openPopupTab(ext, await tabIdOf(ext, page));
    await popup.getByRole('heading', { level: 1, name: 'No article found on this page' }).waitFor();
    expect(await popup.getByRole('button', { name: 'Try anyway' }).count()).toBe(0);
    expect(await popup.locator('h1.folio-title').count()).toBe(0);
    await screenshotPage(popup, 'popup-not-article');
    await popup.close();
    await page.close();
  });

  it('shows the article on a page the detector misses (a short news item in <br> lines)', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.server.url('popup-short-news-br.html'));
    const popup = await openPopupTab(ext, await tabIdOf(ext, page));
    await popup.locator('h1.folio-title').waitFor();
    expect(await popup.locator('h1.folio-title').textContent()).toBe('Ferry timetable changes from Monday');
    expect(await popup.locator('.folio-body').textContent()).toContain('twenty minutes earlier');
    await popup.close();
    await page.close();
  });

  it("sets a data table's rows one line high, its linked names beside their figures", async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.server.url('clutter-data-table-links.html'));
    const popup = await openPopupTab(ext, await tabIdOf(ext, page));
    await popup.locator('.folio-body table').waitFor();
    const rows = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLTableRowElement>('.folio-body tbody tr')].map((tr) => ({
        text: [...tr.cells].map((c) => (c.textContent ?? '').trim()).join(' | '),
        height: tr.getBoundingClientRect().height,
        line: Number.parseFloat(getComputedStyle(tr.querySelector('td')!).lineHeight),
      })),
    );
    expect(rows.map((r) => r.text)).toContain('TwinLoop | 25 € | cable | 4/5');
    expect(rows).toHaveLength(5);
    // One line of text and the cell's padding: no paragraph margins doubling each row.
    for (const r of rows) expect(r.height).toBeLessThan(2 * r.line);
    await popup.close();
    await page.close();
  });

  it('shows a video the story embeds as a link to it: the still under a play mark, then its title', async () => {
    // No network here: the host's still comes from the extension's icon.
    const still = readFileSync(path.join(REPO_ROOT, 'icons/icon-128.png'));
    await ext.context.route(/^https:\/\/i\.ytimg\.com\//, (r) =>
      r.fulfill({ body: still, contentType: 'image/png' }),
    );
    const page = await ext.context.newPage();
    await page.goto(ext.server.url('figures-embedded-video.html'));
    const popup = await openPopupTab(ext, await tabIdOf(ext, page));
    await popup.locator('.folio-body figure.folio-video').first().waitFor();
    const videos = await popup.evaluate(() =>
      [...document.querySelectorAll('.folio-body figure.folio-video')].map((fig) => {
        const link = fig.querySelector<HTMLAnchorElement>(':scope > a');
        const img = link?.querySelector('img');
        return {
          href: link?.href ?? fig.querySelector('a')?.href,
          loaded: (img?.naturalWidth ?? 0) > 0,
          ratio: img ? img.getBoundingClientRect().width / img.getBoundingClientRect().height : 0,
          playMark: link ? getComputedStyle(link, '::after').backgroundImage.startsWith('url(') : false,
          caption: fig.querySelector('figcaption .folio-caption')?.textContent,
        };
      }),
    );
    expect(videos).toEqual([
      expect.objectContaining({
        href: 'https://www.youtube.com/watch?v=AbCdEfGhIjK',
        loaded: true,
        playMark: true,
        caption: 'The Harbour at Dusk – Official Trailer',
      }),
      expect.objectContaining({ href: 'https://www.youtube.com/watch?v=Zz_9-yXwVu8&t=17s', playMark: true }),
      expect.objectContaining({
        href: 'https://vimeo.com/32246206',
        playMark: false,
        caption: 'vimeo.com/32246206',
      }),
    ]);
    // The still is cut to the player's shape, whatever the shape the host serves.
    expect(videos[0]!.ratio).toBeCloseTo(16 / 9, 1);
    expect(await popup.locator('iframe').count()).toBe(0);
    await popup.locator('.folio-body figure.folio-video').first().scrollIntoViewIfNeeded();
    await screenshotPage(popup, 'popup-embedded-video');
    await ext.context.unroute(/^https:\/\/i\.ytimg\.com\//);
    await popup.close();
    await page.close();
  });

  it('explains that browser pages cannot be read', async () => {
    const page = await ext.context.newPage();
    await page.goto('chrome://version');
    const tabId = await tabIdOf(ext, page);
    const popup = await openPopupTab(ext, tabId);
    await popup.getByRole('heading', { level: 1, name: 'Folio can’t read this page' }).waitFor();
    await popup.close();
    await page.close();
  });

  it('shows the popup in light and dark, and the settings panel', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.server.url('e2e-article.html'));
    const popup = await openPopupTab(ext, await tabIdOf(ext, page));
    await popup.locator('h1.folio-title').waitFor();
    await screenshotPage(popup, 'popup-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await screenshotPage(popup, 'popup-dark');
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.getByRole('button', { name: 'Settings' }).click();
    await popup.getByLabel('Theme').waitFor();
    await screenshotPage(popup, 'popup-settings');
    await popup.close();
    await page.close();
  });

  it('copies the article as Markdown and opens a print view of it', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.server.url('e2e-article.html'));
    const popup = await openPopupTab(ext, await tabIdOf(ext, page));
    await popup.getByRole('button', { name: 'Copy as Markdown' }).waitFor();
    // CDP cannot grant clipboard-read to an extension origin: record what is written instead, and
    // still let the real write happen ("Copied" shows only when it succeeded).
    await popup.evaluate(() => {
      const real = navigator.clipboard.writeText.bind(navigator.clipboard);
      const seen: string[] = [];
      (window as unknown as { __copied: string[] }).__copied = seen;
      navigator.clipboard.writeText = (text: string) => {
        seen.push(text);
        return real(text);
      };
    });
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await popup.locator('.folio-status').getByText('Copied', { exact: true }).waitFor();
    const markdown = await popup.evaluate(
      () => (window as unknown as { __copied: string[] }).__copied[0] ?? '',
    );
    expect(markdown.startsWith(`# ${ARTICLE_TITLE}`)).toBe(true);
    expect(markdown).toContain('## A long watch');
    expect(markdown).toContain('> You never sleep through a storm.');
    expect(markdown).not.toContain('Join our community');

    const printed = ext.context.waitForEvent('page', (p) => p.url().includes('print=1'));
    await popup.getByRole('button', { name: 'Print' }).click();
    const printView = await printed;
    await printView.locator('.print-view h1.folio-title').waitFor();
    expect(await printView.locator('.print-view h1.folio-title').textContent()).toBe(ARTICLE_TITLE);
    // The print view is the article alone: no toolbar, no settings, no reader switch.
    expect(await printView.getByRole('button').count()).toBe(0);
    await screenshotPage(printView, 'popup-print-view');
    await printView.close();
    await popup.close().catch(() => undefined);
    await page.close();
  });
});
