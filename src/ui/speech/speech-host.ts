// What the shared article view's Listen controls need from where they are shown. The popup only
// opens the reader and starts speaking there; the reader gives the live controls.

import type { PlayerState } from './player';
import type { VoiceGroups } from './voices';

export interface SpeechView extends PlayerState {
  voices: VoiceGroups;
  /** Speaking or paused: the full controls are shown. */
  engaged: boolean;
}

export interface SpeechControls {
  view(): SpeechView;
  subscribe(listener: () => void): () => void;
  toggle(): void;
  sentence(step: 1 | -1): void;
  paragraph(step: 1 | -1): void;
  setRate(rate: number): void;
  setVoice(voiceId: string): void;
}

export interface SpeechHost {
  /** The popup: open the reader and speak there. */
  listen?: () => void;
  /** The keyboard shortcut, for the tooltip ('' when none is set). */
  shortcut?: string;
  /** The reader: the live controls. */
  controls?: SpeechControls;
}
