// The speech engine on the browser's speechSynthesis (Chrome and Firefox, in the reader's page).
import type { SpeechEngine, VoiceInfo } from './engine';

function info(voice: SpeechSynthesisVoice): VoiceInfo {
  return {
    id: voice.voiceURI || voice.name,
    name: voice.name,
    lang: voice.lang,
    local: voice.localService,
    isDefault: voice.default,
  };
}

export function createBrowserEngine(win: Window): SpeechEngine | null {
  const synth = win.speechSynthesis as SpeechSynthesis | undefined;
  const Utterance = (win as Window & { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance })
    .SpeechSynthesisUtterance;
  if (!synth || !Utterance) return null;
  // Chrome drops an utterance's events once nothing references it (it is garbage collected while
  // still speaking): the queue holds them until they end.
  const alive = new Set<SpeechSynthesisUtterance>();
  // getVoices() builds a fresh list each call, and speech-dispatcher offers over 13,000 voices:
  // read once, and again only when the browser says the list changed.
  let raw: SpeechSynthesisVoice[] = [];
  let infos: VoiceInfo[] = [];
  const refresh = () => {
    raw = synth.getVoices();
    infos = raw.map(info);
  };
  synth.addEventListener('voiceschanged', refresh);
  return {
    speak(request, events) {
      const utterance = new Utterance(request.text);
      utterance.lang = request.lang;
      utterance.rate = request.rate;
      if (raw.length === 0) refresh();
      const voice = raw.find((v) => (v.voiceURI || v.name) === request.voiceId);
      if (voice) utterance.voice = voice;
      alive.add(utterance);
      const forget = () => alive.delete(utterance);
      utterance.addEventListener('start', () => events.start());
      utterance.addEventListener('boundary', (event) => {
        if (event.name === 'word' || event.name === '')
          events.word(event.charIndex, event.charLength || undefined);
      });
      utterance.addEventListener('end', () => {
        forget();
        events.end();
      });
      utterance.addEventListener('error', (event) => {
        forget();
        events.error(event.error);
      });
      synth.speak(utterance);
    },
    cancel() {
      alive.clear();
      synth.cancel();
    },
    voices: () => {
      if (infos.length === 0) refresh();
      return infos;
    },
    onVoicesChanged(listener) {
      synth.addEventListener('voiceschanged', listener);
      return () => synth.removeEventListener('voiceschanged', listener);
    },
  };
}
