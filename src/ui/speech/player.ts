// The read-aloud queue: speaks the script's utterances in order through a SpeechEngine, queueing the
// next one as soon as the current one starts (no audible gap, and no utterance long enough to hit a
// voice's time limit), and reports the sentence and word being spoken. Pausing, a speed or voice
// change and every jump restart from the start of a sentence, which works the same with every voice
// (speechSynthesis.pause() does not, in Chrome on Linux). Pure: no browser API.
import { createDriftDetector } from './drift';
import type { SpeechEngine } from './engine';
import type { SpeechScript } from './script';
import { type Span, wordsOf } from './segment';

export type SpeechStatus = 'idle' | 'playing' | 'paused' | 'no-voices' | 'failed';

export interface PlayerState {
  status: SpeechStatus;
  sentence: number;
  /** The word being spoken, as offsets into its block's text; null when the voice gives none. */
  word: Span | null;
  rate: number;
  voiceId: string | null;
  /** Word boundaries were unreliable for this voice: only the sentence is highlighted. */
  drifting: boolean;
}

export const MIN_RATE = 0.5;
export const MAX_RATE = 3;
export const RATE_STEP = 0.1;
// speechSynthesis reports these when cancel() drops an utterance: our own doing, not a failure.
const CANCEL_ERRORS = new Set(['interrupted', 'canceled']);
// Chrome refuses to speak before the page had a user gesture (its autoplay policy): the popup's
// Listen and the shortcut come from outside the page. Paused, one click on Resume speaks.
const NEEDS_GESTURE = 'not-allowed';
/**
 * A voice that has not started this long after being asked is stuck (seen with speech-dispatcher
 * just after it started, the first utterance lost): asked again once, then reported as failed.
 */
export const STALL_MS = 5000;
const STALL_RETRIES = 1;

export function clampRate(rate: number): number {
  if (!Number.isFinite(rate)) return 1;
  const steps = Math.round(Math.min(MAX_RATE, Math.max(MIN_RATE, rate)) / RATE_STEP);
  // toFixed: 12 steps of 0.1 are 1.2000000000000002 in floating point.
  return Number((steps * RATE_STEP).toFixed(1));
}

export interface PlayerOptions {
  engine: SpeechEngine;
  script: SpeechScript;
  lang: string;
  rate: number;
  voiceId: string | null;
  sentence?: number;
  onChange(state: Readonly<PlayerState>): void;
  /** Timers for the stall watchdog (tests pass fake ones). */
  timers?: { set(run: () => void, ms: number): unknown; clear(handle: unknown): void };
}

export interface Player {
  readonly state: Readonly<PlayerState>;
  play(fromSentence?: number): void;
  pause(): void;
  toggle(): void;
  /** Moves to a sentence: speaking from it when playing, else only remembering it. */
  seek(sentence: number): void;
  setRate(rate: number): void;
  setVoice(voiceId: string | null): void;
  /** Stops for good (the reader closed). */
  stop(): void;
}

export function createPlayer(options: PlayerOptions): Player {
  const { engine, script, lang } = options;
  const drift = createDriftDetector();
  const wordCache = new Map<number, Span[]>();
  const state: PlayerState = {
    status: 'idle',
    sentence: Math.min(Math.max(0, options.sentence ?? 0), Math.max(0, script.sentences.length - 1)),
    word: null,
    rate: clampRate(options.rate),
    voiceId: options.voiceId,
    drifting: false,
  };
  // Events of utterances from before the last cancel() are ignored by their generation.
  let generation = 0;
  let queuedUpTo = -1;
  const timers = options.timers ?? {
    set: (run: () => void, ms: number) => setTimeout(run, ms),
    clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  let watchdog: unknown = null;
  let retries = 0;
  const stopWatchdog = () => {
    if (watchdog !== null) timers.clear(watchdog);
    watchdog = null;
  };

  const emit = () => options.onChange({ ...state });

  const wordsIn = (index: number, text: string): Span[] => {
    let words = wordCache.get(index);
    if (!words) {
      words = wordsOf(text, lang);
      wordCache.set(index, words);
    }
    return words;
  };

  function queue(index: number, gen: number): void {
    const utterance = script.utterances[index];
    if (!utterance || index <= queuedUpTo) return;
    queuedUpTo = index;
    const live = () => gen === generation;
    engine.speak(
      { text: utterance.text, lang, voiceId: state.voiceId, rate: state.rate },
      {
        start() {
          if (!live()) return;
          stopWatchdog();
          retries = 0;
          state.sentence = utterance.sentence;
          state.word = null;
          emit();
          queue(index + 1, gen);
        },
        word(charIndex, charLength) {
          if (!live()) return;
          const word = drift.word(wordsIn(index, utterance.text), charIndex, charLength);
          state.drifting = drift.drifting;
          state.word = word ? { start: utterance.start + word.start, end: utterance.start + word.end } : null;
          emit();
        },
        end() {
          if (!live() || index !== script.utterances.length - 1) return;
          generation++;
          state.status = 'idle';
          state.word = null;
          state.sentence = 0;
          emit();
        },
        error(reason) {
          if (!live() || CANCEL_ERRORS.has(reason)) return;
          generation++;
          stopWatchdog();
          engine.cancel();
          state.status = reason === NEEDS_GESTURE ? 'paused' : 'failed';
          state.word = null;
          emit();
        },
      },
    );
  }

  function speakFrom(sentence: number): void {
    generation++;
    stopWatchdog();
    engine.cancel();
    queuedUpTo = -1;
    const target = script.sentences[sentence];
    if (!target) {
      state.status = 'idle';
      emit();
      return;
    }
    state.sentence = sentence;
    state.word = null;
    state.status = 'playing';
    emit();
    // Armed before the hand-over: an engine may start inside speak(), and that start must disarm it.
    watchdog = timers.set(() => {
      watchdog = null;
      if (retries++ < STALL_RETRIES) speakFrom(sentence);
      else halt('failed');
    }, STALL_MS);
    queue(target.firstUtterance, generation);
  }

  function halt(status: SpeechStatus): void {
    generation++;
    stopWatchdog();
    engine.cancel();
    state.status = status;
    state.word = null;
    emit();
  }

  const player: Player = {
    get state() {
      return state;
    },
    play(fromSentence) {
      retries = 0;
      if (engine.voices().length === 0) {
        halt('no-voices');
        return;
      }
      speakFrom(fromSentence ?? state.sentence);
    },
    pause() {
      if (state.status === 'playing') halt('paused');
    },
    toggle() {
      if (state.status === 'playing') player.pause();
      else player.play();
    },
    seek(sentence) {
      const index = Math.min(Math.max(0, sentence), script.sentences.length - 1);
      if (state.status === 'playing') speakFrom(index);
      else {
        state.sentence = index;
        state.word = null;
        emit();
      }
    },
    setRate(rate) {
      state.rate = clampRate(rate);
      if (state.status === 'playing') speakFrom(state.sentence);
      else emit();
    },
    setVoice(voiceId) {
      state.voiceId = voiceId;
      if (state.status === 'playing') speakFrom(state.sentence);
      else emit();
    },
    stop() {
      halt('idle');
    },
  };
  return player;
}
