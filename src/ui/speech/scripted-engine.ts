// A speech engine that speaks nothing: it fires start, a word boundary per word and end on a timer,
// like a voice would. Only the e2e test build uses it (the build flag __FOLIO_SCRIPTED_SPEECH__, see
// speech-engine-choice.ts), where real speech cannot run to the end (no audio device).
import type { SpeakEvents, SpeakRequest, SpeechEngine, VoiceInfo } from './engine';

/** Time per word at rate 1: fast enough for tests, slow enough to see the highlight move. */
const WORD_MS = 60;
const VOICES: VoiceInfo[] = [
  { id: 'scripted-en', name: 'Scripted English', lang: 'en-US', local: true, isDefault: true },
  {
    id: 'scripted-en-remote',
    name: 'Scripted English (remote)',
    lang: 'en-GB',
    local: false,
    isDefault: false,
  },
  { id: 'scripted-de', name: 'Scripted German', lang: 'de-DE', local: true, isDefault: false },
];
const WORD = /\S+/g;
/**
 * While the page's root element has this attribute, an utterance that has said its last word does not
 * end. A test that clicks "next paragraph" must know which sentence it leaves: at 60 ms a word the
 * title is over in half a second, and a click that lands later on a loaded machine left from the
 * first paragraph instead. Holding the voice makes the sentence change only when the test acts.
 */
export const SCRIPTED_HOLD_ATTRIBUTE = 'data-folio-scripted-hold';

export function createScriptedEngine(win: Window): SpeechEngine {
  const queue: { request: SpeakRequest; events: SpeakEvents }[] = [];
  let timer: number | undefined;
  let speaking = false;

  function next(): void {
    const item = queue.shift();
    if (!item) {
      speaking = false;
      return;
    }
    speaking = true;
    const { request, events } = item;
    const words = [...request.text.matchAll(WORD)];
    const step = WORD_MS / request.rate;
    let i = 0;
    events.start();
    const finish = () => {
      if (win.document.documentElement.hasAttribute(SCRIPTED_HOLD_ATTRIBUTE)) {
        timer = win.setTimeout(finish, step);
        return;
      }
      events.end();
      next();
    };
    const tick = () => {
      const word = words[i++];
      if (!word) {
        finish();
        return;
      }
      events.word(word.index ?? 0, word[0].length);
      timer = win.setTimeout(tick, step);
    };
    timer = win.setTimeout(tick, step);
  }

  return {
    speak(request, events) {
      queue.push({ request, events });
      if (!speaking) next();
    },
    cancel() {
      win.clearTimeout(timer);
      const dropped = queue.splice(0);
      speaking = false;
      for (const item of dropped) item.events.error('canceled');
    },
    voices: () => VOICES.map((v) => ({ ...v })),
    onVoicesChanged: () => () => undefined,
  };
}
