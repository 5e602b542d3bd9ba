// Which engine the reader speaks with. __FOLIO_SCRIPTED_SPEECH__ is defined `false` by every shipped
// build (src/build/build.ts), so the minifier drops the scripted engine from the bundle; only the e2e
// harness's own build (tests/e2e/harness/speech-build.ts) defines it `true`.
import { createBrowserEngine } from './browser-engine';
import type { SpeechEngine } from './engine';
import { createScriptedEngine } from './scripted-engine';

declare const __FOLIO_SCRIPTED_SPEECH__: boolean;

export function createSpeechEngine(win: Window): SpeechEngine | null {
  if (typeof __FOLIO_SCRIPTED_SPEECH__ !== 'undefined' && __FOLIO_SCRIPTED_SPEECH__)
    return createScriptedEngine(win);
  return createBrowserEngine(win);
}
