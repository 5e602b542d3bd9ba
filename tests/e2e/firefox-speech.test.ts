// Read aloud in Firefox ESR (headless, WebDriver BiDi). The scripted engine (e2e build only) drives
// the popup's Listen, the highlight, pause/resume, next sentence and closing; the system voices
// (speech-dispatcher on ALSA's null device) are then checked for what Firefox exposes of them.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWith } from './harness/browsers';
import { type FirefoxWithAddon, launchFirefoxWithAddon, poll } from './harness/firefox-pages';
import { DIST_FIREFOX } from './harness/paths';
import { saveScreenshot } from './harness/screenshots';
import { buildScriptedSpeech, type ScriptedSpeechBuild } from './harness/speech-build';
import { type NullAudioSpeech, nullAudioSpeech } from './harness/speech-dispatcher';
import { HIGHLIGHT_SOURCE, SENTENCE, WORD } from './harness/speech-page';

const TITLE = 'The last lighthouse keepers of Skerry Point';
const highlight = (name: string) => `(${HIGHLIGHT_SOURCE})(${JSON.stringify(name)})`;
const STATUS = `document.querySelector('[data-folio-reader]')?.shadowRoot?.querySelector('.folio-speech')?.getAttribute('data-status') ?? 'none'`;
const popupButton = (name: string) =>
  `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)})`;
const readerButton = (name: string) =>
  `[...(document.querySelector('[data-folio-reader]')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === ${JSON.stringify(name)} || b.getAttribute('aria-label') === ${JSON.stringify(name)})`;

async function listenFromPopup(ff: FirefoxWithAddon): Promise<string> {
  const url = ff.server.url('e2e-article.html');
  const page = await ff.openTab(url);
  const lookup = await ff.openExtensionTab('popup.html');
  const tabId = await ff.tabIdOf(lookup, url);
  await ff.firefox.send('browsingContext.close', { context: lookup });
  const popup = await ff.openExtensionTab(`popup.html?tab=${tabId}`);
  const ready = await poll(
    () => ff.evaluate<boolean>(popup, `${popupButton('Listen')} !== undefined`),
    (value) => value,
  );
  expect(ready, 'the popup offers Listen').toBe(true);
  await ff.evaluate(popup, `${popupButton('Listen')}.click()`);
  await ff.firefox.send('browsingContext.activate', { context: page });
  return page;
}

describeWith({ browser: 'firefox', build: DIST_FIREFOX })('read aloud in Firefox (scripted engine)', () => {
  let build: ScriptedSpeechBuild;
  let ff: FirefoxWithAddon;
  beforeAll(async () => {
    build = await buildScriptedSpeech();
    ff = await launchFirefoxWithAddon({ addonDir: build.firefox });
  }, 60_000);
  afterAll(async () => {
    await ff?.close();
    await build?.remove();
  });

  it('Listen from the popup speaks in the reader: title highlighted, then the next sentence and words; pause, next, close', async () => {
    const page = await listenFromPopup(ff);
    expect(
      await poll(
        () => ff.evaluate<string>(page, STATUS),
        (s) => s === 'playing',
      ),
    ).toBe('playing');
    expect(
      await poll(
        () => ff.evaluate<string>(page, highlight(SENTENCE)),
        (t) => t === TITLE,
      ),
    ).toBe(TITLE);
    expect(
      await poll(
        () => ff.evaluate<string>(page, highlight(WORD)),
        (t) => t !== '',
      ),
    ).not.toBe('');
    const moved = await poll(
      () => ff.evaluate<string>(page, highlight(SENTENCE)),
      (t) => t.startsWith('For a hundred and fifty years'),
    );
    expect(moved).toMatch(/^For a hundred and fifty years/);
    const shot = (await ff.firefox.send('browsingContext.captureScreenshot', { context: page })) as {
      data: string;
    };
    await saveScreenshot('firefox-speech-reader', Buffer.from(shot.data, 'base64'));

    await ff.evaluate(page, `${readerButton('Pause')}.click()`);
    expect(
      await poll(
        () => ff.evaluate<string>(page, STATUS),
        (s) => s === 'paused',
      ),
    ).toBe('paused');
    await ff.evaluate(page, `${readerButton('Next sentence')}.click()`);
    expect(
      await poll(
        () => ff.evaluate<string>(page, highlight(SENTENCE)),
        (t) => t.startsWith('Ada and Tomas Berg climb'),
      ),
    ).toMatch(/^Ada and Tomas Berg climb/);
    await ff.evaluate(page, `${readerButton('Resume')}.click()`);
    expect(
      await poll(
        () => ff.evaluate<string>(page, STATUS),
        (s) => s === 'playing',
      ),
    ).toBe('playing');

    await ff.pressEscape(page);
    expect(
      await poll(
        () => ff.evaluate<string>(page, highlight(SENTENCE)),
        (t) => t === '',
      ),
    ).toBe('');
    expect(await ff.evaluate<string>(page, STATUS)).toBe('none');
  }, 60_000);
});

describeWith({ browser: 'firefox', build: DIST_FIREFOX })('read aloud in Firefox (system voices)', () => {
  let ff: FirefoxWithAddon;
  let speechd: NullAudioSpeech;
  beforeAll(async () => {
    speechd = await nullAudioSpeech();
    ff = await launchFirefoxWithAddon({ env: speechd.env });
  }, 60_000);
  afterAll(async () => {
    await ff?.close();
    await speechd?.remove();
  });

  it('with the shipped build, Listen uses Firefox’s own voices: it speaks, or says there are none', async () => {
    const page = await listenFromPopup(ff);
    const status = await poll(
      () => ff.evaluate<string>(page, STATUS),
      (s) => s === 'playing' || s === 'no-voices',
      25_000,
    );
    const voices = await ff.evaluate<number>(page, 'speechSynthesis.getVoices().length');
    console.log(`Firefox system voices: ${voices}, read aloud status: ${status}`);
    if (voices > 0) {
      expect(status).toBe('playing');
      expect(
        await poll(
          () => ff.evaluate<string>(page, highlight(SENTENCE)),
          (t) => t !== '',
          25_000,
        ),
      ).not.toBe('');
    } else {
      expect(status).toBe('no-voices');
      const text = await ff.evaluate<string>(
        page,
        `document.querySelector('[data-folio-reader]').shadowRoot.querySelector('.folio-speech-status').textContent`,
      );
      expect(text).toMatch(/No voices/);
    }
    await ff.pressEscape(page);
  }, 60_000);
});
