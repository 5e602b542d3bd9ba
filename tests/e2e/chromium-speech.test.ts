// Read aloud in real Chromium. Two engines (README, "Read aloud"): the browser's own voices
// (espeak-ng through speech-dispatcher) where Chromium can run them here, and the scripted engine
// (the e2e build only) for what needs speech to run to the end, which headless Chromium's real
// voices do not (no audio device: `start` arrives, `end` never does).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWith } from './harness/browsers';
import { type ExtensionBrowser, launchExtension, openPopupTab, tabIdOf } from './harness/chromium';
import { screenshotPage } from './harness/screenshots';
import { buildScriptedSpeech, type ScriptedSpeechBuild } from './harness/speech-build';
import { type NullAudioSpeech, nullAudioSpeech } from './harness/speech-dispatcher';
import {
  HIGHLIGHT_SOURCE,
  highlighted,
  holdSpeech,
  SENTENCE,
  scrollRest,
  speechStatus,
  WORD,
} from './harness/speech-page';

const HOST = '[data-folio-reader]';
const TITLE = 'The last lighthouse keepers of Skerry Point';
const SECOND_PARAGRAPH = 'The coastguard says the light could run by itself.';
const LONG_WAIT = { timeout: 15_000 };

async function openArticle(ext: ExtensionBrowser): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(ext.server.url('e2e-article.html'));
  return { page, tabId: await tabIdOf(ext, page) };
}

/**
 * Presses the popup's "Reader view" and closes the popup once the reader says it is open: the
 * popup's request goes through the background first, and closing the popup before the answer
 * (CI under load) dropped the request, so the reader never opened.
 */
async function openReaderAndClose(popup: Page): Promise<void> {
  const toggle = popup.getByRole('button', { name: 'Reader view', exact: true });
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed'), LONG_WAIT).toBe('true');
  await popup.close();
}

describeWith({ browser: 'chromium' })('read aloud in Chromium (scripted engine)', () => {
  let build: ScriptedSpeechBuild;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    build = await buildScriptedSpeech();
    ext = await launchExtension({ extensionDir: build.chrome });
    console.log(`Chromium ${ext.context.browser()?.version() ?? '?'}`);
  }, 60_000);
  afterAll(async () => {
    await ext?.close();
    await build?.remove();
  });

  it('the popup’s Listen opens the reader and speaks; the highlight starts on the title, then moves sentence by sentence and word by word', async () => {
    const { page, tabId } = await openArticle(ext);
    // The scripted title is over in half a second: held, it is still there when the polls look.
    await holdSpeech(page, true);
    const popup = await openPopupTab(ext, tabId);
    const listen = popup.getByRole('button', { name: 'Listen', exact: true });
    await listen.waitFor();
    expect(await listen.getAttribute('title')).toMatch(/^Listen \(.+\)$/);
    await listen.click();
    await page.bringToFront();
    await expect.poll(() => speechStatus(page), LONG_WAIT).toBe('playing');
    await expect.poll(() => highlighted(page, SENTENCE)).toBe(TITLE);
    await expect.poll(() => highlighted(page, WORD)).not.toBe('');
    await holdSpeech(page, false);
    await expect.poll(() => highlighted(page, SENTENCE), LONG_WAIT).toMatch(/^For a hundred and fifty years/);
    // No element wraps the article's text: the paragraph is still one text node run.
    const wrapped = await page.evaluate(
      (sel) =>
        document
          .querySelector(sel)
          ?.shadowRoot?.querySelectorAll('.folio-body mark, .folio-body [data-speech]').length,
      HOST,
    );
    expect(wrapped).toBe(0);
    await screenshotPage(page, 'speech-reader-light');
    await page.keyboard.press('Escape');
    await expect.poll(() => highlighted(page, SENTENCE)).toBe('');
    await popup.close().catch(() => undefined);
    await page.close();
  });

  it('pause and resume keep the sentence; next/previous sentence and paragraph; speed; a paragraph click; keys', async () => {
    const { page } = await openArticle(ext);
    await ext.worker.evaluate(async () => undefined);
    const popupless = page.locator(HOST);
    await page.evaluate(() => undefined);
    // Open the reader with the shortcut's message path: the popup is covered by the first test.
    const tabId = await tabIdOf(ext, page);
    const popup = await openPopupTab(ext, tabId);
    await openReaderAndClose(popup);
    await page.bringToFront();
    // Every step below leaves from the sentence the test last saw: the voice never moves on by itself
    // (on a loaded machine the title ended before "Next paragraph" landed, which then left from the
    // first paragraph).
    await holdSpeech(page, true);
    // Each control is pressed once the reader's scroll has come to rest (scrollRest).
    const press = async (name: string) => {
      await scrollRest(page);
      await popupless.getByRole('button', { name, exact: true }).click();
    };
    await press('Listen');
    await expect.poll(() => highlighted(page, SENTENCE)).toBe(TITLE);

    await press('Next paragraph');
    await expect.poll(() => highlighted(page, SENTENCE)).toMatch(/^For a hundred and fifty years/);
    await press('Next sentence');
    await expect.poll(() => highlighted(page, SENTENCE)).toMatch(/^Ada and Tomas Berg climb/);
    await press('Previous sentence');
    await expect.poll(() => highlighted(page, SENTENCE)).toMatch(/^For a hundred and fifty years/);

    await press('Pause');
    await expect.poll(() => speechStatus(page)).toBe('paused');
    const pausedOn = await highlighted(page, SENTENCE);
    await page.waitForTimeout(400);
    expect(await highlighted(page, SENTENCE)).toBe(pausedOn);
    await press('Resume');
    await expect.poll(() => speechStatus(page)).toBe('playing');
    expect(await highlighted(page, SENTENCE)).toBe(pausedOn);

    await popupless.getByLabel('Speed').fill('2');
    await expect.poll(() => popupless.locator('.folio-speech output').textContent()).toBe('2.0×');
    expect(await speechStatus(page)).toBe('playing');

    await scrollRest(page);
    await popupless.getByText(SECOND_PARAGRAPH).click();
    await expect.poll(() => highlighted(page, SENTENCE)).toBe(SECOND_PARAGRAPH);

    // Keys, with the reader focused and no field: Space pauses, → moves on, ↑ goes back a paragraph.
    await scrollRest(page);
    await popupless.locator('.folio-title').click();
    await expect.poll(() => highlighted(page, SENTENCE)).toBe(TITLE);
    await page.keyboard.press('Space');
    await expect.poll(() => speechStatus(page)).toBe('paused');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => highlighted(page, SENTENCE)).toMatch(/^For a hundred and fifty years/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => highlighted(page, SENTENCE)).toMatch(/^Ada and Tomas Berg climb/);
    await page.keyboard.press('Space');
    await expect.poll(() => speechStatus(page)).toBe('playing');

    // Closing and reopening the reader resumes from the same sentence.
    const before = await highlighted(page, SENTENCE);
    await press('Pause');
    await page.keyboard.press('Escape');
    await expect.poll(() => highlighted(page, SENTENCE)).toBe('');
    const again = await openPopupTab(ext, tabId);
    await openReaderAndClose(again);
    await page.bringToFront();
    await press('Listen');
    await expect.poll(() => highlighted(page, SENTENCE)).toBe(before);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('dark theme highlight, and a second tab that starts speaking pauses the first', async () => {
    const first = await openArticle(ext);
    const popup = await openPopupTab(ext, first.tabId);
    await popup.getByRole('button', { name: 'Settings' }).click();
    await popup.getByLabel('Theme').selectOption('dark');
    await popup.getByRole('button', { name: 'Settings' }).click();
    await popup.getByRole('button', { name: 'Listen', exact: true }).click();
    await first.page.bringToFront();
    await expect.poll(() => speechStatus(first.page), LONG_WAIT).toBe('playing');
    await expect.poll(() => highlighted(first.page, WORD)).not.toBe('');
    await screenshotPage(first.page, 'speech-reader-dark');

    const second = await openArticle(ext);
    const popup2 = await openPopupTab(ext, second.tabId);
    await popup2.getByRole('button', { name: 'Listen', exact: true }).click();
    await expect.poll(() => speechStatus(second.page), LONG_WAIT).toBe('playing');
    await expect.poll(() => speechStatus(first.page), LONG_WAIT).toBe('paused');
    await first.page.close();
    await second.page.close();
  });
});

describeWith({ browser: 'chromium' })('read aloud in Chromium (system voices)', () => {
  let ext: ExtensionBrowser;
  let speechd: NullAudioSpeech;
  beforeAll(async () => {
    // The shipped build: the browser's speechSynthesis with espeak-ng's voices, played into ALSA's
    // null device so utterances run to their end.
    speechd = await nullAudioSpeech();
    ext = await launchExtension({ args: ['--enable-speech-dispatcher'], env: speechd.env });
  }, 60_000);
  afterAll(async () => {
    await ext?.close();
    await speechd?.remove();
  });

  it('Listen speaks with a real voice: the highlight starts on the title and moves on as utterances end; closing the reader stops it', async () => {
    const { page, tabId } = await openArticle(ext);
    const popup = await openPopupTab(ext, tabId);
    await openReaderAndClose(popup);
    await page.bringToFront();
    const voices = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          if (speechSynthesis.getVoices().length > 0) resolve(speechSynthesis.getVoices().length);
          // An early voiceschanged may still list none (Chromium 150): wait for one that has them.
          speechSynthesis.addEventListener('voiceschanged', () => {
            if (speechSynthesis.getVoices().length > 0) resolve(speechSynthesis.getVoices().length);
          });
          // speech-dispatcher starts on the first ask: its voices arrive several seconds later.
          setTimeout(() => resolve(speechSynthesis.getVoices().length), 20_000);
        }),
    );
    expect(voices, 'speech-dispatcher and espeak-ng installed (.ci/run)').toBeGreaterThan(0);
    // Every sentence the highlight shows, in order, sampled from the page: speech-dispatcher with
    // no sound card sometimes races through utterances, too fast to poll one by one.
    await page.evaluate(
      ([source, name]) => {
        const read = new Function(`return (${source})`)() as (n: string) => string;
        const seen: string[] = [];
        (window as unknown as { folioSeen: string[] }).folioSeen = seen;
        setInterval(() => {
          const text = read(name);
          if (text !== '' && seen[seen.length - 1] !== text) seen.push(text);
        }, 5);
      },
      [HIGHLIGHT_SOURCE, SENTENCE] as const,
    );
    const seen = () => page.evaluate(() => (window as unknown as { folioSeen: string[] }).folioSeen);
    await page.locator(HOST).getByRole('button', { name: 'Listen', exact: true }).click();
    await expect.poll(async () => (await seen()).length, { timeout: 25_000 }).toBeGreaterThan(1);
    const [first, second] = await seen();
    expect(first).toBe(TITLE);
    expect(second).toMatch(/^For a hundred and fifty years/);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending), LONG_WAIT)
      .toBe(false);
    expect(await highlighted(page, SENTENCE)).toBe('');
    await page.close();
  }, 60_000);
});
