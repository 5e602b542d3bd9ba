// Read aloud's timings for `npm run bench:browser`, with the shipped build and Chromium's real
// voices (espeak-ng through speech-dispatcher, played into ALSA's null device):
//  - time from Listen to the first `start` event (the reader marks both: folio:listen and
//    folio:speech-start), and to the first utterance handed to speechSynthesis (folio:speak);
//  - main-thread time per sentence change (highlight, follow-scroll, saved position and the
//    controls' update: the folio:sentence-change measures), over "Next sentence" presses.

import { READER_FILES } from '../../src/extension/injected-scripts';
import { launchExtension, tabIdOf } from '../e2e/harness/chromium';
import { nullAudioSpeech } from '../e2e/harness/speech-dispatcher';

const HOST = '[data-folio-reader]';
const SENTENCE_STEPS = 12;
const STEP_GAP_MS = 250;
const VOICES_TIMEOUT_MS = 30_000;
const START_TIMEOUT_MS = 15_000;

type WorkerScope = typeof globalThis & {
  chrome: {
    scripting: { executeScript(details: { target: { tabId: number }; files: string[] }): Promise<unknown> };
    tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  };
};

export interface SpeechTimes {
  toStart: number[];
  /** Listen to the first utterance handed to speechSynthesis: Folio's own part of toStart. */
  toSpeak: number[];
  perSentence: number[];
}

export async function speechTimes(
  serveRoot: string,
  files: readonly string[],
  samples: number,
): Promise<SpeechTimes> {
  const speechd = await nullAudioSpeech();
  const ext = await launchExtension({ serveRoot, args: ['--enable-speech-dispatcher'], env: speechd.env });
  await ext.context.route(/^https?:\/\//, (route) =>
    route.request().url().startsWith(ext.server.origin) ? route.continue() : route.abort(),
  );
  const times: SpeechTimes = { toStart: [], toSpeak: [], perSentence: [] };
  try {
    for (const file of files) {
      if (times.toStart.length >= samples) break;
      const page = await ext.context.newPage();
      try {
        await page.goto(ext.server.url(file), { waitUntil: 'load', timeout: 20_000 });
        const tabId = await tabIdOf(ext, page);
        await ext.worker.evaluate(
          async ([id, files]) => {
            const scope = globalThis as WorkerScope;
            await scope.chrome.scripting.executeScript({ target: { tabId: id }, files });
            await scope.chrome.tabs.sendMessage(id, { type: 'folio/open-reader' });
          },
          [tabId, [...READER_FILES]] as [number, string[]],
        );
        await page.waitForFunction(() => speechSynthesis.getVoices().length > 0, null, {
          timeout: VOICES_TIMEOUT_MS,
        });
        const reader = page.locator(HOST);
        await reader.getByRole('button', { name: 'Listen', exact: true }).click();
        await page.waitForFunction(
          () => performance.getEntriesByName('folio:speech-start').length > 0,
          null,
          {
            timeout: START_TIMEOUT_MS,
          },
        );
        // No helper function inside: tsx would wrap it in a __name() call the page does not have.
        const marks = await page.evaluate(() => ({
          listen: performance.getEntriesByName('folio:listen')[0]?.startTime ?? 0,
          speak: performance.getEntriesByName('folio:speak')[0]?.startTime ?? 0,
          start: performance.getEntriesByName('folio:speech-start')[0]?.startTime ?? 0,
        }));
        times.toStart.push(marks.start - marks.listen);
        times.toSpeak.push(marks.speak - marks.listen);
        await page.evaluate(() => performance.clearMeasures('folio:sentence-change'));
        for (let i = 0; i < SENTENCE_STEPS; i++) {
          await reader.getByRole('button', { name: 'Next sentence' }).click();
          await page.waitForTimeout(STEP_GAP_MS);
        }
        times.perSentence.push(
          ...(await page.evaluate(() =>
            performance.getEntriesByName('folio:sentence-change').map((entry) => entry.duration),
          )),
        );
      } catch (error) {
        if (process.env.FOLIO_BENCH_DEBUG) console.error(file, error);
      } finally {
        await page.close();
      }
    }
  } finally {
    await ext.close();
    await speechd.remove();
  }
  return times;
}
