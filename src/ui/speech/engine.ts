// The speech engine behind read-aloud: the browser's speechSynthesis (browser-engine.ts) or, in the
// e2e test build only, a scripted one (scripted-engine.ts). The player talks to nothing else.

export interface VoiceInfo {
  id: string;
  name: string;
  lang: string;
  local: boolean;
  isDefault: boolean;
}

export interface SpeakRequest {
  text: string;
  lang: string;
  voiceId: string | null;
  rate: number;
}

export interface SpeakEvents {
  start(): void;
  /** A word boundary: `charIndex` into the request's text; `charLength` when the voice gives it. */
  word(charIndex: number, charLength: number | undefined): void;
  end(): void;
  error(reason: string): void;
}

export interface SpeechEngine {
  /** Queued behind what is already speaking (no gap between utterances). */
  speak(request: SpeakRequest, events: SpeakEvents): void;
  /** Stops the current utterance and drops the queue. */
  cancel(): void;
  voices(): VoiceInfo[];
  /** Voices load late in Chrome; returns the unsubscribe. */
  onVoicesChanged(listener: () => void): () => void;
}
