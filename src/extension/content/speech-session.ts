// Read aloud in the in-page reader: the script built from the rendered article, the player on the
// browser's voices, the highlight, the position kept per URL, the keys and paragraph clicks. Speech
// belongs to the reader: dispose() (the reader closed, the page navigated) stops it.

import type { SpeechEngine } from '../../ui/speech/engine';
import { createSpeechEngine } from '../../ui/speech/engine-choice';
import { createPlayer, type Player, type PlayerState } from '../../ui/speech/player';
import { loadPosition, type StorageLike, savePosition } from '../../ui/speech/position';
import { buildScript, paragraphStart, type SpeechScript, sentenceAt } from '../../ui/speech/script';
import { baseLanguage } from '../../ui/speech/segment';
import type { SpeechControls, SpeechView } from '../../ui/speech/speech-host';
import { collectBlocks, offsetOf, type TextBlock } from '../../ui/speech/text-blocks';
import { chooseVoice, type VoiceGroups, voicesFor } from '../../ui/speech/voices';
import { STRINGS } from '../../ui/strings';
import type { Settings } from '../settings/definitions';
import { createHighlighter } from './speech-highlight';
import { handleSpeechKey } from './speech-keys';

/**
 * Chrome lists its voices after the first ask, once speech-dispatcher has started: about 7 s on the
 * test machine's first use (tests/e2e/chromium-speech.test.ts). This long without any means none.
 */
const VOICES_WAIT_MS = 8000;
/** Where requestIdleCallback is missing: cut the text soon after the reader is drawn. */
const IDLE_FALLBACK_MS = 200;
/** Performance entries `npm run bench:browser` reads. */
export const LISTEN_MARK = 'folio:listen';
export const SPEECH_START_MARK = 'folio:speech-start';
/** The first utterance handed to the voice: Folio's own share of the wait for `start`. */
export const SPEAK_MARK = 'folio:speak';
export const SENTENCE_MEASURE = 'folio:sentence-change';

export interface SpeechSessionOptions {
  doc: Document;
  win: Window;
  url: string;
  lang: string;
  /** The rendered article's title and body, in reading order (found when speech first starts). */
  roots(): Element[];
  scroller(): HTMLElement | null;
  settings: Settings;
  saveSettings(patch: Partial<Settings>): void;
  onSpeaking(speaking: boolean): void;
}

export interface SpeechSession {
  controls: SpeechControls;
  /** Starts speaking (the popup's Listen, the shortcut). */
  listen(): void;
  /** Another tab started speaking: pause here, keeping the place. */
  pause(): void;
  handleKey(event: KeyboardEvent): boolean;
  applySettings(settings: Settings): void;
  /** The article was redrawn (a site fix): stop, and cut the new text on the next Listen. */
  textChanged(): void;
  dispose(): void;
}

function sessionStore(win: Window): StorageLike | null {
  try {
    return win.sessionStorage;
  } catch {
    return null;
  }
}

const NO_VOICES: VoiceGroups = { local: [], remote: [], anyLanguage: false };

export function createSpeechSession(options: SpeechSessionOptions): SpeechSession {
  const { doc, win } = options;
  const lang = options.lang || win.navigator.language || 'en';
  const base = baseLanguage(lang);
  let settings = options.settings;
  let engine: SpeechEngine | null | undefined;
  let blocks: TextBlock[] = [];
  let script: SpeechScript | null = null;
  let player: Player | null = null;
  let voices: VoiceGroups = NO_VOICES;
  let waitingForVoices = false;
  let speaking = false;
  let lastSentence = -1;
  let listenAt: number | null = null;
  let handedOver = false;
  let unsubscribeVoices = () => {};
  const listeners = new Set<() => void>();
  const highlighter = createHighlighter(doc, win, options.scroller);
  const storage = sessionStore(win);

  const resting: PlayerState = {
    status: 'idle',
    sentence: 0,
    word: null,
    rate: settings.speechRate,
    voiceId: null,
    drifting: false,
  };
  let noVoices = false;

  const view = (): SpeechView => {
    const state = player?.state ?? { ...resting, status: noVoices ? 'no-voices' : 'idle' };
    return { ...state, voices, engaged: state.status === 'playing' || state.status === 'paused' };
  };
  const notify = () => {
    for (const listener of listeners) listener();
  };

  function refreshVoices(): void {
    if (!engine) return;
    voices = voicesFor(engine.voices(), lang, settings.speechVoices[base]);
  }

  function onChange(state: Readonly<PlayerState>): void {
    const started = performance.now();
    const sentence = script?.sentences[state.sentence];
    const block = sentence ? blocks[sentence.block] : undefined;
    const active = state.status === 'playing' || state.status === 'paused';
    if (active && sentence && block) {
      const range = highlighter.show(block, sentence, state.word);
      if (state.sentence !== lastSentence) {
        lastSentence = state.sentence;
        if (range) highlighter.follow(range);
        if (script) savePosition(storage, options.url, script, state.sentence);
        performance.measure(SENTENCE_MEASURE, { start: started, end: performance.now() });
      }
    } else {
      highlighter.clear();
      lastSentence = -1;
    }
    const nowSpeaking = state.status === 'playing';
    if (nowSpeaking !== speaking) {
      speaking = nowSpeaking;
      options.onSpeaking(speaking);
    }
    notify();
  }

  /** The text cut into sentences and utterances: done in idle time after the reader opens. */
  function prepareScript(): SpeechScript {
    if (script) return script;
    blocks = collectBlocks(options.roots(), {
      captions: settings.readCaptions,
      announceCode: STRINGS.announceCode,
      announceTable: STRINGS.announceTable,
    });
    script = buildScript(
      blocks.map((b) => b.text),
      lang,
    );
    return script;
  }
  const idle =
    win.requestIdleCallback?.bind(win) ?? ((run: () => void) => win.setTimeout(run, IDLE_FALLBACK_MS));
  idle(() => {
    try {
      prepareScript();
    } catch {
      // Listen will try again, and say so if it cannot.
    }
  });

  function prepare(): Player | null {
    if (player) return player;
    engine ??= createSpeechEngine(win);
    if (!engine) return null;
    const script = prepareScript();
    refreshVoices();
    unsubscribeVoices = engine.onVoicesChanged(() => {
      refreshVoices();
      if (player && player.state.voiceId === null)
        player.setVoice(chooseVoice(voices, settings.speechVoices[base])?.id ?? null);
      notify();
    });
    const startEngine = engine;
    // The first `start` after Listen is what bench:browser times.
    const timed: SpeechEngine = {
      ...startEngine,
      speak(request, events) {
        if (listenAt !== null && !handedOver) {
          handedOver = true;
          performance.mark(SPEAK_MARK);
        }
        startEngine.speak(request, {
          ...events,
          start() {
            if (listenAt !== null) {
              performance.mark(SPEECH_START_MARK);
              listenAt = null;
            }
            events.start();
          },
        });
      },
    };
    player = createPlayer({
      engine: timed,
      script,
      lang,
      rate: settings.speechRate,
      voiceId: chooseVoice(voices, settings.speechVoices[base])?.id ?? null,
      sentence: loadPosition(storage, options.url, script),
      onChange,
    });
    return player;
  }

  /** Where a click or a selection asks speech to start, as a sentence index; null for none. */
  function sentenceFrom(node: Node | null, offset: number): number | null {
    if (!script) return null;
    for (let n: Node | null = node; n; n = n.parentNode) {
      const index = blocks.findIndex((b) => b.element === n);
      if (index < 0) continue;
      const block = blocks[index];
      const at = block && node ? offsetOf(block, node, offset) : 0;
      return sentenceAt(script, index, at ?? 0);
    }
    return null;
  }

  function selectedSentence(): number | null {
    try {
      const root = options.roots()[0]?.getRootNode() as
        | (ShadowRoot & { getSelection?: () => Selection | null })
        | undefined;
      const selection = root?.getSelection?.() ?? doc.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
      const range = selection.getRangeAt(0);
      return sentenceFrom(range.startContainer, range.startOffset);
    } catch {
      return null;
    }
  }

  function start(): void {
    listenAt = performance.now();
    handedOver = false;
    performance.mark(LISTEN_MARK);
    const current = prepare();
    if (!current) {
      noVoices = true;
      notify();
      return;
    }
    const from = selectedSentence() ?? undefined;
    if (engine && engine.voices().length === 0 && !waitingForVoices) {
      // Voices may still be loading: wait for them once, then decide.
      waitingForVoices = true;
      const done = () => {
        stopWaiting();
        win.clearTimeout(timer);
        refreshVoices();
        if (current.state.voiceId === null)
          current.setVoice(chooseVoice(voices, settings.speechVoices[base])?.id ?? null);
        current.play(from);
      };
      const timer = win.setTimeout(done, VOICES_WAIT_MS);
      // Chromium 150 first reports a change that still lists no voice: only a list with voices ends the wait.
      const stopWaiting = engine.onVoicesChanged(() => {
        if (engine && engine.voices().length > 0) done();
      });
      return;
    }
    current.play(from);
  }

  // A click on a paragraph: speaking jumps there; when not speaking, Listen will start there.
  const onClick = (event: MouseEvent) => {
    if (!player || !script || event.defaultPrevented) return;
    const target = event.composedPath()[0] as Element | undefined;
    if (!target || target.closest?.('a, button, input, select, textarea, label')) return;
    const selection = selectedSentence();
    if (selection !== null) return;
    const sentence = sentenceFrom(target, 0);
    if (sentence !== null) player.seek(sentence);
  };
  doc.addEventListener('click', onClick, true);

  const step = (move: (current: number) => number) => {
    if (!player || !script) return;
    player.seek(move(player.state.sentence));
  };

  const controls: SpeechControls = {
    view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    toggle() {
      if (player?.state.status === 'playing') player.pause();
      else start();
    },
    sentence: (delta) => step((s) => s + delta),
    paragraph: (delta) => step((s) => (script ? paragraphStart(script, s, delta) : s)),
    setRate(rate) {
      player?.setRate(rate);
      const next = player?.state.rate ?? rate;
      options.saveSettings({ speechRate: next });
    },
    setVoice(voiceId) {
      player?.setVoice(voiceId);
      options.saveSettings({ speechVoices: { ...settings.speechVoices, [base]: voiceId } });
    },
  };

  return {
    controls,
    listen: () => {
      if (player?.state.status !== 'playing') start();
    },
    pause: () => player?.pause(),
    handleKey: (event) => handleSpeechKey(event, controls),
    applySettings(next) {
      settings = next;
    },
    textChanged() {
      player?.stop();
      unsubscribeVoices();
      player = null;
      script = null;
      blocks = [];
      highlighter.clear();
      notify();
    },
    dispose() {
      doc.removeEventListener('click', onClick, true);
      unsubscribeVoices();
      player?.stop();
      highlighter.dispose();
      listeners.clear();
    },
  };
}
